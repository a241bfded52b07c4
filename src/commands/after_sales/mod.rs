//! `pandapon after-sales ...`: Taobao reverse orders (refunds, returns).
//!
//! Documented: the v1 list body, the v2 render body and response, the v2 detail, the v1
//! cancel and the v1 message body (docs/api.md#taobao-after-sales). Submit, modify, the message list and
//! the return-logistics pair are sidebar entries only; their bodies use the field names of the
//! documented `refundOrder` template (`reasonId`, `refundFee`, `refundDesc`, `goodsStatus`,
//! `refundType`) and of the documented `logistics` object (`logisticsCompanyCode`,
//! `logisticsNo`, `buyerPhone`, `returnGoodsDesc`). Ids are sent as strings, as the documented
//! bodies type them. Amounts (`refundFee`, `minRefundFee`) are integer cents, as every
//! integer amount PandaPon documents is.

use crate::cli::args::Paging;
use crate::cli::parse::{parse_id, parse_phone, parse_since, parse_text, parse_until, parse_yuan};
use clap::{Args, Subcommand};

use serde_json::{Value, json};

use super::image::image_value;
use super::order::{detail_call, recent_orders};
use super::{
    Ctx, check_period, checked_id, checked_row, fetch_page, gate, next_page_hint, none_found,
    past_the_end, print_fields, unexpected, walk, will_ask,
};
use crate::api::types::{Order, pick, pick_text};
use crate::api::{Call, Client};
use crate::domain::refund::{GOODS_STATUSES, REFUND_TYPES};
use crate::domain::status::OrderState;
use crate::domain::{money, status, value};
use crate::error::{Error, Result};
use crate::output::Table;
use crate::output::format::{self, money};
use crate::prompt;

const LIST: &str = "taobao.refund.list";
const RENDER: &str = "taobao.refund.render";
const SUBMIT: &str = "taobao.refund.submit";
const MODIFY: &str = "taobao.refund.modify";
const CANCEL: &str = "taobao.refund.cancel";
const GET: &str = "taobao.refund.get";
const MESSAGE: &str = "taobao.refund.message_submit";
const MESSAGES: &str = "taobao.refund.message_list";
const RETURN_RENDER: &str = "taobao.refund.return_logistics_render";
const RETURN_SUBMIT: &str = "taobao.refund.return_logistics_submit";

/// `--all` asks for pages this large: the most the after-sales list allows (1..=100 in the
/// sandbox; the messages list there clamps to the same), so a walk takes few requests.
const WALK_PAGE_SIZE: u32 = 100;

pub async fn run(cmd: AfterSalesCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        AfterSalesCommand::List(a) => list(ctx, a).await,
        AfterSalesCommand::Show { refund_id } => show(ctx, refund_id).await,
        AfterSalesCommand::Render(a) => render(ctx, a).await,
        AfterSalesCommand::Submit(a) => submit(ctx, a).await,
        AfterSalesCommand::Modify {
            refund_id,
            reason,
            amount,
            description,
            goods_status,
        } => modify(ctx, refund_id, reason, amount, description, goods_status).await,
        AfterSalesCommand::Cancel { refund_id } => cancel(ctx, refund_id).await,
        AfterSalesCommand::Message {
            refund_id,
            text,
            image,
        } => message(ctx, refund_id, text, image).await,
        AfterSalesCommand::Messages { refund_id, paging } => messages(ctx, refund_id, paging).await,
        AfterSalesCommand::ReturnLogistics { refund_id } => return_logistics(ctx, refund_id).await,
        AfterSalesCommand::ReturnShip {
            refund_id,
            company,
            company_name,
            tracking,
            phone,
            description,
        } => {
            let mut b = json!({
                "refundId": refund_id.to_string(),
                "logisticsCompanyCode": company,
                "logisticsNo": tracking,
            });
            if let Some(n) = company_name {
                b["logisticsCompanyName"] = json!(n);
            }
            if let Some(p) = phone {
                b["buyerPhone"] = json!(p);
            }
            if let Some(d) = description {
                b["returnGoodsDesc"] = json!(d);
            }
            return_ship(ctx, refund_id, b).await
        }
    }
}

/// The documented v1 list body: `pageNo`, `pageSize` and optional filters, times in ms.
fn list_body(a: &RefundListArgs, page_no: u32, size: u32) -> Value {
    let mut b = json!({"pageNo": page_no, "pageSize": size});
    if let Some(v) = a.refund_id {
        b["refundId"] = json!(v.to_string());
    }
    if let Some(v) = a.order {
        b["purchaseOrderId"] = json!(v.to_string());
    }
    if let Some(v) = a.sales_order {
        b["salesOrderId"] = json!(v.to_string());
    }
    if let Some(v) = a.status {
        b["refundStatus"] = json!(v);
    }
    if let Some(v) = a.since {
        b["refundStartTime"] = json!(v);
    }
    if let Some(v) = a.until {
        b["refundEndTime"] = json!(v);
    }
    b
}

async fn list(ctx: &Ctx, a: RefundListArgs) -> Result<()> {
    check_period(a.since, a.until, "after-sales order")?;
    let client = ctx.client()?;
    let out = &ctx.printer;
    let what = "a list of after-sales orders";
    if a.paging.all {
        let size = WALK_PAGE_SIZE;
        let all = walk(&client, size, what, |n| {
            Call::new(LIST).body(list_body(&a, n, size))
        })
        .await?;
        if out.json {
            return out.json(&all);
        }
        return print_list(ctx, &all, &a);
    }
    let call = Call::new(LIST).body(list_body(&a, a.paging.page, a.paging.page_size));
    if out.json {
        return out.json(&client.call(call).await?);
    }
    let p = fetch_page(&client, call, what).await?;
    if p.elements.is_empty()
        && past_the_end(
            ctx,
            p.total_pages,
            p.total_records,
            a.paging.page,
            "after-sales orders",
        )
    {
        return Ok(());
    }
    print_list(ctx, &p.elements, &a)?;
    next_page_hint(ctx, &p, a.paging.page, "after-sales orders");
    Ok(())
}

/// A field of a reverse order, flat or inside the documented aggregate.
fn refund_field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    let nested = [
        key.to_string(),
        format!("refundOrder.{key}"),
        format!("refundOrderAggregate.refundOrder.{key}"),
        format!("purchaseOrderLine.{key}"),
        format!("refundOrderAggregate.purchaseOrderLine.{key}"),
    ];
    let refs: Vec<&str> = nested.iter().map(String::as_str).collect();
    pick(v, &refs)
}

fn refund_text(v: &Value, key: &str) -> String {
    refund_field(v, key).map(value::plain).unwrap_or_default()
}

fn currency(v: &Value) -> String {
    let c = pick_text(v, &["currency", "purchaseOrderLine.currency"]);
    if c.is_empty() { "CNY".into() } else { c }
}

fn fee(v: &Value, key: &str, cur: &str) -> String {
    refund_field(v, key)
        .and_then(money::money_value)
        .map(|(c, own)| money(c, own.as_deref().unwrap_or(cur)))
        .unwrap_or_default()
}

fn print_list(ctx: &Ctx, elements: &[Value], a: &RefundListArgs) -> Result<()> {
    if elements.is_empty() {
        let text = |v: Option<u64>| v.map(|n| n.to_string());
        let time = |t: Option<i64>| t.map(|ms| format::time(&json!(ms), false));
        ctx.printer.status(&none_found(
            "after-sales orders",
            &[
                ("--refund-id", text(a.refund_id)),
                ("--order", text(a.order)),
                ("--sales-order", text(a.sales_order)),
                ("--status", a.status.map(|n| n.to_string())),
                ("--since", time(a.since)),
                ("--until", time(a.until)),
            ],
        ));
        return Ok(());
    }
    let terminal = ctx.printer.stdout_terminal;
    let mut t = Table::new(&[
        "Refund ID",
        "Status",
        "Order",
        "Item",
        "Amount",
        "Reason",
        "Created",
    ])
    .align_right(&[4]);
    for (i, e) in elements.iter().enumerate() {
        let cur = currency(e);
        let path = format!("data[{i}]");
        let amount = match refund_field(e, "refundFee") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(t)) if t.trim().is_empty() => String::new(),
            Some(v) => money::money_value(v)
                .map(|(c, own)| money(c, own.as_deref().unwrap_or(&cur)))
                .ok_or_else(|| {
                    unexpected(format!(
                        "unexpected response: {path}.refundFee should be an amount in cents, got {v}"
                    ))
                })?,
        };
        t.row(vec![
            checked_id(
                refund_field(e, "refundId"),
                &format!("{path}.refundId"),
                "an after-sales id",
            )?,
            refund_field(e, "refundStatus")
                .map(status_words)
                .unwrap_or_default(),
            refund_text(e, "purchaseOrderId"),
            refund_text(e, "itemTitle"),
            amount,
            refund_text(e, "reasonDesc"),
            refund_field(e, "createTime")
                .map(|v| format::time(v, terminal))
                .unwrap_or_default(),
        ]);
    }
    ctx.printer.table(&t)
}

/// "an object with totalRealPayPrice, confirmOrders", for an error about a response's shape.
fn keys_of(v: &Value) -> String {
    match v {
        Value::Object(o) if !o.is_empty() => format!(
            "an object with {}",
            o.keys().take(6).cloned().collect::<Vec<_>>().join(", ")
        ),
        other => other.to_string().chars().take(40).collect(),
    }
}

async fn show(ctx: &Ctx, id: u64) -> Result<()> {
    let client = ctx.client()?;
    let data = client.call(Call::new(GET).query("refundId", id)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    match detail_view(
        &data,
        id,
        ctx.settings.sandbox.is_some(),
        ctx.printer.stdout_terminal,
    ) {
        Some((head, lines)) => {
            ctx.printer.heading(&head)?;
            for l in lines {
                ctx.printer.line(&l)?;
            }
            Ok(())
        }
        // Not the documented detail, yet an after-sales record: what can be read, then every
        // field. Without even a refundId it is something else, and is not shown as one.
        None if refund_field(&data, "refundId").is_none() => Err(unexpected(format!(
            "unexpected response: data should be an after-sales detail (refundOrderAggregate.refundOrder, docs/api.md#taobao-refund-get), got {}",
            keys_of(&data)
        ))),
        None => {
            ctx.printer
                .heading(&heading(&data, id, None, &currency(&data)))?;
            print_fields(ctx, &data)
        }
    }
}

/// The words for the after-sales statuses Taobao names (the sandbox's too); other names as
/// `status::words` reads them; a number (PandaPon does not say what they mean) as it is.
fn status_words(v: &Value) -> String {
    let known = match v.as_str().map(|s| s.trim().to_ascii_uppercase()).as_deref() {
        Some("WAIT_SELLER_AGREE") => "waiting for the seller to agree",
        Some("WAIT_BUYER_RETURN_GOODS") => "waiting for you to send the goods back",
        Some("WAIT_SELLER_CONFIRM_GOODS") => "waiting for the seller to confirm receipt",
        Some("SELLER_REFUSE_BUYER") => "refused by the seller",
        Some("CLOSED") => "closed",
        Some("SUCCESS") => "refunded",
        _ => "",
    };
    if known.is_empty() {
        status::words(v)
    } else {
        known.to_string()
    }
}

/// "After-sales 110000235001 · waiting for the seller to agree · ¥159.00 · 商品质量问题".
/// `reason` overrides the reason read from the flat or nested fields.
fn heading(data: &Value, id: u64, reason: Option<String>, cur: &str) -> String {
    let status = refund_field(data, "refundStatus").map(|s| match s {
        Value::String(_) => status_words(s),
        other => format!("refundStatus {}", status::words(other)),
    });
    let reason = reason.unwrap_or_else(|| refund_text(data, "reasonDesc"));
    let mut head = vec![format!("After-sales {id}")];
    for part in [
        status.unwrap_or_default(),
        fee(data, "refundFee", cur),
        reason,
    ] {
        if !part.is_empty() {
            head.push(part);
        }
    }
    head.join(" · ")
}

/// "return and refund (refundType 2)" in the sandbox, "refundType 2" elsewhere.
fn kind_text(v: &Value, field: &str, meanings: &[(i64, &str)], sandbox: bool) -> String {
    let raw = value::plain(v);
    let word = value::int(v)
        .and_then(|n| meanings.iter().find(|(k, _)| *k == n))
        .filter(|_| sandbox);
    match word {
        Some((_, w)) => format!("{w} ({field} {raw})"),
        None => format!("{field} {raw}"),
    }
}

/// The labels of the detail view line up; a longer one (an unknown field's path) is followed
/// by one space.
const LABEL_WIDTH: usize = 16;

/// The fields of a response as they are read: each read (or knowingly left out) is recorded,
/// so that what is left can still be shown.
struct Reader<'a> {
    data: &'a Value,
    used: Vec<String>,
    lines: Vec<String>,
}

fn join_path(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_string()
    } else {
        format!("{base}.{key}")
    }
}

impl<'a> Reader<'a> {
    /// The first of `keys` (dotted paths under `base`, a dotted path from the root) that is
    /// there and not null.
    fn take(&mut self, base: &str, keys: &[&str]) -> Option<&'a Value> {
        let data = self.data;
        let obj = if base.is_empty() {
            data
        } else {
            pick(data, &[base])?
        };
        keys.iter().find_map(|k| {
            let v = pick(obj, &[k])?;
            self.used.push(join_path(base, k));
            Some(v)
        })
    }

    /// `take` for a value that must be read to be shown (a number, an amount): one that does
    /// not read stays unread, and is shown with the rest as it came.
    fn take_as<T>(
        &mut self,
        base: &str,
        keys: &[&str],
        read: impl Fn(&Value) -> Option<T>,
    ) -> Option<T> {
        let n = self.used.len();
        let v = self.take(base, keys).and_then(&read);
        if v.is_none() {
            self.used.truncate(n);
        }
        v
    }

    fn text(&mut self, base: &str, keys: &[&str]) -> String {
        self.take(base, keys).map(value::plain).unwrap_or_default()
    }

    /// Fields known and deliberately not shown (they repeat what is shown, or say nothing to
    /// a person).
    fn skip(&mut self, base: &str, keys: &[&str]) {
        for k in keys {
            self.used.push(join_path(base, k));
        }
    }

    fn label(&mut self, label: &str, value: String) {
        if !value.is_empty() {
            self.lines.push(labelled(label, &value));
        }
    }

    /// Every scalar not read, by its path: nothing the API sends is hidden (but empty text).
    fn rest(&self) -> Vec<String> {
        format::flatten(self.data)
            .into_iter()
            .filter(|(path, _)| {
                !self.used.iter().any(|u| {
                    path == u
                        || path
                            .strip_prefix(u.as_str())
                            .is_some_and(|r| r.starts_with(['.', '[']))
                })
            })
            .filter(|(_, v)| !v.is_empty())
            .map(|(path, v)| labelled(&path, &v))
            .collect()
    }
}

fn labelled(label: &str, value: &str) -> String {
    format!("{:<LABEL_WIDTH$} {value}", format!("{label}:"))
}

/// The documented v2 detail (docs/api.md#taobao-refund-get: `refundOrderAggregate{refundOrder,
/// purchaseOrderLine, logistics}`) as a heading and labelled lines; None for another shape.
fn detail_view(
    data: &Value,
    id: u64,
    sandbox: bool,
    terminal: bool,
) -> Option<(String, Vec<String>)> {
    let agg = if data
        .get("refundOrderAggregate")
        .is_some_and(Value::is_object)
    {
        "refundOrderAggregate"
    } else {
        ""
    };
    let order = join_path(agg, "refundOrder");
    let line = join_path(agg, "purchaseOrderLine");
    let logistics = join_path(agg, "logistics");
    pick(data, &[&order]).filter(|v| v.is_object())?;
    let mut r = Reader {
        data,
        used: Vec::new(),
        lines: Vec::new(),
    };
    let cur = {
        let c = r.text("", &["currency"]);
        let l = r.text(&line, &["currency"]);
        [c, l]
            .into_iter()
            .find(|c| !c.is_empty())
            .unwrap_or_else(|| "CNY".into())
    };
    let amount = |v: &Value| {
        money::money_value(v).map(|(c, own)| (c, money(c, own.as_deref().unwrap_or(&cur))))
    };

    // The heading: id, status, amount, reason.
    if pick(data, &[&join_path(&order, "refundId")]).map(value::plain) == Some(id.to_string()) {
        r.skip(&order, &["refundId"]);
    }
    r.take(&order, &["refundStatus"]);
    r.take_as(&order, &["refundFee"], money::money_value);
    let reason = match r.text(&order, &["reasonDesc"]) {
        d if !d.is_empty() => d,
        _ => r
            .take(&order, &["reasonId"])
            .map(|v| format!("reason {}", value::plain(v)))
            .unwrap_or_default(),
    };
    r.skip(&order, &["reasonId"]);
    r.skip("", &["distributorId"]);
    let head = heading(data, id, Some(reason), &cur);

    // The request.
    if let Some(v) = r.take(&order, &["refundType"]) {
        r.label("Type", kind_text(v, "refundType", &REFUND_TYPES, sandbox));
    }
    if let Some(v) = r.take(&order, &["goodsStatus"]) {
        r.label(
            "Goods status",
            kind_text(v, "goodsStatus", &GOODS_STATUSES, sandbox),
        );
    }
    let desc = r.text(&order, &["refundDesc"]);
    r.label("Description", desc);
    if let Some(v) = r.take(&order, &["createTime", "gmtCreate"]) {
        r.label("Created", format::time(v, terminal));
    }
    let refused = [
        r.text(&order, &["sellerRefuseReason"]),
        r.text(&order, &["sellerRefuseReasonDescribe"]),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" — ");
    r.label("Seller refused", refused);
    if let Some(v) = r.take(&order, &["timeoutDate"]) {
        r.label("Timeout", format::time(v, terminal));
    }
    r.skip(&order, &["canEditFee"]);

    // The order line.
    let title = r.text(&line, &["itemTitle", "title"]);
    let item = r.text(&line, &["itemId"]);
    let sku = r.text(&line, &["skuId"]);
    let ids = [("item", item), ("sku", sku)]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(" ");
    r.label("Item", if title.is_empty() { ids } else { title });
    if let Some(v) = r.take(&line, &["properties", "skuProperties"]) {
        r.label("Properties", value::properties(v));
    }
    let qty = r.take_as(&line, &["quantity"], value::int);
    let price = r.take_as(&line, &["price"], amount);
    let goods = qty
        .zip(price.as_ref())
        .and_then(|(q, p)| q.checked_mul(p.0));
    let total = r.take_as(&line, &["totalPrice"], amount);
    let mut bought = match (qty, &price) {
        (Some(q), Some(p)) => format!("{q} × {}", p.1),
        (Some(q), None) => q.to_string(),
        (None, Some(p)) => format!("{} each", p.1),
        (None, None) => String::new(),
    };
    if let Some((c, text)) = &total
        && goods != Some(*c)
    {
        bought = if bought.is_empty() {
            text.clone()
        } else {
            format!("{bought} = {text}")
        };
    }
    let goods = goods.or(total.as_ref().map(|t| t.0));
    // productFee repeats quantity × price when the line has them; said once, else on its own.
    let product_fee = r.take_as(&line, &["productFee"], amount);

    if let Some(v) = pick(data, &[&join_path(&line, "postFee")])
        && let Some((c, text)) = amount(v)
    {
        r.skip(&line, &["postFee"]);
        if c != 0 {
            bought = format!("{bought} + {text} shipping")
                .trim_start_matches(" + ")
                .to_string();
        }
    }
    r.label("Quantity", bought);
    if let Some((c, text)) = product_fee
        && goods != Some(c)
    {
        r.label("Goods", text);
    }
    let sub = r.text(&line, &["purchaseOrderLineId", "subOrderId"]);
    if pick(data, &[&join_path(&line, "subOrderId")]).map(value::plain) == Some(sub.clone()) {
        r.skip(&line, &["subOrderId"]);
    }
    let mut order_id = r.text(&line, &["purchaseOrderId"]);
    let pay_order = pick(data, &[&join_path(&order, "payOrderId")]).map(value::plain);
    if order_id.is_empty() || pay_order.as_deref() == Some(order_id.as_str()) {
        if let Some(p) = pay_order
            && order_id.is_empty()
        {
            order_id = p;
        }
        r.skip(&order, &["payOrderId"]);
    }
    let mut where_ = match (sub.is_empty(), order_id.is_empty()) {
        (false, false) => format!("{sub} of order {order_id}"),
        (false, true) => sub,
        (true, false) => format!("a line of order {order_id}"),
        (true, true) => String::new(),
    };
    // The line's status is said beside the line; with no line to name, it stays with the rest.
    let line_status = if where_.is_empty() {
        None
    } else {
        r.take(&line, &["status"]).map(status::words)
    };
    if let Some(st) = line_status.filter(|s| !s.is_empty()) {
        where_ = format!("{where_} (order {st})");
    }
    r.label("Sub-order", where_);
    let sales_order = r.text(&line, &["salesOrderId"]);
    r.label("Taobao order", sales_order);
    r.skip(&line, &["createTime", "itemPic", "itemImageUrl"]);

    // The return: how the goods went back, and where to.
    let company = r.text(
        &logistics,
        &[
            "logisticsCompany.logisticsCompanyName",
            "logisticsCompanyName",
        ],
    );
    let code = r.text(
        &logistics,
        &[
            "logisticsCompany.logisticsCompanyCode",
            "logisticsCompany.logisticCompanyCode",
            "logisticsCompanyCode",
        ],
    );
    let number = r.text(&logistics, &["logisticsNo"]);
    let company = match (company.is_empty(), code.is_empty()) {
        (false, false) => format!("{company} ({code})"),
        (true, _) => code,
        (false, true) => company,
    };
    r.label(
        "Return shipment",
        format!("{company} {number}").trim().to_string(),
    );
    let phone = r.text(&logistics, &["buyerPhone"]);
    r.label("Sender phone", phone);
    let note = r.text(&logistics, &["returnGoodsDesc"]);
    r.label("Return note", note);
    let seller_note = r.text(&logistics, &["sellerAgreeReturnDescribe"]);
    r.label("Seller's note", seller_note);
    let to_base = join_path(&logistics, "receiverAddress");
    let to = match pick(data, &[&to_base]) {
        Some(Value::Object(_)) => {
            let parts = ["receiver", "phone", "detailAddress"].map(|k| r.text(&to_base, &[k]));
            value::join_nonempty(parts.iter().map(String::as_str))
        }
        Some(_) => r.text(&logistics, &["receiverAddress"]),
        None => String::new(),
    };
    r.label("Return address", to);

    let rest = r.rest();
    r.lines.extend(rest);
    Some((head, r.lines))
}

fn render_body(sub_order: u64, refund_type: i64, goods_status: i64) -> Value {
    json!({"subOrderId": sub_order.to_string(), "refundType": refund_type, "goodsStatus": goods_status})
}

/// What the documented render response offers (docs/api.md#taobao-refund-render, RefundRenderVO).
struct Rendered {
    reasons: Vec<(Value, String, String)>,
    /// Cents.
    max: Option<i64>,
    min: Option<i64>,
    fee_tips: String,
    currency: String,
    allowed: Option<bool>,
    /// The order the line belongs to (`refundOrder.payOrderId`), when the render names it.
    order: Option<String>,
}

impl Rendered {
    fn from_data(data: &Value) -> Result<Rendered> {
        let tpl = data
            .get("refundOrderTemplate")
            .filter(|t| t.is_object())
            .unwrap_or(data);
        // A render that only says it cannot go on (saleFlag false) is still a render.
        if tpl.get("refundReasons").is_none()
            && tpl.get("maxRefundFee").is_none()
            && data.get("saleFlag").is_none()
        {
            return Err(unexpected(format!(
                "unexpected response: data should hold refundOrderTemplate (refundReasons, maxRefundFee), got {}",
                keys_of(data)
            )));
        }
        let mut reasons = Vec::new();
        match tpl.get("refundReasons") {
            None | Some(Value::Null) => {}
            Some(Value::Array(a)) => {
                for r in a {
                    let id = r.get("reasonId").cloned().unwrap_or(Value::Null);
                    if id.is_null() {
                        continue;
                    }
                    reasons.push((id, pick_text(r, &["reasonDesc"]), pick_text(r, &["tips"])));
                }
            }
            Some(other) => {
                return Err(unexpected(format!(
                    "unexpected response: data.refundOrderTemplate.refundReasons should be a list, got {other}"
                )));
            }
        }
        let max_fee = tpl.get("maxRefundFee");
        let cents = |k: &str| -> Result<Option<i64>> {
            match max_fee.and_then(|m| m.get(k)).filter(|v| !v.is_null()) {
                None => Ok(None),
                Some(v) => money::money_value(v).map(|m| Some(m.0)).ok_or_else(|| {
                    unexpected(format!(
                        "unexpected response: data.refundOrderTemplate.maxRefundFee.{k} should be an amount in cents, got {v}"
                    ))
                }),
            }
        };
        Ok(Rendered {
            reasons,
            max: cents("refundFee")?,
            min: cents("minRefundFee")?,
            fee_tips: max_fee
                .map(|m| pick_text(m, &["feeTips"]))
                .unwrap_or_default(),
            currency: currency(data),
            allowed: data.get("saleFlag").and_then(Value::as_bool),
            order: pick(tpl, &["refundOrder.payOrderId"]).and_then(value::id_text),
        })
    }

    fn reason_text(id: &Value) -> String {
        value::plain(id)
    }

    /// The offered reason `given` names (its id, its words), or the reasons that are offered.
    fn find_reason(&self, given: &str, what: &str) -> Result<(Value, String)> {
        match self
            .reasons
            .iter()
            .find(|(id, _, _)| Self::reason_text(id) == given.trim())
        {
            Some((id, desc, _)) => Ok((id.clone(), desc.clone())),
            None => {
                let known: Vec<String> = self
                    .reasons
                    .iter()
                    .map(|(id, d, _)| format!("{} ({d})", Self::reason_text(id)))
                    .collect();
                Err(Error::usage(format!(
                    "reason {given} is not offered for {what}; the reasons: {}",
                    known.join(", ")
                )))
            }
        }
    }

    /// An amount in cents within the render's bounds, or why not.
    fn check_amount(&self, c: i64) -> std::result::Result<(), String> {
        let cur = &self.currency;
        if c <= 0 {
            return Err("the amount must be more than zero".into());
        }
        if let Some(m) = self.max
            && c > m
        {
            return Err(format!(
                "{} is more than the maximum refundable {}",
                money(c, cur),
                money(m, cur)
            ));
        }
        if let Some(m) = self.min
            && c < m
        {
            return Err(format!(
                "{} is less than the minimum {}",
                money(c, cur),
                money(m, cur)
            ));
        }
        Ok(())
    }
}

async fn render(ctx: &Ctx, a: RefundRenderArgs) -> Result<()> {
    let client = ctx.client()?;
    let data = client
        .call(Call::new(RENDER).body(render_body(a.sub_order, a.refund_type, a.goods_status)))
        .await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    let r = Rendered::from_data(&data)?;
    print_rendered(ctx, a.sub_order, &r)
}

fn print_rendered(ctx: &Ctx, sub_order: u64, r: &Rendered) -> Result<()> {
    let out = &ctx.printer;
    let mut head = format!("Sub-order {sub_order}");
    if let Some(max) = r.max {
        head.push_str(&format!(" · refund up to {}", money(max, &r.currency)));
        if let Some(min) = r.min.filter(|&m| m > 0) {
            head.push_str(&format!(" (at least {})", money(min, &r.currency)));
        }
    }
    out.heading(&head)?;
    if tips_add_something(&r.fee_tips, r.max, &r.currency) {
        out.line(&r.fee_tips)?;
    }
    if r.allowed == Some(false) {
        out.warn("the API says this sub-order cannot have after-sales now (saleFlag false)");
    }
    if r.reasons.is_empty() {
        out.status("The render lists no reasons.");
        return Ok(());
    }
    // No reason has tips: no empty column.
    let with_tips = r.reasons.iter().any(|(_, _, tips)| !tips.trim().is_empty());
    let mut t = if with_tips {
        Table::new(&["Reason ID", "Reason", "Tips"])
    } else {
        Table::new(&["Reason ID", "Reason"])
    };
    for (id, desc, tips) in &r.reasons {
        let mut row = vec![Rendered::reason_text(id), desc.clone()];
        if with_tips {
            row.push(tips.clone());
        }
        t.row(row);
    }
    out.table(&t)
}

/// Whether the render's `feeTips` says more than the maximum the heading already shows:
/// "最多可退¥89.00" (up to ¥89.00) does not; anything else, or tips without a maximum, does.
fn tips_add_something(tips: &str, max: Option<i64>, currency: &str) -> bool {
    let squeezed: String = tips.chars().filter(|c| !c.is_whitespace()).collect();
    if squeezed.is_empty() {
        return false;
    }
    let Some(m) = max else {
        return true;
    };
    let sign = if m < 0 { "-" } else { "" };
    let plain = format!(
        "{sign}{}.{:02}",
        m.unsigned_abs() / 100,
        m.unsigned_abs() % 100
    );
    let amounts = [
        money(m, currency),
        format!("¥{plain}"),
        format!("￥{plain}"),
        format!("{plain}元"),
        plain.clone(),
    ];
    let prefixes = [
        "最多可退",
        "最多可退款",
        "最高可退",
        "最高可退款",
        "可退",
        "可退款",
    ];
    !prefixes
        .iter()
        .any(|p| amounts.iter().any(|a| squeezed == format!("{p}{a}")))
}

/// A reason id typed by a person: as a JSON number when it is one (ids stay exact), else
/// a string.
fn reason_value(s: &str) -> Value {
    let t = s.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        serde_json::from_str(t).unwrap_or_else(|_| json!(t))
    } else {
        json!(t)
    }
}

async fn ask_number(ctx: &Ctx, label: &str) -> Result<i64> {
    loop {
        let v = prompt::input(label.to_string(), None, true).await?;
        match v.parse::<i64>() {
            Ok(n) => return Ok(n),
            Err(_) => ctx.printer.warn(&format!("\"{v}\" is not a whole number")),
        }
    }
}

async fn ask_id(ctx: &Ctx, label: &str) -> Result<u64> {
    loop {
        let v = prompt::input(label.to_string(), None, true).await?;
        match parse_id(&v) {
            Ok(id) => return Ok(id),
            Err(e) => ctx.printer.warn(&e),
        }
    }
}

/// Guided: the order, picked from the newest ones that can have after-sales, or typed.
async fn ask_order(ctx: &Ctx) -> Result<u64> {
    const TYPED: &str = "Order id (its lines are offered next)";
    // A list that cannot be read only means the id is typed.
    let recent: Vec<(u64, String)> = match recent_orders(&ctx.client()?).await {
        Ok(orders) => orders
            .iter()
            .filter(|o| !o.state.is_some_and(OrderState::nothing_paid))
            .filter_map(|o| {
                let id = parse_id(&o.id).ok()?;
                let total = o
                    .total
                    .as_ref()
                    .map(|(c, cur)| format!(" · {}", money(*c, cur)))
                    .unwrap_or_default();
                Some((
                    id,
                    format!("{id}  {} · {}{total}", o.status, o.items_summary()),
                ))
            })
            .collect(),
        Err(Error::Interrupted) => return Err(Error::Interrupted),
        Err(_) => Vec::new(),
    };
    if recent.is_empty() {
        return ask_id(ctx, TYPED).await;
    }
    let mut labels: Vec<String> = recent.iter().map(|(_, l)| l.clone()).collect();
    labels.push("Another order: type its id".into());
    let i = prompt::select("Which order?".into(), labels).await?;
    match recent.get(i) {
        Some((id, _)) => Ok(*id),
        None => ask_id(ctx, TYPED).await,
    }
}

/// Guided: a person knows the order, rarely the line's id, so the line is picked from the
/// order's lines. When the order cannot be read, the sub-order id is typed instead.
async fn ask_sub_order(ctx: &Ctx) -> Result<(u64, Option<u64>)> {
    let order_id = ask_order(ctx).await?;
    let order = match ctx.client()?.call(detail_call(order_id)).await {
        Ok(data) => Order::from_value(&data, "data").map_err(unexpected),
        Err(e) => Err(e),
    };
    let order = order
        .inspect_err(|e| {
            ctx.printer
                .warn(&format!("could not read order {order_id}: {e}"))
        })
        .ok();
    // Nothing was paid, so nothing can be refunded: say so before asking anything more.
    if let Some(o) = &order
        && o.state.is_some_and(OrderState::nothing_paid)
    {
        // Exit 1: what the API answers a request for such an order.
        return Err(Error::NotSent {
            why: format!(
                "order {order_id} is {}: there is nothing to refund. Nothing was sent.",
                o.status
            ),
            exit: 1,
        });
    }
    let lines: Vec<(u64, String)> = order
        .iter()
        .flat_map(|o| {
            o.lines.iter().filter_map(|l| {
                let id = parse_id(&l.id).ok()?;
                let mut label = format!("{id}  {}", l.title);
                if !l.properties.is_empty() {
                    label.push_str(&format!(" ({})", l.properties));
                }
                if let (Some(q), Some(p)) = (l.quantity, l.price) {
                    label.push_str(&format!("  {q} × {}", money(p, o.currency())));
                }
                Some((id, label))
            })
        })
        .collect();
    match lines.as_slice() {
        [] => {
            match order.as_ref().map(|o| o.lines.first()) {
                None => {}
                Some(None) => ctx
                    .printer
                    .warn(&format!("order {order_id} shows no lines")),
                Some(Some(l)) => ctx.printer.warn(&format!(
                    "the lines of order {order_id} have no numeric id to pick (one reads \"{}\")",
                    l.id
                )),
            }
            let sub = ask_id(ctx, "Sub-order (order line) id").await?;
            Ok((sub, order.is_some().then_some(order_id)))
        }
        [(id, label)] => {
            ctx.printer.status(&format!("Sub-order {label}"));
            Ok((*id, Some(order_id)))
        }
        _ => {
            let labels = lines.iter().map(|(_, l)| l.clone()).collect();
            let i = prompt::select("Which line?".into(), labels).await?;
            Ok((lines[i].0, Some(order_id)))
        }
    }
}

/// refundType and goodsStatus: PandaPon does not document their values, so only the sandbox
/// (whose meanings are its own) offers a pick; against the real API the number is typed.
async fn ask_kind(ctx: &Ctx, label: &str, field: &str, sandbox: &[(i64, &str)]) -> Result<i64> {
    if ctx.settings.sandbox.is_none() {
        return ask_number(ctx, &format!("{label} (the API's {field} number)")).await;
    }
    let items = sandbox
        .iter()
        .map(|(n, w)| format!("{w} ({field} {n})"))
        .collect();
    let i = prompt::select(label.to_string(), items).await?;
    Ok(sandbox[i].0)
}

async fn submit(ctx: &Ctx, a: RefundSubmitArgs) -> Result<()> {
    let s = &ctx.settings;
    let guided = s.may_prompt();
    if !guided {
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
        if s.dry_run && a.amount.is_none() {
            missing.push("--amount (with --dry-run the maximum cannot be asked for)");
        }
        if !missing.is_empty() {
            return Err(Error::usage(format!(
                "give {}; `pandapon after-sales render --sub-order ID --type N --goods-status N` lists the reasons and the maximum",
                missing.join(", ")
            )));
        }
    }
    gate(ctx, "asking for a refund")?;
    let (sub_order, order_id) = match a.sub_order {
        Some(v) => (v, None),
        None => ask_sub_order(ctx).await?,
    };
    let refund_type = match a.refund_type {
        Some(v) => v,
        None => ask_kind(ctx, "Refund type", "refundType", &REFUND_TYPES).await?,
    };
    let goods_status = match a.goods_status {
        Some(v) => v,
        None => ask_kind(ctx, "Goods status", "goodsStatus", &GOODS_STATUSES).await?,
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
        Some(Rendered::from_data(&data)?)
    };
    if let Some(r) = &rendered
        && guided
    {
        print_rendered(ctx, sub_order, r)?;
        // A person who picked the line is not walked through a request the render already
        // says will be refused (exit 1, as the API's refusal would be). With --sub-order
        // given, the API decides, on a terminal as in a script.
        if r.allowed == Some(false) && a.sub_order.is_none() {
            let order = order_id.map(|o| o.to_string()).or(r.order.clone());
            let find = format!(
                "`pandapon after-sales list --order {}`",
                order.as_deref().unwrap_or("ORDER_ID")
            );
            return Err(Error::NotSent {
                why: format!(
                    "sub-order {sub_order} cannot have an after-sales request now (the render's saleFlag is false), \
                     usually because one is already open for it: find it with {find} and change it with \
                     `pandapon after-sales modify REFUND_ID`. Nothing was sent."
                ),
                exit: 1,
            });
        }
    }
    if s.dry_run {
        ctx.printer.status(DRY_RUN_UNCHECKED);
    }
    let cur = rendered
        .as_ref()
        .map_or("CNY".to_string(), |r| r.currency.clone());

    let reason = match (&a.reason, &rendered) {
        (Some(given), Some(r)) if !r.reasons.is_empty() => {
            r.find_reason(given, &format!("sub-order {sub_order}"))?
        }
        (Some(given), _) => (reason_value(given), String::new()),
        (None, Some(r)) if !r.reasons.is_empty() => {
            let labels = r
                .reasons
                .iter()
                .map(|(_, d, tips)| {
                    if tips.is_empty() {
                        d.clone()
                    } else {
                        format!("{d} — {tips}")
                    }
                })
                .collect();
            let i = prompt::select("Reason".into(), labels).await?;
            (r.reasons[i].0.clone(), r.reasons[i].1.clone())
        }
        (None, _) => {
            let v = prompt::input("Reason id".into(), None, true).await?;
            (reason_value(&v), String::new())
        }
    };

    let max = rendered.as_ref().and_then(|r| r.max);
    let in_bounds = |c: i64| -> std::result::Result<(), String> {
        match &rendered {
            Some(r) => r.check_amount(c),
            None if c <= 0 => Err("the amount must be more than zero".into()),
            None => Ok(()),
        }
    };
    let amount = match a.amount {
        Some(c) => {
            in_bounds(c).map_err(Error::usage)?;
            c
        }
        None if guided => loop {
            let v = match max {
                Some(m) => {
                    let label = format!("Amount in yuan (at most {})", money(m, &cur));
                    prompt::input_default(label, format!("{}.{:02}", m / 100, m % 100)).await?
                }
                None => prompt::input("Amount in yuan".into(), None, true).await?,
            };
            match parse_yuan(&v).and_then(|c| in_bounds(c).map(|_| c)) {
                Ok(c) => break c,
                Err(e) => ctx.printer.warn(&e),
            }
        },
        None => max.ok_or_else(|| {
            Error::usage("the render gives no maximum amount; give --amount in yuan")
        })?,
    };
    let description = match &a.description {
        Some(d) => d.clone(),
        None if guided => prompt::input("Description for the seller".into(), None, false).await?,
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
    if will_ask(ctx) {
        let why = if reason.1.is_empty() {
            String::new()
        } else {
            format!(" ({})", reason.1)
        };
        prompt::confirm_write(
            s,
            &format!(
                "Ask for a refund of {} on sub-order {sub_order}{why}",
                money(amount, &cur)
            ),
        )
        .await?;
    } else if a.amount.is_none() && !ctx.printer.json {
        ctx.printer.status(&format!(
            "Asking for {} (the maximum the render allows).",
            money(amount, &cur)
        ));
    }
    let data = client.call(Call::new(SUBMIT).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    let id = match &data {
        Value::Object(_) => pick_text(&data, &["refundId", "refundOrder.refundId"]),
        Value::String(_) | Value::Number(_) => value::id_text(&data).unwrap_or_default(),
        _ => String::new(),
    };
    if id.is_empty() {
        ctx.printer
            .status(&format!("Refund requested for sub-order {sub_order}."));
    } else {
        ctx.printer.status(&format!(
            "Refund requested: after-sales {id}. Follow it with `pandapon after-sales show {id}`."
        ));
    }
    Ok(())
}

/// A dry run sends nothing, the render that checks a submit or a change included.
const DRY_RUN_UNCHECKED: &str = "dry run: the render that checks the reason and bounds the \
amount is not sent either; the request is shown as given";

async fn modify(
    ctx: &Ctx,
    id: u64,
    reason: Option<String>,
    amount: Option<i64>,
    description: Option<String>,
    goods_status: Option<i64>,
) -> Result<()> {
    if reason.is_none() && amount.is_none() && description.is_none() && goods_status.is_none() {
        return Err(Error::usage(
            "nothing to change: give --reason, --amount, --description or --goods-status",
        ));
    }
    if amount.is_some_and(|c| c <= 0) {
        return Err(Error::usage("the amount must be more than zero"));
    }
    let mut body = json!({"refundId": id.to_string()});
    if let Some(r) = &reason {
        body["reasonId"] = reason_value(r);
    }
    if let Some(c) = amount {
        body["refundFee"] = json!(c);
    }
    if let Some(d) = &description {
        body["refundDesc"] = json!(d);
    }
    if let Some(g) = goods_status {
        body["goodsStatus"] = json!(g);
    }
    // What the person is asked about: the change, and what it changes from when known.
    let describe = |checked: &Checked| {
        let mut changes = Vec::new();
        if let Some(r) = &reason {
            changes.push(match &checked.reason_words {
                Some(w) => format!("reason {r} ({w})"),
                None => format!("reason {r}"),
            });
        }
        if let Some(c) = amount {
            let cur = &checked.currency;
            changes.push(match checked.old_amount {
                Some(was) => format!("amount {} → {}", money(was, cur), money(c, cur)),
                None => format!("amount {}", money(c, cur)),
            });
        }
        if let Some(d) = &description {
            changes.push(format!("description \"{d}\""));
        }
        if let Some(g) = goods_status {
            changes.push(format!("goods status {g}"));
        }
        format!("Change after-sales {id}: {}", changes.join(", "))
    };
    let mut checked = Checked::default();
    gate(ctx, &describe(&checked))?;
    let client = ctx.client()?;
    if amount.is_some() || reason.is_some() {
        if ctx.settings.dry_run {
            ctx.printer.status(DRY_RUN_UNCHECKED);
        } else {
            checked = check_change(ctx, &client, id, &reason, amount, goods_status).await?;
        }
    }
    prompt::confirm_write(&ctx.settings, &describe(&checked)).await?;
    let data = client.call(Call::new(MODIFY).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    ctx.printer.status(&format!("After-sales {id} changed."));
    Ok(())
}

/// What checking a change learnt: the amount it replaces and the reason's words.
struct Checked {
    old_amount: Option<i64>,
    reason_words: Option<String>,
    currency: String,
}

impl Default for Checked {
    fn default() -> Self {
        Checked {
            old_amount: None,
            reason_words: None,
            currency: "CNY".into(),
        }
    }
}

/// A new amount or reason is checked as submit checks it, against the render of the
/// request's own line: one out of bounds, or not offered, is refused here (exit 2) with its
/// bounds in yuan. The check is advisory: when the detail or the render cannot be read,
/// that is said and the API decides.
async fn check_change(
    ctx: &Ctx,
    client: &Client<'_>,
    id: u64,
    reason: &Option<String>,
    amount: Option<i64>,
    goods_status: Option<i64>,
) -> Result<Checked> {
    let read = async {
        let detail = client.call(Call::new(GET).query("refundId", id)).await?;
        let Some((sub, refund_type, old_goods)) = request_kind(&detail) else {
            return Ok(None);
        };
        let goods = goods_status.unwrap_or(old_goods);
        let data = client
            .call(Call::new(RENDER).body(render_body(sub, refund_type, goods)))
            .await?;
        Ok::<_, Error>(Some((detail, Rendered::from_data(&data)?)))
    };
    let (detail, r) = match read.await {
        Ok(Some(found)) => found,
        Ok(None) => return Ok(Checked::default()),
        Err(e @ (Error::Interrupted | Error::BrokenPipe)) => return Err(e),
        Err(e) => {
            ctx.printer.warn(&format!(
                "could not check the change against after-sales {id}'s render ({e}); the API will decide"
            ));
            return Ok(Checked::default());
        }
    };
    let mut checked = Checked {
        currency: r.currency.clone(),
        ..Checked::default()
    };
    if let Some(c) = amount {
        r.check_amount(c).map_err(Error::usage)?;
        checked.old_amount = refund_field(&detail, "refundFee")
            .and_then(money::money_value)
            .map(|m| m.0);
    }
    if let Some(given) = reason
        && !r.reasons.is_empty()
    {
        let (_, words) = r.find_reason(given, &format!("after-sales {id}"))?;
        checked.reason_words = Some(words).filter(|w| !w.is_empty());
    }
    Ok(checked)
}

/// The line, refundType and goodsStatus of an after-sales detail, when it names them all.
fn request_kind(detail: &Value) -> Option<(u64, i64, i64)> {
    let sub = refund_field(detail, "purchaseOrderLineId")
        .or_else(|| refund_field(detail, "subOrderId"))
        .map(value::plain)
        .and_then(|t| parse_id(&t).ok())?;
    let kind = |k| refund_field(detail, k).and_then(value::int);
    Some((sub, kind("refundType")?, kind("goodsStatus")?))
}

/// v1 documents this as a GET with the id in the path, answering `{cancelSuccess, ...}`.
async fn cancel(ctx: &Ctx, id: u64) -> Result<()> {
    let action = format!("Withdraw after-sales {id}");
    gate(ctx, &action)?;
    let client = ctx.client()?;
    prompt::confirm_write(&ctx.settings, &action).await?;
    let data = client.call(Call::new(CANCEL).param("refundId", id)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    if data.get("cancelSuccess").and_then(Value::as_bool) == Some(false) {
        return Err(Error::Api {
            code: 200,
            msg: format!(
                "the API answered but did not withdraw after-sales {id} (cancelSuccess false)"
            ),
            request_id: None,
            hint: Some(format!(
                "see where it stands: pandapon after-sales show {id}"
            )),
        });
    }
    ctx.printer.status(&format!("After-sales {id} withdrawn."));
    Ok(())
}

async fn message(ctx: &Ctx, id: u64, text: String, image: Option<String>) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::usage("the message is empty: give --text"));
    }
    let mut body = json!({"refundId": id.to_string(), "refundMessage": text});
    // `refundImages` is an undocumented string: a URL as given, a file as base64.
    if let Some(i) = &image {
        body["refundImages"] = json!(image_value(i)?);
    }
    let client = ctx.client()?;
    let data = client.call(Call::new(MESSAGE).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    ctx.printer
        .status(&format!("Message sent on after-sales {id}."));
    Ok(())
}

/// Undocumented; the paging of the documented list (`pageNo`, `pageSize`) with the id.
async fn messages(ctx: &Ctx, id: u64, paging: Paging) -> Result<()> {
    let client = ctx.client()?;
    let out = &ctx.printer;
    let call = |n: u32, size: u32| {
        Call::new(MESSAGES).body(json!({"refundId": id.to_string(), "pageNo": n, "pageSize": size}))
    };
    let what = "a list of messages";
    if paging.all {
        let size = WALK_PAGE_SIZE;
        let elements = walk(&client, size, what, |n| call(n, size)).await?;
        if out.json {
            return out.json(&elements);
        }
        return print_messages(ctx, &elements);
    }
    let call = call(paging.page, paging.page_size);
    if out.json {
        return out.json(&client.call(call).await?);
    }
    let p = fetch_page(&client, call, what).await?;
    if p.elements.is_empty()
        && past_the_end(ctx, p.total_pages, p.total_records, paging.page, "messages")
    {
        return Ok(());
    }
    print_messages(ctx, &p.elements)?;
    next_page_hint(ctx, &p, paging.page, "messages");
    Ok(())
}

fn print_messages(ctx: &Ctx, elements: &[Value]) -> Result<()> {
    if elements.is_empty() {
        ctx.printer.status("No messages.");
        return Ok(());
    }
    let terminal = ctx.printer.stdout_terminal;
    let mut t = Table::new(&["Time", "From", "Message", "Images"]);
    for (i, m) in elements.iter().enumerate() {
        let images = match pick(m, &["refundImages", "images", "pics", "picUrls"]) {
            Some(Value::Array(a)) => a.len().to_string(),
            Some(Value::String(s)) if !s.is_empty() => "1".into(),
            _ => String::new(),
        };
        let row = vec![
            pick(m, &["gmtCreate", "createTime", "time", "messageTime"])
                .map(|v| format::time(v, terminal))
                .unwrap_or_default(),
            pick_text(
                m,
                &["senderName", "owner", "role", "sender", "userNick", "from"],
            ),
            pick_text(m, &["content", "refundMessage", "message", "text"]),
            images,
        ];
        t.row(checked_row(
            row,
            &format!("data[{i}]"),
            "a message",
            "content, gmtCreate, senderName, refundImages",
        )?);
    }
    ctx.printer.table(&t)
}

/// Undocumented response: the companies to choose from when it lists them (in the shape of
/// the documented `logisticsCompany{logisticsCompanyCode, logisticsCompanyName}`), and where
/// to send the goods; anything else as fields.
async fn return_logistics(ctx: &Ctx, id: u64) -> Result<()> {
    let client = ctx.client()?;
    let data = client
        .call(Call::new(RETURN_RENDER).query("refundId", id))
        .await?;
    let out = &ctx.printer;
    if out.json {
        return out.json(&data);
    }
    let companies = [
        "logisticsCompanies",
        "logisticsCompanyList",
        "companyList",
        "companies",
    ]
    .iter()
    .find_map(|k| data.get(*k).and_then(Value::as_array))
    .or_else(|| data.as_array());
    let Some(companies) = companies else {
        return print_fields(ctx, &data);
    };
    let to = ["receiver", "phone", "detailAddress"]
        .iter()
        .map(|k| {
            pick_text(
                &data,
                &[
                    &format!("receiverAddress.{k}"),
                    &format!("logistics.receiverAddress.{k}"),
                ],
            )
        })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if !to.is_empty() {
        out.heading(&format!("Send the goods back to: {to}"))?;
    }
    let mut t = Table::new(&["Code", "Company"]);
    for c in companies {
        t.row(vec![
            pick_text(
                c,
                &[
                    "logisticsCompanyCode",
                    "logisticCompanyCode",
                    "code",
                    "companyCode",
                ],
            ),
            pick_text(c, &["logisticsCompanyName", "companyName", "name"]),
        ]);
    }
    out.table(&t)?;
    out.status(&format!(
        "Then: pandapon after-sales return-ship {id} --company CODE --tracking NUMBER"
    ));
    Ok(())
}

async fn return_ship(ctx: &Ctx, id: u64, body: Value) -> Result<()> {
    let action = format!(
        "Report the return of after-sales {id} as shipped with {} {}",
        body["logisticsCompanyCode"].as_str().unwrap_or_default(),
        body["logisticsNo"].as_str().unwrap_or_default()
    );
    gate(ctx, &action)?;
    let client = ctx.client()?;
    prompt::confirm_write(&ctx.settings, &action).await?;
    let data = client.call(Call::new(RETURN_SUBMIT).body(body)).await?;
    if ctx.printer.json {
        return ctx.printer.json(&data);
    }
    ctx.printer
        .status(&format!("Return shipment recorded for after-sales {id}."));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_render_reads() {
        let r = Rendered::from_data(&json!({
            "refundOrderTemplate": {
                "refundReasons": [{"reasonDesc": "不想要了", "tips": "", "reasonId": 4001},
                                  {"reasonDesc": "质量问题", "tips": "请上传图片", "reasonId": "4002"}],
                "goodsStatusList": ["1", "2"],
                "maxRefundFee": {"minRefundFee": 1, "feeTips": "最多可退¥39.90", "refundFee": 3990, "canEditRefundFee": true}
            },
            "distributorId": "1223655000541", "currency": "CNY", "saleFlag": true
        }))
        .unwrap();
        assert_eq!(r.max, Some(3990));
        assert_eq!(r.min, Some(1));
        assert_eq!(r.reasons.len(), 2);
        assert_eq!(Rendered::reason_text(&r.reasons[0].0), "4001");
        assert_eq!(r.allowed, Some(true));
        // A render that only says no is still a render; one that says nothing is not.
        let no = Rendered::from_data(&json!({"saleFlag": false, "currency": "CNY"})).unwrap();
        assert_eq!(no.allowed, Some(false));
        assert!(Rendered::from_data(&json!({"totalPage": 1})).is_err());
        assert!(
            Rendered::from_data(
                &json!({"refundOrderTemplate": {"maxRefundFee": {"refundFee": "lots"}}})
            )
            .is_err()
        );
    }

    #[test]
    fn fee_tips_that_repeat_the_maximum_are_not_repeated() {
        let max = Some(8900);
        for same in [
            "最多可退¥89.00",
            "最多可退 ¥89.00",
            "最多可退￥89.00",
            "最多可退89.00元",
        ] {
            assert!(!tips_add_something(same, max, "CNY"), "{same}");
        }
        assert!(!tips_add_something("", max, "CNY"));
        assert!(!tips_add_something(
            "最多可退¥1,234.00",
            Some(123400),
            "CNY"
        ));
        assert!(tips_add_something(
            "最多可退¥89.00，含运费¥12.00",
            max,
            "CNY"
        ));
        assert!(tips_add_something("最多可退¥80.00", max, "CNY"));
        assert!(tips_add_something("最多可退¥89.00", None, "CNY"));
    }

    #[test]
    fn the_detail_view_hides_nothing_it_cannot_read() {
        let data = json!({"refundOrder": {"refundId": "9", "refundStatus": "REFUND_AGREED",
                                           "refundFee": "lots", "refundType": "x"},
                          "purchaseOrderLine": {"quantity": "two", "price": 100, "totalPrice": 250,
                                                "postFee": 500, "productFee": 999}});
        let (head, lines) = detail_view(&data, 9, true, false).unwrap();
        assert_eq!(head, "After-sales 9 · refund agreed");
        assert_eq!(
            lines,
            [
                "Type:            refundType x",
                "Quantity:        ¥1.00 each = ¥2.50 + ¥5.00 shipping",
                "Goods:           ¥9.99",
                "refundOrder.refundFee: lots",
                "purchaseOrderLine.quantity: two",
            ]
        );
        // An unreadable fee, a line status with no line to name, an item without a sku.
        let data = json!({"refundOrder": {"refundId": "9"},
                          "purchaseOrderLine": {"productFee": "abc", "status": "TRADE_CLOSED",
                                                "itemId": "600126245031041190"}});
        let (_, lines) = detail_view(&data, 9, false, false).unwrap();
        assert_eq!(
            lines,
            [
                "Item:            item 600126245031041190",
                "purchaseOrderLine.productFee: abc",
                "purchaseOrderLine.status: TRADE_CLOSED",
            ]
        );
        assert!(detail_view(&json!({"refundId": "9"}), 9, true, false).is_none());
    }

    #[test]
    fn reason_ids_keep_their_digits() {
        assert_eq!(reason_value("4001"), json!(4001));
        assert_eq!(
            reason_value("25422856349208807941").to_string(),
            "25422856349208807941"
        );
        assert_eq!(reason_value("R-1"), json!("R-1"));
    }
}

#[derive(Subcommand, Debug)]
pub enum AfterSalesCommand {
    /// List after-sales (reverse) orders
    List(RefundListArgs),
    /// Show one after-sales order
    Show {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
    },
    /// Show the reasons and the maximum refundable amount for a sub-order
    Render(RefundRenderArgs),
    /// Ask for a refund (on a terminal without flags: a guided walk-through)
    Submit(RefundSubmitArgs),
    /// Change an after-sales request
    #[command(after_help = GOODS_STATUS_HELP)]
    Modify {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
        /// The new reason id
        #[arg(long, value_name = "REASON_ID")]
        reason: Option<String>,
        /// The new amount in yuan, e.g. 39.90
        #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
        amount: Option<i64>,
        /// The new description
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
        /// The new goods status (the API's goodsStatus number)
        #[arg(long, value_name = "N", value_parser = parse_goods_status)]
        goods_status: Option<i64>,
    },
    /// Withdraw an after-sales request
    Cancel {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
    },
    /// Send a message to the seller about an after-sales request
    Message {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
        /// The message
        #[arg(long)]
        text: String,
        /// An image to attach: a JPEG, PNG, GIF or WebP file of at most 5 MiB (sent base64-encoded), or an http(s):// URL
        #[arg(long, value_name = "FILE|URL")]
        image: Option<String>,
    },
    /// List the messages of an after-sales request
    Messages {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
        #[command(flatten)]
        paging: Paging,
    },
    /// Show where and how to send goods back (the return-logistics render)
    ReturnLogistics {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
    },
    /// Tell the seller the return has been shipped
    ReturnShip {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
        /// The logistics company code, e.g. SF (see `after-sales return-logistics`)
        #[arg(long, value_name = "CODE", value_parser = parse_text)]
        company: String,
        /// The logistics company name, e.g. 顺丰快递
        #[arg(long, value_name = "NAME")]
        company_name: Option<String>,
        /// The tracking number
        #[arg(long, value_name = "NUMBER", value_parser = parse_text)]
        tracking: String,
        /// The sender's phone
        #[arg(long, value_name = "PHONE", value_parser = parse_phone)]
        phone: Option<String>,
        /// A note about the returned goods
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
    },
}

#[derive(Args, Debug, Clone)]
#[command(after_help = REFUND_STATUS_HELP)]
pub struct RefundListArgs {
    /// Only this after-sales order
    #[arg(long, value_parser = parse_id, value_name = "REFUND_ID")]
    pub refund_id: Option<u64>,
    /// Only after-sales of this order (purchaseOrderId)
    #[arg(long, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order: Option<u64>,
    /// Only after-sales of this Taobao order (salesOrderId)
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub sales_order: Option<u64>,
    /// Only this refundStatus (the API's number)
    #[arg(long, value_name = "N", value_parser = parse_refund_status)]
    pub status: Option<i64>,
    /// Requested at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    pub since: Option<i64>,
    /// Requested at or before (a date alone means the end of that day)
    #[arg(long, value_name = "TIME", value_parser = parse_until)]
    pub until: Option<i64>,
    #[command(flatten)]
    pub paging: Paging,
}

#[derive(Args, Debug, Clone)]
#[command(after_help = REFUND_KIND_HELP)]
pub struct RefundRenderArgs {
    /// The sub-order (order line) id
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub sub_order: u64,
    /// The API's refundType number (PandaPon does not document the values)
    #[arg(long = "type", value_name = "N", value_parser = parse_refund_type)]
    pub refund_type: i64,
    /// The API's goodsStatus number (PandaPon does not document the values)
    #[arg(long, value_name = "N", value_parser = parse_goods_status)]
    pub goods_status: i64,
}

#[derive(Args, Debug, Clone)]
#[command(after_help = REFUND_KIND_HELP)]
pub struct RefundSubmitArgs {
    /// The sub-order (order line) id
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub sub_order: Option<u64>,
    /// The API's refundType number
    #[arg(long = "type", value_name = "N", value_parser = parse_refund_type)]
    pub refund_type: Option<i64>,
    /// The API's goodsStatus number
    #[arg(long, value_name = "N", value_parser = parse_goods_status)]
    pub goods_status: Option<i64>,
    /// The reason id, from `after-sales render`
    #[arg(long, value_name = "REASON_ID")]
    pub reason: Option<String>,
    /// The amount in yuan, at most the maximum the render allows [default: that maximum]
    #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
    pub amount: Option<i64>,
    /// What is wrong, for the seller
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

const REFUND_STATUS_HELP: &str = "--status: PandaPon documents refundStatus as an integer but \
not what the numbers mean. In the sandbox, 1..6 are WAIT_SELLER_AGREE, WAIT_BUYER_RETURN_GOODS, \
WAIT_SELLER_CONFIRM_GOODS, SELLER_REFUSE_BUYER, CLOSED, SUCCESS.";

// The sandbox's meanings are src/sandbox/refund.rs's REFUND_TYPES and GOODS_STATUSES (a test
// holds these texts to them).
const REFUND_KIND_HELP: &str = "--type and --goods-status: PandaPon does not document the values \
of refundType and goodsStatus. In the sandbox: refundType 1 = refund only, 2 = return and \
refund; goodsStatus 1 = not received, 2 = received.";

const GOODS_STATUS_HELP: &str = "--goods-status: PandaPon does not document the values of \
goodsStatus. In the sandbox: 1 = not received, 2 = received.";

/// One of the API's integer codes, the flag and the field named when it is not one.
fn api_number(flag: &str, field: &str, s: &str) -> Result<i64, String> {
    s.trim()
        .parse::<i64>()
        .map_err(|_| format!("{flag} takes the API's {field} number, e.g. 1; got \"{s}\""))
}

/// `--status`: the integer refundStatus. A status name gets its sandbox number suggested.
pub fn parse_refund_status(s: &str) -> Result<i64, String> {
    api_number("--status", "refundStatus", s).map_err(|e| {
        match crate::domain::refund::refund_status_number(s) {
            Some(n) => format!(
                "{e} (in the sandbox, {} is {n})",
                s.trim().to_ascii_uppercase()
            ),
            None => e,
        }
    })
}

pub fn parse_refund_type(s: &str) -> Result<i64, String> {
    api_number("--type", "refundType", s)
}

pub fn parse_goods_status(s: &str) -> Result<i64, String> {
    api_number("--goods-status", "goodsStatus", s)
}

#[cfg(test)]
mod cli_tests {
    use super::*;

    #[test]
    fn the_help_names_the_sandbox_kinds_the_sandbox_reads() {
        use crate::domain::refund::{GOODS_STATUSES, REFUND_TYPES};
        for (n, w) in REFUND_TYPES {
            assert!(REFUND_KIND_HELP.contains(&format!("{n} = {w}")), "{n} {w}");
        }
        for (n, w) in GOODS_STATUSES {
            assert!(REFUND_KIND_HELP.contains(&format!("{n} = {w}")), "{n} {w}");
            assert!(GOODS_STATUS_HELP.contains(&format!("{n} = {w}")), "{n} {w}");
        }
    }
}
