//! The HTML page through the public API: every item of the extraction is one highlighted
//! element, the text comes back whole, hostile text stays text, many reports stay linear.
//!
//! The items come from the extractors, so the counts are compared with the extraction's
//! JSON, whatever the extractors find; `src/html.rs` tests the page on hand-made items.

use std::collections::BTreeMap;

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

fn page(reports: &[(&str, &str, &Extraction)]) -> String {
    let reports: Vec<HtmlReport<'_>> = reports
        .iter()
        .map(|&(source, text, extraction)| HtmlReport {
            source,
            text,
            extraction,
        })
        .collect();
    render_html(&reports)
}

/// The value of attribute `name` in an opening tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')? + i;
    Some(&tag[i..j])
}

/// Highlighted elements counted by kind, each item once (parts after the first skipped),
/// and checked to be distinct items.
fn marked(html: &str) -> BTreeMap<String, usize> {
    let mut seen = std::collections::HashSet::new();
    let mut counts = BTreeMap::new();
    for (i, _) in html.match_indices("<mark ") {
        let tag = &html[i..i + html[i..].find('>').unwrap()];
        if attr(tag, "data-part").is_some() {
            continue;
        }
        let kind = attr(tag, "data-kind").expect("data-kind").to_string();
        let key = (
            kind.clone(),
            attr(tag, "data-index").expect("data-index").to_string(),
            attr(tag, "data-mention").map(str::to_string),
            attr(tag, "id").map(|id| id.split('-').next().unwrap().to_string()),
        );
        assert!(seen.insert(key.clone()), "{key:?} highlighted twice");
        *counts.entry(kind).or_insert(0) += 1;
    }
    counts
}

/// Items per kind in the JSON output, mentions counted one by one.
fn expected(extractions: &[&Extraction]) -> BTreeMap<String, usize> {
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

/// The report text inside the page's text division, tags out and references resolved.
fn shown_text(html: &str) -> String {
    let start = html.find("<div class=\"text\">").unwrap() + "<div class=\"text\">".len();
    let end = html[start..].find("</div>\n<aside").unwrap() + start;
    let mut out = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn every_item_of_the_output_is_highlighted_once() {
    let ex = Extractor::new();
    for (source, text) in [("seed.txt", SEED), ("zh.txt", ZH)] {
        let x = ex.extract(text);
        let html = page(&[(source, text, &x)]);
        assert_eq!(marked(&html), expected(&[&x]), "{source}");
        assert_eq!(shown_text(&html), text, "{source}");
    }
}

#[test]
fn page_is_self_contained() {
    let x = Extractor::new().extract(SEED);
    let html = page(&[("seed.txt", SEED, &x)]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none';"));
    for outside in [
        "<script", "<link", "<img", "@import", "url(", "http://", "https://",
    ] {
        assert!(!html.contains(outside), "{outside}");
    }
}

#[test]
fn hostile_text_is_shown_as_text() {
    let text = "Zhang San said: <script>alert('x')</script></textarea>\"><svg onload=alert(1)> \
                <a href=\"javascript:alert(2)\">link</a> & <style>body{display:none}</style>\n\
                <iframe src=\"data:text/html,hi\"></iframe> ' \" <!-- -->";
    let x = Extractor::new().extract(text);
    let html = page(&[("<i>\"name\".txt", text, &x)]);
    for tag in [
        "<script",
        "</textarea",
        "<svg",
        "<a href=\"javascript",
        "<iframe",
        "<i>",
        "<!--",
    ] {
        assert!(!html.contains(tag), "{tag}");
    }
    // the page's own <style> is the only one
    assert_eq!(html.matches("<style").count(), 1);
    assert_eq!(shown_text(&html), text);
    assert!(html.contains("&lt;i&gt;&quot;name&quot;.txt"));
}

#[test]
fn many_reports_take_linear_time() {
    let ex = Extractor::new();
    let x = ex.extract(SEED);
    let z = ex.extract(ZH);
    let time = |n: usize| {
        let reports: Vec<(&str, &str, &Extraction)> = (0..n)
            .map(|i| {
                if i % 2 == 0 {
                    ("seed.txt", SEED, &x)
                } else {
                    ("zh.txt", ZH, &z)
                }
            })
            .collect();
        // the best of three runs, so a busy machine does not decide the ratio
        let mut best = std::time::Duration::MAX;
        let mut html = String::new();
        for _ in 0..3 {
            let started = std::time::Instant::now();
            html = page(&reports);
            best = best.min(started.elapsed());
        }
        (best, html)
    };
    let (small, _) = time(100);
    let (large, html) = time(1000);
    assert_eq!(html.matches("<section class=\"report\"").count(), 1000);
    assert!(html.contains("href=\"#r1000\""));
    // ten times the reports; a quadratic page would take about a hundred times as long
    assert!(
        large < small * 30 + std::time::Duration::from_millis(200),
        "100 reports {small:?}, 1000 reports {large:?}"
    );
}
