//! `pandapon journal`: the local record of writes (see `crate::journal`). Listing it needs no
//! credentials and sends nothing; `reconcile` sends safe reads only, never a write.

pub mod about;
mod list;
mod reconcile;
mod settle;
mod unresolved;

use serde_json::{Map, Value, json};

use self::about::Subject;
use super::Ctx;
use crate::error::Result;
use crate::journal::{self, Entry, Recorded};
use crate::output::{Printer, format};

/// `pandapon journal` alone lists, as it always has; the verbs do the rest.
#[derive(clap::Args, Debug)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = crate::cli::help::list(JOURNAL_HELP, &[("", list::COLUMNS)], list::EXAMPLES)
)]
pub struct JournalArgs {
    #[command(subcommand)]
    verb: Option<JournalCommand>,
    #[command(flatten)]
    list: list::Args,
}

const JOURNAL_HELP: &str = "Every write is recorded before it is sent (its intent) and again \
when its outcome is known. A write whose process was killed, or whose answer never came, has an \
unknown outcome: `pandapon journal unresolved` lists them with the read that settles each, and \
`pandapon journal reconcile` runs those reads. The journal is $XDG_DATA_HOME/pandapon/journal.jsonl; \
past PANDAPON_JOURNAL_MAX_SIZE (profile key journal_max_size, default 10MiB) it moves to \
journal.1.jsonl, journal.2.jsonl, ..., which are read too and never deleted.";

#[derive(clap::Subcommand, Debug)]
pub enum JournalCommand {
    /// Every write recorded, oldest first (what `pandapon journal` alone shows)
    List(list::Args),
    /// Writes whose outcome is unknown, newest first, each with the read that would settle it
    Unresolved(unresolved::Args),
    /// Run the reads that settle writes of unknown outcome and record what they show (never
    /// repeats a write)
    Reconcile(reconcile::Args),
}

pub async fn run(a: JournalArgs, ctx: &Ctx) -> Result<()> {
    match a.verb {
        None => list::run(a.list, ctx),
        Some(JournalCommand::List(l)) => list::run(l, ctx),
        Some(JournalCommand::Unresolved(u)) => unresolved::run(u, ctx),
        Some(JournalCommand::Reconcile(r)) => reconcile::run(r, ctx).await,
    }
}

/// Every write in the journal, oldest first; damaged lines are named on stderr.
fn load(ctx: &Ctx) -> Result<Vec<Entry>> {
    let (entries, warnings) = journal::read(&ctx.settings.journal_path)?;
    for w in &warnings {
        ctx.printer.warn(w);
    }
    Ok(entries)
}

fn about(ctx: &Ctx, e: &Entry) -> Vec<Subject> {
    about::about(e, &ctx.settings.catalogue)
}

/// The read that would settle `e`, as a command.
fn settle_with(e: &Entry, about: &[Subject]) -> Option<String> {
    settle::command(&settle::Write { entry: e, about })
}

/// What `--json` shows of a write: the fields of the one-line records of old (time, profile,
/// baseUrl, operation, method, path, body, outcome), then the rest of what is known.
fn entry_json(e: &Entry, about: &[Subject]) -> Value {
    let mut m = Map::new();
    for k in [
        "time",
        "profile",
        "baseUrl",
        "operation",
        "method",
        "path",
        "body",
    ] {
        m.insert(k.into(), e.intent.get(k).cloned().unwrap_or(Value::Null));
    }
    m.insert(
        "outcome".into(),
        e.outcome_value()
            .cloned()
            .unwrap_or_else(|| json!(NO_OUTCOME)),
    );
    m.insert("id".into(), json!(e.id));
    for k in ["platform", "nonce", "timestamp", "pid"] {
        m.insert(k.into(), e.intent.get(k).cloned().unwrap_or(Value::Null));
    }
    m.insert("about".into(), about::json(about));
    m.insert("outcomeTime".into(), json!(e.outcome_time()));
    m.insert("inFlight".into(), json!(e.in_flight()));
    m.insert("settled".into(), json!(e.settled()));
    m.insert(
        "resolution".into(),
        e.resolution().map_or(Value::Null, |r| {
            json!({"time": r.time, "verdict": r.verdict.as_str(), "summary": r.summary, "read": r.read})
        }),
    );
    m.insert("settleWith".into(), json!(settle_with(e, about)));
    Value::Object(m)
}

const NO_OUTCOME: &str = "unknown (no outcome recorded)";

/// One write on a terminal: a heading of the short fields, then each long one on a line of its
/// own. A table of eight columns, two of them sentences, leaves neither readable at 100
/// columns; the pipe still gets one tab-separated row per write.
fn card(out: &Printer, e: &Entry, about: &[Subject], more: &[(&str, String)]) -> Result<()> {
    let what = about::words(about);
    let head = [
        format::time(&Value::String(e.time().to_string()), true),
        e.id.clone(),
        e.operation().to_string(),
        what,
        format!("({})", e.profile()),
    ];
    let head: Vec<&str> = head
        .iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
    out.heading(&head.join("  "))?;
    for (label, text) in more {
        if !text.is_empty() {
            out.line(&format!("  {label:<12} {text}"))?;
        }
    }
    Ok(())
}

/// The outcome for a person: the answer, "unknown: ...", or for a write with no outcome
/// recorded whether its process is gone; and what `reconcile` found, if it looked.
fn outcome_words(e: &Entry) -> String {
    let mut s = match e.outcome() {
        Some(Recorded::Answered { code, msg, .. }) => {
            format!("code {code} {msg}").trim_end().to_string()
        }
        Some(Recorded::Unknown(why)) => format!("unknown: {why}"),
        Some(Recorded::NotSent(why)) => format!("not sent: {why}"),
        None => {
            let pid = e.sender().map(|(p, ..)| p.to_string()).unwrap_or_default();
            if e.resolution().is_some() || pid.is_empty() {
                NO_OUTCOME.to_string()
            } else if e.in_flight() {
                format!("in flight (process {pid} is still running)")
            } else {
                format!("{NO_OUTCOME}; process {pid} is no longer running")
            }
        }
    };
    if let Some(r) = e.resolution() {
        s.push_str(&format!("; reconciled: {}", r.summary));
    }
    s
}
