//! Many documents on every core: one `Extractor`, shared by reference across threads
//! (it is `Send + Sync`), each thread taking every n-th document.
//!
//! ```sh
//! cargo run --release --example parallel -- fixtures/en fixtures/zh
//! ```

use std::fs;
use std::path::PathBuf;
use std::thread;

fn main() -> std::io::Result<()> {
    let mut paths: Vec<PathBuf> = Vec::new();
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    let dirs = if dirs.is_empty() {
        vec!["fixtures/en".to_string(), "fixtures/zh".to_string()]
    } else {
        dirs
    };
    for dir in dirs {
        for e in fs::read_dir(dir)? {
            let p = e?.path();
            if p.extension().is_some_and(|x| x == "txt") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(fs::read_to_string)
        .collect::<Result<_, _>>()?;

    let ex = minutes::Extractor::new();
    let workers = thread::available_parallelism().map_or(2, |n| n.get());
    let mut counts = vec![(0usize, 0usize); texts.len()];
    thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let (ex, texts) = (&ex, &texts);
                s.spawn(move || {
                    (w..texts.len())
                        .step_by(workers)
                        .map(|i| {
                            let x = ex.extract(&texts[i]);
                            (i, (x.dates.len(), x.officials.len()))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (i, c) in h.join().expect("a worker panicked") {
                counts[i] = c;
            }
        }
    });
    for (path, (dates, officials)) in paths.iter().zip(counts) {
        println!(
            "{:<60} {dates:>3} dates {officials:>3} officials",
            path.display()
        );
    }
    Ok(())
}
