//! The sandbox's 1688 cart (docs/api.md#alibaba-cart): the list as enabled and disabled seller
//! groups, add, edit, delete, and the preview and create of orders from it (one per seller).

use serde_json::{Value, json};

use super::create::{Cargo, check_address, make_orders, previews};
use super::{AlibabaState, CartRow, integer, offer_spec, properties, text};
use crate::sandbox::request::check_quantity_of;
use crate::sandbox::seed_1688::{self, Offer, Spec};
use crate::sandbox::{ApiError, ApiRequest, Reply};

/// Why a row cannot be ordered: its offer taken down, its spec sold out.
fn disabled(o: &Offer, s: &Spec) -> Option<&'static str> {
    if !o.on_sale {
        Some("商品已下架")
    } else if s.stock == 0 {
        Some("该规格已售罄")
    } else {
        None
    }
}

fn lookup(row: &CartRow) -> (&'static Offer, &'static Spec) {
    offer_spec(&row.offer, &row.spec_id, "cart").expect("cart rows hold seeded offers")
}

/// The documented cart item, plus `disableReason` on a disabled one (not documented, the
/// sandbox's: docs/api.md#alibaba-cart-list).
fn item_json(row: &CartRow) -> Value {
    let (o, s) = lookup(row);
    let mut v = json!({
        "id": row.id,
        "offerMapId": o.offer_map_id,
        "specId": s.spec_id,
        "skuId": s.sku_id,
        "itemTitle": o.subject,
        "itemPic": o.pic,
        "price": s.price_cents,
        "quantity": row.quantity,
        "amountOnSale": if o.on_sale { s.stock } else { 0 },
        "properties": properties(s),
    });
    if let Some(why) = disabled(o, s) {
        v["disableReason"] = json!(why);
    }
    v
}

/// `{enableList, disableList}`, each a list of seller groups in the order the cart first
/// names the seller.
pub fn list(a: &AlibabaState) -> Reply {
    let mut enable: Vec<(&str, Vec<Value>)> = Vec::new();
    let mut disable: Vec<(&str, Vec<Value>)> = Vec::new();
    for row in &a.cart {
        let (o, s) = lookup(row);
        let groups = if disabled(o, s).is_some() {
            &mut disable
        } else {
            &mut enable
        };
        match groups.iter_mut().find(|(seller, _)| *seller == o.seller) {
            Some(g) => g.1.push(item_json(row)),
            None => groups.push((o.seller, vec![item_json(row)])),
        }
    }
    let groups = |gs: Vec<(&str, Vec<Value>)>| -> Vec<Value> {
        gs.into_iter()
            .map(|(seller, items)| {
                let nick = seed_1688::seller(seller).map_or("", |s| s.nick);
                json!({"sellerOpenId": seller, "sellerNickName": nick, "cartItemInfos": items})
            })
            .collect()
    };
    Ok(json!({"disableList": groups(disable), "enableList": groups(enable)}))
}

pub fn add(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let b = req.body_object()?;
    let offer = text(b, "offerMapId")?;
    let spec = text(b, "specId")?;
    let quantity = integer(b, "quantity")?;
    let (o, s) = offer_spec(&offer, &spec, "cart add")?;
    if !o.on_sale {
        return Err(ApiError::conflict(format!(
            "offer {offer} has been taken down (商品已下架) and cannot be added"
        )));
    }
    let existing = a
        .cart
        .iter()
        .position(|r| r.offer == o.offer_map_id && r.spec_id == s.spec_id);
    let already = existing.map_or(0, |i| a.cart[i].quantity);
    check_quantity_of(quantity, s.stock, s.spec_id, "quantity")?;
    check_quantity_of(
        already + quantity,
        s.stock,
        s.spec_id,
        "the cart's quantity with this added",
    )?;
    let id = match existing {
        Some(i) => {
            a.cart[i].quantity += quantity;
            a.cart[i].id
        }
        None => {
            let id = a.next_cart_id;
            a.next_cart_id += 1;
            a.cart.push(CartRow {
                id,
                offer: o.offer_map_id.into(),
                spec_id: s.spec_id.into(),
                quantity,
            });
            id
        }
    };
    Ok(json!(id))
}

fn find(a: &AlibabaState, id: i64) -> Result<usize, ApiError> {
    a.cart
        .iter()
        .position(|r| r.id as i64 == id)
        .ok_or_else(|| ApiError::not_found(format!("cart item {id} does not exist")))
}

/// The documented v1 body: `id`, `quantity`.
pub fn edit(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let b = req.body_object()?;
    let id = integer(b, "id")?;
    let quantity = integer(b, "quantity")?;
    let i = find(a, id)?;
    let (_, s) = lookup(&a.cart[i]);
    check_quantity_of(quantity, s.stock, s.spec_id, "quantity")?;
    a.cart[i].quantity = quantity;
    Ok(json!(true))
}

pub fn delete(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let b = req.body_object()?;
    let ids = req.ids(b, "cartIds")?;
    for id in &ids {
        find(a, *id)?;
    }
    a.cart.retain(|r| !ids.contains(&(r.id as i64)));
    Ok(json!(true))
}

/// The rows `cartIds` names as order lines: every id in the cart, none disabled.
fn cargo(req: &ApiRequest, a: &AlibabaState) -> Result<Vec<(u64, Cargo)>, ApiError> {
    let b = req.body_object()?;
    let ids = req.ids(b, "cartIds")?;
    if ids.is_empty() {
        return Err(ApiError::bad("cartIds must name at least one cart item"));
    }
    ids.iter()
        .map(|id| {
            let row = &a.cart[find(a, *id)?];
            let (o, s) = lookup(row);
            if let Some(why) = disabled(o, s) {
                return Err(ApiError::conflict(format!(
                    "cart item {id} is disabled ({why}) and cannot be ordered; delete it"
                )));
            }
            Ok((
                row.id,
                Cargo {
                    offer: o,
                    spec: s,
                    quantity: row.quantity,
                },
            ))
        })
        .collect()
}

/// docs/api.md#alibaba-cart-preview: `cartIds`, `addressParam` optional.
pub fn preview(req: &ApiRequest, a: &AlibabaState) -> Reply {
    let lines = cargo(req, a)?;
    if let Some(addr) = req
        .body_object()?
        .get("addressParam")
        .filter(|v| !v.is_null())
    {
        check_address(addr, false)?;
    }
    let cargo: Vec<Cargo> = lines.into_iter().map(|(_, c)| c).collect();
    Ok(json!({ "orderPreviewResuslt": previews(&cargo) }))
}

/// docs/api.md#alibaba-cart-create: one order per seller whose part is accepted; its rows
/// leave the cart. Answers each merchant's result.
pub fn create(req: &ApiRequest, a: &mut AlibabaState) -> Reply {
    let b = req.body_object()?;
    text(b, "flow")?;
    let address = b
        .get("addressParam")
        .filter(|v| !v.is_null())
        .cloned()
        .ok_or_else(|| ApiError::bad("addressParam is required to create an order"))?;
    check_address(&address, true)?;
    let message = b
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let lines = cargo(req, a)?;
    let rows: Vec<(u64, &'static str)> =
        lines.iter().map(|(id, c)| (*id, c.offer.seller)).collect();
    let cargo: Vec<Cargo> = lines.into_iter().map(|(_, c)| c).collect();
    let results = make_orders(a, &cargo, &address, &message, req.now_ms);
    // The rows of the sellers whose order was made leave the cart.
    let made: Vec<&str> = results
        .iter()
        .filter(|r| r["success"] == json!(true))
        .filter_map(|r| r["sellerOpenId"].as_str())
        .collect();
    let taken: Vec<u64> = rows
        .iter()
        .filter(|(_, seller)| made.contains(seller))
        .map(|(id, _)| *id)
        .collect();
    a.cart.retain(|r| !taken.contains(&r.id));
    Ok(json!({ "resultList": results }))
}
