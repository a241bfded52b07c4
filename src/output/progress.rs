//! Progress on long work (`--all` walks, batches of many ids): a bar on stderr, pages or ids
//! done of the total and the rate, for a person watching a terminal.
//!
//! Never off a terminal, and not with `--json` into a pipe (a script runs it; a person only
//! waits). It appears only once the work has taken `DELAY`, so quick commands never flash
//! one, and it is cleared when the work ends, before anything else is printed. While it is
//! drawn, the printer writes through `suspend` (see `Printer::write_stdout` and `err_line`), so
//! a warning or streamed rows on the same terminal never mix with it.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Work shorter than this shows no bar.
const DELAY: Duration = Duration::from_millis(300);

/// The bar being drawn, if any, shared by the printer's clones.
#[derive(Clone, Default)]
pub struct Slot(Arc<Mutex<Option<ProgressBar>>>);

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Slot")
    }
}

impl Slot {
    /// Runs `write` with the bar (if one is drawn) out of the way, then draws it again.
    pub fn around<T>(&self, write: impl FnOnce() -> T) -> T {
        let bar = self.0.lock().expect("progress lock").clone();
        match bar {
            Some(b) => b.suspend(write),
            None => write(),
        }
    }
}

/// One piece of long work's progress; dropping it clears the bar.
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: std::cell::Cell<bool>,
    slot: Slot,
}

impl Progress {
    /// No bar at all (off a terminal, or too little work to show).
    pub fn none() -> Progress {
        Progress {
            bar: None,
            started: Instant::now(),
            shown: Default::default(),
            slot: Slot::default(),
        }
    }

    /// A bar for `total` things (unknown: a count) named `what` ("pages", "orders"), drawn on
    /// stderr once the work has taken `DELAY`.
    pub fn new(slot: &Slot, what: &str, total: Option<u64>) -> Progress {
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden());
        let template = if total.is_some() {
            "{bar:30.cyan/blue} {pos}/{len} {msg} · {per_sec} · {eta} left"
        } else {
            "{pos} {msg} · {per_sec}"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("█▉▊▋▌▍▎▏ "));
        }
        bar.set_message(what.to_string());
        Progress {
            bar: Some(bar),
            started: Instant::now(),
            shown: Default::default(),
            slot: slot.clone(),
        }
    }

    /// `n` more done.
    pub fn inc(&self, n: u64) {
        let Some(bar) = &self.bar else { return };
        bar.inc(n);
        if !self.shown.get() && self.started.elapsed() >= DELAY {
            self.shown.set(true);
            // From here on the printer writes around it.
            *self.slot.0.lock().expect("progress lock") = Some(bar.clone());
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.take() {
            self.slot.0.lock().expect("progress lock").take();
            bar.finish_and_clear();
        }
    }
}
