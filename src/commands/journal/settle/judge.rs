//! What a read's answer says about a write: happened, did not happen, or cannot tell. Each
//! judge gets the write and the read's `data`; "did not happen" is said only where the read
//! would show the write's effect had it happened.

use serde_json::Value;

use super::{Finding, LIST_PAGE, Write};
use crate::api::types::cart::cart_page;
use crate::api::types::order::Order;
use crate::api::types::refund::{refund_field, refund_text};
use crate::api::types::{page, pick, pick_text};
use crate::commands::journal::about::{Kind, all};
use crate::domain::refund::REFUND_STATUSES;
use crate::domain::status::OrderState;
use crate::domain::value::{self, plain};
use crate::journal::Verdict::{Happened, NotHappened, Unknown};

fn unreadable(what: &str, e: String) -> Finding {
    Finding::new(Unknown, format!("the {what} could not be read ({e})"))
}

/// The order the read shows, and its id as the write named it.
fn order(w: &Write, data: &Value) -> Result<(String, Order), Finding> {
    let o = Order::from_value(data, "data").map_err(|e| unreadable("order", e))?;
    let id = w.first(Kind::Order).unwrap_or(&o.id).to_string();
    Ok((id, o))
}

pub fn order_paid(w: &Write, data: &Value) -> Finding {
    let (id, o) = match order(w, data) {
        Ok(x) => x,
        Err(f) => return f,
    };
    let state = format!("order {id}: {}", o.status);
    match o.state {
        Some(OrderState::AwaitingPayment) => {
            Finding::new(NotHappened, state).so("the payment did not happen")
        }
        Some(OrderState::AwaitingShipment | OrderState::Shipped | OrderState::Completed) => {
            Finding::new(Happened, state)
        }
        Some(OrderState::Closed) if !o.extra.paid.is_null() => {
            Finding::new(Happened, format!("{state} after it was paid"))
        }
        Some(OrderState::Closed) => {
            Finding::new(NotHappened, state).so("the payment did not happen")
        }
        _ => Finding::new(Unknown, state).so("this status does not tell whether it was paid"),
    }
}

pub fn order_cancelled(w: &Write, data: &Value) -> Finding {
    let (id, o) = match order(w, data) {
        Ok(x) => x,
        Err(f) => return f,
    };
    let state = format!("order {id}: {}", o.status);
    match o.state {
        Some(OrderState::Closed) => Finding::new(Happened, state),
        Some(OrderState::BeingCreated) | None => {
            Finding::new(Unknown, state).so("this status does not tell whether it was cancelled")
        }
        Some(_) => Finding::new(NotHappened, state).so("the cancellation did not happen"),
    }
}

pub fn order_warehouse(w: &Write, data: &Value) -> Finding {
    let (id, _) = match order(w, data) {
        Ok(x) => x,
        Err(f) => return f,
    };
    let wanted = w.body_text("warehouseName").unwrap_or_default();
    let shown = pick_text(data, &["warehouseName"]);
    if shown.is_empty() {
        return Finding::new(Unknown, format!("order {id} shows no pre-warehouse"));
    }
    let state = format!("order {id}: pre-warehouse {shown}");
    if shown == wanted
        && pick_text(data, &["warehouseAddress"])
            == w.body_text("warehouseAddress").unwrap_or_default()
    {
        Finding::new(Happened, state)
    } else {
        Finding::new(NotHappened, state).so(format!("not {wanted}: the change did not happen"))
    }
}

/// (item, SKU, quantity) of each line a create asked for (`orderLineList`, a JSON string).
fn wanted_lines(w: &Write) -> Option<Vec<(String, String, i64)>> {
    let raw = w.entry.body().get("orderLineList")?;
    let lines: Value = match raw {
        Value::String(s) => serde_json::from_str(s).ok()?,
        other => other.clone(),
    };
    lines
        .as_array()?
        .iter()
        .map(|l| {
            Some((
                plain(l.get("itemId")?),
                plain(l.get("skuId")?),
                value::int(l.get("quantity")?)?,
            ))
        })
        .collect()
}

pub fn order_created(w: &Write, data: &Value) -> Finding {
    let since = w.since_text();
    let Some(wanted) = wanted_lines(w) else {
        return Finding::new(
            Unknown,
            "the create's lines could not be read from the journal",
        );
    };
    let p = match page(data, "a list of orders") {
        Ok(p) => p,
        Err(e) => return unreadable("order list", e),
    };
    let mut matches: Vec<String> = Vec::new();
    let mut covered = 0;
    for (i, el) in p.elements.iter().enumerate() {
        let Ok(o) = Order::list_row_from_value(el, &format!("data[{i}]")) else {
            continue;
        };
        let fits = !o.lines.is_empty()
            && o.lines.iter().all(|l| {
                wanted.iter().any(|(item, sku, q)| {
                    &l.item_id == item && &l.sku_id == sku && l.quantity == Some(*q)
                })
            });
        if fits {
            covered += o.lines.len();
            matches.push(o.id);
        }
    }
    let full = p.elements.len() >= LIST_PAGE as usize;
    match (matches.len(), covered.cmp(&wanted.len())) {
        (0, _) if full => Finding::new(
            Unknown,
            format!("more than {LIST_PAGE} orders since {since}"),
        )
        .so("too many to tell which, if any, is this one"),
        (0, _) => Finding::new(
            NotHappened,
            format!("no order with these lines since {since}"),
        )
        .so("the create did not happen"),
        (_, std::cmp::Ordering::Equal) => {
            Finding::new(Happened, format!("order {}: created", matches.join(", ")))
        }
        _ => Finding::new(
            Unknown,
            format!("orders {} have some of these lines", matches.join(", ")),
        )
        .so("check which of them is this one"),
    }
}

/// The cart as one page, and whether that page is all of it.
fn cart(data: &Value) -> Result<(Vec<crate::api::types::cart::CartItem>, bool), Finding> {
    let p = cart_page(data).map_err(|e| unreadable("cart", e))?;
    Ok((p.items, p.page.total_pages.is_none_or(|t| t <= 1)))
}

pub fn cart_ordered(w: &Write, data: &Value) -> Finding {
    let ids = all(w.about, Kind::Cart);
    let (items, whole) = match cart(data) {
        Ok(x) => x,
        Err(f) => return f,
    };
    let present: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| items.iter().any(|i| i.id == *id))
        .collect();
    let list = ids.join(", ");
    // Creating the order takes its items out of the cart (docs/api.md#taobao-cart-create).
    if present.len() == ids.len() && !ids.is_empty() {
        Finding::new(NotHappened, format!("cart item {list} still in the cart"))
            .so("the order was not created")
    } else if present.is_empty() && whole && !ids.is_empty() {
        Finding::new(Happened, format!("cart item {list} no longer in the cart")).so(format!(
            "the order was created (pandapon order list --since {})",
            w.since_text()
        ))
    } else {
        Finding::new(
            Unknown,
            format!(
                "cart item {} of {list} still in the cart",
                present.join(", ")
            ),
        )
    }
}

pub fn cart_added(w: &Write, data: &Value) -> Finding {
    let item = w
        .body_text("itemMapId")
        .or_else(|| w.body_text("itemId"))
        .unwrap_or_default();
    let sku = w.body_text("skuId").unwrap_or_default();
    let (items, whole) = match cart(data) {
        Ok(x) => x,
        Err(f) => return f,
    };
    match items
        .iter()
        .find(|i| i.item_map_id == item && i.sku_id == sku)
    {
        Some(i) => Finding::new(
            Happened,
            format!(
                "cart item {}: item {item} SKU {sku}, quantity {}",
                i.id, i.quantity
            ),
        ),
        None if whole => Finding::new(
            NotHappened,
            format!("no cart line for item {item} SKU {sku}"),
        )
        .so("the add did not happen"),
        None => Finding::new(Unknown, "the cart has more than one page"),
    }
}

pub fn cart_edited(w: &Write, data: &Value) -> Finding {
    let id = w.first(Kind::Cart).unwrap_or_default().to_string();
    let wanted = w.entry.body().get("quantity").and_then(value::int);
    let (items, _) = match cart(data) {
        Ok(x) => x,
        Err(f) => return f,
    };
    match items.iter().find(|i| i.id == id) {
        Some(i) if Some(i.quantity) == wanted => {
            Finding::new(Happened, format!("cart item {id}: quantity {}", i.quantity))
        }
        Some(i) => Finding::new(
            NotHappened,
            format!("cart item {id}: quantity {}", i.quantity),
        )
        .so(format!(
            "not {}: the edit did not happen",
            wanted.unwrap_or_default()
        )),
        None => Finding::new(Unknown, format!("cart item {id} is no longer in the cart")),
    }
}

pub fn cart_deleted(w: &Write, data: &Value) -> Finding {
    let ids = all(w.about, Kind::Cart);
    let (items, whole) = match cart(data) {
        Ok(x) => x,
        Err(f) => return f,
    };
    let present: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| items.iter().any(|i| i.id == *id))
        .collect();
    let list = ids.join(", ");
    if present.is_empty() && whole {
        Finding::new(Happened, format!("cart item {list} no longer in the cart"))
    } else if present.len() == ids.len() {
        Finding::new(NotHappened, format!("cart item {list} still in the cart"))
            .so("the delete did not happen")
    } else {
        Finding::new(
            Unknown,
            format!(
                "cart item {} of {list} still in the cart",
                present.join(", ")
            ),
        )
    }
}

/// A reverse order's sub-order, wherever the answer keeps it.
fn sub_order(v: &Value) -> Option<String> {
    refund_field(v, "subOrderId")
        .or_else(|| refund_field(v, "purchaseOrderLineId"))
        .map(plain)
}

pub fn refund_submitted(w: &Write, data: &Value) -> Finding {
    let sub = w.first(Kind::SubOrder).unwrap_or_default().to_string();
    let since = w.since_text();
    let p = match page(data, "a list of after-sales requests") {
        Ok(p) => p,
        Err(e) => return unreadable("after-sales list", e),
    };
    if let Some(r) = p
        .elements
        .iter()
        .find(|r| sub_order(r).as_deref() == Some(&sub))
    {
        return Finding::new(
            Happened,
            format!(
                "refund {}: exists for sub-order {sub}",
                refund_text(r, "refundId")
            ),
        );
    }
    if p.elements.len() >= LIST_PAGE as usize {
        Finding::new(
            Unknown,
            format!("more than {LIST_PAGE} after-sales requests since {since}"),
        )
    } else if p.elements.iter().any(|r| sub_order(r).is_none()) {
        Finding::new(
            Unknown,
            "the after-sales list does not say which sub-order each is for",
        )
    } else {
        Finding::new(
            NotHappened,
            format!("no refund for sub-order {sub} since {since}"),
        )
        .so("the request was not submitted")
    }
}

fn refund_id(w: &Write) -> String {
    w.first(Kind::Refund).unwrap_or_default().to_string()
}

pub fn refund_modified(w: &Write, data: &Value) -> Finding {
    let id = refund_id(w);
    for key in ["reasonId", "refundFee", "refundDesc", "goodsStatus"] {
        let Some(wanted) = w.entry.body().get(key).filter(|v| !v.is_null()) else {
            continue;
        };
        let shown = refund_field(data, key).map(plain);
        match shown {
            None => {
                return Finding::new(Unknown, format!("refund {id} does not show its {key}"));
            }
            Some(s) if s != plain(wanted) => {
                return Finding::new(NotHappened, format!("refund {id}: {key} is {s}")).so(
                    format!("not {}: the modification did not happen", plain(wanted)),
                );
            }
            Some(_) => {}
        }
    }
    Finding::new(Happened, format!("refund {id}: shows the modified fields"))
}

pub fn refund_cancelled(w: &Write, data: &Value) -> Finding {
    let id = refund_id(w);
    let status = refund_text(data, "refundStatus");
    let state = format!("refund {id}: {}", status.to_lowercase().replace('_', " "));
    // Names only: PandaPon documents the numbers without their meanings (docs/api.md#refund-enums).
    match status.to_ascii_uppercase().as_str() {
        "CLOSED" => Finding::new(Happened, state),
        s if REFUND_STATUSES.contains(&s) => {
            Finding::new(NotHappened, state).so("the cancellation did not happen")
        }
        _ => Finding::new(Unknown, state).so("this status does not tell whether it was cancelled"),
    }
}

pub fn return_shipped(w: &Write, data: &Value) -> Finding {
    let id = refund_id(w);
    let wanted = w.body_text("logisticsNo").unwrap_or_default();
    let shown = pick(
        data,
        &[
            "refundOrderAggregate.logistics.logisticsNo",
            "logistics.logisticsNo",
            "logisticsNo",
        ],
    )
    .map(plain)
    .unwrap_or_default();
    if shown == wanted {
        Finding::new(Happened, format!("refund {id}: return shipped as {shown}"))
    } else if shown.is_empty() {
        Finding::new(NotHappened, format!("refund {id}: no return shipment"))
            .so("the return shipment was not recorded")
    } else {
        Finding::new(
            NotHappened,
            format!("refund {id}: return shipped as {shown}"),
        )
        .so(format!("not {wanted}: this submission did not take effect"))
    }
}

pub fn message_sent(w: &Write, data: &Value) -> Finding {
    let id = refund_id(w);
    let text = w.body_text("refundMessage").unwrap_or_default();
    let p = match page(data, "a list of messages") {
        Ok(p) => p,
        Err(e) => return unreadable("messages", e),
    };
    let found = p
        .elements
        .iter()
        .any(|m| pick_text(m, &["content", "refundMessage", "message", "text"]) == text);
    if found {
        Finding::new(Happened, format!("refund {id}: the message is there"))
    } else if p.total_pages.is_some_and(|t| t > 1) {
        Finding::new(
            Unknown,
            format!("refund {id}: not on the first page of messages"),
        )
    } else {
        Finding::new(NotHappened, format!("refund {id}: no such message"))
            .so("the message was not sent")
    }
}

pub fn address_stored(w: &Write, data: &Value) -> Finding {
    let p = match page(data, "a list of addresses") {
        Ok(p) => p,
        Err(e) => return unreadable("address book", e),
    };
    let b = w.entry.body();
    let same = |a: &Value| {
        ["name", "phone", "address"].iter().all(|k| {
            b.get(*k)
                .is_none_or(|want| pick_text(a, &[k]) == plain(want))
        })
    };
    let id = w.first(Kind::Address);
    let found = p
        .elements
        .iter()
        .find(|a| id.is_none_or(|id| pick_text(a, &["id", "addressId"]) == id) && same(a));
    let who = b.get("name").map(plain).unwrap_or_default();
    match found {
        Some(a) => Finding::new(
            Happened,
            format!(
                "address {}: {who} is in the address book",
                pick_text(a, &["id", "addressId"])
            ),
        ),
        None => Finding::new(NotHappened, format!("no address for {who} as sent"))
            .so("the address was not stored"),
    }
}
