//! Renders reports as one HTML page, the view of `minutes --format html`.
//!
//! ```text
//! cargo run --example html -- fixtures/en/seed.txt > seed.html
//! cargo run --example html -- -o dev.html ../shared/dev/en ../shared/dev/zh
//! ```
//!
//! Paths are files, or directories walked for `*.txt` in sorted order; `-` reads standard
//! input. A file that cannot be read or is not UTF-8 is reported and left out.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use minutes::{render_html, Extractor, HtmlReport};

fn main() -> ExitCode {
    let mut output: Option<PathBuf> = None;
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "-o" || arg == "--output" {
            let Some(file) = args.next() else {
                eprintln!("html: -o needs a file");
                return ExitCode::from(2);
            };
            output = Some(file.into());
        } else {
            paths.push(arg.into());
        }
    }
    if paths.is_empty() {
        paths.push("-".into());
    }
    match run(&paths, output.as_deref()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(e) => {
            eprintln!("html: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(paths: &[PathBuf], output: Option<&Path>) -> io::Result<bool> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files)?;
        } else {
            files.push(p.clone());
        }
    }
    let ex = Extractor::new();
    let mut all_ok = true;
    let mut inputs = Vec::new();
    for path in files {
        let source = path.display().to_string();
        let bytes = if source == "-" {
            let mut buf = Vec::new();
            io::stdin().lock().read_to_end(&mut buf)?;
            buf
        } else {
            match fs::read(&path) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("html: {source}: {e}");
                    all_ok = false;
                    continue;
                }
            }
        };
        let text = match String::from_utf8(bytes) {
            // offsets are counted after the BOM, as the library counts them
            Ok(t) => match t.strip_prefix('\u{feff}') {
                Some(rest) => rest.to_string(),
                None => t,
            },
            Err(_) => {
                eprintln!("html: {source}: not UTF-8");
                all_ok = false;
                continue;
            }
        };
        let extraction = ex.extract(&text);
        inputs.push((source, text, extraction));
    }
    let reports: Vec<HtmlReport<'_>> = inputs
        .iter()
        .map(|(source, text, extraction)| HtmlReport {
            source,
            text,
            extraction,
        })
        .collect();
    let page = render_html(&reports);
    match output {
        Some(file) => fs::write(file, page)?,
        None => io::stdout().lock().write_all(page.as_bytes())?,
    }
    Ok(all_ok)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
    Ok(())
}
