//! The cart's Taobao side (docs/api.md#taobao-cart): paged list, ids in `ids`, `orderAddress`,
//! the per-shop preview of the seed page and the create that answers order ids.

use serde_json::{Value, json};

use super::side::CartSide;
use crate::api::Call;
use crate::api::types::{CartItem, CartPage, Preview, cart_page};
use crate::commands::{Ctx, unexpected};
use crate::config::Address;
use crate::domain::value;
use crate::error::Result;
use crate::output::format::money;
use crate::output::{Printer, Table};

pub(crate) struct Taobao;

const LIST: &str = "taobao.cart.list";
const ADD: &str = "taobao.cart.add";
const EDIT: &str = "taobao.cart.edit";
const DELETE: &str = "taobao.cart.delete";
const PREVIEW: &str = "taobao.cart.preview";
const CREATE: &str = "taobao.cart.create";

/// `cart list`'s columns, on a terminal and piped.
pub const LIST_COLUMNS: &[&str] = &["ID", "Title", "Properties", "Qty", "Price", "Promo", "Shop"];

impl CartSide for Taobao {
    /// docs/api.md#taobao-cart-list
    fn list_call(&self, page: u32, size: u32) -> Call {
        Call::new(LIST)
            .query("pageNo", page)
            .query("pageSize", size)
    }

    fn paged(&self) -> bool {
        true
    }

    fn read_list(&self, data: &Value) -> Result<CartPage, String> {
        cart_page(data)
    }

    fn draw_list(&self, _: &Ctx, out: &Printer, items: &[CartItem]) -> Result<()> {
        if items.is_empty() {
            out.status("The cart is empty.");
            return Ok(());
        }
        let mut t = self.list_table();
        self.list_rows(items).into_iter().for_each(|r| t.row(r));
        out.table(&t)
    }

    fn add_body(&self, _: &str, _: &str, _: u32) -> Option<(Value, String)> {
        // The documented add body needs mpId, mpSkuId and the price: the product lookup's.
        None
    }

    fn add_call(&self, body: Value) -> Call {
        Call::new(ADD).body(body)
    }

    fn edit_call(&self, id: u64, quantity: u32) -> Call {
        Call::new(EDIT).body(json!({"id": id, "quantity": quantity}))
    }

    fn delete_call(&self, ids: &[u64]) -> Call {
        Call::new(DELETE).body(json!({ "ids": ids }))
    }

    fn preview_call(&self, ids: &[u64], address: Option<&Address>, user_id: &str) -> Call {
        Call::new(PREVIEW).body(order_body(ids, address, user_id))
    }

    fn create_call(&self, ids: &[u64], address: &Address, user_id: &str) -> Call {
        Call::new(CREATE).body(order_body(ids, Some(address), user_id))
    }

    fn draw_preview(&self, out: &Printer, data: &Value) -> Result<()> {
        show_preview(out, data)
    }

    fn preview_total(&self, data: &Value) -> Result<Option<String>> {
        Ok(Preview::from_data(data)
            .ok()
            .and_then(|p| p.total())
            .map(|(c, cur, _)| money(c, &cur)))
    }

    fn report_created(&self, _: &Ctx, out: &Printer, data: &Value) -> Result<()> {
        show_created(out, data);
        Ok(())
    }

    /// A Taobao create answers ids or an error, nothing in between.
    fn created_failures(&self, _: &Ctx, _: &Value) -> Result<()> {
        Ok(())
    }
}

/// The body of a preview and of the create that follows it, `orderAddress` only when there is
/// an address (docs/api.md#taobao-cart-preview).
pub(super) fn order_body(ids: &[u64], address: Option<&Address>, user_id: &str) -> Value {
    let mut body = json!({ "ids": ids });
    if let Some(a) = address {
        body["orderAddress"] = crate::commands::shipping::taobao_address(a);
    }
    body["userId"] = Value::String(user_id.to_string());
    body
}

/// A preview's tables: also `order render`'s on Taobao.
pub(crate) fn print_preview(ctx: &Ctx, data: &Value) -> Result<()> {
    show_preview(&ctx.printer, data)
}

/// One table per shop with its shipping and fee, then the total (docs/api.md#taobao-cart-preview).
fn show_preview(out: &Printer, data: &Value) -> Result<()> {
    let p = Preview::from_data(data).map_err(unexpected)?;
    if p.shops.is_empty() {
        out.status("Nothing to order: the preview lists no shops.");
        return Ok(());
    }
    for (n, shop) in p.shops.iter().enumerate() {
        let cur = shop.currency();
        if n > 0 {
            out.line("")?;
        }
        let id = if shop.shop_id.is_empty() {
            String::new()
        } else {
            format!(" (shop {})", shop.shop_id)
        };
        out.heading(&format!("{}{id}", shop.shop_name))?;
        let mut t = Table::new(&[
            "ID",
            "Title",
            "Properties",
            "Qty",
            "Price",
            "Promo",
            "Subtotal",
        ])
        .align_right(&[3, 4, 5, 6]);
        for i in &shop.items {
            t.row(vec![
                i.id.clone(),
                i.title.clone(),
                i.properties.clone(),
                i.quantity.to_string(),
                i.price.map(|c| money(c, cur)).unwrap_or_default(),
                i.promotion_price.map(|c| money(c, cur)).unwrap_or_default(),
                i.line_total().map(|c| money(c, cur)).unwrap_or_default(),
            ]);
        }
        out.table(&t)?;
        let m =
            |v: &Option<(i64, String)>| v.as_ref().map_or("—".into(), |(c, cur)| money(*c, cur));
        let total = shop.total().map_or("—".into(), |c| money(c, cur));
        out.line(&format!(
            "Mainland shipping {} · Order fee {} · Shop total {total}",
            m(&shop.shipping),
            m(&shop.order_fee)
        ))?;
    }
    if let Some((cents, cur, given)) = p.total() {
        let how = if given {
            ""
        } else {
            " (items + mainland shipping + order fees)"
        };
        out.line("")?;
        out.heading(&format!("Total {}{how}", money(cents, &cur)))?;
    }
    Ok(())
}

/// What a created order is told with: also `order create`'s on Taobao.
pub(crate) fn report_created(ctx: &Ctx, data: &Value) {
    show_created(&ctx.printer, data);
}

/// "Order created: 1" and how to pay it. The v2 create response is undocumented: whatever
/// ids it carries are shown, and the pay hint only for numeric ones.
fn show_created(out: &Printer, data: &Value) {
    let ids = created_ids(data);
    let shown = if ids.is_empty() {
        data.to_string()
    } else {
        ids.join(", ")
    };
    let (orders, them) = if ids.len() > 1 {
        ("Orders", "them")
    } else {
        ("Order", "it")
    };
    out.status(&format!("{orders} created: {shown}"));
    // `order pay` takes the numeric order id: suggest it only with such ids.
    if !ids.is_empty() && ids.iter().all(|id| crate::cli::parse::parse_id(id).is_ok()) {
        out.status(&format!(
            "Next: pay {them} with `pandapon order pay {}`",
            ids.join(" ")
        ));
    } else {
        out.status("Next: `pandapon order list` to find it and `pandapon order pay ID` to pay it.");
    }
}

/// The ids of the orders a create response names, from the first field that has them (none
/// when it only says `true`).
fn created_ids(data: &Value) -> Vec<String> {
    if let Some(id) = value::id_text(data).filter(|_| !data.is_boolean()) {
        return vec![id];
    }
    let Some(o) = data.as_object() else {
        return Vec::new();
    };
    [
        "orderIds",
        "orderId",
        "purchaseOrderIds",
        "purchaseOrderId",
        "orderNo",
    ]
    .iter()
    .filter_map(|k| o.get(*k))
    .map(|v| match v {
        Value::Array(a) => a.iter().filter_map(value::id_text).collect(),
        v => value::id_text(v).into_iter().collect::<Vec<_>>(),
    })
    .find(|ids| !ids.is_empty())
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_body_matches_the_seed_shape() {
        assert_eq!(
            order_body(&[382], None, "2100007341207"),
            json!({"ids": [382], "userId": "2100007341207"})
        );
        let a = Address {
            name: Some("张三".into()),
            ..Default::default()
        };
        assert_eq!(
            order_body(&[382, 383], Some(&a), "u"),
            json!({"ids": [382, 383], "orderAddress": {"name": "张三"}, "userId": "u"})
        );
    }

    #[test]
    fn created_order_ids_are_found() {
        assert_eq!(created_ids(&json!({"orderIds": [1, 2]})), ["1", "2"]);
        assert_eq!(created_ids(&json!("PO1")), ["PO1"]);
        assert!(created_ids(&json!(true)).is_empty());
        assert_eq!(
            created_ids(&json!({"orderId": "3305075341149134260", "orderNo": "PO202605200001"})),
            ["3305075341149134260"],
            "one id, not the same order twice"
        );
    }
}
