//! Pay, cancel and confirm receipt: many orders, one confirmation (after a table of the orders
//! as they stand, docs/api.md#taobao-order-pay), then every id with bounded concurrency, or
//! one request for all of them where the platform has one (1688's batch pay).

use serde_json::Value;

use super::side::side;
use super::total_text;
use crate::api::types::Order;
use crate::api::{Call, Client};
use crate::commands::batch::{self, Item, Tally};
use crate::commands::{Ctx, gate, unexpected, will_ask};
use crate::domain::status::OrderState;
use crate::error::{Error, Result};
use crate::output::Table;
use crate::output::format::money;
use crate::prompt;

/// One request for several orders, and what to say once about its answer.
pub(super) type Together = (fn(&[u64]) -> Call, fn(&[u64], &Value) -> Option<String>);

/// What a batch write sends, and how its answers read: the platform's part.
pub(super) struct Write<'a> {
    /// "pay", "cancel", "confirm receipt of": the question is "{Verb} 2 orders".
    pub verb: &'static str,
    /// The state an order must be in; on a terminal the others are left out.
    pub acts_on: OrderState,
    /// One order's request.
    pub call: &'a dyn Fn(u64) -> Call,
    /// One request for all the orders, when the platform has it (1688's batch pay), and what
    /// to say once about its answer.
    pub together: Option<Together>,
    /// One order's outcome from an answer: the line to show, or its refusal. `shared` says the
    /// answer is the one request's for several orders (`together`), not this order's own.
    pub done: &'a dyn Fn(u64, &Value, bool) -> Result<String>,
}

/// Whether the write can act on an order in this state. A status pandapon does not know is
/// left for the API to judge.
fn actionable(state: Option<OrderState>, acts_on: OrderState) -> bool {
    state.is_none_or(|s| s == acts_on)
}

/// "awaiting payment": the state as the reason an order is left out says it.
fn state_words(s: OrderState) -> &'static str {
    match s {
        OrderState::AwaitingPayment => "awaiting payment",
        OrderState::Shipped => "shipped and awaiting receipt",
        other => other.words(),
    }
}

/// On a terminal, before a batch write: the orders as they stand, the sum of the totals of
/// those it can act on, and the ones it cannot (with why), which are left out of the batch.
async fn show_before_asking(
    ctx: &Ctx,
    client: &Client<'_>,
    ids: &[u64],
    acts_on: OrderState,
) -> Result<(String, Vec<(u64, String, u8)>)> {
    let side = side(ctx);
    let mut t = Table::new(&["ID", "Status", "Items", "Total"])
        .align_right(&[3])
        .truncate(&[2]);
    let mut sums: Vec<(String, i64)> = Vec::new();
    let mut left_out: Vec<(u64, String, u8)> = Vec::new();
    batch::run(
        ctx,
        ids,
        |id| client.call(side.detail_call(id)),
        |id, r| {
            let row = match r.and_then(|d| Order::from_value(&d, "data").map_err(unexpected)) {
                Ok(o) => {
                    if !actionable(o.state, acts_on) {
                        // What the API answers for an order in the wrong state: an error code.
                        let not = state_words(acts_on);
                        left_out.push((id, format!("it is {}, not {not}", o.status), 1));
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

/// One confirmation for the batch, then every id with bounded concurrency, or all of them in
/// the platform's one request.
pub(super) async fn batch_write(ctx: &Ctx, ids: &[u64], w: Write<'_>) -> Result<()> {
    let mut v = w.verb.chars();
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
        let (total, left_out) = show_before_asking(ctx, &client, &ids, w.acts_on).await?;
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
    if let Some((together, summary)) = w.together.filter(|_| ids.len() > 1) {
        // One request: its failure is every order's, and the command's. Each id is still
        // reported (and listed by --json), as a batch of separate requests would be.
        let data = match client.call(together(&ids)).await {
            Ok(data) => data,
            Err(Error::DryRun) => return Ok(()),
            Err(Error::Interrupted) => {
                entries.extend(ids.iter().map(|&id| batch::json_interrupted(id, true)));
                in_given_order(&mut entries, given);
                tally.print_json(ctx, &entries)?;
                batch::say_interrupted(ctx, "Orders", &entries);
                return Err(Error::Interrupted);
            }
            Err(e) => {
                entries.extend(ids.iter().map(|&id| batch::json_error(id, &e)));
                in_given_order(&mut entries, given);
                tally.print_json(ctx, &entries)?;
                return Err(e);
            }
        };
        for &id in &ids {
            report(
                ctx,
                &mut tally,
                &mut entries,
                id,
                Ok(data.clone()),
                &w,
                true,
            )?;
        }
        if let Some(s) = summary(&ids, &data).filter(|_| !out.json) {
            out.status(&s);
        }
        in_given_order(&mut entries, given);
        tally.print_json(ctx, &entries)?;
        return tally.finish();
    }
    let unfinished = batch::run_watching(
        ctx,
        &ids,
        |id| client.call((w.call)(id)),
        |id, r| report(ctx, &mut tally, &mut entries, id, r, &w, false),
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

/// One order's answer: its line on a terminal, its entry for `--json`. An answer that does not
/// say the thing was done (a payment to finish at a URL, a `false`) is the order's failure,
/// and its entry keeps the answer (the URL) beside the error.
fn report(
    ctx: &Ctx,
    tally: &mut Tally,
    entries: &mut Vec<Value>,
    id: u64,
    r: Result<Value>,
    w: &Write<'_>,
    shared: bool,
) -> Result<()> {
    match tally.take(ctx, id, r)? {
        Item::Done(data) => match (w.done)(id, &data, shared) {
            Ok(line) => {
                if !ctx.printer.json {
                    ctx.printer.status(&line);
                }
                entries.push(batch::json_done(id, data));
            }
            Err(e) => {
                if let Item::Failed(mut entry) = tally.take(ctx, id, Err::<Value, _>(e))? {
                    entry["data"] = data;
                    entries.push(entry);
                }
            }
        },
        Item::Failed(e) => entries.push(e),
        Item::DryRun => {}
    }
    Ok(())
}
