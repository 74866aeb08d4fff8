//! Extraction speed: the whole pass and each kind alone, on corpora built from the
//! fixtures, in MB/s (`Throughput::Bytes`).

use std::fs;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use minutes::{Extractor, Kind};

/// Every fixture report of one language, concatenated and repeated to at least `min` bytes.
fn corpus(lang: &str, min: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(lang);
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .expect("fixtures directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut one = String::new();
    for p in paths {
        one.push_str(&fs::read_to_string(p).expect("fixture is UTF-8"));
        one.push_str("\n\n");
    }
    let mut out = String::with_capacity(min + one.len());
    while out.len() < min {
        out.push_str(&one);
    }
    out
}

fn bench_extract(c: &mut Criterion) {
    for lang in ["en", "zh"] {
        let text = corpus(lang, 1 << 20);
        let mut g = c.benchmark_group(format!("extract-{lang}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(10);
        let all = Extractor::new();
        g.bench_function("all", |b| b.iter(|| all.extract(&text)));
        for kind in Kind::ALL {
            let ex = Extractor::builder().kinds(&[kind]).build();
            g.bench_function(kind.as_str(), |b| b.iter(|| ex.extract(&text)));
        }
        g.finish();
    }
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
