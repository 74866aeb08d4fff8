//! The end of the pipeline: writes each document's result to standard output and its
//! messages to standard error, counts failures, adds up the summary, and draws a progress
//! bar on standard error when that is a terminal and the run is long.

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::pipeline::Sink;
use super::process::Done;
use super::summary::Summary;

/// Runs over fewer documents than this finish too soon to need a progress bar.
const PROGRESS_AFTER: u64 = 300;

/// Writes results in order.
pub struct Writer<W: Write> {
    out: W,
    /// The counts for `--summary`, when asked for.
    pub summary: Option<Summary>,
    /// True once any document failed.
    pub failed: bool,
    count: u64,
    total: Option<u64>,
    terminal: bool,
    bar: Option<ProgressBar>,
}

impl<W: Write> Writer<W> {
    /// A writer to `out`; `total` is the number of documents when known beforehand.
    pub fn new(out: W, total: Option<u64>, summary: bool) -> Writer<W> {
        let terminal = io::stderr().is_terminal();
        let mut w = Writer {
            out,
            summary: summary.then(Summary::default),
            failed: false,
            count: 0,
            total,
            terminal,
            bar: None,
        };
        if terminal && total.is_some_and(|t| t > PROGRESS_AFTER) {
            w.start_bar();
        }
        w
    }

    fn start_bar(&mut self) {
        let bar = match self.total {
            Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
                .with_style(
                    ProgressStyle::with_template(
                        "{bar:40} {pos}/{len} documents  {per_sec}  eta {eta}",
                    )
                    .expect("the template is valid"),
                ),
            // a corpus of unknown length shows a count once it is long enough to wait for
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template("{spinner} {pos} documents  {per_sec}")
                    .expect("the template is valid"),
            ),
        };
        bar.set_position(self.count);
        bar.enable_steady_tick(Duration::from_millis(200));
        self.bar = Some(bar);
    }

    /// Flushes standard output and clears the progress bar.
    pub fn finish(mut self) -> io::Result<W> {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

impl<W: Write> Sink for Writer<W> {
    fn take(&mut self, done: Done) -> io::Result<()> {
        if !done.messages.is_empty() {
            // on a terminal, a message shows after the output of the documents before it
            self.out.flush()?;
            let print = || {
                for m in &done.messages {
                    eprintln!("{m}");
                }
            };
            match &self.bar {
                Some(bar) => bar.suspend(print),
                None => print(),
            }
        }
        self.out.write_all(&done.out)?;
        if done.failed {
            self.failed = true;
        }
        if let Some(summary) = &mut self.summary {
            match done.summary {
                Some(doc) => summary.add(doc),
                None if done.failed => summary.add_failure(),
                None => {}
            }
        }
        self.count += 1;
        match &self.bar {
            Some(bar) => bar.inc(1),
            None if self.terminal && self.total.is_none() && self.count == PROGRESS_AFTER => {
                self.start_bar()
            }
            None => {}
        }
        Ok(())
    }

    fn idle(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
