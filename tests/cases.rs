//! Runs every case table in `fixtures/cases/*.toml`.
//!
//! A file holds `[[case]]` tables: `name`, `text`, optionally `document-date` (also as a
//! default at the top of the file), and for each kind to check (`dates`, `officials`,
//! `slogans`, `directives`, `meetings`, `references`) the expected items, in order. Each
//! expected item is compared on the fields it gives; a string expected where the output
//! has an object (an official's `mentions`) is compared with the object's `text`. A kind
//! not listed is not checked; `dates = []` expects none; the string `"null"` expects
//! `null` (TOML has none). Every item's `text` must also be
//! the slice at its offsets, and items must be in text order.
//!
//! `MINUTES_CASE=dates-zh/,-slow` runs only cases whose `file/name` contains `dates-zh/`
//! and not `slow`.

use std::fs;
use std::path::Path;

use minutes::{CivilDate, Extractor};
use serde_json::Value;

const KINDS: [&str; 6] = [
    "dates",
    "officials",
    "slogans",
    "directives",
    "meetings",
    "references",
];

fn selected(id: &str) -> bool {
    let Ok(filter) = std::env::var("MINUTES_CASE") else {
        return true;
    };
    filter.split(',').filter(|f| !f.is_empty()).all(|f| match f.strip_prefix('-') {
        Some(neg) => !id.contains(neg),
        None => id.contains(f),
    })
}

/// Does `actual` hold what `expected` gives? Returns a description of the first difference.
fn matches(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let av = a.get(k).unwrap_or(&Value::Null);
                matches(ev, av, &format!("{path}.{k}"))?;
            }
            Ok(())
        }
        (Value::String(_), Value::Object(a)) if a.contains_key("text") => {
            matches(expected, &a["text"], &format!("{path}.text"))
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Err(format!(
                    "{path}: expected {} items, got {}: {}",
                    e.len(),
                    a.len(),
                    Value::Array(a.clone())
                ));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                matches(ev, av, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        (Value::Number(e), Value::Number(a)) if e.as_f64() == a.as_f64() => Ok(()),
        // TOML has no null: the string "null" expects one
        (Value::String(s), Value::Null) if s == "null" => Ok(()),
        _ if expected == actual => Ok(()),
        _ => Err(format!("{path}: expected {expected}, got {actual}")),
    }
}

/// Every item with offsets holds its text there, and items are in text order.
fn check_offsets(text: &str, kind: &str, items: &[Value]) -> Result<(), String> {
    let mut last = 0;
    for item in items {
        let spans: Vec<&Value> = match item.get("mentions") {
            Some(Value::Array(m)) => m.iter().collect(),
            _ => vec![item],
        };
        for s in spans {
            let (Some(start), Some(end)) = (s["start"].as_u64(), s["end"].as_u64()) else {
                continue;
            };
            let (start, end) = (start as usize, end as usize);
            if text.get(start..end) != s["text"].as_str() {
                return Err(format!("{kind}: text at {start}..{end} is not {}", s["text"]));
            }
        }
        if kind != "officials" {
            if let Some(start) = item["start"].as_u64() {
                if (start as usize) < last {
                    return Err(format!("{kind}: items out of text order at {start}"));
                }
                last = start as usize;
            }
        }
    }
    Ok(())
}

#[test]
fn case_tables() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/cases");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("fixtures/cases exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let (mut run, mut failures) = (0, Vec::new());
    for file in &files {
        let stem = file.file_stem().unwrap().to_string_lossy().to_string();
        let table: toml::Table = toml::from_str(&fs::read_to_string(file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let default_date = table.get("document-date").and_then(|v| v.as_str());
        let cases = table
            .get("case")
            .and_then(|v| v.as_array())
            .unwrap_or_else(|| panic!("{}: no [[case]]", file.display()));
        for case in cases {
            let name = case["name"].as_str().expect("case has a name");
            let id = format!("{stem}/{name}");
            if !selected(&id) {
                continue;
            }
            run += 1;
            let text = case["text"].as_str().expect("case has a text");
            let date = case
                .get("document-date")
                .and_then(|v| v.as_str())
                .or(default_date);
            let mut builder = Extractor::builder();
            if let Some(d) = date {
                builder.document_date(d.parse::<CivilDate>().expect("valid document-date"));
            }
            let out = serde_json::to_value(builder.build().extract(text)).unwrap();
            let expected = serde_json::to_value(case).unwrap();
            for kind in KINDS {
                let items = out[kind].as_array().unwrap();
                if let Err(e) = check_offsets(text, kind, items) {
                    failures.push(format!("{id}: {e}"));
                }
                if let Some(exp) = expected.get(kind) {
                    if let Err(e) = matches(exp, &out[kind], kind) {
                        failures.push(format!("{id}: {e}"));
                    }
                }
            }
            if let Some(exp) = expected.get("document_date") {
                if let Err(e) = matches(exp, &out["document_date"], "document_date") {
                    failures.push(format!("{id}: {e}"));
                }
            }
        }
    }
    assert!(run > 0, "no case selected");
    assert!(
        failures.is_empty(),
        "{} of {run} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("{run} cases passed");
}
