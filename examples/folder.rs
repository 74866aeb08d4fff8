//! A folder of reports to a CSV of officials and their titles, one row per (report,
//! person, title); a person without a title gets one row with an empty title.
//!
//! ```sh
//! cargo run --example folder -- fixtures/en > officials.csv
//! ```

use std::fs;
use std::io::{self, Write};
use std::path::PathBuf;

/// RFC 4180: quote a field that holds a comma, a quote or a line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn main() -> io::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "fixtures/en".into()),
    );
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let ex = minutes::Extractor::new();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "report,document_date,name,title")?;
    for path in paths {
        let text = fs::read_to_string(&path)?;
        let x = ex.extract(&text);
        let report = path.display().to_string();
        let date = x.document_date.map(|d| d.to_string()).unwrap_or_default();
        for o in &x.officials {
            let titles: Vec<&str> = if o.titles.is_empty() {
                vec![""]
            } else {
                o.titles.iter().map(String::as_str).collect()
            };
            for t in titles {
                writeln!(
                    out,
                    "{},{},{},{}",
                    field(&report),
                    date,
                    field(&o.name),
                    field(t)
                )?;
            }
        }
    }
    Ok(())
}
