//! The order verbs' 1688 side (docs/api.md#alibaba-orders): trade statuses in 1688's names,
//! `webSite: "1688"` in the detail and the cancel, order ids as the documented bodies type them
//! (a JSON integer where the page says integer, built from the u64 itself, never through a
//! float), the pay URL or payment by agreement, one batch pay for several orders, and direct
//! orders made from `cargoParamList` with the profile's address as `addressParam`.

use serde_json::{Map, Value, json};

use super::batch_write::Together;
use super::direct::DirectOrderArgs;
use super::list;
use super::side::OrderSide;
use crate::api::Call;
use crate::api::types::alibaba::pay_answer;
use crate::cli::parse::LineSpec;
use crate::commands::cart::alibaba::FLOW;
use crate::commands::cart::{draw_previews, merchant_failures, previews_total, report_merchants};
use crate::commands::shipping::alibaba_address;
use crate::commands::{Ctx, accepted_unreadable, pandapon};
use crate::config::Address;
use crate::domain::status::{ALIBABA_TRADE_STATUSES, TradeStatus};
use crate::error::{Error, Result};
use crate::output::Printer;

pub(crate) struct Alibaba;

const LIST: &str = "alibaba.order.list";
const GET: &str = "alibaba.order.get";
const LOGISTICS: &str = "alibaba.order.logistics";
const CANCEL: &str = "alibaba.order.cancel";
const PAY: &str = "alibaba.order.pay";
const BATCH_PAY: &str = "alibaba.order.batch_pay";
const PREVIEW: &str = "alibaba.order.preview";
const BATCH_PREVIEW: &str = "alibaba.order.batch_preview";
const CREATE: &str = "alibaba.order.create";
const BATCH_CREATE: &str = "alibaba.order.batch_create";
const CONFIRM_RECEIPT: &str = "alibaba.order.confirm_receipt";

/// The `webSite` the 1688 detail and cancel require (docs/api.md#alibaba-order-cancel).
const WEBSITE: &str = "1688";

impl OrderSide for Alibaba {
    fn check_status(&self, s: &str) -> Result<String> {
        TradeStatus::from_name(s)
            .map(|t| t.api_name().to_string())
            .ok_or_else(|| {
                Error::usage(format!(
                    "\"{s}\" is not a 1688 trade status; they are {} (docs/api.md#alibaba-trade-statuses)",
                    ALIBABA_TRADE_STATUSES.join(", ")
                ))
            })
    }

    fn statuses(&self) -> &'static [&'static str] {
        &ALIBABA_TRADE_STATUSES
    }

    /// The v2 page's body is not in the material (docs/api.md#alibaba-order-list): 1688's
    /// documented paging (`beginPage`, `pageSize`), the status as `orderStatus`, and the
    /// creation period as `createStartTime`/`createEndTime` in ms.
    fn list_call(&self, a: &list::Args, page: u32, size: u32) -> Call {
        let mut b = json!({"beginPage": page, "pageSize": size});
        if let Some(s) = &a.status {
            b["orderStatus"] = json!(s);
        }
        if let Some(t) = a.since {
            b["createStartTime"] = json!(t);
        }
        if let Some(t) = a.until {
            b["createEndTime"] = json!(t);
        }
        Call::new(LIST).body(b)
    }

    /// The v1 body, as its example has it: `{"webSite": "1688", "orderId": "..."}` (the id a
    /// string there, docs/api.md#alibaba-order-get).
    fn detail_call(&self, id: u64) -> Call {
        Call::new(GET).body(json!({"webSite": WEBSITE, "orderId": id.to_string()}))
    }

    fn logistics_call(&self, id: u64) -> Call {
        Call::new(LOGISTICS).query("orderId", id)
    }

    /// docs/api.md#alibaba-order-cancel: `webSite`, `orderId` (integer), `cancelReason`.
    fn cancel_call(&self, id: u64, reason: Option<&str>) -> Call {
        let mut b = json!({"webSite": WEBSITE, "orderId": id});
        if let Some(r) = reason {
            b["cancelReason"] = json!(r);
        }
        Call::new(CANCEL).body(b)
    }

    /// A GET with the id in the query (docs/api.md#alibaba-order-pay).
    fn pay_call(&self, id: u64) -> Call {
        Call::new(PAY).query("orderId", id)
    }

    /// Several orders, one request: `orderIdList` (docs/api.md#alibaba-order-batch-pay).
    fn pay_together(&self) -> Option<Together> {
        Some((
            |ids| Call::new(BATCH_PAY).body(json!({ "orderIdList": ids })),
            pay_summary,
        ))
    }

    /// `cantPayOrderList` names the orders 1688 will not take payment for; the others are paid
    /// by agreement (`protocolPaySuccess`) or to be paid at the cashier (`payUrl`).
    fn paid(&self, ctx: &Ctx, id: u64, data: &Value, shared: bool) -> Result<String> {
        let a = pay_answer(data).map_err(|m| {
            let check = format!("`{} order show {id}`", pandapon(ctx));
            accepted_unreadable(&format!("the payment of order {id}"), check, m)
        })?;
        if a.cant_pay.iter().any(|c| *c == id.to_string()) {
            return Err(Error::Refused(format!(
                "order {id}: 1688 will not take payment for it (cantPayOrderList); see where it \
                 stands with `{} order show {id}`",
                pandapon(ctx)
            )));
        }
        // A batch pay answers once for all its orders: the cashier is named once, after them
        // (`pay_summary`). Known from what was sent, not from the answer's shape.
        // Paid only when the answer says so (protocolPaySuccess): a cashier URL is a payment
        // still to make, so the order fails (exit 1) for scripts to notice, the URL shown.
        if a.paid {
            return Ok(format!(
                "Order {id}: paid by agreement (protocolPaySuccess)."
            ));
        }
        Err(Error::Unconfirmed(if !a.url.is_empty() && shared {
            format!("order {id} is not paid yet: finish the payment at the 1688 cashier below")
        } else if !a.url.is_empty() {
            format!(
                "order {id} is not paid yet: finish the payment at the 1688 cashier: {}",
                a.url
            )
        } else {
            format!(
                "order {id}: the API answered neither a payment nor a cashier URL; check it with `{} order show {id}`",
                pandapon(ctx)
            )
        }))
    }

    fn check_direct(&self, a: &DirectOrderArgs) -> Result<()> {
        for (flag, given) in [
            ("--budget", a.budget.is_some()),
            ("--source", a.source.is_some()),
            ("--seller-order", a.seller_order.is_some()),
        ] {
            if given {
                return Err(Error::usage(format!(
                    "{flag} is Taobao's; a 1688 order has no such field"
                )));
            }
        }
        a.items.iter().try_for_each(check_line)
    }

    /// docs/api.md#alibaba-order-create: `flow`, `message`, `addressParam`, `cargoParamList`
    /// of `{offerMapId, specId, quantity}` (the v2 FastCargo names; `sellerOpenId` is left to
    /// the API, which knows every offer's seller).
    fn direct_body(&self, a: &DirectOrderArgs, address: &Address) -> Value {
        let cargo: Vec<Value> = a
            .items
            .iter()
            .map(|l| json!({"offerMapId": l.item, "specId": l.sku, "quantity": l.quantity}))
            .collect();
        let mut b = Map::new();
        b.insert("flow".into(), json!(FLOW));
        if let Some(m) = &a.message {
            b.insert("message".into(), json!(m));
        }
        b.insert("addressParam".into(), alibaba_address(address));
        b.insert("cargoParamList".into(), Value::Array(cargo));
        Value::Object(b)
    }

    /// The preview takes the create body's address and lines; several lines go to the batch
    /// preview (different merchants), which answers per seller.
    fn direct_preview(&self, create: &Value) -> Call {
        let mut b = Map::new();
        for k in ["addressParam", "cargoParamList"] {
            if let Some(v) = create.get(k) {
                b.insert(k.into(), v.clone());
            }
        }
        let op = if several(create) {
            BATCH_PREVIEW
        } else {
            PREVIEW
        };
        Call::new(op).body(Value::Object(b))
    }

    fn direct_create(&self, body: Value) -> Call {
        let op = if several(&body) { BATCH_CREATE } else { CREATE };
        Call::new(op).body(body)
    }

    fn draw_direct_preview(&self, ctx: &Ctx, data: &Value) -> Result<()> {
        draw_previews(&ctx.printer, data)
    }

    fn direct_total(&self, data: &Value) -> Result<Option<String>> {
        previews_total(data)
    }

    fn report_created(&self, ctx: &Ctx, out: &Printer, data: &Value) -> Result<()> {
        report_merchants(ctx, out, data)
    }

    fn created_failures(&self, ctx: &Ctx, data: &Value) -> Result<()> {
        merchant_failures(ctx, data)
    }
}

/// Lines that may come from several sellers: pandapon cannot tell an offer's seller without
/// a lookup, so more than one line always goes as a batch (docs/api.md#alibaba-order-batch-create).
fn several(body: &Value) -> bool {
    body.get("cargoParamList")
        .and_then(Value::as_array)
        .is_some_and(|l| l.len() > 1)
}

/// `OFFER:SPEC:QTY`: no price (1688 prices its own offers), and ids of letters, digits, `-`
/// and `_` only, as 1688's offer and spec ids are.
fn check_line(l: &LineSpec) -> Result<()> {
    let text = format!(
        "{}:{}:{}{}",
        l.item,
        l.sku,
        l.quantity,
        l.price
            .map(|p| format!(":{}.{:02}", p / 100, p % 100))
            .unwrap_or_default()
    );
    if l.price.is_some() {
        return Err(Error::usage(format!(
            "\"{text}\": a 1688 line is OFFER:SPEC:QUANTITY, without a price (1688 prices its offers)"
        )));
    }
    for (what, id) in [("offer", &l.item), ("spec", &l.sku)] {
        if !id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(Error::usage(format!(
                "\"{text}\": the {what} id \"{id}\" is not one: 1688 ids are letters, digits, - and _"
            )));
        }
    }
    Ok(())
}

/// Confirming receipt: `{orderId}` as an integer, like the cancel (docs/api.md#alibaba-order-confirm-receipt).
pub(super) fn confirm_receipt_call(id: u64) -> Call {
    Call::new(CONFIRM_RECEIPT).body(json!({ "orderId": id }))
}

/// After a batch pay, once for all its orders: where to finish it.
fn pay_summary(ids: &[u64], data: &Value) -> Option<String> {
    let a = pay_answer(data).ok()?;
    let n = ids
        .iter()
        .filter(|id| !a.cant_pay.contains(&id.to_string()))
        .count();
    if n == 0 {
        return None;
    }
    let orders = if n == 1 { "order" } else { "orders" };
    Some(if a.paid {
        format!("Paid by agreement: {n} {orders} (protocolPaySuccess).")
    } else if !a.url.is_empty() {
        format!(
            "Finish the payment of {n} {orders} at the 1688 cashier: {}",
            a.url
        )
    } else {
        format!("The API answered neither a payment nor a cashier URL for the {n} {orders}.")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::parse::parse_line;

    #[test]
    fn lines_take_no_price_and_ids_of_id_characters() {
        assert!(
            check_line(&parse_line("Ak7QmZ2xPd9-LwY4vNb6Rc:b2a8f5c1d3e4f607:20").unwrap()).is_ok()
        );
        let e = check_line(&parse_line("A:B:2:3.5").unwrap()).unwrap_err();
        assert!(
            e.to_string().starts_with("\"A:B:2:3.50\": a 1688 line"),
            "{e}"
        );
        let e = check_line(&parse_line("A/x:B:2").unwrap()).unwrap_err();
        assert!(e.to_string().contains("the offer id \"A/x\""), "{e}");
    }

    #[test]
    fn ids_go_as_integers_where_the_docs_say_integer() {
        let c = Alibaba.cancel_call(2542285634920880794, Some("不想要了"));
        let shown = format!("{c:?}");
        assert!(shown.contains("2542285634920880794"), "{shown}");
        assert!(several(&json!({"cargoParamList": [1, 2]})));
        assert!(!several(&json!({"cargoParamList": [1]})));
    }
}
