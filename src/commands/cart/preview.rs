//! `pandapon cart preview`: what ordering cart items would cost, per shop
//! (docs/api.md#taobao-cart-preview). `cart create` sends the same body, and `order render`
//! answers in the same shape.

use serde_json::{Value, json};

use super::pick::pick;
use crate::api::Call;
use crate::api::types::Preview;
use crate::cli::args::AddressArgs;
use crate::cli::parse::parse_id;
use crate::commands::shipping::merged_address;
use crate::commands::{Ctx, unexpected, unique_ids};
use crate::config::Address;
use crate::error::Result;
use crate::output::format::money;
use crate::output::{Printer, Table, View};

pub(super) const PREVIEW: &str = "taobao.cart.preview";

// Also `cart create`'s: an order is made from the same ids and address it was previewed with.
#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Cart item ids, comma-separated (with none on a terminal: pick them from a list)
    #[arg(long, value_delimiter = ',', value_parser = parse_id, value_name = "ID,...")]
    pub ids: Vec<u64>,
    #[command(flatten)]
    pub address: AddressArgs,
}

pub async fn run(mut args: Args, ctx: &Ctx) -> Result<()> {
    args.ids = unique_ids(ctx, args.ids);
    let client = ctx.client()?;
    let ids = if args.ids.is_empty() {
        pick(
            ctx,
            &client,
            "Preview which items?",
            "pandapon cart preview --ids 382,383",
        )
        .await?
    } else {
        args.ids
    };
    let address = merged_address(ctx, &args.address);
    let address = (address != Address::default()).then_some(address);
    let data = client
        .call(Call::new(PREVIEW).body(order_body(&ids, address.as_ref(), client.user_id())))
        .await?;
    ctx.printer
        .print(&View(&data, |out: &Printer| show_preview(out, &data)))
}

/// The body of a preview and of the create that follows it, `orderAddress` only when there is
/// an address (docs/api.md#taobao-cart-preview).
pub(super) fn order_body(ids: &[u64], address: Option<&Address>, user_id: &str) -> Value {
    let mut body = json!({ "ids": ids });
    if let Some(a) = address {
        body["orderAddress"] = serde_json::to_value(a).expect("an address always encodes");
    }
    body["userId"] = Value::String(user_id.to_string());
    body
}

/// A preview's tables: also `cart create`'s before it asks, and `order render`'s.
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
}
