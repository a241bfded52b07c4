//! Many ids, one command: `order show|pay|cancel ID...`, `goods show ID|URL...`.
//!
//! Calls run with at most `--concurrency` in flight; results come back, and are printed, in
//! the order the ids were given. One id's failure is reported on its own line and the rest go
//! on; the command then exits with the worst exit code of the batch. A batch of writes
//! watches for an interrupt (`run_watching`) to say which ids were done, failed, are unknown
//! or were never sent.

use std::collections::BTreeMap;
use std::fmt::Display;
use std::future::Future;

use futures_util::stream::{FuturesUnordered, StreamExt};
use serde_json::{Value, json};

use super::Ctx;
use crate::error::{Error, Result};

/// A batch of more than this many ids shows its progress on a terminal.
const FEW: usize = 4;

/// Runs `f` for every id, `--concurrency` at a time (one at a time with `--dry-run`, so the
/// printed requests stay in order), and hands each result to `report` in input order.
/// An id is anything that names an item in messages (an order id, a product reference).
/// Interrupted, it stops where it is (the caller is dropped; see `run_watching`).
pub async fn run<I, T, F, Fut>(
    ctx: &Ctx,
    ids: &[I],
    f: F,
    report: impl FnMut(I, Result<T>) -> Result<()>,
) -> Result<()>
where
    I: Clone,
    F: Fn(I) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    match drive(ctx, ids, f, report, false).await? {
        None => Ok(()),
        Some(_) => Err(Error::Interrupted),
    }
}

/// What a batch had not finished when it was interrupted.
pub struct Unfinished<I> {
    /// Started and not answered: a write's outcome is unknown (journaled so).
    pub in_flight: Vec<I>,
    /// Never started: nothing was sent for them.
    pub not_started: Vec<I>,
}

/// `run`, watching for an interrupt (`crate::stop`): then the results already in are reported
/// (in input order, but without waiting for the ones before them) and the rest is returned.
pub async fn run_watching<I, T, F, Fut>(
    ctx: &Ctx,
    ids: &[I],
    f: F,
    report: impl FnMut(I, Result<T>) -> Result<()>,
) -> Result<Option<Unfinished<I>>>
where
    I: Clone,
    F: Fn(I) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    drive(ctx, ids, f, report, true).await
}

/// At most `n` ids started and not yet reported (what `buffered(n)` allows), each reported as
/// soon as those before it are; the results themselves are kept here rather than inside the
/// stream, so an interrupt can still report them.
async fn drive<I, T, F, Fut>(
    ctx: &Ctx,
    ids: &[I],
    f: F,
    mut report: impl FnMut(I, Result<T>) -> Result<()>,
    watch: bool,
) -> Result<Option<Unfinished<I>>>
where
    I: Clone,
    F: Fn(I) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let n = if ctx.settings.dry_run {
        1
    } else {
        ctx.settings.concurrency.value.max(1)
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
    // Up to `n` answers are held at once: each parses into its share (`api::budget`).
    let _shared = crate::api::budget::share(n.min(ids.len()));
    // More than a few requests: a bar on a terminal (cleared when the batch ends or stops).
    let bar = if ids.len() > FEW {
        ctx.printer.progress("done", Some(ids.len() as u64))
    } else {
        crate::output::progress::Progress::none()
    };
    let mut done: BTreeMap<usize, Result<T>> = BTreeMap::new();
    let mut running = FuturesUnordered::new();
    let (mut next, mut reported) = (0, 0);
    let mut stop = std::pin::pin!(async {
        if watch {
            crate::stop::requested().await
        } else {
            std::future::pending().await
        }
    });
    while reported < ids.len() {
        while next < ids.len() && next - reported < n {
            let (i, fut) = (next, f(ids[next].clone()));
            running.push(async move { (i, fut.await) });
            next += 1;
        }
        tokio::select! {
            biased;
            _ = &mut stop => {
                let mut in_flight = Vec::new();
                for (i, id) in ids.iter().enumerate().take(next).skip(reported) {
                    match done.remove(&i) {
                        Some(r) => report(id.clone(), r)?,
                        None => in_flight.push(id.clone()),
                    }
                }
                return Ok(Some(Unfinished {
                    in_flight,
                    not_started: ids[next..].to_vec(),
                }));
            }
            Some((i, r)) = running.next() => {
                done.insert(i, r);
                while let Some(r) = done.remove(&reported) {
                    report(ids[reported].clone(), r)?;
                    reported += 1;
                    bar.inc(1);
                }
            }
        }
    }
    Ok(None)
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

/// The entry of an id an interrupt left unfinished: in flight (outcome unknown) or not sent.
pub fn json_interrupted(id: u64, in_flight: bool) -> Value {
    let (message, outcome) = if in_flight {
        (
            "interrupted while in flight: the outcome is unknown (see `pandapon journal`)",
            "unknown",
        )
    } else {
        (
            "interrupted before it was sent: nothing was sent",
            "not sent",
        )
    };
    json!({"id": id.to_string(), "error": {
        "exitCode": Error::Interrupted.exit_code(), "message": message, "outcome": outcome
    }})
}

/// After an interrupt, one line naming every id of the batch by what became of it (from its
/// entries, in the order given), so nobody has to guess which writes went through.
pub fn say_interrupted(ctx: &Ctx, nouns: &str, entries: &[Value]) {
    let group = |keep: &dyn Fn(&Value) -> bool| -> String {
        let ids: Vec<&str> = entries
            .iter()
            .filter(|e| keep(e))
            .filter_map(|e| e["id"].as_str())
            .collect();
        ids.join(", ")
    };
    let outcome = |e: &Value| e["error"]["outcome"].as_str().map(str::to_string);
    let parts = [
        ("succeeded", group(&|e| e.get("error").is_none())),
        (
            "failed",
            group(&|e| e.get("error").is_some() && outcome(e).is_none()),
        ),
        (
            "in flight, outcome unknown",
            group(&|e| outcome(e).as_deref() == Some("unknown")),
        ),
        (
            "not sent",
            group(&|e| outcome(e).as_deref() == Some("not sent")),
        ),
    ];
    let said: Vec<String> = parts
        .iter()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(what, ids)| format!("{what}: {ids}"))
        .collect();
    ctx.printer
        .status(&format!("Interrupted. {nouns} {}.", said.join("; ")));
}

/// `{"id": "...", "error": {...}}` for a batch's JSON array.
pub fn json_error(id: impl Display, e: &Error) -> Value {
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
