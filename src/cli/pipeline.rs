//! Runs jobs on N threads and hands their results to a [`Sink`] in input order, with a
//! bounded number of documents in flight.
//!
//! One thread reads the inputs (file names, or corpus records one at a time) and groups
//! them in small batches, N workers process the batches, and the calling thread puts the
//! results back in order and writes them. A batch may start only when a token is free,
//! and its token comes back only when its results have been written: so at most
//! [`in_flight`] batches are held at once, queued, processing, or finished and waiting for
//! an earlier one. A batch holds one large file or a few small ones, so memory is bounded
//! by a few documents, never by the corpus, and standard input can stream for ever.

use std::collections::BTreeMap;
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread;

use super::input::{Job, Source};
use super::process::{process, Done, Settings};

/// Where results go, in input order.
pub trait Sink {
    /// Takes the result of the next document.
    fn take(&mut self, done: Done) -> io::Result<()>;
    /// Called when no result is ready, before waiting: a streaming run flushes here, so
    /// that each result leaves as soon as its turn comes.
    fn idle(&mut self) -> io::Result<()>;
}

/// How many batches may be in flight with `threads` workers.
pub fn in_flight(threads: usize) -> usize {
    2 * threads + 2
}

/// A batch closes at this many documents …
const BATCH_DOCS: usize = 32;
/// … or at this many bytes of input, so that large files go one by one.
const BATCH_BYTES: u64 = 1 << 20;

/// The size of a job's input, as far as it is known before reading it.
fn size(job: &Job) -> u64 {
    match job {
        Job::Report(Source::File(p)) => std::fs::metadata(p).map_or(0, |m| m.len()),
        Job::Report(Source::Stdin) => BATCH_BYTES,
        Job::JsonLine(_, bytes) => bytes.len() as u64,
        Job::CsvRecord(_, f) => f.text.as_ref().map_or(0, |t| t.len() as u64),
        Job::Failed(..) => 0,
    }
}

/// Processes every job on `threads` workers (1: on this thread alone) and gives each
/// result to `sink` in the order of `jobs`.
///
/// With `streaming` (standard input, which may pause), every document travels alone and
/// `sink.idle` is called whenever the next result is not ready yet, so that each result
/// leaves as soon as its turn comes. Otherwise documents travel in batches of up to
/// [`BATCH_DOCS`] documents or [`BATCH_BYTES`] bytes: handing small reports over one by
/// one costs more in thread wake-ups than it gains.
pub fn run(
    jobs: Box<dyn Iterator<Item = Job> + Send>,
    threads: usize,
    streaming: bool,
    settings: Arc<Settings>,
    sink: &mut dyn Sink,
) -> io::Result<()> {
    if threads <= 1 {
        for job in jobs {
            sink.take(guarded(job, &settings))?;
            if streaming {
                sink.idle()?;
            }
        }
        return Ok(());
    }
    let cap = in_flight(threads);
    let (batch_docs, batch_bytes) = if streaming {
        (1, 0)
    } else {
        (BATCH_DOCS, BATCH_BYTES)
    };
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, Vec<Job>)>(threads);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Vec<Done>)>();
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(cap);
    for _ in 0..cap {
        token_tx
            .send(())
            .expect("the token channel holds `cap` tokens");
    }
    // the threads are not scoped: on a write error (a closed pipe) the run returns at once
    // and the process ends, even if the reader is blocked on standard input
    let reader = thread::spawn(move || {
        let mut batch = Vec::new();
        let mut bytes = 0u64;
        let mut n = 0usize;
        let mut send = |batch: Vec<Job>| -> bool {
            let ok = token_rx.recv().is_ok() && job_tx.send((n, batch)).is_ok();
            n += 1;
            ok
        };
        for job in jobs {
            if batch_docs > 1 {
                bytes += size(&job);
            }
            batch.push(job);
            if batch.len() >= batch_docs || bytes >= batch_bytes {
                if !send(std::mem::take(&mut batch)) {
                    return;
                }
                bytes = 0;
            }
        }
        if !batch.is_empty() {
            send(batch);
        }
    });
    let job_rx = Arc::new(Mutex::new(job_rx));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            let settings = Arc::clone(&settings);
            thread::spawn(move || loop {
                let next = job_rx
                    .lock()
                    .map_err(|_| ())
                    .and_then(|rx| rx.recv().map_err(|_| ()));
                let Ok((i, batch)) = next else { return };
                let done = batch
                    .into_iter()
                    .map(|job| guarded(job, &settings))
                    .collect();
                if done_tx.send((i, done)).is_err() {
                    return;
                }
            })
        })
        .collect();
    drop(done_tx);
    let mut pending: BTreeMap<usize, Vec<Done>> = BTreeMap::new();
    let mut next = 0usize;
    loop {
        let message = match done_rx.try_recv() {
            Ok(m) => Some(m),
            Err(TryRecvError::Empty) => {
                if streaming {
                    sink.idle()?;
                }
                done_rx.recv().ok()
            }
            Err(TryRecvError::Disconnected) => None,
        };
        let Some((i, done)) = message else { break };
        pending.insert(i, done);
        while let Some(batch) = pending.remove(&next) {
            for done in batch {
                sink.take(done)?;
            }
            next += 1;
            // the reader may have finished and dropped its end: nothing more to start
            let _ = token_tx.send(());
        }
    }
    for w in workers {
        w.join()
            .map_err(|_| io::Error::other("a worker thread panicked"))?;
    }
    reader
        .join()
        .map_err(|_| io::Error::other("the reading thread panicked"))?;
    Ok(())
}

/// [`process`], with a panic outside the extractor (which `process` guards itself) turned
/// into a failed document, so that the order of results is never broken by a missing one.
fn guarded(job: Job, settings: &Settings) -> Done {
    panic::catch_unwind(AssertUnwindSafe(|| process(job, settings))).unwrap_or_else(|_| Done {
        failed: true,
        messages: vec!["minutes: internal error: processing a document panicked".to_string()],
        ..Done::default()
    })
}
