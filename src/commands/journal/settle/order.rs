//! Settling order writes: the order's status shows a payment or a cancellation, its
//! pre-warehouse a change of it, and the orders created since a create was sent the create.

use serde_json::Value;

use super::{Finding, LIST_PAGE, Write, unreadable};
use crate::api::types::order::Order;
use crate::api::types::{page, pick_text};
use crate::commands::journal::about::Kind;
use crate::domain::status::OrderState;
use crate::domain::value::{self, plain};
use crate::journal::Verdict::{Happened, NotHappened, Unknown};

/// The order the read shows, and its id as the write named it.
fn order(w: &Write, data: &Value) -> Result<(String, Order), Finding> {
    let o = Order::from_value(data, "data").map_err(|e| unreadable("order", e))?;
    let id = w.first(Kind::Order).unwrap_or(&o.id).to_string();
    Ok((id, o))
}

pub fn paid(w: &Write, data: &Value) -> Finding {
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

pub fn cancelled(w: &Write, data: &Value) -> Finding {
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

pub fn warehouse(w: &Write, data: &Value) -> Finding {
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

pub fn created(w: &Write, data: &Value) -> Finding {
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::commands::journal::settle::judge;

    #[test]
    fn orders_paid_cancelled_or_not() {
        let pay = |status: &str, pay_time: Value| {
            judge(
                "taobao.order.pay",
                json!({"orderId": "7"}),
                json!({"orderId": 7, "orderStatus": status, "payTime": pay_time}),
            )
        };
        assert_eq!(
            pay("WAIT_SELLER_SEND_GOODS", json!(1)),
            (
                Happened,
                "order 7: paid, waiting for shipment, as of T".into()
            )
        );
        assert_eq!(
            pay("WAIT_BUYER_PAY", Value::Null),
            (
                NotHappened,
                "order 7: waiting for payment, as of T: the payment did not happen".into()
            )
        );
        assert_eq!(
            pay("TRADE_CLOSED", json!(1)).0,
            Happened,
            "closed after it was paid"
        );
        assert_eq!(pay("TRADE_CLOSED", Value::Null).0, NotHappened);
        assert_eq!(pay("SOMETHING_NEW", Value::Null).0, Unknown);
        let cancel = |status: &str| {
            judge(
                "taobao.order.cancel",
                json!({"orderId": "7"}),
                json!({"orderId": 7, "orderStatus": status}),
            )
            .0
        };
        assert_eq!(cancel("TRADE_CLOSED"), Happened);
        assert_eq!(cancel("WAIT_BUYER_PAY"), NotHappened);
        assert_eq!(cancel("WAIT_SELLER_SEND_GOODS"), NotHappened);
        assert_eq!(
            judge(
                "taobao.order.pay",
                json!({"orderId": "7"}),
                json!("nonsense")
            )
            .0,
            Unknown
        );
        let wh = |name: &str| {
            judge(
                "taobao.order.update_warehouse",
                json!({"orderId": "7", "warehouseName": "一号仓库", "warehouseAddress": "广西省"}),
                json!({"orderId": 7, "warehouseName": name, "warehouseAddress": "广西省"}),
            )
            .0
        };
        assert_eq!(wh("一号仓库"), Happened);
        assert_eq!(wh("二号仓库"), NotHappened);
    }

    #[test]
    fn a_create_is_found_by_its_lines_or_did_not_happen() {
        let body = json!({"orderLineList":
            r#"[{"itemId":"I1","skuId":"S1","quantity":"2"},{"itemId":"I2","skuId":"S2","quantity":"1"}]"#});
        let order = |id: u64, lines: Value| json!({"orderId": id, "orderStatus": "WAIT_BUYER_PAY", "subOrders": lines});
        let l1 = json!([{"itemId": "I1", "skuId": "S1", "quantity": 2}]);
        let l2 = json!([{"itemId": "I2", "skuId": "S2", "quantity": 1}]);
        let other = json!([{"itemId": "I9", "skuId": "S9", "quantity": 1}]);
        let list = |orders: Vec<Value>| json!({"data": orders, "totalPage": 1});
        let (v, s) = judge(
            "taobao.order.create",
            body.clone(),
            list(vec![
                order(1, l1.clone()),
                order(2, l2.clone()),
                order(3, other.clone()),
            ]),
        );
        assert_eq!((v, s.as_str()), (Happened, "order 1, 2: created, as of T"));
        let (v, s) = judge(
            "taobao.order.create",
            body.clone(),
            list(vec![order(3, other)]),
        );
        assert_eq!(v, NotHappened);
        assert_eq!(
            s,
            "no order with these lines since 2026-05-01T07:50:00Z, as of T: the create did not happen"
        );
        assert_eq!(
            judge(
                "taobao.order.create",
                body.clone(),
                list(vec![order(1, l1.clone())])
            )
            .0,
            Unknown,
            "half of it"
        );
        assert_eq!(
            judge(
                "taobao.order.create",
                body,
                list(vec![order(1, l1.clone()), order(2, l2), order(4, l1)])
            )
            .0,
            Unknown,
            "one too many"
        );
    }
}
