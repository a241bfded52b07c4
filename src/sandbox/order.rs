//! The sandbox's Taobao orders: list, detail, logistics, IM link, pre-warehouse, direct
//! render and create, pay and cancel, with the status machine a shop has:
//! WAIT_BUYER_PAY -pay-> WAIT_SELLER_SEND_GOODS -ship-> WAIT_BUYER_CONFIRM_GOODS -> TRADE_FINISHED,
//! and WAIT_BUYER_PAY -cancel-> TRADE_CLOSED.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::seed::{self, shop};
use super::state::{Order, OrderLine, State};
use super::{
    ApiError, ApiRequest, Reply, check_quantity, id_field, int_field, money, paged, paging,
    sort_page,
};
use crate::domain::status::OrderState;

pub const UNPAID: &str = OrderState::AwaitingPayment.api_name();
pub const PAID: &str = OrderState::AwaitingShipment.api_name();
pub const CLOSED: &str = OrderState::Closed.api_name();

/// A status in the words the error messages use.
pub fn describe_status(s: &str) -> &'static str {
    match s {
        UNPAID => "awaiting payment",
        PAID => "paid and waiting for the seller to ship",
        "WAIT_BUYER_CONFIRM_GOODS" => "shipped",
        "TRADE_FINISHED" => "completed",
        CLOSED => "closed",
        _ => "in an unknown state",
    }
}

pub fn line_json(o: &Order, l: &OrderLine) -> Value {
    let (p, k) = seed::sku(&l.item_map_id, &l.sku_id).expect("orders hold seeded products");
    json!({
        "subOrderId": l.id,
        "itemId": p.item_map_id,
        "skuId": k.sku_id,
        "itemTitle": p.title,
        "itemPic": p.pic,
        "properties": k.properties,
        "quantity": l.quantity,
        "price": l.unit_cents,
        "totalPrice": l.unit_cents * l.quantity,
        "currency": o.currency,
        "status": o.status,
    })
}

/// Field names from the documented order callbacks and messages (docs/api.md#callbacks).
pub fn order_json(o: &Order) -> Value {
    let shop = shop(o.shop_id).expect("seeded shop");
    let mut m = json!({
        "orderId": o.id,
        "orderStatus": o.status,
        "shopId": shop.id,
        "shopName": shop.name,
        "currency": o.currency,
        "productAmount": o.items_cents(),
        "shippingFee": o.shipping_cents,
        "totalAmount": o.total_cents(),
        "createTime": o.created_ms,
        "payTime": o.paid_ms,
    });
    let map = m.as_object_mut().expect("object");
    // A clone, not json!'s serialised copy.
    map.insert("receiver".into(), o.address.clone());
    for (k, v) in &o.extra {
        if k != "traces" {
            map.insert(k.clone(), v.clone());
        }
    }
    map.insert(
        "subOrders".into(),
        Value::Array(o.lines.iter().map(|l| line_json(o, l)).collect()),
    );
    m
}

fn find(s: &State, id: u64) -> Result<usize, ApiError> {
    s.orders
        .iter()
        .position(|o| o.id == id)
        .ok_or_else(|| ApiError::not_found(format!("order {id} does not exist")))
}

pub fn body_order_id(req: &ApiRequest) -> Result<u64, ApiError> {
    let b = req.body_object()?;
    id_field(b.get("orderId"), "orderId")
}

fn query_order_id(req: &ApiRequest) -> Result<u64, ApiError> {
    let v = req.query.get("orderId").map(|s| Value::String(s.clone()));
    id_field(v.as_ref(), "orderId")
}

pub fn list(req: &ApiRequest, s: &State) -> Reply {
    let b = req.body_object()?;
    let (page, size) = paging(b, Some(20))?;
    let status = match b.get("orderStatus") {
        None | Some(Value::Null) => None,
        Some(Value::String(st)) => Some(st.to_ascii_uppercase()),
        Some(v) => {
            return Err(ApiError::bad(format!(
                "orderStatus must be a string, got {v}"
            )));
        }
    };
    let from = int_field(b, "orderStartTime")?;
    let to = int_field(b, "orderEndTime")?;
    let mut matching: Vec<&Order> = s
        .orders
        .iter()
        .filter(|o| status.as_deref().is_none_or(|st| o.status == st))
        .filter(|o| from.is_none_or(|f| o.created_ms >= f) && to.is_none_or(|t| o.created_ms <= t))
        .collect();
    // Newest first, as an order history is read.
    sort_page(&mut matching, page, size, |a, b| {
        b.created_ms.cmp(&a.created_ms).then(b.id.cmp(&a.id))
    });
    Ok(paged(&matching, page, size, |o| order_json(o)))
}

pub fn get(req: &ApiRequest, s: &State) -> Reply {
    let id = query_order_id(req)?;
    Ok(order_json(&s.orders[find(s, id)?]))
}

pub fn logistics(req: &ApiRequest, s: &State) -> Reply {
    let id = query_order_id(req)?;
    let o = &s.orders[find(s, id)?];
    if o.extra.get("traces").is_none() {
        // Nothing shipped yet: no packages.
        return Ok(json!([]));
    }
    let mut pkg = Map::new();
    for k in ["logisticsCompanyName", "logisticsNo", "traces"] {
        if let Some(v) = o.extra.get(k) {
            pkg.insert(k.into(), v.clone());
        }
    }
    Ok(Value::Array(vec![Value::Object(pkg)]))
}

/// `{sourceType, bizId}` (the documented example body) -> the chat URL.
pub fn im_link(req: &ApiRequest, s: &State) -> Reply {
    let b = req.body_object()?;
    let id = id_field(b.get("bizId"), "bizId")?;
    find(s, id)?;
    Ok(json!(format!(
        "https://distributor.taobao.global/apps/open/imchat?loginToken=sandbox-{id}&bizId={id}"
    )))
}

pub fn update_warehouse(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    let id = id_field(b.get("orderId"), "orderId")?;
    let name = req.string(b, "warehouseName")?;
    let address = req.string(b, "warehouseAddress")?;
    let i = find(s, id)?;
    let o = &mut s.orders[i];
    if o.status != UNPAID && o.status != PAID {
        return Err(ApiError::conflict(format!(
            "order {id} is {}: the warehouse can only change before the seller ships",
            describe_status(&o.status)
        )));
    }
    o.extra.insert("warehouseName".into(), json!(name));
    o.extra.insert("warehouseAddress".into(), json!(address));
    Ok(json!(true))
}

pub fn pay(req: &ApiRequest, s: &mut State) -> Reply {
    let id = body_order_id(req)?;
    let i = find(s, id)?;
    let o = &mut s.orders[i];
    if o.status != UNPAID {
        return Err(ApiError::conflict(format!(
            "order {id} is {}; only an order awaiting payment can be paid",
            describe_status(&o.status)
        )));
    }
    o.status = PAID.into();
    o.paid_ms = Some(req.now_ms);
    // The documented 1688 pay's shape (docs/api.md#alibaba-order-pay): the flag is what the
    // client reads as "paid".
    Ok(json!({
        "orderId": id, "protocolPaySuccess": true, "payUrl": "", "cantPayOrderList": [],
        "payAmount": o.total_cents(), "currency": o.currency
    }))
}

pub fn cancel(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    let id = id_field(b.get("orderId"), "orderId")?;
    let reason = b
        .get("cancelReason")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let i = find(s, id)?;
    let o = &mut s.orders[i];
    if o.status != UNPAID {
        let next = if o.status == CLOSED {
            "".to_string()
        } else {
            format!(
                "; to get money back, ask for a refund (pandapon after-sales render --sub-order {} --type 1 --goods-status 1)",
                o.lines[0].id
            )
        };
        return Err(ApiError::conflict(format!(
            "order {id} is {} and cannot be cancelled{next}",
            describe_status(&o.status)
        )));
    }
    o.status = CLOSED.into();
    if !reason.is_empty() {
        o.extra.insert("cancelReason".into(), json!(reason));
    }
    Ok(json!(true))
}

/// A field the v1 order API sends as a JSON *string* (orderLineList, receiver); an
/// already-decoded value is accepted too.
fn json_field(b: &Map<String, Value>, key: &str) -> Result<Value, ApiError> {
    match b.get(key) {
        None | Some(Value::Null) => Err(ApiError::bad(format!("{key} is required"))),
        Some(Value::String(t)) => {
            crate::domain::json::check(t.as_bytes(), crate::domain::json::MAX_VALUES).map_err(
                |n| {
                    ApiError::bad(format!(
                        "{key} holds about {n} JSON values, too many to parse"
                    ))
                },
            )?;
            serde_json::from_str(t)
                .map_err(|e| ApiError::bad(format!("{key} must be a JSON string: {e}")))
        }
        Some(v) => Ok(v.clone()),
    }
}

struct Wanted {
    item: &'static seed::Product,
    sku: &'static seed::Sku,
    quantity: i64,
    line_no: i64,
}

fn wanted_lines(b: &Map<String, Value>) -> Result<Vec<Wanted>, ApiError> {
    let lines = json_field(b, "orderLineList")?;
    let Some(lines) = lines.as_array().filter(|l| !l.is_empty()) else {
        return Err(ApiError::bad("orderLineList must list at least one line"));
    };
    let text = |v: Option<&Value>| match v {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let at = format!("orderLineList[{i}]");
            let item = text(l.get("itemId"))
                .ok_or_else(|| ApiError::bad(format!("{at}.itemId is required")))?;
            let sku_id = text(l.get("skuId"))
                .ok_or_else(|| ApiError::bad(format!("{at}.skuId is required")))?;
            let quantity: i64 = text(l.get("quantity"))
                .and_then(|q| q.parse().ok())
                .ok_or_else(|| ApiError::bad(format!("{at}.quantity must be a whole number")))?;
            let (p, k) = seed::sku(&item, &sku_id).ok_or_else(|| {
                ApiError::not_found(format!("{at}: no SKU {sku_id} of product {item}"))
            })?;
            check_quantity(quantity, k, &format!("{at}.quantity"))?;
            Ok(Wanted {
                item: p,
                sku: k,
                quantity,
                line_no: i as i64 + 1,
            })
        })
        .collect()
}

fn by_shop(lines: Vec<Wanted>) -> BTreeMap<usize, (u64, Vec<Wanted>)> {
    let mut order: Vec<u64> = Vec::new();
    let mut groups: BTreeMap<usize, (u64, Vec<Wanted>)> = BTreeMap::new();
    for w in lines {
        let pos = order
            .iter()
            .position(|&s| s == w.item.shop_id)
            .unwrap_or_else(|| {
                order.push(w.item.shop_id);
                order.len() - 1
            });
        groups
            .entry(pos)
            .or_insert((w.item.shop_id, Vec::new()))
            .1
            .push(w);
    }
    groups
}

fn unit(w: &Wanted) -> i64 {
    w.sku.promotion_price.unwrap_or(w.sku.price)
}

/// What the direct order would cost, per shop, in the cart preview's shape.
pub fn render(req: &ApiRequest, _s: &State) -> Reply {
    let b = req.body_object()?;
    let lines = wanted_lines(b)?;
    super::cart::check_address(&json_field(b, "receiver")?, true)?;
    let mut total = 0;
    let orders: Vec<Value> = by_shop(lines)
        .values()
        .map(|(shop_id, ws)| {
            let shop = shop(*shop_id).expect("seeded shop");
            total += shop.shipping_cents + ws.iter().map(|w| unit(w) * w.quantity).sum::<i64>();
            json!({
                "shopId": shop.id,
                "shopName": shop.name,
                "userNick": null,
                "mainlandShippingFee": money(shop.shipping_cents, "CNY"),
                "orderFee": money(0, "CNY"),
                "cartItemInfos": ws.iter().map(|w| json!({
                    "id": w.line_no,
                    "itemMapId": w.item.item_map_id,
                    "skuId": w.sku.sku_id,
                    "itemTitle": w.item.title,
                    "itemPic": w.item.pic,
                    "mpId": w.item.mp_id,
                    "mpSkuId": w.sku.mp_sku_id,
                    "price": w.sku.price,
                    "promotionPrice": w.sku.promotion_price,
                    "properties": w.sku.properties,
                    "quantity": w.quantity,
                    "skuQuantity": w.sku.stock,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    Ok(json!({"totalRealPayPrice": money(total, "CNY"), "confirmOrders": orders}))
}

/// One order per shop, awaiting payment. `purchaseAmount` (cents) is a budget: an order that
/// would cost more is refused.
pub fn create(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    let lines = wanted_lines(b)?;
    let receiver = json_field(b, "receiver")?;
    super::cart::check_address(&receiver, true)?;
    let groups = by_shop(lines);
    let total: i64 = groups
        .values()
        .map(|(sh, ws)| {
            shop(*sh).expect("seeded").shipping_cents
                + ws.iter().map(|w| unit(w) * w.quantity).sum::<i64>()
        })
        .sum();
    if let Some(budget) = int_field(b, "purchaseAmount")?
        && total > budget
    {
        return Err(ApiError::bad(format!(
            "the order costs {total} cents, more than purchaseAmount {budget}"
        )));
    }
    let mut extra = Map::new();
    for k in ["orderSource", "sellerOrderNumber"] {
        if let Some(v) = b.get(k).filter(|v| v.is_string()) {
            extra.insert(k.into(), v.clone());
        }
    }
    let mut ids = Vec::new();
    for (_, ws) in groups.values() {
        let lines: Vec<(&str, &str, i64)> = ws
            .iter()
            .map(|w| (w.item.item_map_id, w.sku.sku_id, w.quantity))
            .collect();
        let id = s.add_order(&lines, UNPAID, req.now_ms, receiver.clone(), extra.clone());
        ids.push(id);
    }
    Ok(json!({"orderIds": ids}))
}
