//! The HTML page in a real browser: Debian's headless Chromium loads each page, and the
//! DOM it builds is checked against the extraction's JSON output.
//!
//! - The seed report and a Chinese report, the reports of `fixtures/en` and `fixtures/zh`,
//!   and those of `../shared/dev/en` and `../shared/dev/zh` when that directory is there,
//!   as pages: each item of the JSON
//!   output is one highlighted element (`data-kind`, `data-index`, parts after the first
//!   marked `data-part`), and the browser logs no console message.
//! - A hostile report: the DOM holds no element and no event handler that the page did
//!   not write, and nothing ran (the title and body are as written).
//! - A screenshot of the seed page is not blank. `MINUTES_SCREENSHOT=docs/screenshot.png`
//!   also writes it there, for the README:
//!
//! ```text
//! .ci/install-chromium
//! MINUTES_SCREENSHOT=docs/screenshot.png cargo test --test browser -- --ignored
//! ```
//!
//! `CHROMIUM` names the browser binary (default: `chromium`, then `chromium-browser`).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use minutes::{render_html, Extraction, Extractor, HtmlReport};
use serde_json::Value;

const SEED: &str = include_str!("../fixtures/en/seed.txt");

/// A report written for these tests, in the genre's style.
const ZH: &str = "发布时间：2023-03-18 09:30
区政协党组召开理论学习中心组（扩大）学习会
3月16日上午，区政协党组召开理论学习中心组（扩大）学习会，传达学习党的二十大精神。\
区政协党组书记、主席王建国主持会议并讲话，区政协副主席赵志强、孙丽出席会议。
会议指出，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。
王建国强调，一是要提高政治站位，把学习贯彻党的二十大精神作为首要政治任务；二是要聚焦中心大局，\
围绕高质量发展建言资政；三是要加强自身建设，打造“有事好商量”协商品牌。
会议还学习了《中国共产党章程》。
";

/// Text that would run, load or restyle something if it were not escaped.
const HOSTILE: &str = "Zhang San said: <script>document.title='PWNED'</script></textarea>\
\"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> \
<a href=\"javascript:document.title='PWNED'\">link</a> 'single' & <style>body{display:none}</style>
<iframe src=\"https://example.com/\"></iframe><svg onload=alert(1)></svg> <!-- comment -->
</div></section><body onload=\"document.title='PWNED'\">";

/// The elements the page writes; anything else in the DOM came from report text.
const PAGE_ELEMENTS: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "nav", "table",
    "thead", "tbody", "tr", "th", "td", "abbr", "a", "div", "ul", "ol", "li", "span", "main",
    "section", "p", "aside", "details", "summary", "b", "dl", "dt", "dd", "mark",
];

fn chromium() -> String {
    if let Ok(c) = std::env::var("CHROMIUM") {
        return c;
    }
    for c in ["chromium", "chromium-browser"] {
        if Command::new(c).arg("--version").output().is_ok() {
            return c.to_string();
        }
    }
    panic!("no chromium: run .ci/install-chromium, or set CHROMIUM");
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs headless Chromium on a file with extra arguments; returns (stdout, stderr).
fn run_chromium(page: &Path, args: &[&str]) -> (String, String) {
    let profile = out_dir().join(format!(
        "profile-{}-{}",
        std::process::id(),
        page.file_stem().unwrap().to_string_lossy()
    ));
    let _ = fs::remove_dir_all(&profile);
    fs::create_dir_all(&profile).unwrap();
    let output = Command::new("timeout")
        .arg("180")
        .arg(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    let _ = fs::remove_dir_all(&profile);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "chromium failed: {stderr}");
    (stdout, stderr)
}

/// Console messages, script errors and refused loads in Chromium's log.
fn console_errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Refused to"))
        .collect()
}

/// An opening tag of the DOM: its name and attributes.
#[derive(Debug)]
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The opening tags of serialised HTML, reading attribute values in quotes (Chromium
/// leaves `<` and `>` unescaped there) and skipping the content of `<style>`.
fn tags(html: &str) -> Vec<Tag> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        i += off + 1;
        if b.get(i) == Some(&b'/') || b.get(i) == Some(&b'!') {
            // closing tag, comment or doctype
            if html[i..].starts_with("!--") {
                out.push(Tag {
                    name: "!--".into(),
                    attrs: Vec::new(),
                });
            }
            continue;
        }
        let name_end = html[i..]
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .map_or(html.len(), |e| e + i);
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                i += 1;
                break;
            }
            let key_end = html[i..]
                .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>')
                .map_or(html.len(), |e| e + i);
            let key = html[i..key_end].to_ascii_lowercase();
            i = key_end;
            let mut value = String::new();
            if b.get(i) == Some(&b'=') {
                i += 1;
                if b.get(i) == Some(&b'"') {
                    let end = html[i + 1..].find('"').map_or(html.len(), |e| e + i + 1);
                    value = html[i + 1..end].to_string();
                    i = end + 1;
                } else {
                    let end = html[i..]
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .map_or(html.len(), |e| e + i);
                    value = html[i..end].to_string();
                    i = end;
                }
            }
            attrs.push((key, value));
        }
        if name == "style" {
            i = html[i..].find("</style>").map_or(html.len(), |e| e + i);
        }
        out.push(Tag { name, attrs });
    }
    out
}

/// Highlighted elements in the DOM counted by kind, each item once.
fn marked(dom: &[Tag]) -> BTreeMap<String, usize> {
    let mut seen = std::collections::HashSet::new();
    let mut counts = BTreeMap::new();
    for t in dom.iter().filter(|t| t.get("data-kind").is_some()) {
        assert_eq!(t.name, "mark");
        if t.get("data-part").is_some() {
            continue;
        }
        let id = t.get("id").expect("first part has an id").to_string();
        assert!(seen.insert(id.clone()), "{id} twice");
        assert_eq!(t.get("tabindex"), Some("0"), "{id} takes focus");
        assert!(
            t.get("title").is_some_and(|s| !s.is_empty()),
            "{id} has details"
        );
        *counts
            .entry(t.get("data-kind").unwrap().to_string())
            .or_insert(0) += 1;
    }
    counts
}

/// Items per kind in the JSON output, mentions counted one by one.
fn expected(extractions: &[Extraction]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for x in extractions {
        let json: Value = serde_json::to_value(x).unwrap();
        let len = |k: &str| json[k].as_array().map_or(0, Vec::len);
        let mentions: usize = json["officials"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["mentions"].as_array().map_or(0, Vec::len))
            .sum();
        for (kind, n) in [
            ("date", len("dates")),
            ("mention", mentions),
            ("slogan", len("slogans")),
            ("directive", len("directives")),
            ("meeting", len("meetings")),
            ("reference", len("references")),
        ] {
            if n > 0 {
                *counts.entry(kind.to_string()).or_insert(0) += n;
            }
        }
    }
    counts
}

/// Extracts each (source, text) and writes the page as `name.html`.
fn write_page(name: &str, inputs: &[(String, String)]) -> (PathBuf, Vec<Extraction>) {
    let ex = Extractor::new();
    let extractions: Vec<Extraction> = inputs.iter().map(|(_, t)| ex.extract(t)).collect();
    let reports: Vec<HtmlReport<'_>> = inputs
        .iter()
        .zip(&extractions)
        .map(|((source, text), extraction)| HtmlReport {
            source,
            text,
            extraction,
        })
        .collect();
    let path = out_dir().join(format!("{name}.html"));
    fs::write(&path, render_html(&reports)).unwrap();
    (path, extractions)
}

/// Loads the page, checks every item is highlighted once and nothing was logged.
fn check_page(name: &str, inputs: &[(String, String)]) {
    let (path, extractions) = write_page(name, inputs);
    let (dom, stderr) = run_chromium(&path, &["--dump-dom"]);
    assert!(dom.contains("</html>"), "{name}: no DOM: {stderr}");
    let errors = console_errors(&stderr);
    assert!(errors.is_empty(), "{name}: console: {errors:#?}");
    let dom = tags(&dom);
    assert_eq!(
        dom.iter().filter(|t| t.name == "section").count(),
        inputs.len(),
        "{name}"
    );
    assert_eq!(marked(&dom), expected(&extractions), "{name}");
}

/// Every `*.txt` of a directory, sorted.
fn reports_in(dir: &Path) -> Vec<(String, String)> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
            (p.display().to_string(), text)
        })
        .collect()
}

#[test]
#[ignore = "needs headless Chromium (.ci/install-chromium); run with --ignored"]
fn seed_and_chinese_reports_highlight_every_item_once() {
    check_page("seed", &[("fixtures/en/seed.txt".into(), SEED.into())]);
    check_page("zh", &[("zh.txt".into(), ZH.into())]);
    check_page(
        "both",
        &[
            ("fixtures/en/seed.txt".into(), SEED.into()),
            ("zh.txt".into(), ZH.into()),
        ],
    );
}

#[test]
#[ignore = "needs headless Chromium (.ci/install-chromium); run with --ignored"]
fn fixture_reports_highlight_every_item_once() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut inputs = Vec::new();
    for lang in ["en", "zh"] {
        if fixtures.join(lang).is_dir() {
            inputs.extend(reports_in(&fixtures.join(lang)));
        }
    }
    assert!(!inputs.is_empty());
    check_page("fixtures", &inputs);
}

#[test]
#[ignore = "needs headless Chromium (.ci/install-chromium); run with --ignored"]
fn dev_reports_highlight_every_item_once() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev");
    if !shared.is_dir() {
        eprintln!("skipped: no {}", shared.display());
        return;
    }
    let mut inputs = reports_in(&shared.join("en"));
    inputs.extend(reports_in(&shared.join("zh")));
    assert!(!inputs.is_empty());
    check_page("dev", &inputs);
}

#[test]
#[ignore = "needs headless Chromium (.ci/install-chromium); run with --ignored"]
fn hostile_report_runs_nothing() {
    let inputs = [("<b>\"evil\".txt".to_string(), HOSTILE.to_string())];
    let (path, _) = write_page("hostile", &inputs);
    let (dom, stderr) = run_chromium(&path, &["--dump-dom"]);
    assert!(console_errors(&stderr).is_empty(), "{stderr}");
    // a script that ran would have renamed the page
    assert!(!dom.contains("<title>PWNED"));
    let tags = tags(&dom);
    for t in &tags {
        assert!(
            PAGE_ELEMENTS.contains(&t.name.as_str()),
            "element <{}>",
            t.name
        );
        for (k, _) in &t.attrs {
            assert!(!k.starts_with("on"), "<{} {k}>", t.name);
            assert!(k != "data-pwned", "a handler ran");
        }
        if let Some(href) = t.get("href") {
            assert!(href.starts_with('#'), "link to {href}");
        }
    }
    let title = tags.iter().position(|t| t.name == "title").unwrap();
    assert_eq!(tags.iter().filter(|t| t.name == "title").count(), 1);
    assert_eq!(tags.iter().filter(|t| t.name == "style").count(), 1);
    assert_eq!(tags.iter().filter(|t| t.name == "body").count(), 1);
    assert!(title < tags.iter().position(|t| t.name == "body").unwrap());
    assert!(dom.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;"));
    assert!(dom.contains("<title>&lt;b&gt;\"evil\".txt · minutes</title>"));
}

#[test]
#[ignore = "needs headless Chromium (.ci/install-chromium); run with --ignored"]
fn screenshot_is_not_blank() {
    let (page, _) = write_page(
        "screenshot",
        &[("fixtures/en/seed.txt".into(), SEED.into())],
    );
    let blank = out_dir().join("blank.html");
    fs::write(&blank, "<!DOCTYPE html><title>blank</title>").unwrap();
    let shot = |html: &Path, png: &Path| {
        let arg = format!("--screenshot={}", png.display());
        let (_, stderr) = run_chromium(html, &["--window-size=1280,900", &arg]);
        assert!(console_errors(&stderr).is_empty(), "{stderr}");
        fs::read(png).expect("screenshot written")
    };
    let png = shot(&page, &out_dir().join("screenshot.png"));
    let empty = shot(&blank, &out_dir().join("blank.png"));
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    // a page of text compresses far worse than a white one
    assert!(
        png.len() > 4 * empty.len(),
        "{} vs blank {}",
        png.len(),
        empty.len()
    );
    if let Ok(target) = std::env::var("MINUTES_SCREENSHOT") {
        let target = Path::new(env!("CARGO_MANIFEST_DIR")).join(target);
        fs::write(&target, &png).unwrap();
        eprintln!("wrote {}", target.display());
    }
}
