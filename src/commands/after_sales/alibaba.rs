//! The after-sales verbs' 1688 side (docs/api.md#alibaba-after-sales). Only the detail has a
//! documented (v1) body; the others are sidebar entries, and their bodies use the detail's own
//! field names (`applyReasonId`, `applyPayment`, ...) and those of 1688's after-sales where it
//! has none (`disputeRequest`, `orderEntryIds`, `logisticsCompanyNo`, `freightBill`), each
//! marked [I] in docs/api.md. A refund is on an order (or some of its lines); its reason must be
//! one of the order's refund reasons, and pictures are uploaded first.

use serde_json::{Map, Value, json};

use super::return_ship;
use super::side::AfterSalesSide;
use super::submit::{Args as SubmitArgs, Prepared};
use super::{guided, reason_value};
use crate::api::types::alibaba::{Reason, reasons, refund_id, voucher_url};
use crate::api::types::{Order, pick, pick_text};
use crate::api::{Call, Client};
use crate::commands::image::image_file;
use crate::commands::order::platform_detail_call;
use crate::commands::{Ctx, gate, pandapon, print_fields, unexpected};
use crate::domain::refund::{ALIBABA_DISPUTES, REFUND_TYPES, alibaba_refund_words, meaning};
use crate::domain::{money, value};
use crate::error::{Error, Result};
use crate::output::format::{self, money};
use crate::prompt;

pub(super) struct Alibaba;

const GET: &str = "alibaba.refund.get";
const REASONS: &str = "alibaba.refund.reasons";
const UPLOAD: &str = "alibaba.refund.upload_voucher";
const CREATE: &str = "alibaba.refund.create";
const SUBMIT_INFO: &str = "alibaba.refund.submit_info";
pub(super) const COMPANIES: &str = "alibaba.refund.logistics_companies";

impl AfterSalesSide for Alibaba {
    /// `parse_refund_id` took letters and digits: 1688's `TQ…` ids, or numbers.
    fn check_id(&self, _: &str) -> Result<()> {
        Ok(())
    }

    /// The v1 body `{refundId}` (docs/api.md#alibaba-refund-get).
    fn show_call(&self, id: &str) -> Call {
        Call::new(GET).body(json!({ "refundId": id }))
    }

    fn draw_detail(&self, ctx: &Ctx, data: &Value, id: &str) -> Result<()> {
        draw_detail(ctx, data, id)
    }

    /// 1688's "buyer submits refund information": the return's company and waybill
    /// (docs/api.md#alibaba-refund-submit-info).
    fn return_ship_call(&self, a: &return_ship::Args) -> Result<Call> {
        for (flag, given) in [
            ("--company-name", a.company_name.is_some()),
            ("--phone", a.phone.is_some()),
        ] {
            if given {
                return Err(Error::usage(format!(
                    "{flag} is Taobao's; a 1688 return takes the company code (--company), the \
                     waybill (--tracking) and a --description"
                )));
            }
        }
        let mut b = json!({
            "refundId": a.refund_id,
            "logisticsCompanyNo": a.company,
            "freightBill": a.tracking,
        });
        if let Some(d) = &a.description {
            b["description"] = json!(d);
        }
        Ok(Call::new(SUBMIT_INFO).body(b))
    }
}

/// The reasons an order (or one of its lines) can be refunded for: `{orderId, orderEntryIds}`
/// (docs/api.md#alibaba-refund-reasons).
pub(super) fn reasons_call(order: u64, line: Option<u64>) -> Call {
    let mut b = json!({ "orderId": order });
    if let Some(l) = line {
        b["orderEntryIds"] = json!([l]);
    }
    Call::new(REASONS).body(b)
}

/// "refund only" or "return and refund" for a `disputeRequest`.
fn dispute_words(d: &str) -> String {
    ALIBABA_DISPUTES
        .iter()
        .find(|(_, name)| name.eq_ignore_ascii_case(d))
        .and_then(|(n, _)| meaning(&REFUND_TYPES, *n))
        .map_or_else(|| d.to_string(), str::to_string)
}

/// The request, made from the flags, the order's reasons and its amounts. Pictures are checked
/// (and a missing flag named) before anything is sent; with `--dry-run` nothing is read either.
pub(super) async fn prepare_submit(a: SubmitArgs, ctx: &Ctx) -> Result<Prepared> {
    let s = &ctx.settings;
    let cli = pandapon(ctx);
    if a.goods_status.is_some() {
        return Err(Error::usage(
            "--goods-status is Taobao's: 1688 tells from the order whether the goods arrived",
        ));
    }
    let guided = s.may_prompt();
    let mut missing = Vec::new();
    if a.order.is_none() {
        missing.push("--order");
    }
    if a.reason.is_none() && !guided {
        missing.push("--reason");
    }
    if s.dry_run && a.amount.is_none() {
        missing.push("--amount (with --dry-run the order's total is not read)");
    }
    if !missing.is_empty() {
        return Err(Error::usage(format!(
            "give {}; `{cli} after-sales reasons ORDER_ID` lists an order's refund reasons",
            missing.join(", ")
        )));
    }
    let order = a.order.expect("checked above");
    let refund_type = a.refund_type.unwrap_or(1);
    let dispute = ALIBABA_DISPUTES
        .iter()
        .find(|(n, _)| *n == refund_type)
        .map(|(_, d)| *d)
        .ok_or_else(|| {
            Error::usage(format!(
                "--type on 1688 is 1 (refund only) or 2 (return and refund), sent as disputeRequest \
                 refund or returnRefund; got {refund_type}"
            ))
        })?;
    let mut vouchers = Vec::with_capacity(a.vouchers.len());
    for f in &a.vouchers {
        vouchers.push((f.clone(), image_file(f).await?));
    }
    gate(ctx, "asking for a refund")?;
    let client = ctx.client()?;
    let (reason, max) = if s.dry_run {
        ctx.printer.status(
            "dry run: the order's refund reasons and amounts are not read either; the request is shown as given",
        );
        let given = a.reason.as_deref().unwrap_or_default();
        let r = Reason {
            id: reason_value(given),
            text: String::new(),
            needs_voucher: false,
        };
        (r, None)
    } else {
        let r = checked_reason(ctx, &client, order, &a, &vouchers).await?;
        (r, refundable(ctx, &client, order, a.sub_order).await?)
    };
    let in_bounds = |c: i64| -> std::result::Result<(), String> {
        match max {
            _ if c <= 0 => Err("the amount must be more than zero".into()),
            Some(m) if c > m => Err(format!(
                "{} is more than the goods cost: at most {}",
                money(c, "CNY"),
                money(m, "CNY")
            )),
            _ => Ok(()),
        }
    };
    let amount = match a.amount {
        Some(c) => {
            in_bounds(c).map_err(Error::usage)?;
            c
        }
        None if guided => guided::ask_amount(ctx, max, "CNY", in_bounds).await?,
        None => max.ok_or_else(|| {
            Error::usage("the order shows no amount to refund; give --amount in yuan")
        })?,
    };
    let description = match &a.description {
        Some(d) => d.clone(),
        None if guided => guided::ask_description().await?,
        None => String::new(),
    };
    let mut body = Map::new();
    body.insert("orderId".into(), json!(order));
    if let Some(l) = a.sub_order {
        body.insert("orderEntryIds".into(), json!([l]));
    }
    body.insert("disputeRequest".into(), json!(dispute));
    body.insert("applyReasonId".into(), reason.id.clone());
    body.insert("applyPayment".into(), json!(amount));
    if !description.is_empty() {
        body.insert("description".into(), json!(description));
    }
    let on = match a.sub_order {
        Some(l) => format!("line {l} of order {order}"),
        None => format!("order {order}"),
    };
    let why = if reason.text.is_empty() {
        String::new()
    } else {
        format!(" ({})", reason.text)
    };
    let pictures = match vouchers.len() {
        0 => String::new(),
        1 => ", with 1 picture".into(),
        n => format!(", with {n} pictures"),
    };
    Ok(Prepared {
        op: CREATE,
        body: Value::Object(body),
        question: format!(
            "Ask for {} back ({}) on {on}{why}{pictures}",
            money(amount, "CNY"),
            dispute_words(dispute)
        ),
        note: (a.amount.is_none() && !guided)
            .then(|| format!("Asking for {} (what the goods cost).", money(amount, "CNY"))),
        vouchers,
        done: Box::new(move |data| match refund_id(data) {
            Some(id) => format!(
                "Refund requested: after-sales {id}. Follow it with `{cli} after-sales show {id}`."
            ),
            None => format!("Refund requested for order {order}."),
        }),
    })
}

/// The reason given, when it is one of the order's; else picked from them on a terminal. A
/// reason that wants pictures without `--voucher` is refused here, before anything is sent.
async fn checked_reason(
    ctx: &Ctx,
    client: &Client<'_>,
    order: u64,
    a: &SubmitArgs,
    vouchers: &[(String, String)],
) -> Result<Reason> {
    let data = client.call(reasons_call(order, a.sub_order)).await?;
    let list = reasons(&data).map_err(unexpected)?;
    let listed = || {
        list.iter()
            .map(|r| format!("{} ({})", r.id_text(), r.text))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let reason = match &a.reason {
        Some(given) => list
            .iter()
            .find(|r| r.id_text() == given.trim())
            .cloned()
            .ok_or_else(|| {
                Error::usage(format!(
                    "reason {given} is not one of order {order}'s refund reasons{}; `{} after-sales reasons {order}` lists them",
                    if list.is_empty() {
                        " (it has none)".to_string()
                    } else {
                        format!(": {}", listed())
                    },
                    pandapon(ctx)
                ))
            })?,
        None if list.is_empty() => {
            return Err(Error::Refused(format!(
                "1688 lists no refund reasons for order {order}: it cannot have a refund now"
            )));
        }
        None => {
            let labels = list
                .iter()
                .map(|r| {
                    if r.needs_voucher {
                        format!("{} (needs pictures: --voucher)", r.text)
                    } else {
                        r.text.clone()
                    }
                })
                .collect();
            list[prompt::select("Reason".into(), labels).await?].clone()
        }
    };
    if reason.needs_voucher && vouchers.is_empty() {
        return Err(Error::usage(format!(
            "reason {} ({}) needs pictures of the problem: give them with --voucher FILE",
            reason.id_text(),
            reason.text
        )));
    }
    Ok(reason)
}

/// What the goods of the order (or of the line) cost: the most a refund can ask for, when the
/// detail says. Shipping is not part of it.
async fn refundable(
    ctx: &Ctx,
    client: &Client<'_>,
    order: u64,
    line: Option<u64>,
) -> Result<Option<i64>> {
    let data = client.call(platform_detail_call(ctx, order)).await?;
    let o = Order::from_value(&data, "data").map_err(unexpected)?;
    if let Some(l) = line {
        let found = o.lines.iter().find(|x| x.id == l.to_string());
        return match found {
            Some(x) => Ok(x.total),
            None => Err(Error::usage(format!(
                "{l} is not a line of order {order}; its lines: {}",
                o.lines
                    .iter()
                    .map(|x| x.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        };
    }
    let goods = o
        .lines
        .iter()
        .try_fold(0i64, |acc, x| acc.checked_add(x.total?));
    Ok(goods.filter(|_| !o.lines.is_empty()))
}

/// Each picture uploaded in turn, their URLs for the request's `vouchers`. A failed upload
/// stops here: nothing is created, and a picture uploaded already is harmless. A dry run
/// shows every upload, and the create with what the uploads would answer.
pub(super) async fn upload_vouchers(
    ctx: &Ctx,
    client: &Client<'_>,
    files: &[(String, String)],
) -> Result<Vec<String>> {
    let mut urls = Vec::new();
    for (file, b64) in files {
        let call = Call::new(UPLOAD).body(json!({ "imageBase64": b64 }));
        match client.call(call).await {
            Ok(data) => urls.push(voucher_url(&data).ok_or_else(|| {
                unexpected(format!(
                    "unexpected response: the upload of {file} answered no picture URL (docs/api.md#alibaba-refund-upload-voucher); nothing was created"
                ))
            })?),
            Err(Error::DryRun) => urls.push(format!("<the URL the upload of {file} answers>")),
            Err(e) => return Err(e),
        }
        if !ctx.printer.json && !ctx.settings.dry_run {
            ctx.printer.status(&format!("Uploaded {file}."));
        }
    }
    Ok(urls)
}

/// "After-sales TQ… · waiting for the seller to agree · ¥45.80 · 质量问题", then what else the
/// detail says (docs/api.md#alibaba-refund-get); an answer of another shape field by field.
fn draw_detail(ctx: &Ctx, data: &Value, id: &str) -> Result<()> {
    let out = &ctx.printer;
    if !data.is_object() {
        return Err(unexpected(format!(
            "unexpected response: data should be a 1688 after-sales detail (docs/api.md#alibaba-refund-get), got {}",
            value::plain(data).chars().take(40).collect::<String>()
        )));
    }
    let text = |keys: &[&str]| pick_text(data, keys);
    let cents = |key: &str| {
        pick(data, &[key])
            .and_then(money::money_value)
            .map(|(c, _)| c)
    };
    let status = text(&["status", "refundStatus"]);
    let words = alibaba_refund_words(&status).map_or(status.clone(), str::to_string);
    let shown_id = Some(text(&["refundId"])).filter(|s| !s.is_empty());
    let mut head = vec![format!("After-sales {}", shown_id.as_deref().unwrap_or(id))];
    let reason = text(&["applyReason"]);
    for part in [
        words,
        cents("applyPayment").map_or_else(String::new, |c| money(c, "CNY")),
        reason,
    ] {
        if !part.is_empty() {
            head.push(part);
        }
    }
    out.heading(&head.join(" · "))?;
    let known = ["orderId", "applyPayment", "status", "applyReason"]
        .iter()
        .any(|k| data.get(*k).is_some());
    if !known {
        return print_fields(ctx, data);
    }
    let mut facts = Vec::new();
    let order = text(&["orderId"]);
    if !order.is_empty() {
        let kind = text(&["disputeRequest"]);
        facts.push(if kind.is_empty() {
            format!("Order {order}")
        } else {
            format!("Order {order} · {}", dispute_words(&kind))
        });
    }
    if let Some(c) = cents("applyCarriage").filter(|c| *c > 0) {
        facts.push(format!("Shipping refund {}", money(c, "CNY")));
    }
    let desc = text(&["description", "remark"]);
    if !desc.is_empty() {
        facts.push(format!("Description: {desc}"));
    }
    if let Some(n) = data
        .get("vouchers")
        .and_then(Value::as_array)
        .map(Vec::len)
        .filter(|n| *n > 0)
    {
        facts.push(format!("Pictures: {n}"));
    }
    let company = text(&["buyerLogisticsName"]);
    let bill = text(&["freightBill"]);
    let returned = format!("{company} {bill}").trim().to_string();
    if !returned.is_empty() {
        facts.push(format!("Return sent: {returned}"));
    }
    let created = format::time(
        pick(data, &["createTime", "gmtCreate"]).unwrap_or(&Value::Null),
        out.stdout_terminal,
    );
    if !created.is_empty() {
        facts.push(format!("Requested {created}"));
    }
    for f in facts {
        out.line(&f)?;
    }
    let is_return = text(&["disputeRequest"]).eq_ignore_ascii_case("returnRefund");
    if is_return
        && matches!(status.as_str(), "waitselleragree" | "waitbuyersend")
        && bill.is_empty()
    {
        let shown = shown_id.as_deref().unwrap_or(id);
        out.status(&format!(
            "To send the goods back: `{} after-sales return-ship {shown} --company CODE --tracking NUMBER` (codes: `after-sales companies`)",
            pandapon(ctx)
        ));
    }
    Ok(())
}
