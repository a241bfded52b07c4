//! `after-sales submit`: ask for a refund. On Taobao (docs/api.md#taobao-refund-submit) checked
//! against the render first, what the flags leave out asked for on a terminal (`guided`); on
//! 1688 (docs/api.md#alibaba-refund-create) checked against the order's refund reasons, with
//! pictures uploaded first (`alibaba.rs`). Each platform prepares the request; it is confirmed,
//! sent and reported here the same way.

use serde_json::{Value, json};

use super::alibaba;
use super::render::{RENDER, check_amount, find_reason, render_body};
use super::{
    DRY_RUN_UNCHECKED, SUBMIT_KIND_HELP, guided, parse_goods_status, parse_refund_type,
    reason_value,
};
use crate::api::Call;
use crate::api::types::{Rendered, pick_text};
use crate::cli::parse::{parse_id, parse_yuan};
use crate::commands::{Ctx, gate, unexpected, will_ask};
use crate::domain::Platform;
use crate::domain::refund::{GOODS_STATUSES, REFUND_TYPES};
use crate::domain::value;
use crate::error::{Error, Result};
use crate::output::Done;
use crate::output::format::money;
use crate::prompt;

const SUBMIT: &str = "taobao.refund.submit";

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples(SUBMIT_KIND_HELP, &[
    "pandapon after-sales submit --sub-order 3305075341149006186 --type 1 --goods-status 1 --reason 4001 --amount 50",
    "pandapon after-sales submit     # on a terminal: pick the order, line, reason",
]))]
pub struct Args {
    /// The order [1688; there a refund is on an order, or on some of its lines]
    #[arg(long, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order: Option<u64>,
    /// The sub-order (order line) id [on 1688 optional: the line to refund, else the whole order]
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub sub_order: Option<u64>,
    /// The API's refundType number
    #[arg(long = "type", value_name = "N", value_parser = parse_refund_type)]
    pub refund_type: Option<i64>,
    /// The API's goodsStatus number
    #[arg(long, value_name = "N", value_parser = parse_goods_status)]
    pub goods_status: Option<i64>,
    /// The reason id, from `after-sales render` (on 1688: from `after-sales reasons`)
    #[arg(long, value_name = "REASON_ID")]
    pub reason: Option<String>,
    /// The amount in yuan, at most the maximum the render allows (on 1688: what the goods cost)
    /// [default: that maximum]
    #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
    pub amount: Option<i64>,
    /// What is wrong, for the seller
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// A picture of what is wrong, uploaded before the request: a JPEG, PNG, GIF or WebP file of
    /// at most 5 MiB (repeatable) [1688]
    #[arg(long = "voucher", value_name = "FILE")]
    pub vouchers: Vec<String>,
}

/// What a submit sends, prepared by the platform; confirmed, sent and reported by `run`.
pub(super) struct Prepared {
    pub op: &'static str,
    pub body: Value,
    /// The question on a terminal: "Ask for a refund of ¥45.80 on ...".
    pub question: String,
    /// Said instead when nobody is asked: what was chosen for the person (the default amount).
    pub note: Option<String>,
    /// Pictures (file, base64) to upload first; their URLs go in the body's `vouchers`.
    pub vouchers: Vec<(String, String)>,
    /// The line that reports the answer.
    pub done: Box<dyn Fn(&Value) -> String>,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let p = match ctx.settings.platform.value {
        Platform::Taobao => prepare(a, ctx).await?,
        Platform::Alibaba1688 => alibaba::prepare_submit(a, ctx).await?,
    };
    let s = &ctx.settings;
    if will_ask(ctx) {
        prompt::confirm_write(s, &p.question).await?;
    } else if let Some(note) = p.note.as_deref().filter(|_| !ctx.printer.json) {
        // Said before the request (and its dry run) goes: not part of the answer.
        ctx.printer.status(note);
    }
    let client = ctx.client()?;
    let mut body = p.body;
    if !p.vouchers.is_empty() {
        body["vouchers"] = json!(alibaba::upload_vouchers(ctx, &client, &p.vouchers).await?);
    }
    let data = client.call(Call::new(p.op).body(body)).await?;
    ctx.printer.print(&Done(&data, (p.done)(&data)))
}

/// With nobody to ask, every choice is a flag: all that are missing are named at once.
fn check_flags(a: &Args, dry_run: bool) -> Result<()> {
    let mut missing = Vec::new();
    if a.sub_order.is_none() {
        missing.push("--sub-order");
    }
    if a.refund_type.is_none() {
        missing.push("--type");
    }
    if a.goods_status.is_none() {
        missing.push("--goods-status");
    }
    if a.reason.is_none() {
        missing.push("--reason");
    }
    if dry_run && a.amount.is_none() {
        missing.push("--amount (with --dry-run the maximum cannot be asked for)");
    }
    if !missing.is_empty() {
        return Err(Error::usage(format!(
            "give {}; `pandapon after-sales render --sub-order ID --type N --goods-status N` lists the reasons and the maximum",
            missing.join(", ")
        )));
    }
    Ok(())
}

/// Taobao: the render bounds the amount and lists the reasons.
async fn prepare(a: Args, ctx: &Ctx) -> Result<Prepared> {
    let s = &ctx.settings;
    let guided = s.may_prompt();
    for (flag, given) in [
        ("--order", a.order.is_some()),
        ("--voucher", !a.vouchers.is_empty()),
    ] {
        if given {
            return Err(Error::usage(format!(
                "{flag} is 1688's; a Taobao request names its --sub-order (and takes pictures \
                 in `after-sales message --image`)"
            )));
        }
    }
    if !guided {
        check_flags(&a, s.dry_run)?;
    }
    gate(ctx, "asking for a refund")?;
    let (sub_order, order_id) = match a.sub_order {
        Some(v) => (v, None),
        None => guided::ask_sub_order(ctx).await?,
    };
    let refund_type = match a.refund_type {
        Some(v) => v,
        None => guided::ask_kind(ctx, "Refund type", "refundType", &REFUND_TYPES).await?,
    };
    let goods_status = match a.goods_status {
        Some(v) => v,
        None => guided::ask_kind(ctx, "Goods status", "goodsStatus", &GOODS_STATUSES).await?,
    };
    let client = ctx.client()?;
    // The render bounds the amount and knows the reasons. --dry-run sends nothing, the render
    // included, so there the flags are taken as given.
    let rendered = if s.dry_run {
        None
    } else {
        let data = client
            .call(Call::new(RENDER).body(render_body(sub_order, refund_type, goods_status)))
            .await?;
        Some(Rendered::from_data(&data).map_err(unexpected)?)
    };
    if let Some(r) = &rendered
        && guided
    {
        guided::show_render(&ctx.printer, sub_order, order_id, a.sub_order.is_some(), r)?;
    }
    if s.dry_run {
        ctx.printer.status(DRY_RUN_UNCHECKED);
    }
    let cur = rendered
        .as_ref()
        .map_or("CNY".to_string(), |r| r.currency.clone());

    let reason = match (&a.reason, &rendered) {
        (Some(given), Some(r)) if !r.reasons.is_empty() => {
            find_reason(r, given, &format!("sub-order {sub_order}"))?
        }
        (Some(given), _) => (reason_value(given), String::new()),
        (None, r) => guided::ask_reason(r.as_ref()).await?,
    };

    let max = rendered.as_ref().and_then(|r| r.max);
    let in_bounds = |c: i64| -> std::result::Result<(), String> {
        match &rendered {
            Some(r) => check_amount(r, c),
            None if c <= 0 => Err("the amount must be more than zero".into()),
            None => Ok(()),
        }
    };
    let amount = match a.amount {
        Some(c) => {
            in_bounds(c).map_err(Error::usage)?;
            c
        }
        None if guided => guided::ask_amount(ctx, max, &cur, in_bounds).await?,
        None => max.ok_or_else(|| {
            Error::usage("the render gives no maximum amount; give --amount in yuan")
        })?,
    };
    let description = match &a.description {
        Some(d) => d.clone(),
        None if guided => guided::ask_description().await?,
        None => String::new(),
    };

    let mut body = json!({
        "subOrderId": sub_order.to_string(),
        "refundType": refund_type,
        "goodsStatus": goods_status,
        "reasonId": reason.0,
        "refundFee": amount,
    });
    if !description.is_empty() {
        body["refundDesc"] = json!(description);
    }
    let why = if reason.1.is_empty() {
        String::new()
    } else {
        format!(" ({})", reason.1)
    };
    Ok(Prepared {
        op: SUBMIT,
        body,
        question: format!(
            "Ask for a refund of {} on sub-order {sub_order}{why}",
            money(amount, &cur)
        ),
        note: (a.amount.is_none() && !guided).then(|| {
            format!(
                "Asking for {} (the maximum the render allows).",
                money(amount, &cur)
            )
        }),
        vouchers: Vec::new(),
        done: Box::new(move |data| requested(data, sub_order)),
    })
}

/// The new id is read from `refundId`, `refundOrder.refundId` or a bare `data` value.
fn requested(data: &Value, sub_order: u64) -> String {
    let id = match data {
        Value::Object(_) => pick_text(data, &["refundId", "refundOrder.refundId"]),
        Value::String(_) | Value::Number(_) => value::id_text(data).unwrap_or_default(),
        _ => String::new(),
    };
    if id.is_empty() {
        format!("Refund requested for sub-order {sub_order}.")
    } else {
        format!(
            "Refund requested: after-sales {id}. Follow it with `pandapon after-sales show {id}`."
        )
    }
}
