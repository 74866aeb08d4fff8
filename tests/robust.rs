//! The command on what a scraper leaves behind: GBK pages, UTF-16 exports, byte order
//! marks, binary junk, empty files, broken links, unreadable files, oversized files and
//! hostile text. Every input gives one line, in order; mis-encoded twins give the items
//! of their UTF-8 original; failures are clear and make the exit status 2. Runs the real
//! binary, in folders made under the system's temporary directory.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

const KINDS: [&str; 6] = [
    "dates",
    "officials",
    "slogans",
    "directives",
    "meetings",
    "references",
];

/// A fresh folder for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "minutes-robust-{}-{name}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn put(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
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
        let mut pipe = child.stdin.take().unwrap();
        let bytes = bytes.to_vec();
        thread::spawn(move || pipe.write_all(&bytes));
    }
    child.wait_with_output().unwrap()
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
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
                assert!(e <= doc.len() && s <= e, "span {s}..{e} outside the text");
                assert!(doc.is_char_boundary(s) && doc.is_char_boundary(e));
                assert_eq!(&doc[s..e], t);
            }
            map.values().for_each(|v| check_spans(doc, v));
        }
        Value::Array(items) => items.iter().for_each(|v| check_spans(doc, v)),
        _ => {}
    }
}

const REPORT_ZH: &str =
    "发布时间：2022-10-29\n2022年10月26日，区政协党组召开理论学习中心组学习（扩大）会议。\
区政协党组书记、主席王伟主持会议。\n会议强调，一是要深刻领悟“两个确立”的决定性意义，\
增强“四个意识”；二是要推动高质量发展；三是要加强党的建设。\n";

const REPORT_EN: &str = "date 2022-10-29\r\nOn October 26, the District CPPCC Party Group held a \
central group study (expansion) meeting.\r\nWang Wei, Secretary of the Party Group, presided \
over the meeting.\rThe meeting emphasized that, first, we must uphold the \"two \
establishments\"; second, we must promote common prosperity.\r\n";

fn utf16(text: &str, big: bool) -> Vec<u8> {
    let mut out: Vec<u8> = if big {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if big {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

fn gb18030(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

/// Can this process be kept from reading a file by its mode? (Not as root.)
fn modes_bind(path: &Path) -> bool {
    fs::File::open(path).is_err()
}

#[test]
fn a_scraped_folder_gives_one_line_per_file_in_order() {
    let dir = Scratch::new("folder");
    dir.put("01-original.txt", REPORT_ZH.as_bytes());
    dir.put("02-gbk.txt", &gb18030(REPORT_ZH));
    dir.put("03-utf16le.txt", &utf16(REPORT_ZH, false));
    dir.put("04-utf16be.txt", &utf16(REPORT_ZH, true));
    dir.put(
        "05-bom.txt",
        &[b"\xEF\xBB\xBF", REPORT_ZH.as_bytes()].concat(),
    );
    dir.put("06-empty.txt", b"");
    dir.put(
        "07-binary.txt",
        &[0x89, b'P', b'N', b'G', 0xFF, 0x00, 0xFE, 0x80, 0x00],
    );
    dir.put("08-zeros.txt", &[0u8; 4096]);
    dir.put("09-invalid.txt", b"On October 26 \xFF\xFF the meeting");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.0.join("nowhere"), dir.0.join("10-broken-link.txt")).unwrap();
    let locked = dir.put("11-locked.txt", REPORT_EN.as_bytes());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    }
    let locked_fails = modes_bind(&locked);
    dir.put("12-utf8-en.txt", REPORT_EN.as_bytes());
    dir.put("notes.md", b"not a report: skipped by the folder walk");
    fs::create_dir(dir.0.join("13-sub")).unwrap();
    dir.put("13-sub/a.txt", REPORT_EN.as_bytes());

    let out = minutes(&["--json", dir.0.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let lines = json_lines(&out);
    let names: Vec<String> = lines
        .iter()
        .map(|l| {
            let s = l["source"].as_str().unwrap();
            s.rsplit(['/', '\\']).next().unwrap().to_string()
        })
        .collect();
    assert_eq!(
        names,
        [
            "01-original.txt",
            "02-gbk.txt",
            "03-utf16le.txt",
            "04-utf16be.txt",
            "05-bom.txt",
            "06-empty.txt",
            "07-binary.txt",
            "08-zeros.txt",
            "09-invalid.txt",
            "10-broken-link.txt",
            "11-locked.txt",
            "12-utf8-en.txt",
            "a.txt"
        ]
    );
    let encodings: Vec<&str> = lines[..5]
        .iter()
        .map(|l| l["encoding"].as_str().unwrap())
        .collect();
    assert_eq!(
        encodings,
        ["utf-8", "gb18030", "utf-16le", "utf-16be", "utf-8"]
    );
    // the twins give the items of the original, at the same offsets
    for twin in &lines[1..5] {
        for k in KINDS {
            assert_eq!(twin[k], lines[0][k], "{k} of {}", twin["source"]);
        }
        assert_eq!(twin["language"], "zh");
        assert_eq!(twin["document_date"], lines[0]["document_date"]);
        check_spans(REPORT_ZH, twin);
    }
    let error = |i: usize| lines[i]["error"].as_str().unwrap_or("").to_string();
    assert_eq!(error(5), "empty: no text");
    assert!(
        error(6).starts_with("not text: invalid UTF-8 at byte 0"),
        "{}",
        error(6)
    );
    assert!(
        error(7).starts_with("not text: binary data"),
        "{}",
        error(7)
    );
    assert_eq!(error(8), "not text: invalid UTF-8 at byte 14");
    assert_eq!(error(9), "no such file (or a broken link)");
    if locked_fails {
        assert_eq!(error(10), "permission denied");
    }
    check_spans(REPORT_EN, &lines[11]);
    check_spans(REPORT_EN, &lines[12]);
    // each failure is on standard error too, with its path
    let err = String::from_utf8_lossy(&out.stderr);
    for name in [
        "06-empty.txt",
        "07-binary.txt",
        "09-invalid.txt",
        "10-broken-link.txt",
    ] {
        assert!(err.contains(name), "{name} missing from: {err}");
    }
}

#[test]
fn lossy_replaces_and_warns_instead_of_failing() {
    let dir = Scratch::new("lossy");
    let p = dir.put(
        "bad.txt",
        b"On October 26 \xFF the District CPPCC held a meeting.",
    );
    let out = minutes(&["--json", "--lossy", p.to_str().unwrap()], None);
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines[0]["encoding"], "utf-8");
    check_spans(
        "On October 26 \u{FFFD} the District CPPCC held a meeting.",
        &lines[0],
    );
    // a corpus line with a bad byte: an error, or with --lossy a replacement
    let corpus = b"{\"text\": \"On October 26 \xFF a meeting.\"}\n";
    let bad = minutes(&["--jsonl", "text", "--json", "-"], Some(corpus));
    let line = &json_lines(&bad)[0];
    assert_eq!(
        line["error"],
        "not text: invalid UTF-8 at byte 24 of the line"
    );
    let repaired = minutes(&["--jsonl", "text", "--json", "--lossy", "-"], Some(corpus));
    assert!(json_lines(&repaired)[0].get("error").is_none());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "warning: 1 undecodable sequence(s) replaced with U+FFFD, the first at byte 14"
        ),
        "{err}"
    );
}

#[test]
fn forced_encodings_and_a_mark_that_wins() {
    let dir = Scratch::new("forced");
    let gbk = dir.put("gbk.txt", &gb18030(REPORT_ZH));
    let out = minutes(
        &["--json", "--encoding", "gb18030", gbk.to_str().unwrap()],
        None,
    );
    assert_eq!(json_lines(&out)[0]["encoding"], "gb18030");
    let out = minutes(
        &["--json", "--encoding", "utf-8", gbk.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(json_lines(&out)[0]["error"]
        .as_str()
        .unwrap()
        .starts_with("not text: invalid UTF-8 at byte"));
    // UTF-16 without a mark, told by --encoding utf-16 (little-endian)
    let plain: Vec<u8> = REPORT_ZH
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let p = dir.put("u16.txt", &plain);
    let out = minutes(
        &["--json", "--encoding", "utf-16", p.to_str().unwrap()],
        None,
    );
    let line = &json_lines(&out)[0];
    assert_eq!(line["encoding"], "utf-16le");
    check_spans(REPORT_ZH, line);
    // a byte order mark wins over the encoding asked for
    let p = dir.put("marked.txt", &utf16(REPORT_ZH, true));
    let out = minutes(
        &["--json", "--encoding", "gb18030", p.to_str().unwrap()],
        None,
    );
    assert_eq!(json_lines(&out)[0]["encoding"], "utf-16be");
    let bad = minutes(&["--encoding", "latin1", "-"], Some(b"x"));
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn max_bytes_refuses_large_inputs_before_reading() {
    let dir = Scratch::new("max");
    let big = dir.put("big.txt", &vec![b'a'; 3000]);
    let small = dir.put("small.txt", b"On October 26, a meeting was held.");
    let out = minutes(
        &[
            "--json",
            "--max-bytes",
            "2K",
            big.to_str().unwrap(),
            small.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let lines = json_lines(&out);
    assert_eq!(
        lines[0]["error"],
        "too large: 3000 bytes, over the limit of 2048 (see --max-bytes)"
    );
    assert!(lines[1].get("error").is_none());
    // standard input has no size to look at: it stops reading past the limit
    let out = minutes(&["--json", "--max-bytes", "100", "-"], Some(&[b'a'; 500]));
    assert!(json_lines(&out)[0]["error"]
        .as_str()
        .unwrap()
        .starts_with("too large"));
    // a corpus line over the limit is skipped, the next one read
    let corpus = format!(
        "{{\"text\": \"{}\"}}\n{{\"text\": \"a short one\"}}\n",
        "x".repeat(500)
    );
    let out = minutes(
        &["--jsonl", "text", "--json", "--max-bytes", "100", "-"],
        Some(corpus.as_bytes()),
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["error"].as_str().unwrap().starts_with("too large"));
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1].get("error").is_none());
    assert_eq!(out.status.code(), Some(2));
}

/// Inputs built to trip an extractor: each gives its line, spans stay exact, and the run
/// ends in reasonable time (a quadratic pass over these would not).
#[test]
fn hostile_text_gives_exact_spans_and_finishes() {
    let n = 20_000;
    let hostile: Vec<(&str, String)> = vec![
        ("nul", "On October 26\0 the\0 meeting\0".repeat(n / 10)),
        (
            "control",
            "\x01\x02 First, \x07 Second,\x1b[31m 2022年10月\x08".repeat(n / 10),
        ),
        ("long-line", "a".repeat(n * 20)),
        ("quotes", "\"“”'‘’《》".repeat(n)),
        ("first-markers", "First, ".repeat(n)),
        ("zh-markers", "一是，二是，".repeat(n)),
        (
            "brackets",
            format!("{}{}", "(（[【".repeat(n), ")）]】".repeat(n)),
        ),
        (
            "rtl",
            "\u{202E}October 26\u{202C} \u{200F}مرحبا ".repeat(n / 10),
        ),
        (
            "combining",
            "Wa\u{301}ng We\u{308}i, Secretary, o\u{20DD}n October 26. ".repeat(n / 20),
        ),
        (
            "mixed-line-ends",
            "date 2022-10-29\r\nFirst, a.\rSecond, b.\n\r\n".repeat(n / 10),
        ),
        (
            "digits",
            "2022-10-26 20th 二十 第十四届 No. 2023 ".repeat(n / 10),
        ),
    ];
    let dir = Scratch::new("hostile");
    let mut args = vec![
        "--json".to_string(),
        "--encoding".to_string(),
        "utf-8".to_string(),
    ];
    for (name, text) in &hostile {
        args.push(
            dir.put(&format!("{name}.txt"), text.as_bytes())
                .display()
                .to_string(),
        );
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let start = Instant::now();
    let out = minutes(&args, None);
    assert!(
        start.elapsed() < Duration::from_secs(120),
        "hostile inputs took {:?}",
        start.elapsed()
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), hostile.len());
    for ((name, text), line) in hostile.iter().zip(&lines) {
        assert!(line.get("error").is_none(), "{name}: {line}");
        check_spans(text, line);
    }
}

#[test]
fn repeated_lists_in_one_paragraph_keep_their_items_apart() {
    // lists that lost their first marker, one after another in one paragraph: each lost
    // first item starts after the list before it, so no item grows with the text
    let cases = [
        "二是要，三是要；".repeat(2000),
        "会议强调，二是抓学习，三是抓落实。".repeat(1000),
        "The meeting stressed: second, study; third, act. ".repeat(1000),
    ];
    let dir = Scratch::new("repeated-lists");
    let mut args = vec!["--json".to_string()];
    for (i, text) in cases.iter().enumerate() {
        args.push(
            dir.put(&format!("{i}.txt"), text.as_bytes())
                .display()
                .to_string(),
        );
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = minutes(&args, None);
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), cases.len());
    for (text, line) in cases.iter().zip(&lines) {
        check_spans(text, line);
        let items = line["directives"].as_array().unwrap();
        assert!(items.len() >= 1000, "{} items", items.len());
        for d in items {
            let t = d["text"].as_str().unwrap();
            assert!(
                t.len() <= 40,
                "an item over earlier lists: {} bytes",
                t.len()
            );
        }
    }
}

#[test]
fn pronouns_in_a_long_paragraph_each_find_the_official() {
    // one paragraph of many sentences opening with a pronoun: each one refers to the one
    // official named at its start, however far back that is
    let n = 3000;
    let text = format!(
        "Wang Hao, Secretary of the District Party Committee, presided. {}",
        "She stressed the work. ".repeat(n)
    );
    let ex = minutes::Extractor::new();
    let out = ex.extract(&text);
    assert_eq!(out.officials.len(), 1, "{:?}", out.officials);
    let wang = &out.officials[0];
    assert_eq!(wang.name, "Wang Hao");
    let pronouns = wang.mentions.iter().filter(|m| m.text == "She").count();
    assert_eq!(pronouns, n);
    for m in &wang.mentions {
        assert_eq!(&text[m.start..m.end], m.text);
    }
}

#[test]
fn a_link_loop_in_a_folder_ends() {
    let dir = Scratch::new("loop");
    dir.put("a.txt", b"On October 26, a meeting was held.");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir.0, dir.0.join("again")).unwrap();
    let out = minutes(&["--json", dir.0.to_str().unwrap()], None);
    assert!(out.status.success());
    assert_eq!(json_lines(&out).len(), 1);
}

#[test]
fn many_files_keep_their_order_on_every_thread_count() {
    let dir = Scratch::new("order");
    for i in 0..120 {
        let body =
            "On October 26, the District CPPCC Party Group held a meeting. ".repeat(1 + i * 7 % 50);
        dir.put(&format!("{i:03}.txt"), body.as_bytes());
    }
    dir.put("050.txt", b"");
    let one = minutes(&["--json", "-j", "1", dir.0.to_str().unwrap()], None);
    let three = minutes(&["--json", "-j", "3", dir.0.to_str().unwrap()], None);
    assert_eq!(one.status.code(), Some(2));
    assert_eq!(three.status.code(), Some(2));
    assert_eq!(one.stdout, three.stdout);
    assert_eq!(json_lines(&three).len(), 120);
}

/// Edge inputs of decoding, and every input a fuzz target finds, kept so that they stay
/// fixed; each with a line saying what it tries (or what broke). The fuzz runs so far
/// found none.
#[test]
fn fuzz_regressions() {
    let cases: &[(&str, &[u8])] = &[
        // a lone UTF-16 byte after a mark: reported, not read past the end
        ("odd-utf16", b"\xFF\xFEa"),
        // a GB18030 four-byte sequence cut short at the end of the input
        ("cut-gb18030", b"\x81\x30\x81"),
        // only a byte order mark: empty, not a crash
        ("only-bom", b"\xEF\xBB\xBF"),
    ];
    for (name, bytes) in cases {
        let out = minutes(&["--json", "-"], Some(bytes));
        let lines = json_lines(&out);
        assert_eq!(lines.len(), 1, "{name}");
        let out = minutes(&["--json", "--lossy", "-"], Some(bytes));
        assert_eq!(json_lines(&out).len(), 1, "{name} (lossy)");
    }
}
