//! Many ids, one command: `order show|pay|cancel ID...`, `goods show ID|URL...`.
//!
//! Calls run with at most `--concurrency` in flight; results come back, and are printed, in
//! the order the ids were given. One id's failure is reported on its own line and the rest go
//! on; the command then exits with the worst exit code of the batch.

use std::fmt::Display;
use std::future::Future;

use futures_util::stream::{self, StreamExt};
use serde_json::{Value, json};

use super::Ctx;
use crate::error::{Error, Result};

/// Runs `f` for every id, `--concurrency` at a time (one at a time with `--dry-run`, so the
/// printed requests stay in order), and hands each result to `report` in input order. An id
/// is anything that names an item in messages (an order id, a product reference).
pub async fn run<I, T, F, Fut>(
    ctx: &Ctx,
    ids: &[I],
    f: F,
    mut report: impl FnMut(I, Result<T>) -> Result<()>,
) -> Result<()>
where
    I: Clone,
    F: Fn(I) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let n = if ctx.settings.dry_run {
        1
    } else {
        ctx.settings.concurrency.value
    };
    // With --json a dry run shows one request: several printed requests would not make one
    // JSON document, and the rest differ only in the id.
    let ids = if ctx.settings.dry_run && ctx.printer.json && ids.len() > 1 {
        ctx.printer.status(&format!(
            "dry run: showing the first of {} requests; the others differ only in the id",
            ids.len()
        ));
        &ids[..1]
    } else {
        ids
    };
    let mut results = stream::iter(ids.iter().map(|id| {
        let fut = f(id.clone());
        let id = id.clone();
        async move { (id, fut.await) }
    }))
    .buffered(n);
    while let Some((id, r)) = results.next().await {
        report(id, r)?;
    }
    Ok(())
}

/// One id's result, once reported.
pub enum Item<T> {
    Done(T),
    /// Reported on stderr; this is its entry for a `--json` array.
    Failed(Value),
    /// `--dry-run` printed the request.
    DryRun,
}

/// Counts a batch's failures and keeps the worst exit code.
pub struct Tally {
    noun: &'static str,
    total: usize,
    failed: usize,
    skipped: usize,
    worst: u8,
    single: Option<Error>,
}

impl Tally {
    pub fn new(noun: &'static str, total: usize) -> Self {
        Tally {
            noun,
            total,
            failed: 0,
            skipped: 0,
            worst: 0,
            single: None,
        }
    }

    /// The value of a success; a failure is printed as `error: order 123: ...` (or kept to
    /// end the command with, when the batch is one id). A closed stdout stops the batch.
    pub fn take<T>(&mut self, ctx: &Ctx, id: impl Display, r: Result<T>) -> Result<Item<T>> {
        match r {
            Ok(v) => Ok(Item::Done(v)),
            Err(Error::DryRun) => Ok(Item::DryRun),
            Err(e @ (Error::BrokenPipe | Error::Interrupted)) => Err(e),
            Err(e) => {
                self.failed += 1;
                self.worst = self.worst.max(e.exit_code());
                let entry = json_error(&id, &e);
                if matches!(e, Error::NotSent { .. }) {
                    self.skipped += 1;
                }
                if self.total == 1 {
                    self.single = Some(e);
                } else if matches!(e, Error::NotSent { .. }) {
                    // Left out on purpose, and said before the prompt: a note, not an error.
                    ctx.printer.warn(&format!("{} {id}: {e}", self.noun));
                } else {
                    ctx.printer.error_about(&format!("{} {id}", self.noun), &e);
                }
                Ok(Item::Failed(entry))
            }
        }
    }

    /// `--json` for the batch: one id prints its `data` (nothing when it failed); several
    /// print the array of entries in the order given, skipped ones included.
    pub fn print_json(&self, ctx: &Ctx, entries: &[Value]) -> Result<()> {
        let out = &ctx.printer;
        if !out.json || entries.is_empty() {
            return Ok(());
        }
        if self.total == 1 {
            match entries[0].get("data") {
                Some(d) => out.json(d),
                None => Ok(()),
            }
        } else {
            out.json(&Value::Array(entries.to_vec()))
        }
    }

    pub fn finish(self) -> Result<()> {
        if let Some(e) = self.single {
            return Err(e);
        }
        if self.failed == 0 {
            return Ok(());
        }
        Err(Error::Batch {
            failed: self.failed,
            skipped: self.skipped,
            total: self.total,
            noun: self.noun,
            exit: self.worst,
        })
    }
}

/// `{"id": "...", "data": ...}`: one success in a batch's JSON array, `data` unchanged.
pub fn json_done(id: impl Display, data: Value) -> Value {
    json!({"id": id.to_string(), "data": data})
}

/// `{"id": "...", "error": {...}}` for a batch's JSON array.
fn json_error(id: impl Display, e: &Error) -> Value {
    let mut err = json!({"exitCode": e.exit_code(), "message": e.to_string()});
    if let Error::Api {
        code, request_id, ..
    } = e
    {
        err["code"] = json!(code);
        err["requestId"] = json!(request_id);
    }
    json!({"id": id.to_string(), "error": err})
}
