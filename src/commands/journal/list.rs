//! `pandapon journal [list] [--tail N] [--order ID]`: every write recorded, oldest first.

use std::path::Path;

use serde_json::Value;

use super::about::{self, Kind};
use super::{Ctx, card, entry_json, load, outcome_words};
use crate::cli::parse::parse_id;
use crate::error::Result;
use crate::journal::{Entry, Recorded};
use crate::output::{Printer, Table, View, format};

/// The columns piped (a terminal gets a card per write). New columns go last, so scripts that
/// cut the first six keep working.
pub const COLUMNS: &[&str] = &[
    "Time",
    "Profile",
    "Operation",
    "Request",
    "Outcome",
    "Request id",
    "About",
    "Id",
];

/// Also `pandapon journal`'s, which lists.
pub const EXAMPLES: &[&str] = &[
    "pandapon journal --tail 5",
    "pandapon journal --order 3305075341149010310 --header",
];

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::list(
    "On a terminal, one heading per write with its outcome below; piped, one row per write: \
    the time sent, profile, operation, method and path, outcome, request id, what it was about \
    (order, refund, cart ids), local id.",
    &[("", COLUMNS)],
    EXAMPLES,
))]
pub struct Args {
    /// Only the last N entries
    #[arg(long, value_name = "N", value_parser = parse_tail)]
    tail: Option<usize>,
    /// Only writes about this order (its id in the request's body, path or query)
    #[arg(long, value_name = "ORDER_ID", value_parser = parse_id)]
    order: Option<u64>,
}

fn parse_tail(s: &str) -> std::result::Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "\"{s}\" is not a number of entries: expected 1 or more"
        )),
    }
}

pub fn run(Args { tail, order }: Args, ctx: &Ctx) -> Result<()> {
    let path = &ctx.settings.journal_path;
    let order = order.map(|o| o.to_string());
    let mut rows: Vec<_> = load(ctx)?
        .into_iter()
        .map(|e| {
            let about = super::about(ctx, &e);
            (e, about)
        })
        .filter(|(_, about)| {
            order
                .as_deref()
                .is_none_or(|o| about::all(about, Kind::Order).contains(&o))
        })
        .collect();
    if let Some(n) = tail {
        let skip = rows.len().saturating_sub(n);
        rows.drain(..skip);
    }
    // `--json` prints each write whole, request body included; the table leaves bodies out.
    let all = Value::Array(rows.iter().map(|(e, a)| entry_json(e, a)).collect());
    ctx.printer.print(&View::new(&all, |out| {
        table(out, &rows, path, order.as_deref())
    }))
}

fn table(
    out: &Printer,
    rows: &[(Entry, Vec<about::Subject>)],
    path: &Path,
    order: Option<&str>,
) -> Result<()> {
    if rows.is_empty() {
        out.status(&match order {
            Some(o) => format!("No write about order {o} in {}.", path.display()),
            None => format!(
                "The journal is empty: no writes recorded in {}.",
                path.display()
            ),
        });
        return Ok(());
    }
    let terminal = out.stdout_terminal;
    if terminal {
        for (e, about) in rows {
            let request_id = request_id(e);
            card(
                out,
                e,
                about,
                &[("outcome", outcome_words(e)), ("request id", request_id)],
            )?;
        }
        out.status(&format!(
            "{} entr{} from {} (paths and request bodies: pandapon journal --json)",
            rows.len(),
            if rows.len() == 1 { "y" } else { "ies" },
            path.display()
        ));
        return Ok(());
    }
    let mut t = Table::new(COLUMNS);
    for (e, about) in rows {
        t.row(vec![
            format::time(&Value::String(e.time().to_string()), false),
            e.profile().to_string(),
            e.operation().to_string(),
            format!("{} {}", e.method(), e.path()),
            outcome_words(e),
            request_id(e),
            about::words(about),
            e.id.clone(),
        ]);
    }
    out.table(&t)
}

fn request_id(e: &Entry) -> String {
    match e.outcome() {
        Some(Recorded::Answered { request_id, .. }) => request_id.unwrap_or_default(),
        _ => String::new(),
    }
}
