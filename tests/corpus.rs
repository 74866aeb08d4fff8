//! The command on corpora: JSON Lines and CSV in (`--jsonl`, `--csv`, `--id`,
//! `--date-field`), tables out (`--format csv|tsv`, `--kinds`), `--summary`, streaming
//! standard input, and output order under `-j`. Runs the real binary on
//! `fixtures/corpus/`, which holds a broken line, a record without its text field, and a
//! text with quotes, commas and line ends.
//!
//! The checks hold whatever the extractors find: the CSV rows are compared with the JSON
//! items of the same run, item for item.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use serde_json::Value;

const COLUMNS: [&str; 20] = [
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

const KINDS: [&str; 6] = [
    "dates",
    "officials",
    "slogans",
    "directives",
    "meetings",
    "references",
];

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/corpus")
        .join(name)
}

fn minutes(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minutes"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        let bytes = bytes.to_vec();
        thread::spawn(move || pipe.write_all(&bytes));
    }
    child.wait_with_output().expect("the binary finishes")
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The texts of the records of the JSON Lines fixture, by id, to check spans against.
fn texts() -> Vec<(String, String)> {
    std::fs::read_to_string(fixture("corpus.jsonl"))
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| {
            let id = match &v["id"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            Some((id, v["text"].as_str()?.to_string()))
        })
        .collect()
}

/// Every object with `start`, `end` and `text` in `v` points into `doc` exactly.
fn check_spans(doc: &str, v: &Value) {
    match v {
        Value::Object(map) => {
            if let (Some(s), Some(e), Some(t)) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
                map.get("text").and_then(Value::as_str),
            ) {
                let (s, e) = (s as usize, e as usize);
                assert!(doc.is_char_boundary(s) && doc.is_char_boundary(e));
                assert_eq!(&doc[s..e], t);
            }
            map.values().for_each(|v| check_spans(doc, v));
        }
        Value::Array(items) => items.iter().for_each(|v| check_spans(doc, v)),
        _ => {}
    }
}

#[test]
fn jsonl_corpus_gives_one_line_per_record_and_reports_bad_lines() {
    let path = fixture("corpus.jsonl");
    let args = [
        "--jsonl",
        "text",
        "--id",
        "id",
        "--date-field",
        "date",
        "--json",
        path.to_str().unwrap(),
    ];
    let out = minutes(&args, None);
    assert_eq!(out.status.code(), Some(2), "a bad line makes the status 2");
    let lines = json_lines(&out);
    // eight lines, one blank: seven records
    assert_eq!(lines.len(), 7);
    let at: Vec<u64> = lines.iter().map(|l| l["line"].as_u64().unwrap()).collect();
    assert_eq!(at, [1, 2, 3, 4, 5, 6, 8]);
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .starts_with("not valid JSON"));
    assert_eq!(lines[4]["error"], "no field 'text'");
    assert_eq!(lines[4]["id"], "r-missing");
    let err = stderr(&out);
    assert!(err.contains("corpus.jsonl:3: not valid JSON"), "{err}");
    assert!(err.contains("corpus.jsonl:5: no field 'text'"), "{err}");
    let texts = texts();
    for l in lines.iter().filter(|l| l.get("error").is_none()) {
        assert_eq!(l["source"], path.to_str().unwrap());
        assert_eq!(l["encoding"], "utf-8");
        for k in KINDS {
            assert!(l[k].is_array(), "{k} is always present");
        }
        let id = l["id"].as_str().expect("ids are strings, numbers too");
        let (_, text) = texts.iter().find(|(i, _)| i == id).unwrap();
        check_spans(text, l);
    }
    // a number id is written as text; the date field is the document date
    assert_eq!(lines[3]["id"], "3");
    assert_eq!(lines[0]["document_date"], "2022-10-29");
    assert_eq!(lines[0]["document_date_source"], "caller");
}

#[test]
fn csv_corpus_reads_quotes_and_newlines_and_reports_short_rows() {
    let path = fixture("corpus.csv");
    let p = path.to_str().unwrap();
    let out = minutes(
        &[
            "--csv",
            "text",
            "--id",
            "id",
            "--date-field",
            "date",
            "--json",
            p,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let lines = json_lines(&out);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["r1", "r2", "3", "r4", "short-row", "r5"]);
    // each record on the line it starts on, rows ending in \r\n
    let at: Vec<u64> = lines.iter().map(|l| l["line"].as_u64().unwrap()).collect();
    assert_eq!(at, [2, 5, 7, 11, 12, 13]);
    assert!(lines[4]["error"]
        .as_str()
        .unwrap()
        .starts_with("no field 'text'"));
    assert!(stderr(&out).contains("corpus.csv:12: no field 'text'"));
    // the same documents as the JSON Lines corpus, so the same items
    let jl = json_lines(&minutes(
        &[
            "--jsonl",
            "text",
            "--id",
            "id",
            "--date-field",
            "date",
            "--json",
            fixture("corpus.jsonl").to_str().unwrap(),
        ],
        None,
    ));
    for l in lines.iter().filter(|l| l.get("error").is_none()) {
        let twin = jl.iter().find(|j| j["id"] == l["id"]).unwrap();
        for k in KINDS {
            assert_eq!(l[k], twin[k], "{k} of {}", l["id"]);
        }
    }
}

#[test]
fn missing_text_column_fails_the_file_once() {
    let path = fixture("corpus.csv");
    let out = minutes(&["--csv", "body", "--json", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(
        lines[0]["error"],
        "no column 'body' in the header (columns: id, date, url, text)"
    );
}

/// The rows a JSON item gives in the table: one, or one per title for an official.
fn rows_of(kind: &str, item: &Value) -> usize {
    if kind == "officials" {
        item["titles"].as_array().map_or(0, Vec::len).max(1)
    } else {
        1
    }
}

fn read_csv(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .quoting(delimiter == b',')
        .from_reader(bytes);
    let header = rdr.headers().unwrap().iter().map(str::to_string).collect();
    let rows = rdr.records().map(|r| r.unwrap()).collect();
    (header, rows)
}

fn unescape_tsv(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A JSON number as the table writes it; null is empty.
fn nullable(v: &Value) -> String {
    v.as_u64().map_or(String::new(), |n| n.to_string())
}

/// A JSON list of names as the table writes it, `; `-joined.
fn joined(v: &Value) -> String {
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    names.join("; ")
}

/// Checks every row of a table against the JSON items of the same corpus, in order.
fn check_table(json: &[Value], header: &[String], rows: &[Vec<String>]) {
    assert_eq!(header, COLUMNS);
    let mut expected = Vec::new();
    for doc in json.iter().filter(|l| l.get("error").is_none()) {
        for k in KINDS {
            for item in doc[k].as_array().unwrap() {
                let titles: Vec<&str> = item["titles"]
                    .as_array()
                    .map(|ts| ts.iter().map(|t| t.as_str().unwrap()).collect())
                    .unwrap_or_default();
                for i in 0..rows_of(k, item) {
                    expected.push((doc, k, item, titles.get(i).copied()));
                }
            }
        }
    }
    assert_eq!(rows.len(), expected.len(), "one row per item");
    for (row, (doc, kind, item, title)) in rows.iter().zip(expected) {
        let col = |name: &str| row[COLUMNS.iter().position(|c| *c == name).unwrap()].as_str();
        assert_eq!(col("source"), doc["source"].as_str().unwrap());
        assert_eq!(col("id"), doc["id"].as_str().unwrap_or(""));
        assert_eq!(col("kind"), kind);
        let span = if kind == "officials" {
            &item["mentions"][0]
        } else {
            item
        };
        if let Some(start) = span["start"].as_u64() {
            assert_eq!(col("start"), start.to_string());
            assert_eq!(col("end"), span["end"].as_u64().unwrap().to_string());
            assert_eq!(col("text"), span["text"].as_str().unwrap());
        }
        match kind {
            "officials" => {
                assert_eq!(col("name"), item["name"].as_str().unwrap());
                assert_eq!(col("title"), title.unwrap_or(""));
            }
            "slogans" => {
                assert_eq!(col("slogan_id"), item["id"].as_str().unwrap_or(""));
                assert_eq!(col("value"), item["kind"].as_str().unwrap());
            }
            "directives" => {
                assert_eq!(col("ordinal"), item["ordinal"].to_string());
                assert_eq!(col("list"), item["list"].to_string());
                assert_eq!(col("implicit"), item["implicit"].to_string());
            }
            "dates" => {
                assert!(col("value").starts_with(item["value"].as_str().unwrap()));
                assert_eq!(col("precision"), item["precision"].as_str().unwrap());
                assert_eq!(col("relative"), item["relative"].to_string());
            }
            "meetings" => {
                assert_eq!(col("term"), nullable(&item["term"]));
                assert_eq!(col("date"), item["date"].as_str().unwrap_or(""));
                assert_eq!(col("participants"), joined(&item["participants"]));
                assert_eq!(col("name"), joined(&item["chair"]));
                assert_eq!(col("expanded"), item["expanded"].to_string());
            }
            "references" => assert_eq!(col("term"), nullable(&item["term"])),
            _ => {}
        }
        // a column a kind does not have stays empty
        for c in ["precision", "relative"] {
            assert!(kind == "dates" || col(c).is_empty(), "{kind} {c}");
        }
        assert!(kind == "meetings" || col("participants").is_empty());
        assert!(kind == "directives" || col("implicit").is_empty());
    }
}

#[test]
fn csv_and_tsv_tables_match_the_json_items_of_the_same_run() {
    for corpus in ["corpus.jsonl", "corpus.csv"] {
        let path = fixture(corpus);
        let p = path.to_str().unwrap();
        let input = if corpus.ends_with("jsonl") {
            "--jsonl"
        } else {
            "--csv"
        };
        let run =
            |format: &str| minutes(&[input, "text", "--id", "id", "--format", format, p], None);
        let json = json_lines(&run("jsonl"));
        let csv_out = run("csv");
        assert_eq!(
            csv_out.status.code(),
            Some(2),
            "bad records still fail the run"
        );
        let (header, rows) = read_csv(&csv_out.stdout, b',');
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(str::to_string).collect())
            .collect();
        check_table(&json, &header, &rows);
        let tsv = run("tsv");
        let text = String::from_utf8(tsv.stdout).unwrap();
        let mut lines = text.lines();
        let header: Vec<String> = lines
            .next()
            .unwrap()
            .split('\t')
            .map(str::to_string)
            .collect();
        let rows: Vec<Vec<String>> = lines
            .map(|l| l.split('\t').map(unescape_tsv).collect::<Vec<_>>())
            .inspect(|r| {
                assert_eq!(
                    r.len(),
                    COLUMNS.len(),
                    "a TSV row is one line of every column"
                )
            })
            .collect();
        check_table(&json, &header, &rows);
    }
}

#[test]
fn kinds_keep_only_the_kinds_asked_for() {
    let p = fixture("corpus.jsonl");
    let p = p.to_str().unwrap();
    let out = minutes(
        &["--jsonl", "text", "--kinds", "dates,officials", "--json", p],
        None,
    );
    for l in json_lines(&out).iter().filter(|l| l.get("error").is_none()) {
        for k in ["slogans", "directives", "meetings", "references"] {
            assert_eq!(l[k], Value::Array(vec![]), "{k} is present and empty");
        }
    }
    let out = minutes(
        &[
            "--jsonl",
            "text",
            "--kinds",
            "officials",
            "--format",
            "csv",
            p,
        ],
        None,
    );
    let (_, rows) = read_csv(&out.stdout, b',');
    assert!(rows.iter().all(|r| &r[2] == "officials"));
    let bad = minutes(&["--kinds", "people", "-"], Some(b"text"));
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("unknown kind 'people'"));
}

#[test]
fn standard_input_reads_as_a_corpus_file_does() {
    let path = fixture("corpus.jsonl");
    let bytes = std::fs::read(&path).unwrap();
    let from_file = json_lines(&minutes(
        &[
            "--jsonl",
            "text",
            "--id",
            "id",
            "--json",
            path.to_str().unwrap(),
        ],
        None,
    ));
    let from_stdin = json_lines(&minutes(
        &["--jsonl", "text", "--id", "id", "--json", "-"],
        Some(&bytes),
    ));
    assert_eq!(from_file.len(), from_stdin.len());
    for (mut a, b) in from_file.into_iter().zip(from_stdin) {
        assert_eq!(b["source"], "-");
        a["source"] = Value::from("-");
        assert_eq!(a, b);
    }
}

/// Each result leaves as soon as its turn comes: the first line's result can be read
/// while standard input is still open, as a mapper of a distributed engine needs.
#[test]
fn standard_input_streams_one_result_per_record() {
    for jobs in ["1", "2"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_minutes"))
            .args(["--jsonl", "text", "--json", "-j", jobs, "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || {
            let mut got = Vec::new();
            for _ in 0..2 {
                let mut line = String::new();
                stdout.read_line(&mut line).unwrap();
                tx.send(line.clone()).unwrap();
                got.push(line);
            }
        });
        writeln!(
            stdin,
            r#"{{"text": "On October 26, the District CPPCC held a meeting."}}"#
        )
        .unwrap();
        stdin.flush().unwrap();
        let first = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("the first result comes before the input ends");
        assert!(first.contains(r#""line":1"#), "{first}");
        writeln!(stdin, r#"{{"text": "区政协召开会议。"}}"#).unwrap();
        stdin.flush().unwrap();
        let second = rx.recv_timeout(Duration::from_secs(20)).unwrap();
        assert!(second.contains(r#""line":2"#), "{second}");
        drop(stdin);
        assert!(child.wait().unwrap().success());
    }
}

#[test]
fn summary_counts_documents_months_and_failures() {
    let p = fixture("corpus.jsonl");
    let p = p.to_str().unwrap();
    let args = ["--jsonl", "text", "--date-field", "date", "--summary"];
    let out = minutes(&[&args[..], &["--format", "json", p]].concat(), None);
    assert_eq!(out.status.code(), Some(2));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1, "one JSON object");
    let s = &lines[0];
    assert_eq!(s["documents"], 5);
    assert_eq!(s["failed"], 2);
    assert_eq!(s["undated"], 1);
    let months: Vec<(String, u64)> = s["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["month"].as_str().unwrap().to_string(),
                m["documents"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        months,
        [
            ("2022-10".to_string(), 1),
            ("2022-12".to_string(), 1),
            ("2023-01".to_string(), 1),
            ("2023-03".to_string(), 1)
        ]
    );
    for o in s["officials"].as_array().unwrap() {
        assert!(o["name"].is_string() && o["documents"].as_u64().unwrap() >= 1);
    }
    let human = minutes(&[&args[..], &[p]].concat(), None);
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.starts_with("documents: 5   failed: 2"), "{text}");
    assert!(
        text.contains("documents per month\n  2022-10          1\n"),
        "{text}"
    );
    let table = minutes(&[&args[..], &["--format", "csv", p]].concat(), None);
    assert_eq!(table.status.code(), Some(2));
    assert!(stderr(&table).contains("--summary prints"));
}

#[test]
fn parallel_output_is_in_input_order() {
    // 300 records, of very different lengths, so that they finish out of order
    let mut corpus = String::new();
    for i in 0..300 {
        let text = "On October 26, the District CPPCC Party Group held a meeting. "
            .repeat(1 + (i * 37) % 200);
        corpus.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        corpus.push('\n');
    }
    let args = |j: &'static str| ["--jsonl", "text", "--id", "id", "--json", "-j", j, "-"];
    let one = minutes(&args("1"), Some(corpus.as_bytes()));
    let four = minutes(&args("4"), Some(corpus.as_bytes()));
    assert!(one.status.success());
    assert_eq!(one.stdout, four.stdout);
    let ids: Vec<String> = json_lines(&four)
        .iter()
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, (0..300).map(|i| i.to_string()).collect::<Vec<_>>());
}

#[test]
fn json_is_jsonl_and_progress_never_goes_to_a_pipe() {
    let p = fixture("corpus.jsonl");
    let p = p.to_str().unwrap();
    let a = minutes(&["--jsonl", "text", "--json", p], None);
    let b = minutes(&["--jsonl", "text", "--format", "json", p], None);
    let c = minutes(&["--jsonl", "text", "--format", "jsonl", p], None);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stdout, c.stdout);
    // standard error holds the two bad lines and nothing else: no bar on a pipe
    assert_eq!(stderr(&a).lines().count(), 2, "{}", stderr(&a));
}

#[test]
fn the_table_of_the_fixture_reports_matches_their_json() {
    // the fixture reports hold meetings with dates and participants, and Chinese items
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let (en, zh) = (root.join("en"), root.join("zh"));
    let dirs = [en.to_str().unwrap(), zh.to_str().unwrap()];
    let run = |format: &str| {
        let out = minutes(&["--format", format, dirs[0], dirs[1]], None);
        assert_eq!(out.status.code(), Some(0), "{format}");
        out
    };
    let json = json_lines(&run("jsonl"));
    let participants = json
        .iter()
        .flat_map(|d| d["meetings"].as_array().unwrap())
        .filter(|m| !m["participants"].as_array().unwrap().is_empty())
        .count();
    assert!(participants > 0, "a meeting with participants is checked");
    let (header, rows) = read_csv(&run("csv").stdout, b',');
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(str::to_string).collect())
        .collect();
    check_table(&json, &header, &rows);
}
