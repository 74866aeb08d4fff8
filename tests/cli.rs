//! Runs the real `minutes` binary: JSON Lines on standard output (SPEC section 5), inputs
//! from files, directories and standard input, errors on standard error with exit status 2,
//! `--date`, `--help`, and a reader that closes the pipe early.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_minutes");
const SEED: &str = "fixtures/en/seed.txt";

/// The keys of every output line (SPEC section 5).
const KEYS: [&str; 10] = [
    "source",
    "language",
    "document_date",
    "document_date_source",
    "dates",
    "officials",
    "slogans",
    "directives",
    "meetings",
    "references",
];

/// The binary, run from the crate root so fixture paths are relative.
fn minutes() -> Command {
    let mut cmd = Command::new(BIN);
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn run(args: &[&str]) -> Output {
    minutes()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = minutes()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh, empty folder under the system's temporary directory; removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("minutes-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, relative: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn str_of(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// Every key of SPEC section 5, with its type.
fn assert_full_record(record: &Value) {
    let object = record.as_object().expect("a JSON object");
    for key in KEYS {
        assert!(object.contains_key(key), "no key {key} in {record}");
    }
    assert!(
        matches!(record["language"].as_str(), Some("en" | "zh")),
        "language: {record}"
    );
    for key in ["document_date", "document_date_source"] {
        assert!(
            record[key].is_null() || record[key].is_string(),
            "{key}: {}",
            record[key]
        );
    }
    for key in &KEYS[4..] {
        assert!(record[*key].is_array(), "{key} is not a list: {record}");
    }
    assert!(object.get("error").is_none(), "an error line: {record}");
}

#[test]
fn json_on_the_seed_is_one_line_with_every_key() {
    let out = run(&["--json", SEED]);
    assert!(
        out.status.success(),
        "status {:?}: {}",
        out.status,
        stderr(&out)
    );
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1, "one line per input");
    assert_full_record(&lines[0]);
    assert_eq!(lines[0]["source"], SEED, "source is the path as given");
    assert_eq!(lines[0]["language"], "en");
    assert!(out.stderr.is_empty(), "stderr: {}", stderr(&out));
}

#[test]
fn chinese_input_is_zh() {
    let dir = TempDir::new("zh");
    let path = dir.write(
        "zh.txt",
        "10月26日，区政协召开党组理论学习中心组学习会，区政协党组书记、主席张三主持会议。"
            .as_bytes(),
    );
    let out = run(&["--json", str_of(&path)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_full_record(&lines[0]);
    assert_eq!(lines[0]["language"], "zh");
}

#[test]
fn a_directory_is_walked_recursively_in_sorted_order() {
    let dir = TempDir::new("walk");
    let text = b"On October 26, the District CPPCC Party Group held a meeting.";
    dir.write("b.txt", text);
    dir.write("a.txt", text);
    dir.write("m/c.txt", text);
    dir.write("m/deeper/d.txt", text);
    dir.write("z.txt", text);
    dir.write("notes.md", text);
    dir.write("m/skip.json", b"{}");
    let out = run(&["--json", str_of(dir.path())]);
    assert!(out.status.success(), "{}", stderr(&out));
    let sources: Vec<String> = stdout_lines(&out)
        .iter()
        .map(|r| {
            assert_full_record(r);
            r["source"].as_str().unwrap().to_string()
        })
        .collect();
    let expected: Vec<String> = ["a.txt", "b.txt", "m/c.txt", "m/deeper/d.txt", "z.txt"]
        .iter()
        .map(|p| str_of(&dir.path().join(p)).to_string())
        .collect();
    assert_eq!(sources, expected);
}

#[test]
fn files_and_directories_keep_the_order_given() {
    let dir = TempDir::new("order");
    let second = dir.write("d/x.txt", b"The meeting was held on October 26.");
    let out = run(&["--json", SEED, str_of(&dir.path().join("d")), SEED]);
    assert!(out.status.success(), "{}", stderr(&out));
    let sources: Vec<Value> = stdout_lines(&out)
        .iter()
        .map(|r| r["source"].clone())
        .collect();
    assert_eq!(sources, [SEED, str_of(&second), SEED]);
}

#[test]
fn standard_input_with_a_dash() {
    let input = fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap();
    let out = run_with_stdin(&["--json", "-"], &input);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_full_record(&lines[0]);
    assert_eq!(lines[0]["source"], "-");
}

#[test]
fn standard_input_without_a_path() {
    let out = run_with_stdin(&["--json"], "今天，区人大常委会召开主任会议。".as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_full_record(&lines[0]);
    assert_eq!(lines[0]["source"], "-");
    assert_eq!(lines[0]["language"], "zh");
}

#[test]
fn standard_input_gives_the_same_items_as_the_file() {
    let input = fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap();
    let mut from_stdin = stdout_lines(&run_with_stdin(&["--json", "-"], &input)).remove(0);
    let mut from_file = stdout_lines(&run(&["--json", SEED])).remove(0);
    from_stdin.as_object_mut().unwrap().remove("source");
    from_file.as_object_mut().unwrap().remove("source");
    assert_eq!(from_stdin, from_file);
}

#[test]
fn a_missing_file_is_reported_and_the_rest_go_on() {
    let dir = TempDir::new("missing");
    let missing = dir.path().join("no-such-report.txt");
    let missing = str_of(&missing);
    let out = run(&["--json", SEED, missing, SEED]);
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l.starts_with(&format!("minutes: {missing}: "))
                && l.len() > format!("minutes: {missing}: ").len()),
        "stderr should say `minutes: PATH: reason`: {err}"
    );
    let lines = stdout_lines(&out);
    assert_eq!(
        lines.len(),
        3,
        "one line per input, the failed one included"
    );
    assert_full_record(&lines[0]);
    assert_full_record(&lines[2]);
    let failure = lines[1].as_object().unwrap();
    let mut keys: Vec<&str> = failure.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["error", "source"], "{}", lines[1]);
    assert_eq!(lines[1]["source"], missing);
    assert!(
        lines[1]["error"]
            .as_str()
            .is_some_and(|e| !e.trim().is_empty()),
        "{}",
        lines[1]
    );
}

#[test]
fn a_missing_file_fails_without_json_too() {
    let out = run(&["/nonexistent/minutes/report.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("minutes: /nonexistent/minutes/report.txt: "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn every_input_processed_exits_zero() {
    let out = run(&["--json", SEED, SEED]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_lines(&out).len(), 2);
    let out = run(&[SEED]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!out.stdout.is_empty(), "the readable report is printed");
}

#[test]
fn invalid_utf8_is_an_error_line_with_its_byte() {
    let dir = TempDir::new("utf8");
    let bad = dir.write("bad.txt", b"On October 26, \xff the meeting.");
    let with_bom = dir.write("bom.txt", b"\xEF\xBB\xBFab\xC3");
    let good = dir.write("good.txt", "\u{feff}On October 26, the meeting.".as_bytes());
    let out = run(&["--json", str_of(&bad), str_of(&with_bom), str_of(&good)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 3);
    let error = lines[0]["error"].as_str().expect("an error line");
    assert!(error.contains("invalid UTF-8 at byte 15"), "{error}");
    // the offset counts from the start of the file, byte order mark included
    let error = lines[1]["error"].as_str().expect("an error line");
    assert!(error.contains("invalid UTF-8 at byte 5"), "{error}");
    assert_full_record(&lines[2]);
    let err = stderr(&out);
    assert!(
        err.contains(&format!("minutes: {}: ", str_of(&bad))),
        "{err}"
    );
    assert!(err.contains("invalid UTF-8 at byte 15"), "{err}");
}

#[test]
fn date_option_sets_the_document_date() {
    let out = run(&["--json", "--date", "2022-10-29", SEED]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = &stdout_lines(&out)[0];
    assert_eq!(line["document_date"], "2022-10-29");
    assert_eq!(line["document_date_source"], "caller");

    // the caller's date wins over the text's
    let out = run_with_stdin(
        &["--json", "--date", "2023-01-05"],
        b"date 2022-10-29\nOn October 26, the District CPPCC Party Group held a meeting.",
    );
    let line = &stdout_lines(&out)[0];
    assert_eq!(line["document_date"], "2023-01-05");
    assert_eq!(line["document_date_source"], "caller");
}

#[test]
fn an_invalid_date_option_is_refused() {
    let out = run(&["--json", "--date", "2022-13-01", SEED]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "nothing processed");
    assert!(stderr(&out).contains("2022-13-01"), "{}", stderr(&out));
}

#[test]
fn help_shows_options_and_examples() {
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8(out.stdout).unwrap();
    for needle in ["--json", "--date", "Examples", "minutes "] {
        assert!(help.contains(needle), "--help lacks {needle:?}:\n{help}");
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // enough output to fill the pipe after the reader has gone
    let mut args = vec!["--json"];
    args.extend(std::iter::repeat_n(SEED, 3000));
    let mut child = minutes()
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    {
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        assert!(first.starts_with('{'), "{first}");
    } // the reader, and with it the pipe, is dropped here
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "a panic on a closed pipe: {err}");
    assert!(err.is_empty(), "a closed pipe ends quietly: {err}");
    assert_ne!(out.status.code(), Some(101), "a panic's exit status");
}

#[test]
fn format_html_writes_one_page_with_every_item() {
    let out = minutes().args(["--format", "html", SEED]).output().unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    let json = minutes().args(["--json", SEED]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let dates = v["dates"].as_array().unwrap().len();
    assert!(dates > 0);
    // each date is one element, split parts carry data-part and are not counted
    let marked = page.matches("data-kind=\"date\"").count()
        - page.matches("data-kind=\"date\" data-part").count();
    assert_eq!(marked, dates);
}
