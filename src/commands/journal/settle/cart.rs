//! Settling cart writes by the cart as it is now (one page of 200: more, and absence proves
//! nothing).

use serde_json::Value;

use super::{Finding, Write, unreadable};
use crate::api::types::alibaba::cart_lists;
use crate::api::types::cart::{CartItem, cart_page};
use crate::commands::journal::about::{Kind, all};
use crate::domain::value;
use crate::journal::Verdict::{Happened, NotHappened, Unknown};

/// The cart as one page, and whether that page is all of it. The 1688 cart comes whole, in
/// groups by seller, its disabled lines apart (docs/api.md#alibaba-cart-list).
fn cart(w: &Write, data: &Value) -> Result<(Vec<CartItem>, bool), Finding> {
    if w.entry.operation().starts_with("alibaba.") {
        let p = cart_lists(data).map_err(|e| unreadable("cart", e))?;
        return Ok((p.items, true));
    }
    let p = cart_page(data).map_err(|e| unreadable("cart", e))?;
    Ok((p.items, p.page.total_pages.is_none_or(|t| t <= 1)))
}

pub fn ordered(w: &Write, data: &Value) -> Finding {
    let ids = all(w.about, Kind::Cart);
    let (items, whole) = match cart(w, data) {
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

pub fn added(w: &Write, data: &Value) -> Finding {
    let item = w
        .body_text("itemMapId")
        .or_else(|| w.body_text("itemId"))
        .unwrap_or_default();
    let sku = w.body_text("skuId").unwrap_or_default();
    let (items, whole) = match cart(w, data) {
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

pub fn edited(w: &Write, data: &Value) -> Finding {
    let id = w.first(Kind::Cart).unwrap_or_default().to_string();
    let wanted = w.entry.body().get("quantity").and_then(value::int);
    let (items, _) = match cart(w, data) {
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

pub fn deleted(w: &Write, data: &Value) -> Finding {
    let ids = all(w.about, Kind::Cart);
    let (items, whole) = match cart(w, data) {
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::commands::journal::settle::judge;

    #[test]
    fn cart_writes_are_judged_by_the_cart() {
        let cart = json!({"data": [{"id": 382, "itemMapId": "I", "skuId": "S", "quantity": 3}], "totalPage": 1});
        assert_eq!(
            judge(
                "taobao.cart.edit",
                json!({"id": 382, "quantity": 3}),
                cart.clone()
            )
            .0,
            Happened
        );
        assert_eq!(
            judge(
                "taobao.cart.edit",
                json!({"id": 382, "quantity": 5}),
                cart.clone()
            )
            .0,
            NotHappened
        );
        assert_eq!(
            judge(
                "taobao.cart.edit",
                json!({"id": 9, "quantity": 5}),
                cart.clone()
            )
            .0,
            Unknown
        );
        assert_eq!(
            judge(
                "taobao.cart.delete",
                json!({"ids": [383, 384]}),
                cart.clone()
            )
            .0,
            Happened
        );
        assert_eq!(
            judge("taobao.cart.delete", json!({"ids": [382]}), cart.clone()).0,
            NotHappened
        );
        assert_eq!(
            judge(
                "taobao.cart.delete",
                json!({"ids": [382, 383]}),
                cart.clone()
            )
            .0,
            Unknown
        );
        assert_eq!(
            judge("taobao.cart.create", json!({"ids": [382]}), cart.clone()).0,
            NotHappened
        );
        assert_eq!(
            judge("taobao.cart.create", json!({"ids": [383]}), cart.clone()).0,
            Happened
        );
        assert_eq!(
            judge(
                "taobao.cart.add",
                json!({"itemMapId": "I", "skuId": "S"}),
                cart.clone()
            )
            .0,
            Happened
        );
        assert_eq!(
            judge(
                "taobao.cart.add",
                json!({"itemMapId": "I", "skuId": "T"}),
                cart
            )
            .0,
            NotHappened
        );
        let paged = json!({"data": [], "totalPage": 2});
        assert_eq!(
            judge("taobao.cart.delete", json!({"ids": [1]}), paged.clone()).0,
            Unknown,
            "not on page 1 is not gone"
        );
        assert_eq!(
            judge(
                "taobao.cart.add",
                json!({"itemMapId": "I", "skuId": "S"}),
                paged
            )
            .0,
            Unknown
        );
    }
}
