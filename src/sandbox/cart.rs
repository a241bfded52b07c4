//! The sandbox's cart and product operations.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::seed::{self, Product, Sku};
use super::state::{CartRow, State};
use super::{ApiError, ApiRequest, Reply, check_quantity, money, paged};

/// A cart item in the seed document's field order.
fn item_json(row: &CartRow, p: &Product, s: &Sku) -> Map<String, Value> {
    let v = json!({
        "id": row.id,
        "itemMapId": p.item_map_id,
        "skuId": s.sku_id,
        "itemTitle": p.title,
        "itemPic": p.pic,
        "mpId": p.mp_id,
        "mpSkuId": s.mp_sku_id,
        "price": s.price,
        "promotionPrice": s.promotion_price,
        "properties": s.properties,
        "quantity": row.quantity,
        "skuQuantity": s.stock,
        "userNick": null,
        "priceRanges": null,
        "quoteType": null,
        "productNo": null,
    });
    match v {
        Value::Object(m) => m,
        _ => unreachable!(),
    }
}

fn lookup(row: &CartRow) -> (&'static Product, &'static Sku) {
    seed::sku(&row.item_map_id, &row.sku_id).expect("cart rows only hold seeded products")
}

pub fn list(req: &ApiRequest, s: &State) -> Reply {
    let page = req.query_int("pageNo", 1, 1, 100_000)?;
    let size = req.query_int("pageSize", 20, 1, 200)?;
    Ok(paged(&s.cart, page, size, |row| {
        let (p, sku) = lookup(row);
        let shop = seed::shop(p.shop_id).expect("seeded shop");
        let mut m = item_json(row, p, sku);
        m.insert("shopId".into(), json!(shop.id));
        m.insert("shopName".into(), json!(shop.name));
        Value::Object(m)
    }))
}

pub fn add(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    let item = req.string(b, "itemMapId")?;
    let sku_id = req.string(b, "skuId")?;
    req.string(b, "mpId")?;
    req.string(b, "mpSkuId")?;
    let quantity = req.int(b, "quantity")?;
    let (p, sku) = seed::sku(&item, &sku_id)
        .ok_or_else(|| ApiError::not_found(format!("no SKU {sku_id} of product {item}")))?;
    if let Some(why) = super::goods::taobao_refusal(&item) {
        return Err(ApiError::conflict(format!(
            "item {item} cannot be bought through PandaPon: {why}"
        )));
    }
    // Adding a SKU that is already in the cart adds to that row, as the shop does.
    let existing = s
        .cart
        .iter()
        .position(|r| r.item_map_id == p.item_map_id && r.sku_id == sku.sku_id);
    let already = existing.map_or(0, |i| s.cart[i].quantity);
    check_quantity(quantity, sku, "quantity")?;
    check_quantity(
        already + quantity,
        sku,
        "the cart's quantity with this added",
    )?;
    let id = match existing {
        Some(i) => {
            s.cart[i].quantity += quantity;
            s.cart[i].id
        }
        None => {
            let id = s.next_cart_id;
            s.next_cart_id += 1;
            s.cart.push(CartRow {
                id,
                item_map_id: p.item_map_id.into(),
                sku_id: sku.sku_id.into(),
                quantity,
            });
            id
        }
    };
    Ok(json!(id))
}

fn find(s: &State, id: i64) -> Result<usize, ApiError> {
    s.cart
        .iter()
        .position(|r| r.id as i64 == id)
        .ok_or_else(|| ApiError::not_found(format!("cart item {id} does not exist")))
}

pub fn edit(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    let id = req.int(b, "id")?;
    let quantity = req.int(b, "quantity")?;
    let i = find(s, id)?;
    let (_, sku) = lookup(&s.cart[i]);
    check_quantity(quantity, sku, "quantity")?;
    s.cart[i].quantity = quantity;
    Ok(json!(true))
}

pub fn delete(req: &ApiRequest, s: &mut State) -> Reply {
    let b = req.body_object()?;
    let ids = req.ids(b, "ids")?;
    for id in &ids {
        find(s, *id)?;
    }
    s.cart.retain(|r| !ids.contains(&(r.id as i64)));
    Ok(json!(true))
}

/// The cart rows for `ids`, grouped by shop in the order the shops first appear.
fn by_shop(req: &ApiRequest, s: &State) -> Result<BTreeMap<usize, (u64, Vec<CartRow>)>, ApiError> {
    let b = req.body_object()?;
    let ids = req.ids(b, "ids")?;
    if ids.is_empty() {
        return Err(ApiError::bad("ids must name at least one cart item"));
    }
    let mut groups: BTreeMap<usize, (u64, Vec<CartRow>)> = BTreeMap::new();
    let mut order: Vec<u64> = Vec::new();
    for id in ids {
        let row = s.cart[find(s, id)?].clone();
        let (p, _) = lookup(&row);
        let pos = match order.iter().position(|&sh| sh == p.shop_id) {
            Some(i) => i,
            None => {
                order.push(p.shop_id);
                order.len() - 1
            }
        };
        groups
            .entry(pos)
            .or_insert((p.shop_id, Vec::new()))
            .1
            .push(row);
    }
    Ok(groups)
}

pub fn preview(req: &ApiRequest, s: &State) -> Reply {
    let groups = by_shop(req, s)?;
    if let Some(a) = req
        .body_object()?
        .get("orderAddress")
        .filter(|a| !a.is_null())
    {
        check_address(a, false)?;
    }
    let orders: Vec<Value> = groups
        .values()
        .map(|(shop_id, rows)| {
            let shop = seed::shop(*shop_id).expect("seeded shop");
            json!({
                "shopId": shop.id,
                "shopName": shop.name,
                "userNick": null,
                "mainlandShippingFee": money(shop.shipping_cents, "CNY"),
                "orderFee": money(0, "CNY"),
                "cartItemInfos": rows.iter().map(|r| {
                    let (p, sku) = lookup(r);
                    Value::Object(item_json(r, p, sku))
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    // The documented example leaves the total null; the client adds it up.
    Ok(json!({ "totalRealPayPrice": null, "confirmOrders": orders }))
}

/// Required: a recipient, a phone, a street. `required` is false for a preview.
pub fn check_address(a: &Value, required: bool) -> Result<(), ApiError> {
    let Some(o) = a.as_object() else {
        return Err(ApiError::bad("orderAddress must be an object"));
    };
    for (k, v) in o {
        if !(v.is_string() || v.is_null()) {
            return Err(ApiError::bad(format!("orderAddress.{k} must be a string")));
        }
    }
    if required {
        let has = |k: &str| {
            o.get(k)
                .and_then(Value::as_str)
                .is_some_and(|s| !s.trim().is_empty())
        };
        if !has("name") {
            return Err(ApiError::bad(
                "orderAddress.name (the recipient) is required",
            ));
        }
        if !has("mobile_phone") && !has("phone") {
            return Err(ApiError::bad(
                "orderAddress.mobile_phone or orderAddress.phone is required",
            ));
        }
        if !has("address") {
            return Err(ApiError::bad(
                "orderAddress.address (the street address) is required",
            ));
        }
    }
    Ok(())
}

/// One order per shop, awaiting payment; the items leave the cart.
pub fn create(req: &ApiRequest, s: &mut State) -> Reply {
    let groups = by_shop(req, s)?;
    let address = req
        .body_object()?
        .get("orderAddress")
        .filter(|a| !a.is_null())
        .cloned()
        .ok_or_else(|| ApiError::bad("orderAddress is required to create an order"))?;
    check_address(&address, true)?;
    let mut ids = Vec::new();
    for (_, rows) in groups.values() {
        let lines: Vec<(&str, &str, i64)> = rows
            .iter()
            .map(|r| (r.item_map_id.as_str(), r.sku_id.as_str(), r.quantity))
            .collect();
        let order_id = s.add_order(
            &lines,
            "WAIT_BUYER_PAY",
            req.now_ms,
            address.clone(),
            Map::new(),
        );
        let taken: Vec<u64> = rows.iter().map(|r| r.id).collect();
        s.cart.retain(|r| !taken.contains(&r.id));
        ids.push(order_id);
    }
    Ok(json!({ "orderIds": ids }))
}
