//! What the command reads: files and folders of reports, standard input, or corpora in
//! JSON Lines and CSV, each turned into a stream of [`Job`]s, one per document.
//!
//! Every path given yields at least one job, so that every input gets its output line:
//! a folder that cannot be listed, a broken link or an unreadable file becomes a job that
//! fails with its reason. Corpora are read record by record, never whole, so that standard
//! input can be a stream of any length.

use std::collections::{HashSet, VecDeque};
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A report file, or standard input.
#[derive(Debug, Clone)]
pub enum Source {
    /// Standard input, named `-`.
    Stdin,
    /// A path, as given or as found in a folder.
    File(PathBuf),
}

impl Source {
    /// The name in the output: the path as given, `-` for standard input.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    fn of(path: &Path) -> Source {
        if path.as_os_str() == "-" {
            Source::Stdin
        } else {
            Source::File(path.to_path_buf())
        }
    }

    /// Reads the whole input, refusing more than `max` bytes before reading them when the
    /// size is known, and after `max + 1` bytes when it is not (a pipe, a device).
    pub fn read(&self, max: u64) -> Result<Vec<u8>, String> {
        let too_large = |size: &str| {
            format!("too large: {size} bytes, over the limit of {max} (see --max-bytes)")
        };
        let reader: Box<dyn Read> = match self {
            Source::Stdin => Box::new(io::stdin()),
            Source::File(p) => {
                let meta = fs::metadata(p).map_err(|e| io_message(&e))?;
                if meta.is_dir() {
                    return Err("is a folder".to_string());
                }
                if meta.len() > max {
                    return Err(too_large(&meta.len().to_string()));
                }
                Box::new(File::open(p).map_err(|e| io_message(&e))?)
            }
        };
        let mut buf = Vec::new();
        reader
            .take(max.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(|e| io_message(&e))?;
        if buf.len() as u64 > max {
            return Err(too_large("more than"));
        }
        Ok(buf)
    }
}

/// An I/O error as a lower-case reason, without the `(os error N)` tail.
pub fn io_message(e: &io::Error) -> String {
    let text = match e.kind() {
        io::ErrorKind::NotFound => "no such file (or a broken link)".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    };
    match text.find(" (os error") {
        Some(i) => text[..i].to_lowercase(),
        None => text,
    }
}

/// The report files named by `paths`: files as given, folders walked for `*.txt` in
/// sorted order (links followed, each folder once), `-` or nothing for standard input.
pub fn report_files(paths: &[PathBuf]) -> Vec<Source> {
    if paths.is_empty() {
        return vec![Source::Stdin];
    }
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out, &mut seen);
        } else {
            out.push(Source::of(p));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Source>, seen: &mut HashSet<PathBuf>) {
    // a link back up the tree would otherwise be walked forever
    if let Ok(real) = fs::canonicalize(dir) {
        if !seen.insert(real) {
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(_) => {
            // reading it fails again, and is reported with its reason
            out.push(Source::File(dir.to_path_buf()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out, seen);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(Source::File(p));
        }
    }
}

/// The fields of a corpus record: where the text, id and date are.
#[derive(Debug, Clone)]
pub struct Fields {
    /// The field holding the text.
    pub text: String,
    /// The field holding the record's id.
    pub id: Option<String>,
    /// The field holding the document date.
    pub date: Option<String>,
}

/// The format of a corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorpusFormat {
    /// JSON Lines: one object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// Where a document comes from, for the output line and messages.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The file as given, `-` for standard input.
    pub source: Arc<str>,
    /// The line the record starts on, for a corpus record.
    pub line: Option<u64>,
}

/// One document to process.
#[derive(Debug)]
pub enum Job {
    /// A report file, read and decoded by the worker.
    Report(Source),
    /// A JSON Lines record, parsed by the worker.
    JsonLine(Origin, Vec<u8>),
    /// A CSV record, its fields already split.
    CsvRecord(Origin, CsvFields),
    /// An input that failed before it could be processed.
    Failed(Origin, String),
}

/// The fields of a CSV record that matter: text, id and date, as raw bytes.
#[derive(Debug)]
pub struct CsvFields {
    /// The text field; `None` when the record is too short to have it.
    pub text: Option<Vec<u8>>,
    /// The id field, when asked for and present.
    pub id: Option<Vec<u8>>,
    /// The date field, when asked for and present.
    pub date: Option<Vec<u8>>,
}

/// The jobs of a run over corpus files (or standard input), record by record.
pub fn corpus_jobs(
    paths: &[PathBuf],
    format: CorpusFormat,
    fields: Arc<Fields>,
    max: u64,
) -> Box<dyn Iterator<Item = Job> + Send> {
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        paths.to_vec()
    };
    Box::new(paths.into_iter().flat_map(move |p| {
        let source: Arc<str> = Arc::from(Source::of(&p).name());
        let origin = Origin {
            source: Arc::clone(&source),
            line: None,
        };
        let reader: Box<dyn Read + Send> = if p.as_os_str() == "-" {
            Box::new(io::stdin())
        } else if p.is_dir() {
            return one(Job::Failed(origin, "is a folder, not a corpus file".into()));
        } else {
            match File::open(&p) {
                Ok(f) => Box::new(f),
                Err(e) => return one(Job::Failed(origin, io_message(&e))),
            }
        };
        match format {
            CorpusFormat::Jsonl => Box::new(JsonLines {
                source,
                reader: BufReader::with_capacity(256 * 1024, reader),
                line: 0,
                max,
                done: false,
            }),
            CorpusFormat::Csv => csv_records(source, reader, &fields),
        }
    }))
}

fn one(job: Job) -> Box<dyn Iterator<Item = Job> + Send> {
    Box::new(std::iter::once(job))
}

/// Reads JSON Lines one line at a time, never holding more than `max` bytes of a line.
struct JsonLines<R> {
    source: Arc<str>,
    reader: R,
    line: u64,
    max: u64,
    done: bool,
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        while !self.done {
            self.line += 1;
            let origin = Origin {
                source: Arc::clone(&self.source),
                line: Some(self.line),
            };
            let mut buf = Vec::new();
            let read = (&mut self.reader)
                .take(self.max.saturating_add(1))
                .read_until(b'\n', &mut buf);
            match read {
                Ok(0) => self.done = true,
                Ok(_) if buf.len() as u64 > self.max && !buf.ends_with(b"\n") => {
                    let skipped = skip_line(&mut self.reader);
                    if skipped.is_err() {
                        self.done = true;
                    }
                    let error = format!(
                        "too large: a line over the limit of {} bytes (see --max-bytes)",
                        self.max
                    );
                    return Some(Job::Failed(origin, error));
                }
                Ok(_) => {
                    // the first line may carry a byte order mark
                    let body = if self.line == 1 {
                        buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&buf)
                    } else {
                        &buf
                    };
                    if body.iter().all(|b| b.is_ascii_whitespace()) {
                        continue; // blank lines separate nothing
                    }
                    if self.line == 1 && body.len() != buf.len() {
                        buf.drain(..3);
                    }
                    return Some(Job::JsonLine(origin, buf));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Job::Failed(origin, io_message(&e)));
                }
            }
        }
        None
    }
}

/// Consumes the rest of an over-long line without keeping it.
fn skip_line<R: BufRead>(reader: &mut R) -> io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}

/// Reads CSV with a header row; quoted fields may hold newlines and quotes.
fn csv_records(
    source: Arc<str>,
    reader: Box<dyn Read + Send>,
    fields: &Fields,
) -> Box<dyn Iterator<Item = Job> + Send> {
    let lines = Arc::new(Mutex::new(Newlines::default()));
    let counted = CountNewlines {
        inner: reader,
        offset: 0,
        lines: Arc::clone(&lines),
    };
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(counted);
    let origin = move |line| Origin {
        source: Arc::clone(&source),
        line,
    };
    let header = match rdr.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => return one(Job::Failed(origin(Some(1)), csv_message(&e))),
    };
    let names: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let f = if i == 0 {
                f.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(f)
            } else {
                f
            };
            String::from_utf8_lossy(f).trim().to_string()
        })
        .collect();
    let column = |name: &str| names.iter().position(|n| n == name);
    let Some(text) = column(&fields.text) else {
        let error = format!(
            "no column '{}' in the header (columns: {})",
            fields.text,
            names.join(", ")
        );
        return one(Job::Failed(origin(Some(1)), error));
    };
    // an id or date column that is missing leaves ids and dates unknown, as in JSON Lines
    let id = fields.id.as_deref().and_then(column);
    let date = fields.date.as_deref().and_then(column);
    let mut record = csv::ByteRecord::new();
    let mut done = false;
    Box::new(std::iter::from_fn(move || {
        if done {
            return None;
        }
        let result = rdr.read_byte_record(&mut record);
        let start = record
            .position()
            .map_or(rdr.position().byte(), |p| p.byte());
        let line = lines.lock().map_or(0, |mut l| l.line_at(start));
        match result {
            Ok(false) => None,
            Ok(true) => {
                let get = |i: Option<usize>| i.and_then(|i| record.get(i)).map(<[u8]>::to_vec);
                Some(Job::CsvRecord(
                    origin(Some(line)),
                    CsvFields {
                        text: get(Some(text)),
                        id: get(id),
                        date: get(date),
                    },
                ))
            }
            Err(e) => {
                // the reader cannot go on after an I/O error
                done = true;
                Some(Job::Failed(origin(Some(line)), csv_message(&e)))
            }
        }
    }))
}

/// The offsets of the newlines read but not yet passed by a record, to give each CSV
/// record the line it starts on. (The reader's own count lags one line behind after a
/// `\r\n` row end, which it finishes reading only with the next record.)
#[derive(Debug, Default)]
struct Newlines {
    ahead: VecDeque<u64>,
    passed: u64,
}

impl Newlines {
    /// The line of a record starting at byte `start`: a record that starts on the `\n` of
    /// the previous row's `\r\n` starts on the next line.
    fn line_at(&mut self, start: u64) -> u64 {
        while self.ahead.front().is_some_and(|&nl| nl <= start) {
            self.ahead.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }
}

/// A reader that notes where its newlines are.
struct CountNewlines<R> {
    inner: R,
    offset: u64,
    lines: Arc<Mutex<Newlines>>,
}

impl<R: Read> Read for CountNewlines<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Ok(mut lines) = self.lines.lock() {
            for i in newline_offsets(&buf[..n]) {
                lines.ahead.push_back(self.offset + i as u64);
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

fn newline_offsets(buf: &[u8]) -> impl Iterator<Item = usize> + '_ {
    buf.iter()
        .enumerate()
        .filter(|(_, &b)| b == b'\n')
        .map(|(i, _)| i)
}

fn csv_message(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Io(e) => io_message(e),
        _ => format!("not valid CSV: {e}"),
    }
}
