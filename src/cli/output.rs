//! What the command writes: a readable report, JSON Lines (SPEC section 5), or a table of
//! items in CSV or TSV.
//!
//! The table has one row per item, in the columns of [`COLUMNS`]; an official gives one
//! row per (person, title) pair, and one row with an empty title when the person has none.
//! CSV quotes as RFC 4180 does (fields with `,`, `"` or line ends are quoted, quotes
//! doubled) and ends rows with `\n`. TSV never quotes: a tab, line end or backslash in a
//! field is written `\t`, `\n`, `\r`, `\\`, so that every row is one line.

use std::borrow::Cow;
use std::io::Write;

use minutes::{Extraction, Language};
use serde::Serialize;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable report per input.
    Human,
    /// One JSON object per input and line (SPEC section 5).
    #[value(alias = "json")]
    Jsonl,
    /// One row per item, comma-separated, RFC 4180 quoting.
    Csv,
    /// One row per item, tab-separated, escapes instead of quotes.
    Tsv,
    /// One self-contained HTML page with every item highlighted in its report's text.
    Html,
}

/// The columns of the CSV and TSV tables.
pub const COLUMNS: [&str; WIDTH] = [
    "source",
    "id",
    "kind",
    "start",
    "end",
    "text",
    "value",
    "name",
    "title",
    "slogan_id",
    "number",
    "ordinal",
    "list",
    "term",
    "date",
    "participants",
    "precision",
    "relative",
    "expanded",
    "implicit",
];

/// The number of columns.
const WIDTH: usize = 20;

/// What the output says of where a document came from.
#[derive(Debug, Clone, Copy)]
pub struct Meta<'a> {
    /// The file as given, `-` for standard input.
    pub source: &'a str,
    /// The line of a corpus record.
    pub line: Option<u64>,
    /// The id of a corpus record: `Some(None)` when the record has none.
    pub id: Option<Option<&'a str>>,
}

#[derive(Serialize)]
struct Record<'a> {
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Option<&'a str>>,
    encoding: &'a str,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

#[derive(Serialize)]
struct Failure<'a> {
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Option<&'a str>>,
    error: &'a str,
}

/// The header a table starts with; nothing for the other formats.
pub fn header(format: Format, out: &mut Vec<u8>) {
    match format {
        Format::Csv => csv_row(out, COLUMNS.map(Cow::Borrowed)),
        Format::Tsv => tsv_row(out, COLUMNS.map(Cow::Borrowed)),
        Format::Human | Format::Jsonl | Format::Html => {}
    }
}

/// Writes the output of one document.
pub fn record(format: Format, meta: Meta<'_>, encoding: &str, x: &Extraction, out: &mut Vec<u8>) {
    match format {
        Format::Jsonl => {
            let rec = Record {
                source: meta.source,
                line: meta.line,
                id: meta.id,
                encoding,
                extraction: x,
            };
            serde_json::to_writer(&mut *out, &rec).expect("an extraction serialises");
            out.push(b'\n');
        }
        Format::Csv => rows(meta, x, |r| csv_row(out, r)),
        Format::Tsv => rows(meta, x, |r| tsv_row(out, r)),
        Format::Human => human(out, meta, encoding, x),
        // the page is written whole, by html::page
        Format::Html => {}
    }
}

/// Writes the output of a document that failed: a JSON line with its `error`; in the
/// other formats nothing, as the message goes to standard error.
pub fn failure(format: Format, meta: Meta<'_>, error: &str, out: &mut Vec<u8>) {
    if format == Format::Jsonl {
        let rec = Failure {
            source: meta.source,
            line: meta.line,
            id: meta.id,
            error,
        };
        serde_json::to_writer(&mut *out, &rec).expect("a failure serialises");
        out.push(b'\n');
    }
}

/// Where an input is, for messages: `file`, `file:12`.
pub fn place(meta: Meta<'_>) -> String {
    match meta.line {
        Some(line) => format!("{}:{line}", meta.source),
        None => meta.source.to_string(),
    }
}

/// A serialised unit enum as its JSON string (`numbered`, `plenum`).
fn label<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn num<T: ToString>(n: Option<T>) -> Cow<'static, str> {
    n.map_or(Cow::Borrowed(""), |n| Cow::Owned(n.to_string()))
}

/// One row of the table, less `source` and `id`.
#[derive(Default)]
struct Row<'a> {
    kind: &'static str,
    span: Option<(usize, usize, &'a str)>,
    value: Cow<'a, str>,
    name: Cow<'a, str>,
    title: &'a str,
    slogan_id: &'a str,
    number: Option<u32>,
    ordinal: Option<u32>,
    list: Option<u32>,
    term: Option<u32>,
    date: Cow<'a, str>,
    participants: Cow<'a, str>,
    precision: Cow<'a, str>,
    relative: Option<bool>,
    expanded: Option<bool>,
    implicit: Option<bool>,
}

impl<'a> Row<'a> {
    fn spanned(kind: &'static str, start: usize, end: usize, text: &'a str) -> Row<'a> {
        Row {
            kind,
            span: Some((start, end, text)),
            ..Row::default()
        }
    }

    fn fields(self, meta: Meta<'a>) -> [Cow<'a, str>; WIDTH] {
        let (start, end, text) = match self.span {
            Some((s, e, t)) => (num(Some(s)), num(Some(e)), t),
            None => (num(None::<u32>), num(None::<u32>), ""),
        };
        [
            Cow::Borrowed(meta.source),
            Cow::Borrowed(meta.id.flatten().unwrap_or("")),
            Cow::Borrowed(self.kind),
            start,
            end,
            Cow::Borrowed(text),
            self.value,
            self.name,
            Cow::Borrowed(self.title),
            Cow::Borrowed(self.slogan_id),
            num(self.number),
            num(self.ordinal),
            num(self.list),
            num(self.term),
            self.date,
            self.participants,
            self.precision,
            num(self.relative),
            num(self.expanded),
            num(self.implicit),
        ]
    }
}

/// Calls `emit` with each row of the table for `x`, kinds in the order of the JSON keys.
fn rows<'a>(meta: Meta<'a>, x: &'a Extraction, mut emit: impl FnMut([Cow<'a, str>; WIDTH])) {
    let mut row = |r: Row<'a>| emit(r.fields(meta));
    for d in &x.dates {
        // a range as an ISO 8601 interval
        let value = match &d.end_value {
            Some(end) => format!("{}/{end}", d.value),
            None => d.value.to_string(),
        };
        row(Row {
            value: value.into(),
            precision: label(&d.precision).into(),
            relative: Some(d.relative),
            ..Row::spanned("dates", d.start, d.end, &d.text)
        });
    }
    for o in &x.officials {
        let span = o
            .mentions
            .first()
            .map(|m| (m.start, m.end, m.text.as_str()));
        let person = |title: &'a str| Row {
            kind: "officials",
            span,
            name: Cow::Borrowed(o.name.as_str()),
            title,
            ..Row::default()
        };
        if o.titles.is_empty() {
            row(person(""));
        }
        for t in &o.titles {
            row(person(t));
        }
    }
    for s in &x.slogans {
        row(Row {
            value: label(&s.kind).into(),
            slogan_id: s.id.as_deref().unwrap_or(""),
            number: s.number,
            ..Row::spanned("slogans", s.start, s.end, &s.text)
        });
    }
    for d in &x.directives {
        row(Row {
            value: Cow::Borrowed(d.marker.as_deref().unwrap_or("")),
            name: Cow::Borrowed(d.speaker.as_deref().unwrap_or("")),
            ordinal: Some(d.ordinal),
            list: Some(d.list),
            implicit: Some(d.implicit),
            ..Row::spanned("directives", d.start, d.end, &d.text)
        });
    }
    for m in &x.meetings {
        row(Row {
            value: Cow::Borrowed(m.kind.as_deref().unwrap_or("")),
            name: Cow::Owned(m.chair.join("; ")),
            title: m.organiser.as_deref().unwrap_or(""),
            number: m.number,
            term: m.term,
            date: m
                .date
                .as_ref()
                .map_or(Cow::Borrowed(""), |d| Cow::Owned(d.to_string())),
            participants: Cow::Owned(m.participants.join("; ")),
            expanded: Some(m.expanded),
            ..Row::spanned("meetings", m.start, m.end, &m.text)
        });
    }
    for r in &x.references {
        row(Row {
            value: label(&r.kind).into(),
            title: r.body.as_deref().unwrap_or(""),
            number: r.number,
            term: r.term,
            ..Row::spanned("references", r.start, r.end, &r.text)
        });
    }
}

fn csv_row<'a>(out: &mut Vec<u8>, fields: [Cow<'a, str>; WIDTH]) {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(&mut *out);
    w.write_record(fields.iter().map(|f| f.as_bytes()))
        .expect("writing to memory cannot fail");
    w.flush().expect("writing to memory cannot fail");
}

fn tsv_row<'a>(out: &mut Vec<u8>, fields: [Cow<'a, str>; WIDTH]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        for b in f.bytes() {
            match b {
                b'\t' => out.extend_from_slice(b"\\t"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\\' => out.extend_from_slice(b"\\\\"),
                _ => out.push(b),
            }
        }
    }
    out.push(b'\n');
}

fn human(out: &mut Vec<u8>, meta: Meta<'_>, encoding: &str, x: &Extraction) {
    // writing to a Vec cannot fail
    let _ = human_io(out, meta, encoding, x);
}

fn human_io(
    out: &mut Vec<u8>,
    meta: Meta<'_>,
    encoding: &str,
    x: &Extraction,
) -> std::io::Result<()> {
    write!(out, "== {}", place(meta))?;
    if let Some(Some(id)) = meta.id {
        write!(out, "  (id {id})")?;
    }
    writeln!(out)?;
    // what the report is about comes first: its meetings, one line each
    for m in &x.meetings {
        writeln!(out, "{}", meeting_line(m))?;
    }
    let language = match x.language {
        Language::Zh => "zh",
        _ => "en",
    };
    write!(
        out,
        "language: {language}   document date: {}",
        x.document_date
            .map_or_else(|| "unknown".to_string(), |d| d.to_string())
    )?;
    if encoding != "utf-8" {
        write!(out, "   encoding: {encoding}")?;
    }
    writeln!(out)?;
    writeln!(out, "\ndates ({})", x.dates.len())?;
    for d in &x.dates {
        let value = match &d.end_value {
            Some(e) => format!("{} .. {e}", d.value),
            None => d.value.to_string(),
        };
        let rel = if d.relative { "  (relative)" } else { "" };
        writeln!(out, "  {value:<24} {}{rel}", d.text)?;
    }
    writeln!(out, "\nofficials ({})", x.officials.len())?;
    for o in &x.officials {
        writeln!(out, "  {}", o.name)?;
        for t in &o.titles {
            writeln!(out, "      {t}")?;
        }
    }
    writeln!(out, "\nslogans ({})", x.slogans.len())?;
    for s in &x.slogans {
        writeln!(out, "  {:<40} {}", s.id.as_deref().unwrap_or("-"), s.text)?;
    }
    writeln!(out, "\ndirectives ({})", x.directives.len())?;
    for d in &x.directives {
        let text: String = d.text.chars().take(100).collect();
        writeln!(out, "  {}.{} {text}", d.list, d.ordinal)?;
    }
    writeln!(out, "\nmeetings ({})", x.meetings.len())?;
    for m in &x.meetings {
        writeln!(out, "  {}", meeting_line(m))?;
    }
    writeln!(out, "\nreferences ({})", x.references.len())?;
    for r in &x.references {
        writeln!(out, "  {:<10} {}", label(&r.kind), r.text)?;
    }
    writeln!(out)
}

/// `2022-10-26 · Hongkou District ... Party Group · central-group-study (expanded) · chair:
/// Shi Baozhen · 8 participants`
fn meeting_line(m: &minutes::Meeting) -> String {
    format!(
        "{} · {} · {}{} · chair: {} · {} participants",
        m.date.map_or_else(|| "-".to_string(), |d| d.to_string()),
        m.organiser.as_deref().unwrap_or("-"),
        m.kind.as_deref().unwrap_or(&m.text),
        if m.expanded { " (expanded)" } else { "" },
        if m.chair.is_empty() {
            "-".to_string()
        } else {
            m.chair.join(", ")
        },
        m.participants.len()
    )
}
