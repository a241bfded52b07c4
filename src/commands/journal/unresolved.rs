//! `pandapon journal unresolved`: the writes whose outcome is unknown, newest first, each with
//! the read that would settle it. Sends nothing.

use serde_json::Value;

use super::about::Subject;
use super::{Ctx, about, card, entry_json, load, outcome_words, settle_with};
use crate::error::Result;
use crate::journal::Entry;
use crate::output::{Printer, Table, View, format};

/// The columns piped (a terminal gets a card per write).
pub const COLUMNS: &[&str] = &[
    "Time",
    "Id",
    "Profile",
    "Operation",
    "About",
    "Outcome",
    "Settle with",
];

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::list(
    "Piped, one row per write: the time sent, local id, profile, operation, what it was about, \
    outcome, the command that shows its effect.",
    &[("", COLUMNS)],
    &["pandapon journal unresolved", "pandapon journal unresolved --header | cut -f2,7"],
))]
pub struct Args {}

pub fn run(_: Args, ctx: &Ctx) -> Result<()> {
    let mut rows: Vec<_> = load(ctx)?
        .into_iter()
        .filter(|e| !e.settled())
        .map(|e| {
            let about = about(ctx, &e);
            (e, about)
        })
        .collect();
    rows.reverse();
    let all = Value::Array(rows.iter().map(|(e, a)| entry_json(e, a)).collect());
    ctx.printer.print(&View::new(&all, |out| {
        if rows.is_empty() {
            out.status(&format!(
                "No writes of unknown outcome in {}.",
                ctx.settings.journal_path.display()
            ));
            return Ok(());
        }
        if out.stdout_terminal {
            for (e, a) in &rows {
                let read = settle_with(e, a).unwrap_or_else(|| "(no read shows it)".into());
                card(out, e, a, &[("outcome", outcome_words(e)), ("settle with", read)])?;
            }
        } else {
            table(out, &rows)?;
        }
        out.status(&format!(
            "{} write{} of unknown outcome. `pandapon journal reconcile` runs these reads and records what they show.",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        ));
        Ok(())
    }))
}

fn table(out: &Printer, rows: &[(Entry, Vec<Subject>)]) -> Result<()> {
    let mut t = Table::new(COLUMNS);
    for (e, a) in rows {
        t.row(vec![
            format::time(&Value::String(e.time().to_string()), false),
            e.id.clone(),
            e.profile().to_string(),
            e.operation().to_string(),
            super::about::words(a),
            outcome_words(e),
            settle_with(e, a).unwrap_or_else(|| "(no read shows it)".into()),
        ]);
    }
    out.table(&t)
}
