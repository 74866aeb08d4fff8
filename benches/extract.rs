//! Extraction speed in MB/s (`Throughput::Bytes`), one core:
//!
//! - `extract-en`, `extract-zh`: the whole pass (`all`) and each kind alone, on corpora of
//!   10 MB of documents built from the fixture reports of each language, each document
//!   extracted on its own;
//! - `extract-xwlb`: the same on a year of real Chinese national news (5,225 documents),
//!   where `../shared/bench/zh-xwlb/` exists beside the project;
//! - in each of these, `upto-officials`, `upto-slogans` and `upto-directives`: the pass
//!   of dates with officials, then slogans, then directives added, to show what each adds;
//! - `floor`: a bare Aho-Corasick pass over every lexicon head of `data/`, the speed to
//!   compare the whole pass with;
//! - `build`: the cost of compiling an extractor's lexicons (`Extractor::new()` pays it
//!   once per process);
//! - `scaling`: the whole pass at 1, 10 and 100 MB (set `MINUTES_BENCH_SCALING=1`);
//! - `hostile`: inputs a scraper leaves behind or an attacker writes, each at n and 2n
//!   bytes: the MB/s of the two sizes should match (linear time).
//!
//! `cargo bench --bench extract -- extract-en` runs one group.

use std::fs;
use std::path::PathBuf;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use minutes::{Extractor, Kind};

const MB: usize = 1 << 20;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fixture reports of one language, repeated until they hold `min` bytes: a corpus of
/// documents, each extracted on its own as a corpus run does.
fn fixture_corpus(lang: &str, min: usize) -> Vec<String> {
    let dir = root().join("fixtures").join(lang);
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .expect("fixtures directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let one: Vec<String> = paths
        .iter()
        .map(|p| fs::read_to_string(p).expect("fixture is UTF-8"))
        .collect();
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < min {
        for t in &one {
            bytes += t.len();
            out.push(t.clone());
        }
    }
    out
}

fn repeat_to(one: &str, min: usize) -> String {
    let mut out = String::with_capacity(min + one.len());
    while out.len() < min {
        out.push_str(one);
    }
    out
}

/// The texts of the real news corpus, when it is there.
fn xwlb_texts() -> Option<Vec<String>> {
    let path = root().join("../shared/bench/zh-xwlb/xwlb-2022h2-2023h1.jsonl");
    let data = fs::read_to_string(path).ok()?;
    let texts = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    Some(texts)
}

/// Every head of every lexicon in `data/`: slogan forms, meeting kinds, title heads,
/// organisations, markers, surnames.
fn lexicon_heads() -> Vec<String> {
    let mut heads = Vec::new();
    let data = root().join("data");
    let cells = |file: &str, cols: &[usize], heads: &mut Vec<String>| {
        let text = fs::read_to_string(data.join(file)).expect("data file");
        for line in text.lines().skip(1).filter(|l| !l.starts_with('#')) {
            let row: Vec<&str> = line.split('\t').collect();
            for &c in cols {
                if let Some(cell) = row.get(c) {
                    heads.extend(
                        cell.split('|')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(str::to_string),
                    );
                }
            }
        }
    };
    cells("slogans.tsv", &[3, 4], &mut heads);
    cells("meeting_types.tsv", &[1, 2], &mut heads);
    cells("titles.tsv", &[1, 2], &mut heads);
    cells("orgs.tsv", &[1], &mut heads);
    cells("markers.tsv", &[3], &mut heads);
    heads.sort();
    heads.dedup();
    heads
}

fn bench_corpus(c: &mut Criterion, name: &str, docs: &[String]) {
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    let run = |ex: &Extractor| {
        docs.iter()
            .map(|d| ex.extract(d).dates.len())
            .sum::<usize>()
    };
    let all = Extractor::new();
    g.bench_function("all", |b| b.iter(|| run(&all)));
    for kind in Kind::ALL {
        let ex = Extractor::builder().kinds(&[kind]).build();
        g.bench_function(kind.as_str(), |b| b.iter(|| run(&ex)));
    }
    // the whole pass as it grew: dates, then officials, slogans and directives added one
    // by one (`upto-slogans` is dates, officials and slogans); each stage against the one
    // before it is the cost of what it adds
    let mut stage = vec![Kind::Dates];
    for kind in [Kind::Officials, Kind::Slogans, Kind::Directives] {
        stage.push(kind);
        let ex = Extractor::builder().kinds(&stage).build();
        g.bench_function(format!("upto-{}", kind.as_str()), |b| b.iter(|| run(&ex)));
    }
    let floor = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(lexicon_heads())
        .expect("floor automaton");
    g.bench_function("floor", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| floor.find_overlapping_iter(d).count())
                .sum::<usize>()
        })
    });
    g.finish();
}

fn bench_extract(c: &mut Criterion) {
    for lang in ["en", "zh"] {
        let docs = fixture_corpus(lang, 10 * MB);
        bench_corpus(c, &format!("extract-{lang}"), &docs);
    }
    if let Some(texts) = xwlb_texts() {
        bench_corpus(c, "extract-xwlb", &texts);
    }
}

fn bench_build(c: &mut Criterion) {
    // an extra (empty) catalogue forces a fresh compile of every lexicon
    let header = "id\tkind\tnumber\tzh\ten\n";
    c.bench_function("build", |b| {
        b.iter(|| {
            Extractor::builder()
                .slogans_tsv(header, "empty.tsv")
                .expect("header only")
                .build()
        })
    });
}

fn bench_scaling(c: &mut Criterion) {
    if std::env::var_os("MINUTES_BENCH_SCALING").is_none() {
        return;
    }
    let one = fixture_corpus("en", MB).join("\n\n");
    let ex = Extractor::new();
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for size in [MB, 10 * MB, 100 * MB] {
        let text = repeat_to(&one, size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(size / MB), &text, |b, t| {
            b.iter(|| ex.extract(t))
        });
    }
    g.finish();
}

/// Hostile inputs, each made to `n` bytes from a repeated piece.
fn hostile_inputs(n: usize) -> Vec<(&'static str, String)> {
    let seed = fs::read_to_string(root().join("fixtures/en/seed.txt")).expect("seed");
    let pieces: Vec<(&'static str, String)> = vec![
        ("no-spaces", "a".repeat(64)),
        ("cjk-no-punctuation", "区政协党组书记主席".repeat(8)),
        ("quotation-marks", "“".to_string()),
        ("first-markers", "First, do it. ".to_string()),
        (
            "pronoun-lists",
            "She emphasized that, first, we study; second, we act. ".to_string(),
        ),
        ("zh-markers", "一是要，二是要；".to_string()),
        ("nested-brackets", "((((((((《《《《".to_string()),
        ("date-units", "年月日号".to_string()),
        ("title-lists", "书记、主席、".to_string()),
        ("control-and-nul", "\0\u{1}\u{7}\u{1b}[0m\u{7f}".to_string()),
        ("rtl-and-combining", "\u{202e}e\u{301}\u{200f}ا".to_string()),
        ("crlf-report", seed.replace('\n', "\r\n")),
        ("digits", "2022-10-29 10/26/2022 2,000 ".to_string()),
    ];
    pieces
        .into_iter()
        .map(|(name, piece)| (name, repeat_to(&piece, n)))
        .collect()
}

fn bench_hostile(c: &mut Criterion) {
    let ex = Extractor::new();
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    for size in [256 * 1024, 512 * 1024] {
        for (name, text) in hostile_inputs(size) {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, size / 1024), &text, |b, t| {
                b.iter(|| ex.extract(t))
            });
        }
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_extract,
    bench_build,
    bench_scaling,
    bench_hostile
);
criterion_main!(benches);
