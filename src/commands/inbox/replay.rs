//! `pandapon inbox replay [ID...|--pending] --to URL`: each message posted once more, as it
//! arrived, with the headers `listen --forward-to` sends. In inbox order; after a message of an
//! order is refused, that order's later ones are held back, so an app never sees a payment
//! before the creation it follows. Accepted ones stop being pending.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::{InboxDir, load};
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::messages::deliver::Sink;
use crate::messages::inbox::{self, Record};
use crate::output::{Printer, View};

#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["ids", "pending"])))]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon inbox replay --pending --to http://127.0.0.1:3000/pandapon",
    "pandapon inbox replay 1 --to http://127.0.0.1:3000/pandapon",
]))]
pub struct Args {
    /// The messages to post (ids from `inbox list`)
    #[arg(value_name = "ID")]
    ids: Vec<u64>,
    /// Every message no app has accepted yet
    #[arg(long, conflicts_with = "ids")]
    pending: bool,
    /// Where to post them (your app's endpoint)
    #[arg(long, value_name = "URL", value_parser = parse_url)]
    to: reqwest::Url,
    #[command(flatten)]
    inbox: InboxDir,
}

pub fn parse_url(s: &str) -> std::result::Result<reqwest::Url, String> {
    reqwest::Url::parse(s.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .ok_or_else(|| format!("\"{s}\" is not an http:// or https:// URL"))
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let dir = a.inbox.path();
    let l = load(ctx, &dir)?;
    let chosen: Vec<&Record> = if a.pending {
        l.pending().collect()
    } else {
        a.ids
            .iter()
            .map(|id| {
                l.find(*id).ok_or_else(|| {
                    Error::usage(format!(
                        "there is no message {id} in the inbox {}",
                        dir.display()
                    ))
                })
            })
            .collect::<Result<_>>()?
    };
    if chosen.is_empty() {
        ctx.printer
            .status("No pending messages: nothing to replay.");
        return ctx
            .printer
            .print(&View::new(&json!([]), |_: &Printer| Ok(())));
    }
    let sink = Sink::forward(a.to.clone()).map_err(Error::usage)?;
    let mut held: HashSet<String> = HashSet::new();
    let mut accepted = Vec::new();
    let mut results = Vec::new();
    let mut failed = 0;
    for r in &chosen {
        let outcome = match &r.order_id {
            Some(o) if held.contains(o) => Err(format!(
                "held back: an earlier message of order {o} was not accepted"
            )),
            _ => sink.deliver(r, 1).await,
        };
        match outcome {
            Ok(crate::messages::deliver::Accepted { status, .. }) => {
                accepted.push(inbox::delivery(r.id, &sink.name(), status, 1));
                ctx.printer.status(&format!(
                    "message {} ({}) accepted by {}: HTTP {}",
                    r.id,
                    r.message_type,
                    a.to,
                    status.unwrap_or_default()
                ));
                results.push(json!({"id": r.id, "accepted": true, "status": status}));
            }
            Err(why) => {
                failed += 1;
                if let Some(o) = &r.order_id {
                    held.insert(o.clone());
                }
                ctx.printer.error(&Error::Network {
                    msg: format!("message {}: {} {why}", r.id, a.to),
                    write: false,
                });
                results.push(json!({"id": r.id, "accepted": false, "error": why}));
            }
        }
    }
    inbox::append_deliveries(&dir, &accepted).map_err(|e| {
        Error::usage(format!(
            "the app accepted {} message(s) but the inbox {} could not record it: {e}",
            accepted.len(),
            dir.display()
        ))
    })?;
    ctx.printer
        .print(&View::new(&Value::Array(results), |_: &Printer| Ok(())))?;
    if failed > 0 {
        return Err(Error::Batch {
            failed,
            skipped: 0,
            total: chosen.len(),
            noun: "message",
            exit: 5,
        });
    }
    Ok(())
}
