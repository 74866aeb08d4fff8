//! One document from [`Job`] to output bytes: read, decode, extract, format.
//!
//! Runs on any worker thread; everything it writes goes into [`Done`], which the writer
//! prints in input order. A document that fails, at any step, gives its error instead of
//! its items, so that every input accounts for itself.

use std::panic::{self, AssertUnwindSafe};

use minutes::{CivilDate, Extraction, Extractor};
use serde_json::Value;

use super::decode::{decode, Encoding};
use super::input::{CsvFields, Fields, Job, Origin};
use super::output::{self, Format, Meta};
use super::summary::DocSummary;

/// How every document of a run is processed.
pub struct Settings {
    /// The extractor, with the caller's document date if any.
    pub extractor: Extractor,
    /// The encoding of report files.
    pub encoding: Encoding,
    /// Replace undecodable bytes instead of failing.
    pub lossy: bool,
    /// The largest input read, in bytes.
    pub max_bytes: u64,
    /// The fields of corpus records.
    pub fields: Fields,
    /// The output format.
    pub format: Format,
    /// Whether documents are reduced for `--summary` (and not printed).
    pub summary: bool,
}

/// The result of one document.
#[derive(Debug, Default)]
pub struct Done {
    /// Bytes for standard output.
    pub out: Vec<u8>,
    /// Lines for standard error.
    pub messages: Vec<String>,
    /// True when the document failed.
    pub failed: bool,
    /// The document's share of the summary, when one is asked for and it did not fail.
    pub summary: Option<DocSummary>,
}

/// A document ready for the extractor.
struct Text {
    text: String,
    encoding: &'static str,
    id: Option<String>,
    date: Option<CivilDate>,
}

/// Processes one job.
pub fn process(job: Job, s: &Settings) -> Done {
    let mut done = Done::default();
    let (origin, corpus, read) = match job {
        Job::Report(source) => {
            let origin = Origin {
                source: source.name().into(),
                line: None,
            };
            let read = source
                .read(s.max_bytes)
                .and_then(|bytes| report_text(&bytes, s, &origin, &mut done.messages));
            (origin, false, read.map_err(|e| (None, e)))
        }
        Job::JsonLine(origin, bytes) => {
            let read = json_record(&bytes, s);
            (origin, true, read)
        }
        Job::CsvRecord(origin, fields) => {
            let read = csv_record(fields, s);
            (origin, true, read)
        }
        Job::Failed(origin, error) => (origin, true, Err((None, error))),
    };
    let source = origin.source.as_ref();
    match read {
        Ok(t) => {
            let meta = Meta {
                source,
                line: origin.line,
                id: corpus.then_some(t.id.as_deref()),
            };
            let extractor = match t.date {
                Some(d) => s.extractor.with_document_date(d),
                None => s.extractor.clone(),
            };
            // the library promises not to panic; if it ever does, the input still gets
            // its line and the run goes on
            let x = panic::catch_unwind(AssertUnwindSafe(|| extractor.extract(&t.text)));
            match x {
                Ok(x) => finish(&mut done, s, meta, t.encoding, &x),
                Err(_) => fail(&mut done, s, meta, "internal error: the extractor panicked"),
            }
        }
        Err((id, error)) => {
            let meta = Meta {
                source,
                line: origin.line,
                id: corpus.then_some(id.as_deref()),
            };
            fail(&mut done, s, meta, &error);
        }
    }
    done
}

fn finish(done: &mut Done, s: &Settings, meta: Meta<'_>, encoding: &str, x: &Extraction) {
    if s.summary {
        done.summary = Some(DocSummary::of(x));
    } else {
        output::record(s.format, meta, encoding, x, &mut done.out);
    }
}

fn fail(done: &mut Done, s: &Settings, meta: Meta<'_>, error: &str) {
    done.failed = true;
    done.messages
        .push(format!("minutes: {}: {error}", output::place(meta)));
    if !s.summary {
        output::failure(s.format, meta, error, &mut done.out);
    }
}

fn report_text(
    bytes: &[u8],
    s: &Settings,
    origin: &Origin,
    messages: &mut Vec<String>,
) -> Result<Text, String> {
    let d = decode(bytes, s.encoding, s.lossy)?;
    if d.replaced > 0 {
        messages.push(format!(
            "minutes: {}: warning: {} undecodable sequence(s) replaced with U+FFFD, the first at byte {}",
            origin.source,
            d.replaced,
            d.first_bad.unwrap_or(0)
        ));
    }
    let text = d.text.into_owned();
    nonempty(&text)?;
    Ok(Text {
        text,
        encoding: d.encoding,
        id: None,
        date: None,
    })
}

fn nonempty(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        Err("empty: no text".to_string())
    } else {
        Ok(())
    }
}

/// An error, with the record's id when it was read before the error.
type RecordError = (Option<String>, String);

fn json_record(line: &[u8], s: &Settings) -> Result<Text, RecordError> {
    let f = &s.fields;
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let repaired;
    let line = match std::str::from_utf8(line) {
        Err(_) if s.lossy => {
            repaired = String::from_utf8_lossy(line).into_owned();
            repaired.as_bytes()
        }
        _ => line,
    };
    let value: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) if e.is_data() || e.is_syntax() || e.is_eof() => {
            // a line with invalid UTF-8 is a JSON error too; say which
            if let Err(u) = std::str::from_utf8(line) {
                return Err((
                    None,
                    format!(
                        "not text: invalid UTF-8 at byte {} of the line",
                        u.valid_up_to()
                    ),
                ));
            }
            return Err((None, json_message(&e)));
        }
        Err(e) => return Err((None, json_message(&e))),
    };
    let Value::Object(mut map) = value else {
        return Err((None, "not a JSON object".to_string()));
    };
    let id = f.id.as_deref().and_then(|k| map.get(k)).and_then(scalar);
    let date = match f.date.as_deref().and_then(|k| map.get(k)) {
        None | Some(Value::Null) => None,
        Some(Value::String(d)) => parse_date(d, f).map_err(|e| (id.clone(), e))?,
        Some(other) => return Err((id, bad_date(&other.to_string(), f))),
    };
    let text = match map.remove(&f.text) {
        Some(Value::String(t)) => t,
        None | Some(Value::Null) => return Err((id, format!("no field '{}'", f.text))),
        Some(_) => return Err((id, format!("field '{}' is not a string", f.text))),
    };
    nonempty(&text).map_err(|e| (id.clone(), e))?;
    Ok(Text {
        text,
        encoding: "utf-8",
        id,
        date,
    })
}

/// A JSON error with its column; the line is the record's.
fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let reason = text
        .rfind(" at line ")
        .map_or(text.as_str(), |i| &text[..i]);
    format!("not valid JSON at column {}: {reason}", e.column())
}

/// An id as text: strings as they are, numbers and booleans as written.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn csv_record(fields: CsvFields, s: &Settings) -> Result<Text, RecordError> {
    let f = &s.fields;
    let text_of = |bytes: Vec<u8>, what: &str| -> Result<String, String> {
        match String::from_utf8(bytes) {
            Ok(t) => Ok(t),
            Err(e) if s.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
            Err(e) => Err(format!(
                "not text: invalid UTF-8 at byte {} of field '{what}'",
                e.utf8_error().valid_up_to()
            )),
        }
    };
    let id_name = f.id.as_deref().unwrap_or("id");
    let id = match fields.id {
        Some(b) => Some(text_of(b, id_name).map_err(|e| (None, e))?),
        None => None,
    }
    .filter(|i| !i.is_empty());
    let date = match fields.date {
        Some(b) => {
            let d = text_of(b, f.date.as_deref().unwrap_or("date")).map_err(|e| (id.clone(), e))?;
            parse_date(&d, f).map_err(|e| (id.clone(), e))?
        }
        None => None,
    };
    let Some(text) = fields.text else {
        return Err((id, format!("no field '{}': the row is too short", f.text)));
    };
    let text = text_of(text, &f.text).map_err(|e| (id.clone(), e))?;
    nonempty(&text).map_err(|e| (id.clone(), e))?;
    Ok(Text {
        text,
        encoding: "utf-8",
        id,
        date,
    })
}

/// A document date from a record: `2022-10-29`, `2022/10/29`, or either followed by a
/// time (`2022-10-29T08:00:00Z`, `2022-10-29 08:00`). Empty is no date.
fn parse_date(d: &str, f: &Fields) -> Result<Option<CivilDate>, String> {
    let d = d.trim();
    if d.is_empty() {
        return Ok(None);
    }
    let day = d
        .split(|c: char| c == 'T' || c.is_whitespace())
        .next()
        .unwrap_or(d)
        .replace('/', "-");
    day.parse::<CivilDate>()
        .map(Some)
        .map_err(|_| bad_date(d, f))
}

fn bad_date(d: &str, f: &Fields) -> String {
    format!(
        "invalid date {d:?} in field '{}': expected YYYY-MM-DD",
        f.date.as_deref().unwrap_or("date")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> Fields {
        Fields {
            text: "text".into(),
            id: Some("id".into()),
            date: Some("date".into()),
        }
    }

    #[test]
    fn record_dates_take_a_day_with_or_without_time() {
        let f = fields();
        for ok in [
            "2022-10-29",
            "2022/10/29",
            "2022-10-29T08:00:00Z",
            "2022-10-29 08:00",
        ] {
            assert_eq!(
                parse_date(ok, &f).unwrap().unwrap().to_string(),
                "2022-10-29",
                "{ok}"
            );
        }
        assert_eq!(parse_date("  ", &f).unwrap(), None);
        assert!(parse_date("29.10.2022", &f)
            .unwrap_err()
            .starts_with("invalid date \"29.10.2022\" in field 'date'"));
    }

    #[test]
    fn ids_are_text() {
        assert_eq!(scalar(&serde_json::json!(17)), Some("17".into()));
        assert_eq!(scalar(&serde_json::json!("a-1")), Some("a-1".into()));
        assert_eq!(scalar(&Value::Null), None);
    }
}
