//! The `minutes` command: reads reports, prints what the library extracts.

use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use minutes::{CivilDate, Extraction, Extractor};
use serde::Serialize;

const EXAMPLES: &str = "\
Examples:
  minutes fixtures/en/seed.txt            a readable report of one file
  minutes --json reports/ > out.jsonl     JSON Lines, one line per .txt file, sorted
  cat report.txt | minutes --json -       standard input
  minutes --date 2022-10-29 report.txt    resolve relative dates against this date";

/// Structured data from Chinese political meeting reports, in English and Chinese.
#[derive(Parser, Debug)]
#[command(name = "minutes", version, about, after_help = EXAMPLES)]
struct Args {
    /// Files or directories (walked recursively for *.txt, in sorted order); `-` or none
    /// reads standard input.
    paths: Vec<PathBuf>,
    /// Print JSON Lines, one object per input.
    #[arg(long)]
    json: bool,
    /// The document date of every input (YYYY-MM-DD), instead of the one in the text.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<CivilDate>,
    /// Extra slogan catalogue rows (TSV, the format of data/slogans.tsv).
    #[arg(long, value_name = "FILE")]
    slogans: Option<PathBuf>,
}

/// One input: a path, or standard input.
enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    fn source(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    fn read(&self) -> io::Result<Vec<u8>> {
        match self {
            Input::Stdin => {
                let mut buf = Vec::new();
                io::stdin().lock().read_to_end(&mut buf)?;
                Ok(buf)
            }
            Input::File(p) => fs::read(p),
        }
    }
}

#[derive(Serialize)]
struct Record<'a> {
    source: &'a str,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

#[derive(Serialize)]
struct Failure<'a> {
    source: &'a str,
    error: &'a str,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("minutes: {e}");
            ExitCode::from(2)
        }
    }
}

/// Lists the inputs; a path that cannot be walked is reported as an input of its own.
fn inputs(paths: &[PathBuf]) -> Vec<Input> {
    if paths.is_empty() {
        return vec![Input::Stdin];
    }
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if p.is_dir() {
            walk(p, &mut out);
        } else {
            out.push(Input::File(p.clone()));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Input>) {
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(_) => {
            // reading it fails again, and is reported with its reason
            out.push(Input::File(dir.to_path_buf()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(Input::File(p));
        }
    }
}

fn run(args: &Args) -> io::Result<bool> {
    let mut builder = Extractor::builder();
    if let Some(d) = args.date {
        builder.document_date(d);
    }
    if let Some(path) = &args.slogans {
        let tsv = fs::read_to_string(path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        builder
            .slogans_tsv(&tsv, &path.display().to_string())
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
    }
    let ex = builder.build();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    for input in inputs(&args.paths) {
        let source = input.source();
        let result = input
            .read()
            .map_err(|e| e.to_string())
            .and_then(|bytes| ex.extract_bytes(&bytes).map_err(|e| e.to_string()))
            .map(|x| (x, ()));
        match result {
            Ok((extraction, ())) => {
                if args.json {
                    serde_json::to_writer(
                        &mut out,
                        &Record {
                            source: &source,
                            extraction: &extraction,
                        },
                    )?;
                    out.write_all(b"\n")?;
                } else {
                    write_human(&mut out, &source, &extraction)?;
                }
            }
            Err(error) => {
                all_ok = false;
                out.flush()?;
                eprintln!("minutes: {source}: {error}");
                if args.json {
                    serde_json::to_writer(
                        &mut out,
                        &Failure {
                            source: &source,
                            error: &error,
                        },
                    )?;
                    out.write_all(b"\n")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

fn write_human(out: &mut impl Write, source: &str, x: &Extraction) -> io::Result<()> {
    writeln!(out, "== {source}")?;
    writeln!(
        out,
        "language: {}   document date: {}",
        x.language.as_str(),
        x.document_date
            .map_or_else(|| "unknown".to_string(), |d| d.to_string())
    )?;
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
        writeln!(
            out,
            "  {} · {} · {} · chair: {} · {} participants",
            m.date.map_or_else(|| "-".to_string(), |d| d.to_string()),
            m.organiser.as_deref().unwrap_or("-"),
            m.kind.as_deref().unwrap_or(&m.text),
            if m.chair.is_empty() {
                "-".to_string()
            } else {
                m.chair.join(", ")
            },
            m.participants.len()
        )?;
    }
    writeln!(out, "\nreferences ({})", x.references.len())?;
    for r in &x.references {
        writeln!(out, "  {:<10} {}", format!("{:?}", r.kind).to_lowercase(), r.text)?;
    }
    writeln!(out)
}
