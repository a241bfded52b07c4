//! Pay and cancel: many orders, one confirmation (after a table of the orders as they stand,
//! docs/api.md#taobao-order-pay), then every id with bounded concurrency.

use serde_json::Value;

use super::{detail_call, total_text};
use crate::api::types::Order;
use crate::api::{Call, Client};
use crate::commands::batch::{self, Item, Tally};
use crate::commands::{Ctx, gate, unexpected, will_ask};
use crate::domain::status::OrderState;
use crate::error::{Error, Result};
use crate::output::Table;
use crate::output::format::money;
use crate::prompt;

/// Whether a pay or cancel can act on an order in this state. A status pandapon does not
/// know is left for the API to judge.
fn actionable(state: Option<OrderState>) -> bool {
    state.is_none_or(|s| s == OrderState::AwaitingPayment)
}

/// On a terminal, before a batch write: the orders as they stand, the sum of the totals of
/// those it can act on, and the ones it cannot (with why), which are left out of the batch.
async fn show_before_asking(
    ctx: &Ctx,
    client: &Client<'_>,
    ids: &[u64],
) -> Result<(String, Vec<(u64, String, u8)>)> {
    let mut t = Table::new(&["ID", "Status", "Items", "Total"]).align_right(&[3]);
    let mut sums: Vec<(String, i64)> = Vec::new();
    let mut left_out: Vec<(u64, String, u8)> = Vec::new();
    batch::run(
        ctx,
        ids,
        |id| client.call(detail_call(id)),
        |id, r| {
            let row = match r.and_then(|d| Order::from_value(&d, "data").map_err(unexpected)) {
                Ok(o) => {
                    if !actionable(o.state) {
                        // What the API answers for an order in the wrong state: an error code.
                        left_out.push((id, format!("it is {}, not awaiting payment", o.status), 1));
                    } else if let Some((c, cur)) = &o.total {
                        match sums.iter_mut().find(|(k, _)| k == cur) {
                            Some((_, s)) => *s += c,
                            None => sums.push((cur.clone(), *c)),
                        }
                    }
                    vec![
                        id.to_string(),
                        o.status.clone(),
                        o.items_summary(),
                        total_text(&o),
                    ]
                }
                Err(e @ (Error::Interrupted | Error::BrokenPipe)) => return Err(e),
                Err(e) => {
                    left_out.push((id, format!("it could not be loaded ({e})"), e.exit_code()));
                    vec![
                        id.to_string(),
                        format!("(could not load: {e})"),
                        String::new(),
                        String::new(),
                    ]
                }
            };
            t.row(row);
            Ok(())
        },
    )
    .await?;
    ctx.printer.table(&t)?;
    let total = sums
        .iter()
        .map(|(cur, c)| money(*c, cur))
        .collect::<Vec<_>>()
        .join(" + ");
    Ok((total, left_out))
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// Skipped entries are made before the others are sent: the array is put back in the order
/// the ids were given.
fn in_given_order(entries: &mut [Value], given: &[u64]) {
    entries.sort_by_key(|e| {
        given
            .iter()
            .position(|id| e["id"].as_str() == Some(id.to_string().as_str()))
    });
}

/// Pay and cancel: one confirmation for the batch, then every id with bounded concurrency.
pub(super) async fn batch_write(
    ctx: &Ctx,
    ids: &[u64],
    verb: &str,
    op: &'static str,
    body: impl Fn(u64) -> Value,
    done: impl Fn(u64, &Value) -> std::result::Result<String, String>,
) -> Result<()> {
    let mut v = verb.chars();
    let verb_cap: String = v
        .next()
        .map(|c| c.to_uppercase().chain(v).collect())
        .unwrap_or_default();
    gate(ctx, &format!("{verb_cap} {}", plural(ids.len(), "order")))?;
    let client = ctx.client()?;
    let out = &ctx.printer;
    let mut tally = Tally::new("order", ids.len());
    let mut entries = Vec::new();
    let given = ids;
    let mut ids = ids.to_vec();
    if will_ask(ctx) {
        let (total, left_out) = show_before_asking(ctx, &client, &ids).await?;
        // Only what can be acted on is asked about and sent; the rest is reported as not sent.
        for (id, why, exit) in left_out {
            ids.retain(|i| *i != id);
            let e = Error::NotSent {
                why: format!("skipped: {why}; nothing was sent for it"),
                exit,
            };
            if let Item::Failed(entry) = tally.take(ctx, id, Err::<Value, _>(e))? {
                entries.push(entry);
            }
        }
        if ids.is_empty() {
            in_given_order(&mut entries, given);
            tally.print_json(ctx, &entries)?;
            return tally.finish();
        }
        let total = if total.is_empty() {
            String::new()
        } else {
            format!(" (total {total})")
        };
        let what = plural(ids.len(), "order");
        prompt::confirm_write(&ctx.settings, &format!("{verb_cap} {what}{total}")).await?;
    }
    let unfinished = batch::run_watching(
        ctx,
        &ids,
        |id| client.call(Call::new(op).body(body(id))),
        |id, r| {
            match tally.take(ctx, id, r)? {
                Item::Done(data) => match done(id, &data) {
                    Ok(msg) => {
                        if !out.json {
                            out.status(&msg);
                        }
                        entries.push(batch::json_done(id, data));
                    }
                    // Answered, but not done: a failure that keeps the answer (a payUrl) for
                    // --json.
                    Err(why) => {
                        let e = Err::<Value, _>(Error::Unconfirmed(why));
                        if let Item::Failed(mut entry) = tally.take(ctx, id, e)? {
                            entry["data"] = data;
                            entries.push(entry);
                        }
                    }
                },
                Item::Failed(e) => entries.push(e),
                Item::DryRun => {}
            }
            Ok(())
        },
    )
    .await?;
    // Interrupted: what was done, what failed, what is unknown and what was never sent, said
    // (and printed as JSON) before the command ends with 130.
    if let Some(u) = &unfinished {
        entries.extend(
            u.in_flight
                .iter()
                .map(|&id| batch::json_interrupted(id, true)),
        );
        entries.extend(
            u.not_started
                .iter()
                .map(|&id| batch::json_interrupted(id, false)),
        );
    }
    in_given_order(&mut entries, given);
    tally.print_json(ctx, &entries)?;
    if unfinished.is_some() {
        batch::say_interrupted(ctx, "Orders", &entries);
        return Err(Error::Interrupted);
    }
    tally.finish()
}
