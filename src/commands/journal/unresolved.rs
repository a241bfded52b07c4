//! `pandapon journal unresolved`: the writes whose outcome is unknown, newest first, each with
//! the read that would settle it. Sends nothing.

use serde_json::Value;

use super::{Ctx, about, entry_json, load, outcome_words, settle_with};
use crate::error::Result;
use crate::output::{Table, View, format};

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Columns (tab-separated when piped): time sent, local id, profile, \
operation, what it was about, outcome, the command that shows its effect."
)]
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
        let terminal = out.stdout_terminal;
        let mut t = Table::new(&[
            "Time",
            "Id",
            "Profile",
            "Operation",
            "About",
            "Outcome",
            "Settle with",
        ]);
        for (e, a) in &rows {
            t.row(vec![
                format::time(&Value::String(e.time().to_string()), terminal),
                e.id.clone(),
                e.profile().to_string(),
                e.operation().to_string(),
                super::about::words(a),
                outcome_words(e),
                settle_with(e, a).unwrap_or_else(|| "(no read shows it)".into()),
            ]);
        }
        out.table(&t)?;
        out.status(&format!(
            "{} write{} of unknown outcome. `pandapon journal reconcile` runs these reads and records what they show.",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        ));
        Ok(())
    }))
}
