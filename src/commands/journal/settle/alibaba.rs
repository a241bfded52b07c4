//! Settling 1688 writes. Orders read as Taobao's do (the order view reads both platforms'
//! details, and the trade statuses map to the shared states), so pay and cancel share
//! Taobao's judges; what differs is the read (`alibaba.order.get` takes a body) and the
//! shapes of creates (`cargoParamList`) and of the cart (groups by seller).

use serde_json::{Value, json};

use super::{Finding, LIST_PAGE, Read, Write, order, unreadable};
use crate::api::Call;
use crate::api::types::order::Order;
use crate::api::types::{page, pick_text};
use crate::commands::journal::about::{Kind, all};
use crate::domain::status::OrderState;
use crate::domain::value;
use crate::journal::Verdict::{Happened, NotHappened, Unknown};

/// The order a write was about, by the v1 detail body (docs/api.md#alibaba-order-get).
pub const ORDER: Read = Read {
    call: |w| {
        Some(
            Call::new("alibaba.order.get")
                .body(json!({"webSite": "1688", "orderId": w.first(Kind::Order)?})),
        )
    },
    command: |w| {
        Some(format!(
            "pandapon --platform 1688 order show {}",
            w.first(Kind::Order)?
        ))
    },
};

/// The orders created since a create was sent (docs/api.md#alibaba-order-list).
pub const ORDERS_SINCE: Read =
    Read {
        call: |w| {
            Some(Call::new("alibaba.order.list").body(
                json!({"beginPage": 1, "pageSize": LIST_PAGE, "createStartTime": w.since_ms()?}),
            ))
        },
        command: |w| {
            Some(format!(
                "pandapon --platform 1688 order list --since {}",
                w.since_text()
            ))
        },
    };

/// The whole 1688 cart: it is not paged (docs/api.md#alibaba-cart-list).
pub const CART: Read = Read {
    call: |_| Some(Call::new("alibaba.cart.list")),
    command: |_| Some("pandapon --platform 1688 cart list".into()),
};

/// One after-sales request (docs/api.md#alibaba-refund-get).
pub const REFUND: Read = Read {
    call: |w| {
        Some(Call::new("alibaba.refund.get").body(json!({"refundId": w.first(Kind::Refund)?})))
    },
    command: |w| {
        Some(format!(
            "pandapon --platform 1688 after-sales show {}",
            w.first(Kind::Refund)?
        ))
    },
};

/// A batch pay is settled by its first order; the others are named to look at.
pub fn batch_paid(w: &Write, data: &Value) -> Finding {
    let f = order::paid(w, data);
    let ids = all(w.about, Kind::Order);
    match ids.as_slice() {
        [_, rest @ ..] if !rest.is_empty() => f.so(format!(
            "for the batch's other orders, see `pandapon --platform 1688 order show {}`",
            rest.join(" ")
        )),
        _ => f,
    }
}

/// Confirming receipt completes a shipped order (docs/api.md#alibaba-trade-statuses).
pub fn received(w: &Write, data: &Value) -> Finding {
    let o = match Order::from_value(data, "data") {
        Ok(o) => o,
        Err(e) => return unreadable("order", e),
    };
    let id = w.first(Kind::Order).unwrap_or(&o.id).to_string();
    let state = format!("order {id}: {}", o.status);
    match o.state {
        Some(OrderState::Completed) => Finding::new(Happened, state),
        Some(OrderState::Shipped) => {
            Finding::new(NotHappened, state).so("the receipt was not confirmed")
        }
        _ => Finding::new(Unknown, state).so("this status does not tell"),
    }
}

/// (offer, spec, quantity) of each line a create asked for (`cargoParamList`).
fn wanted_cargo(w: &Write) -> Option<Vec<(String, String, i64)>> {
    w.entry
        .body()
        .get("cargoParamList")?
        .as_array()?
        .iter()
        .map(|c| {
            let offer = pick_text(c, &["offerMapId", "offerId"]);
            let spec = pick_text(c, &["specId"]);
            let qty = value::int(c.get("quantity")?)?;
            (!offer.is_empty()).then_some((offer, spec, qty))
        })
        .collect()
}

/// A line of an order as listed: its offer (either id), its spec and quantity.
fn line_fits(line: &Value, (offer, spec, qty): &(String, String, i64)) -> bool {
    let by_offer = [
        pick_text(line, &["offerMapId"]),
        pick_text(line, &["offerId"]),
    ];
    by_offer.contains(offer)
        && pick_text(line, &["specId"]) == *spec
        && line.get("quantity").and_then(value::int) == Some(*qty)
}

/// A create (one seller or a batch of several) happened when orders since it was sent hold
/// every line it asked for.
pub fn created(w: &Write, data: &Value) -> Finding {
    let since = w.since_text();
    let Some(wanted) = wanted_cargo(w) else {
        return Finding::new(
            Unknown,
            "the create's lines could not be read from the journal",
        );
    };
    let p = match page(data, "a list of orders") {
        Ok(p) => p,
        Err(e) => return unreadable("order list", e),
    };
    let mut matches = Vec::new();
    let mut covered = vec![false; wanted.len()];
    for el in &p.elements {
        let lines = el
            .get("productItems")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let hits: Vec<usize> = (0..wanted.len())
            .filter(|&i| lines.iter().any(|l| line_fits(l, &wanted[i])))
            .collect();
        if !lines.is_empty() && hits.len() == lines.len() {
            hits.iter().for_each(|&i| covered[i] = true);
            matches.push(pick_text(el, &["orderId", "id"]));
        }
    }
    let full = p.elements.len() >= LIST_PAGE as usize;
    match (matches.is_empty(), covered.iter().all(|c| *c)) {
        (true, _) if full => Finding::new(
            Unknown,
            format!("more than {LIST_PAGE} orders since {since}"),
        )
        .so("too many to tell which, if any, is this one"),
        (true, _) => Finding::new(
            NotHappened,
            format!("no order with these lines since {since}"),
        )
        .so("the create did not happen"),
        (false, true) => Finding::new(Happened, format!("order {}: created", matches.join(", "))),
        (false, false) => Finding::new(
            Unknown,
            format!("orders {} have some of these lines", matches.join(", ")),
        )
        .so("check which sellers' orders were made"),
    }
}

/// The cart line the add asked for, among both groups (enabled and disabled).
pub fn added(w: &Write, data: &Value) -> Finding {
    let offer = w.body_text("offerMapId").unwrap_or_default();
    let spec = w.body_text("specId").unwrap_or_default();
    let groups = ["enableList", "disableList"];
    if !groups.iter().any(|g| data.get(g).is_some()) {
        return unreadable("cart", "it has neither enableList nor disableList".into());
    }
    let line = groups
        .iter()
        .filter_map(|g| data.get(g).and_then(Value::as_array))
        .flatten()
        .filter_map(|seller| seller.get("cartItemInfos").and_then(Value::as_array))
        .flatten()
        .find(|i| {
            [pick_text(i, &["offerMapId"]), pick_text(i, &["offerId"])].contains(&offer)
                && pick_text(i, &["specId"]) == spec
        });
    match line {
        Some(i) => Finding::new(
            Happened,
            format!(
                "cart item {}: offer {offer} spec {spec}, quantity {}",
                pick_text(i, &["id"]),
                pick_text(i, &["quantity"])
            ),
        ),
        None => Finding::new(
            NotHappened,
            format!("no cart line for offer {offer} spec {spec}"),
        )
        .so("the add did not happen"),
    }
}

/// The return shipment shows as the waybill on the request (docs/api.md#alibaba-refund-get).
pub fn return_shipped(w: &Write, data: &Value) -> Finding {
    let id = w.first(Kind::Refund).unwrap_or_default().to_string();
    let wanted = w.body_text("freightBill").unwrap_or_default();
    let shown = pick_text(data, &["freightBill"]);
    let status = pick_text(data, &["status"]);
    if data.get("refundId").is_none() && data.get("id").is_none() {
        return unreadable("after-sales request", "it names no request".into());
    }
    if !wanted.is_empty() && shown == wanted {
        Finding::new(
            Happened,
            format!("after-sales {id}: waybill {shown}, {status}"),
        )
    } else if shown.is_empty() {
        Finding::new(
            NotHappened,
            format!("after-sales {id}: no waybill, {status}"),
        )
        .so("the return shipment was not recorded")
    } else {
        Finding::new(
            Unknown,
            format!("after-sales {id}: waybill {shown}, not {wanted}"),
        )
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::commands::journal::settle::judge;
    use crate::journal::Verdict::{Happened, NotHappened, Unknown};

    #[test]
    fn a_1688_create_is_found_by_its_cargo_lines() {
        let body = json!({"cargoParamList": [
            {"offerMapId": "Ak7Q", "specId": "s1", "quantity": 10},
            {"offerMapId": "Bq3R", "specId": "s2", "quantity": 5}
        ]});
        let order = |id: u64, offer: &str, spec: &str, q: i64| json!({"orderId": id, "productItems": [{"offerMapId": offer, "specId": spec, "quantity": q}]});
        let both = json!({"data": [order(1, "Ak7Q", "s1", 10), order(2, "Bq3R", "s2", 5)]});
        assert_eq!(
            judge("alibaba.order.batch_create", body.clone(), both).0,
            Happened
        );
        let one = json!({"data": [order(1, "Ak7Q", "s1", 10)]});
        assert_eq!(
            judge("alibaba.order.batch_create", body.clone(), one).0,
            Unknown
        );
        let none = json!({"data": [order(3, "Ak7Q", "s1", 11)]});
        assert_eq!(
            judge("alibaba.order.batch_create", body, none).0,
            NotHappened
        );
    }

    #[test]
    fn receipt_cart_and_return_shipment() {
        let r = |status: &str| {
            judge(
                "alibaba.order.confirm_receipt",
                json!({"orderId": "9"}),
                json!({"orderId": 9, "status": status}),
            )
            .0
        };
        assert_eq!(r("success"), Happened);
        assert_eq!(r("waitbuyerreceive"), NotHappened);
        assert_eq!(r("waitbuyerpay"), Unknown);

        let cart = json!({"enableList": [], "disableList": [{"cartItemInfos": [
            {"id": 7, "offerMapId": "Et6U", "specId": "s9", "quantity": 1}]}]});
        let add = |spec: &str| {
            judge(
                "alibaba.cart.add",
                json!({"offerMapId": "Et6U", "specId": spec, "quantity": 1}),
                cart.clone(),
            )
            .0
        };
        assert_eq!(add("s9"), Happened, "found among the disabled too");
        assert_eq!(add("s8"), NotHappened);

        let ship = |bill: Value| {
            judge(
                "alibaba.refund.submit_info",
                json!({"refundId": "TQ1", "freightBill": "SF1"}),
                json!({"refundId": "TQ1", "status": "waitsellerreceive", "freightBill": bill}),
            )
            .0
        };
        assert_eq!(ship(json!("SF1")), Happened);
        assert_eq!(ship(Value::Null), NotHappened);
    }

    use serde_json::Value;
}
