//! The `minutes` command: reads reports or corpora, prints what the library extracts.

mod cli;

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use minutes::{CivilDate, Extractor, Kind};

use cli::decode::Encoding;
use cli::input::{self, CorpusFormat, Fields};
use cli::output::{self, Format};
use cli::pipeline;
use cli::process::Settings;
use cli::writer::Writer;

const EXAMPLES: &str = "\
Examples:
  minutes fixtures/en/seed.txt                 a readable report of one file
  minutes --json reports/ > out.jsonl          JSON Lines, one line per .txt file, sorted
  minutes --format csv reports/ > items.csv    one row per item
  cat report.txt | minutes --json -            standard input
  minutes --jsonl text --id url --json corpus.jsonl
                                               a JSON Lines corpus, text in field `text`
  minutes --csv body --format csv --kinds officials corpus.csv
                                               who held which title, from a CSV corpus
  minutes --jsonl text --summary corpus.jsonl  slogans, officials and months of a corpus
  minutes --date 2022-10-29 report.txt         resolve relative dates against this date

Exit status: 0 when every input was processed, 2 when any failed (each failure has its
line, with an `error`, in JSON Lines output, and a message on standard error).";

/// Structured data from Chinese political meeting reports, in English and Chinese.
#[derive(Parser, Debug)]
#[command(name = "minutes", version, about, after_help = EXAMPLES)]
struct Args {
    /// Files or directories (walked recursively for *.txt, in sorted order); `-` or none
    /// reads standard input. With --jsonl or --csv: corpus files, or `-`.
    paths: Vec<PathBuf>,
    /// With --format html: write the page to FILE instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Print JSON Lines, one object per input (same as --format jsonl).
    #[arg(long, conflicts_with = "format")]
    json: bool,
    /// Output format: a readable report, JSON Lines (`json` is the same), or one row per
    /// item in CSV or TSV.
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<Format>,
    /// Only these kinds of items (comma-separated: dates, officials, slogans, directives,
    /// meetings, references); the others are empty.
    #[arg(long, value_delimiter = ',', value_name = "KINDS")]
    kinds: Vec<Kind>,
    /// The document date of every input (YYYY-MM-DD), instead of the one in the text.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<CivilDate>,
    /// Extra slogan catalogue rows (TSV, the format of data/slogans.tsv).
    #[arg(long, value_name = "FILE")]
    slogans: Option<PathBuf>,
    /// Read JSON Lines, one document per line, its text in FIELD.
    #[arg(long, value_name = "FIELD", conflicts_with = "csv", group = "corpus")]
    jsonl: Option<String>,
    /// Read CSV with a header row, one document per record, its text in column FIELD.
    #[arg(long, value_name = "FIELD", group = "corpus")]
    csv: Option<String>,
    /// With --jsonl or --csv: the field holding each record's id (output as `id`).
    #[arg(long, value_name = "FIELD", requires = "corpus")]
    id: Option<String>,
    /// With --jsonl or --csv: the field holding each record's document date
    /// (YYYY-MM-DD, a time may follow); it wins over --date and the text.
    #[arg(long, value_name = "FIELD", requires = "corpus")]
    date_field: Option<String>,
    /// The encoding of report files: auto (a byte order mark, else UTF-8, else GB18030),
    /// utf-8, gb18030 or utf-16. A byte order mark always wins.
    #[arg(long, default_value = "auto", value_name = "ENCODING")]
    encoding: Encoding,
    /// Replace bytes that do not decode with U+FFFD (with a warning) instead of failing.
    #[arg(long)]
    lossy: bool,
    /// Refuse inputs (and corpus lines) larger than this, before reading them.
    #[arg(long, default_value = "256M", value_parser = cli::parse_size, value_name = "SIZE")]
    max_bytes: u64,
    /// Print, instead of each document, a summary of the run: top slogans, officials with
    /// their most common title, documents per month (a JSON object with --format jsonl).
    #[arg(long)]
    summary: bool,
    /// How many slogans and officials the summary lists.
    #[arg(long, default_value_t = 20, value_name = "N", requires = "summary")]
    top: usize,
    /// Documents processed at once (default: one per core); output stays in input order.
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    jobs: Option<usize>,
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

/// Runs the command; `Ok(false)` when any input failed.
fn run(args: &Args) -> io::Result<bool> {
    let format = match (args.json, args.format) {
        (true, _) => Format::Jsonl,
        (false, f) => f.unwrap_or(Format::Human),
    };
    if format == Format::Html {
        return html_page(args);
    }
    if args.summary && matches!(format, Format::Csv | Format::Tsv) {
        return Err(io::Error::other(
            "--summary prints a table (--format human) or one JSON object (--format jsonl)",
        ));
    }
    let settings = Arc::new(Settings {
        extractor: extractor(args)?,
        encoding: args.encoding,
        lossy: args.lossy,
        max_bytes: args.max_bytes,
        fields: Fields {
            text: args.jsonl.clone().or(args.csv.clone()).unwrap_or_default(),
            id: args.id.clone(),
            date: args.date_field.clone(),
        },
        format,
        summary: args.summary,
    });
    let corpus = match (&args.jsonl, &args.csv) {
        (Some(_), _) => Some(CorpusFormat::Jsonl),
        (_, Some(_)) => Some(CorpusFormat::Csv),
        _ => None,
    };
    // a corpus streams (its length is unknown, and its records leave as they are done);
    // report files are listed first, so that the progress bar knows the total
    let (jobs, total, streaming) = match corpus {
        Some(kind) => {
            let fields = Arc::new(settings.fields.clone());
            let jobs = input::corpus_jobs(&args.paths, kind, fields, args.max_bytes);
            (jobs, None, true)
        }
        None => {
            let files = input::report_files(&args.paths);
            let total = files.len() as u64;
            let jobs: Box<dyn Iterator<Item = _> + Send> =
                Box::new(files.into_iter().map(input::Job::Report));
            (jobs, Some(total), false)
        }
    };
    let threads = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let mut out = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    if !args.summary {
        let mut header = Vec::new();
        output::header(format, &mut header);
        out.write_all(&header)?;
    }
    let mut writer = Writer::new(out, total, args.summary);
    pipeline::run(jobs, threads, streaming, Arc::clone(&settings), &mut writer)?;
    let all_ok = !writer.failed;
    let summary = writer.summary.take();
    let mut out = writer.finish()?;
    if let Some(summary) = summary {
        match format {
            Format::Jsonl => summary.write_json(&mut out, args.top)?,
            _ => summary.write_human(&mut out, args.top)?,
        }
        out.flush()?;
    }
    Ok(all_ok)
}

/// The extractor of the run: the caller's date, extra slogans, the kinds asked for.
fn extractor(args: &Args) -> io::Result<Extractor> {
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
    if !args.kinds.is_empty() {
        builder.kinds(&args.kinds);
    }
    Ok(builder.build())
}

/// `--format html`: every report file in one page, written whole to standard output or
/// `-o FILE`. The page needs every text at once, so it reads the inputs one after another;
/// an input that fails is reported on standard error and left out of the page.
fn html_page(args: &Args) -> io::Result<bool> {
    if args.jsonl.is_some() || args.csv.is_some() || args.summary {
        return Err(io::Error::other(
            "--format html takes report files, not a corpus or --summary",
        ));
    }
    let ex = extractor(args)?;
    let mut all_ok = true;
    let mut done: Vec<(String, String, minutes::Extraction)> = Vec::new();
    for source in input::report_files(&args.paths) {
        let name = source.name();
        let text = source.read(args.max_bytes).and_then(|bytes| {
            cli::decode::decode(&bytes, args.encoding, args.lossy).map(|d| d.text.into_owned())
        });
        match text {
            Ok(text) => {
                let x = ex.extract(&text);
                done.push((name, text, x));
            }
            Err(e) => {
                eprintln!("minutes: {name}: {e}");
                all_ok = false;
            }
        }
    }
    let reports: Vec<minutes::HtmlReport<'_>> = done
        .iter()
        .map(|(source, text, extraction)| minutes::HtmlReport {
            source,
            text,
            extraction,
        })
        .collect();
    let page = minutes::render_html(&reports);
    match &args.output {
        Some(path) => std::fs::write(path, page)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?,
        None => {
            let mut out = io::stdout().lock();
            out.write_all(page.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(all_ok)
}
