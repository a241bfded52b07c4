//! The after-sales detail for a person: a heading and labelled lines, read from the documented
//! v2 detail (docs/api.md#taobao-refund-get) through `api::types::refund::Detail`. Every field
//! it does not know is still shown, by its path.

use serde_json::Value;

use super::status_words;
use crate::api::types::pick;
use crate::api::types::refund::{Detail, Fields, join_path, refund_field, refund_text};
use crate::domain::refund::{GOODS_STATUSES, REFUND_TYPES};
use crate::domain::{money, status, value};
use crate::output::format::{self, money};

fn fee(v: &Value, key: &str, cur: &str) -> String {
    refund_field(v, key)
        .and_then(money::money_value)
        .map(|(c, own)| money(c, own.as_deref().unwrap_or(cur)))
        .unwrap_or_default()
}

/// "After-sales 110000235001 · waiting for the seller to agree · ¥159.00 · 商品质量问题".
/// `reason` overrides the reason read from the flat or nested fields.
pub(super) fn heading(data: &Value, id: u64, reason: Option<String>, cur: &str) -> String {
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

fn labelled(label: &str, value: &str) -> String {
    format!("{:<LABEL_WIDTH$} {value}", format!("{label}:"))
}

/// The labelled lines drawn so far.
#[derive(Default)]
struct Lines(Vec<String>);

impl Lines {
    fn label(&mut self, label: &str, value: String) {
        if !value.is_empty() {
            self.0.push(labelled(label, &value));
        }
    }
}

/// Every scalar not read, by its path: nothing the API sends is hidden (but empty text).
fn rest(r: &Fields) -> Vec<String> {
    format::flatten(r.data())
        .into_iter()
        .filter(|(path, _)| !r.was_read(path))
        .filter(|(_, v)| !v.is_empty())
        .map(|(path, v)| labelled(&path, &v))
        .collect()
}

/// The detail as a heading and labelled lines.
pub(super) fn detail_view(
    d: &Detail,
    id: u64,
    sandbox: bool,
    terminal: bool,
) -> (String, Vec<String>) {
    let data = d.data;
    let (order, line, logistics) = (&d.order, &d.line, &d.logistics);
    let mut r = d.fields();
    let mut lines = Lines::default();
    let cur = {
        let c = r.text("", &["currency"]);
        let l = r.text(line, &["currency"]);
        [c, l]
            .into_iter()
            .find(|c| !c.is_empty())
            .unwrap_or_else(|| "CNY".into())
    };
    let amount = |v: &Value| {
        money::money_value(v).map(|(c, own)| (c, money(c, own.as_deref().unwrap_or(&cur))))
    };

    // The heading: id, status, amount, reason.
    if pick(data, &[&join_path(order, "refundId")]).map(value::plain) == Some(id.to_string()) {
        r.skip(order, &["refundId"]);
    }
    r.take(order, &["refundStatus"]);
    r.take_as(order, &["refundFee"], money::money_value);
    let reason = match r.text(order, &["reasonDesc"]) {
        d if !d.is_empty() => d,
        _ => r
            .take(order, &["reasonId"])
            .map(|v| format!("reason {}", value::plain(v)))
            .unwrap_or_default(),
    };
    r.skip(order, &["reasonId"]);
    r.skip("", &["distributorId"]);
    let head = heading(data, id, Some(reason), &cur);

    // The request.
    if let Some(v) = r.take(order, &["refundType"]) {
        lines.label("Type", kind_text(v, "refundType", &REFUND_TYPES, sandbox));
    }
    if let Some(v) = r.take(order, &["goodsStatus"]) {
        lines.label(
            "Goods status",
            kind_text(v, "goodsStatus", &GOODS_STATUSES, sandbox),
        );
    }
    lines.label("Description", r.text(order, &["refundDesc"]));
    if let Some(v) = r.take(order, &["createTime", "gmtCreate"]) {
        lines.label("Created", format::time(v, terminal));
    }
    let refused = [
        r.text(order, &["sellerRefuseReason"]),
        r.text(order, &["sellerRefuseReasonDescribe"]),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" — ");
    lines.label("Seller refused", refused);
    if let Some(v) = r.take(order, &["timeoutDate"]) {
        lines.label("Timeout", format::time(v, terminal));
    }
    r.skip(order, &["canEditFee"]);

    // The order line.
    let title = r.text(line, &["itemTitle", "title"]);
    let item = r.text(line, &["itemId"]);
    let sku = r.text(line, &["skuId"]);
    let ids = [("item", item), ("sku", sku)]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(" ");
    lines.label("Item", if title.is_empty() { ids } else { title });
    if let Some(v) = r.take(line, &["properties", "skuProperties"]) {
        lines.label("Properties", value::properties(v));
    }
    let qty = r.take_as(line, &["quantity"], value::int);
    let price = r.take_as(line, &["price"], amount);
    let goods = qty
        .zip(price.as_ref())
        .and_then(|(q, p)| q.checked_mul(p.0));
    let total = r.take_as(line, &["totalPrice"], amount);
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
    let product_fee = r.take_as(line, &["productFee"], amount);

    if let Some(v) = pick(data, &[&join_path(line, "postFee")])
        && let Some((c, text)) = amount(v)
    {
        r.skip(line, &["postFee"]);
        if c != 0 {
            bought = format!("{bought} + {text} shipping")
                .trim_start_matches(" + ")
                .to_string();
        }
    }
    lines.label("Quantity", bought);
    if let Some((c, text)) = product_fee
        && goods != Some(c)
    {
        lines.label("Goods", text);
    }
    let sub = r.text(line, &["purchaseOrderLineId", "subOrderId"]);
    if pick(data, &[&join_path(line, "subOrderId")]).map(value::plain) == Some(sub.clone()) {
        r.skip(line, &["subOrderId"]);
    }
    let mut order_id = r.text(line, &["purchaseOrderId"]);
    let pay_order = pick(data, &[&join_path(order, "payOrderId")]).map(value::plain);
    if order_id.is_empty() || pay_order.as_deref() == Some(order_id.as_str()) {
        if let Some(p) = pay_order
            && order_id.is_empty()
        {
            order_id = p;
        }
        r.skip(order, &["payOrderId"]);
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
        r.take(line, &["status"]).map(status::words)
    };
    if let Some(st) = line_status.filter(|s| !s.is_empty()) {
        where_ = format!("{where_} (order {st})");
    }
    lines.label("Sub-order", where_);
    lines.label("Taobao order", r.text(line, &["salesOrderId"]));
    r.skip(line, &["createTime", "itemPic", "itemImageUrl"]);

    // The return: how the goods went back, and where to.
    let company = r.text(
        logistics,
        &[
            "logisticsCompany.logisticsCompanyName",
            "logisticsCompanyName",
        ],
    );
    let code = r.text(
        logistics,
        &[
            "logisticsCompany.logisticsCompanyCode",
            "logisticsCompany.logisticCompanyCode",
            "logisticsCompanyCode",
        ],
    );
    let number = r.text(logistics, &["logisticsNo"]);
    let company = match (company.is_empty(), code.is_empty()) {
        (false, false) => format!("{company} ({code})"),
        (true, _) => code,
        (false, true) => company,
    };
    lines.label(
        "Return shipment",
        format!("{company} {number}").trim().to_string(),
    );
    lines.label("Sender phone", r.text(logistics, &["buyerPhone"]));
    lines.label("Return note", r.text(logistics, &["returnGoodsDesc"]));
    lines.label(
        "Seller's note",
        r.text(logistics, &["sellerAgreeReturnDescribe"]),
    );
    let to_base = join_path(logistics, "receiverAddress");
    let to = match pick(data, &[&to_base]) {
        Some(Value::Object(_)) => {
            let parts = ["receiver", "phone", "detailAddress"].map(|k| r.text(&to_base, &[k]));
            value::join_nonempty(parts.iter().map(String::as_str))
        }
        Some(_) => r.text(logistics, &["receiverAddress"]),
        None => String::new(),
    };
    lines.label("Return address", to);

    lines.0.extend(rest(&r));
    (head, lines.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn view(data: &Value, sandbox: bool) -> (String, Vec<String>) {
        let d = Detail::from_data(data).expect("the documented detail");
        detail_view(&d, 9, sandbox, false)
    }

    #[test]
    fn the_detail_view_hides_nothing_it_cannot_read() {
        let data = json!({"refundOrder": {"refundId": "9", "refundStatus": "REFUND_AGREED",
                                           "refundFee": "lots", "refundType": "x"},
                          "purchaseOrderLine": {"quantity": "two", "price": 100, "totalPrice": 250,
                                                "postFee": 500, "productFee": 999}});
        let (head, lines) = view(&data, true);
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
        let (_, lines) = view(&data, false);
        assert_eq!(
            lines,
            [
                "Item:            item 600126245031041190",
                "purchaseOrderLine.productFee: abc",
                "purchaseOrderLine.status: TRADE_CLOSED",
            ]
        );
    }
}
