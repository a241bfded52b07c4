//! `pandapon inbox list [--pending] [--type T,...] [--since TIME]`.

use serde_json::Value;

use super::{InboxDir, load, state, view};
use crate::cli::parse::parse_since;
use crate::commands::Ctx;
use crate::error::Result;
use crate::messages::inbox::record_json;
use crate::output::{Printer, Table, View};

/// The table's columns, on a terminal and piped.
pub const COLUMNS: &[&str] = &[
    "ID", "Received", "Platform", "Type", "Order", "Refund", "State", "Summary",
];

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::list("", &[("", COLUMNS)], &[
    "pandapon inbox list --pending",
    "pandapon inbox list --type ORDER_PAY_SUCCESS --header",
]))]
pub struct Args {
    /// Only messages no app has accepted yet (a duplicate is never pending)
    #[arg(long)]
    pending: bool,
    /// Only these message types (comma-separated, any case)
    #[arg(long = "type", value_name = "TYPE", value_delimiter = ',')]
    types: Vec<String>,
    /// Only messages received at or after this time (2026-05-01, "2026-05-01 08:00" local time, or RFC 3339)
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    since: Option<i64>,
    #[command(flatten)]
    inbox: InboxDir,
}

pub fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let dir = a.inbox.path();
    let l = load(ctx, &dir)?;
    let since = a
        .since
        .and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok());
    let chosen: Vec<_> = l
        .records
        .iter()
        .filter(|r| !a.pending || l.is_pending(r))
        .filter(|r| {
            a.types.is_empty()
                || a.types
                    .iter()
                    .any(|t| t.trim().eq_ignore_ascii_case(&r.message_type))
        })
        .filter(|r| {
            since.is_none_or(|s| {
                r.received_at
                    .parse::<jiff::Timestamp>()
                    .is_ok_and(|t| t >= s)
            })
        })
        .collect();
    let data = Value::Array(
        chosen
            .iter()
            .map(|r| record_json(r, l.is_pending(r)))
            .collect(),
    );
    ctx.printer.print(&View::new(&data, |out: &Printer| {
        if chosen.is_empty() {
            let what = if a.pending {
                "pending messages"
            } else {
                "messages"
            };
            let filtered = if a.types.is_empty() && a.since.is_none() {
                ""
            } else {
                " that match"
            };
            out.status(&format!(
                "No {what}{filtered} in the inbox {}.",
                dir.display()
            ));
            return Ok(());
        }
        let mut t = Table::new(COLUMNS);
        for r in &chosen {
            let f = view::fields(r, out.stdout_terminal);
            t.row(vec![
                r.id.to_string(),
                f[0].clone(),
                f[1].clone(),
                f[2].clone(),
                f[3].clone(),
                f[4].clone(),
                state(&l, r),
                f[5].clone(),
            ]);
        }
        out.table(&t)?;
        if out.stdout_terminal {
            let pending = chosen.iter().filter(|r| l.is_pending(r)).count();
            out.status(&format!(
                "{} message{}, {pending} pending, in {} (one in full: pandapon inbox show ID)",
                chosen.len(),
                if chosen.len() == 1 { "" } else { "s" },
                dir.display()
            ));
        }
        Ok(())
    }))
}
