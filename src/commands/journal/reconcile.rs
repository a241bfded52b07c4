//! `pandapon journal reconcile [ID...]`: for each write of unknown outcome, run the safe read
//! that shows its effect (`settle.rs`), judge what it shows, and record that in the journal.
//! Only reads are sent; a write is never repeated.

use std::borrow::Cow;

use serde_json::{Value, json};

use super::settle::{self, Finding, Write};
use super::{Ctx, about, load};
use crate::error::{AUTH_CODES, Error, Result};
use crate::journal::{Entry, Recorded, Verdict};
use crate::output::{Printer, Render, Table};

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples(RECONCILE_HELP, &[
    "pandapon journal reconcile",
    "pandapon journal reconcile --json",
]))]
pub struct Args {
    /// The writes to settle, by the id `journal` shows (a unique prefix will do) [default: every
    /// write of unknown outcome]
    #[arg(value_name = "LOCAL_ID")]
    ids: Vec<String>,
}

const RECONCILE_HELP: &str = "Only safe reads are sent (the ones `journal unresolved` \
names). A write is read back with the profile it was sent with (--sandbox for sandbox writes) and \
its finding recorded in the journal. \"Did not happen\" is said only once the write is older \
than the --timeout it was sent with: until then it may still arrive. Exit 0 when every write looked \
at is settled; 1 when some remain unknown (still in flight, no read shows the effect, or the read \
could not tell).";

/// What became of one write in this run.
struct Row {
    id: String,
    operation: String,
    about: String,
    verdict: Verdict,
    summary: String,
    read: Option<String>,
    /// Whether the finding was written to the journal (a read that ran and answered).
    recorded: bool,
}

pub async fn run(Args { ids }: Args, ctx: &Ctx) -> Result<()> {
    let entries = load(ctx)?;
    let targets = pick(&entries, &ids)?;
    if targets.is_empty() {
        ctx.printer
            .status("Nothing to reconcile: the outcome of every write in the journal is known.");
        return ctx.printer.print(&Rows(Vec::new()));
    }
    let client = ctx.client()?;
    let s = &ctx.settings;
    let me = if s.sandbox.is_some() {
        "sandbox"
    } else {
        s.profile.value.as_str()
    };
    let mut rows = Vec::new();
    for e in targets {
        let subjects = about(ctx, e);
        let w = Write {
            entry: e,
            about: &subjects,
        };
        let mut row = Row {
            id: e.id.clone(),
            operation: e.operation().to_string(),
            about: super::about::words(&subjects),
            verdict: Verdict::Unknown,
            summary: String::new(),
            read: settle::command(&w),
            recorded: false,
        };
        if e.settled() {
            row.verdict = already(ctx, e);
            row.summary = format!("already settled: {}", super::outcome_words(e));
            rows.push(row);
            continue;
        }
        // Another account's or server's write cannot be read from here.
        let same_place = e.profile() == me && (me == "sandbox" || e.base_url() == s.base_url.value);
        if !same_place {
            let with = if e.profile() == "sandbox" {
                "--sandbox".to_string()
            } else {
                format!("--profile {}", e.profile())
            };
            row.summary = format!(
                "still unknown: recorded for profile {} at {}; settle it with `pandapon {with} journal reconcile {}`",
                e.profile(),
                e.base_url(),
                e.id
            );
            rows.push(row);
            continue;
        }
        if e.in_flight() {
            let pid = e.sender().map(|(p, ..)| p).unwrap_or_default();
            row.summary =
                format!("still unknown: in flight, process {pid} is still waiting for the answer");
            rows.push(row);
            continue;
        }
        let Some(settler) = settle::settler(e.operation()) else {
            row.summary = format!(
                "still unknown: no read shows what {} did; ask PandaPon, quoting nonce {} and timestamp {}",
                e.operation(),
                text(e, "nonce"),
                text(e, "timestamp")
            );
            rows.push(row);
            continue;
        };
        let call = (settler.read.call)(&w).filter(|c| s.catalogue.get(c.op).safe);
        let Some(call) = call else {
            row.summary = "still unknown: the record does not name what to read".into();
            rows.push(row);
            continue;
        };
        let as_of = crate::journal::now_rfc3339();
        let finding = match client.call(call).await {
            Ok(data) => Some(patient(e, (settler.judge)(&w, &data))),
            // Every read would be refused alike: stop, as any command does.
            Err(err @ Error::Api { code, .. }) if AUTH_CODES.contains(&code) => return Err(err),
            Err(Error::Api { code, msg, .. }) => Some(Finding::new(
                Verdict::Unknown,
                format!("the read answered code {code} {msg}"),
            )),
            Err(Error::Interrupted) => return Err(Error::Interrupted),
            Err(Error::DryRun) => {
                row.summary = "still unknown: dry run, the read shown was not sent".into();
                None
            }
            Err(other) => {
                row.summary = format!("still unknown: the read failed: {other}");
                None
            }
        };
        if let Some(f) = finding {
            row.verdict = f.verdict;
            row.summary = f.summary(&as_of);
            if f.verdict == Verdict::Unknown {
                row.summary = format!("still unknown: {}", row.summary);
            }
            match client
                .journal()
                .resolve(&e.id, f.verdict, &row.summary, row.read.as_deref())
            {
                Ok(()) => row.recorded = true,
                Err(why) => ctx.printer.warn(&format!(
                    "write {}: {why}; what the read showed is not recorded",
                    e.id
                )),
            }
        }
        rows.push(row);
    }
    let open = rows.iter().filter(|r| !r.verdict.settles()).count();
    let total = rows.len();
    ctx.printer.print(&Rows(rows))?;
    if open > 0 {
        // Exit 1: a result for scripts to act on, not a failure of the command.
        return Err(Error::NotSent {
            why: format!(
                "{open} of {total} write{} still of unknown outcome",
                if total == 1 { " is" } else { "s are" }
            ),
            exit: 1,
        });
    }
    Ok(())
}

/// The verdict a settled write already has: its resolution's, or its answer's.
fn already(ctx: &Ctx, e: &Entry) -> Verdict {
    if let Some(r) = e.resolutions.iter().rev().find(|r| r.verdict.settles()) {
        return r.verdict;
    }
    match e.outcome() {
        Some(Recorded::Answered { code, .. }) => {
            let success = ctx
                .settings
                .catalogue
                .routes()
                .iter()
                .find(|r| r.key == e.operation())
                .map_or(crate::api::catalogue::SUCCESS_CODES, |r| r.success);
            if success.contains(&code) {
                Verdict::Happened
            } else {
                Verdict::NotHappened
            }
        }
        _ => Verdict::NotHappened,
    }
}

fn text(e: &Entry, key: &str) -> String {
    e.intent
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or("(not recorded)")
        .to_string()
}

/// "Did not happen" is for a write that can no longer arrive: until as long after it was sent
/// as its sender would have waited (`--timeout`), it may still be on its way.
fn patient(e: &Entry, f: Finding) -> Finding {
    if f.verdict != Verdict::NotHappened {
        return f;
    }
    let wait = e.timeout_ms().unwrap_or(30_000) as i64;
    let sent: Option<jiff::Timestamp> = e.time().parse().ok();
    let Some(due) = sent.and_then(|t| t.checked_add(jiff::SignedDuration::from_millis(wait)).ok())
    else {
        return f;
    };
    if jiff::Timestamp::now() >= due {
        return f;
    }
    let state = f.state.clone();
    Finding::new(Verdict::Unknown, state).so(format!(
        "not yet, but it was sent less than {} s ago and may still arrive; reconcile again after {due}",
        wait / 1000
    ))
}

/// Which writes to settle: the ids asked for (a unique prefix each), or every one of unknown
/// outcome, oldest first.
fn pick<'a>(entries: &'a [Entry], ids: &[String]) -> Result<Vec<&'a Entry>> {
    if ids.is_empty() {
        return Ok(entries.iter().filter(|e| !e.settled()).collect());
    }
    let mut out: Vec<&Entry> = Vec::new();
    for id in ids {
        let found: Vec<&Entry> = entries
            .iter()
            .filter(|e| e.id.starts_with(id.as_str()))
            .collect();
        match found.as_slice() {
            [one] => {
                if !out.iter().any(|e| e.id == one.id) {
                    out.push(one);
                }
            }
            [] => {
                return Err(Error::usage(format!(
                    "no write with id {id} in the journal; `pandapon journal unresolved` lists the writes of unknown outcome"
                )));
            }
            many => {
                return Err(Error::usage(format!(
                    "{id} is the start of {} ids ({}); give more of it",
                    many.len(),
                    many.iter()
                        .map(|e| e.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        }
    }
    Ok(out)
}

struct Rows(Vec<Row>);

impl Render for Rows {
    fn json(&self) -> Cow<'_, Value> {
        Cow::Owned(Value::Array(
            self.0
                .iter()
                .map(|r| {
                    json!({"id": r.id, "operation": r.operation, "about": r.about,
                           "verdict": r.verdict.as_str(), "settled": r.verdict.settles(),
                           "summary": r.summary, "read": r.read, "recorded": r.recorded})
                })
                .collect(),
        ))
    }

    fn human(&self, out: &Printer) -> Result<()> {
        if self.0.is_empty() {
            return Ok(());
        }
        if out.stdout_terminal {
            // Cards, as `journal` draws them: the finding is a sentence.
            for r in &self.0 {
                let head = [
                    r.id.as_str(),
                    r.operation.as_str(),
                    r.about.as_str(),
                    r.verdict.as_str(),
                ];
                let head: Vec<&str> = head.into_iter().filter(|s| !s.is_empty()).collect();
                out.heading(&head.join("  "))?;
                out.line(&format!("  {}", r.summary))?;
            }
        } else {
            self.table(out)?;
        }
        let settled = self.0.iter().filter(|r| r.verdict.settles()).count();
        out.status(&format!(
            "Settled {settled} of {} write{}.",
            self.0.len(),
            if self.0.len() == 1 { "" } else { "s" }
        ));
        Ok(())
    }
}

impl Rows {
    fn table(&self, out: &Printer) -> Result<()> {
        let mut t = Table::new(&["Id", "Operation", "About", "Verdict", "What the read shows"]);
        for r in &self.0 {
            t.row(vec![
                r.id.clone(),
                r.operation.clone(),
                r.about.clone(),
                r.verdict.as_str().to_string(),
                r.summary.clone(),
            ]);
        }
        out.table(&t)
    }
}
