//! What `order create` and `order render` share: their flags, the v1 body they send, the
//! address they complete and the render they print.

use clap::Args;
use serde_json::{Map, Value, json};

use crate::cli::args::AddressArgs;
use crate::cli::parse::{LineSpec, parse_line, parse_yuan};
use crate::commands::cart::print_preview;
use crate::commands::shipping::ask_address;
use crate::commands::{Ctx, print_fields};
use crate::config::Address;
use crate::error::Result;

pub(super) const RENDER: &str = "taobao.order.render";

// One set of flags for both verbs: render accepts the create-only ones (--budget, --source,
// --seller-order) too, and does not send them.
#[derive(Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("lines").required(true).args(["items", "input"]))]
pub struct DirectOrderArgs {
    /// An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable).
    /// A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with
    /// (the documented orderLineList `price`); leave it out to take the shop's price
    #[arg(long = "item", value_name = "ITEM:SKU:QTY[:PRICE]", value_parser = parse_line)]
    pub items: Vec<LineSpec>,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["items", "budget", "source", "seller_order"])]
    pub input: Option<String>,
    /// Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents)
    #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
    pub budget: Option<i64>,
    /// The buyer's platform (orderSource), e.g. lazada
    #[arg(long, value_name = "PLATFORM")]
    pub source: Option<String>,
    /// The order number on the buyer's platform (sellerOrderNumber)
    #[arg(long, value_name = "NUMBER")]
    pub seller_order: Option<String>,
    #[command(flatten)]
    pub address: AddressArgs,
}

/// The given address (see `given_address`), with what it lacks asked for on a terminal.
pub(super) async fn completed_address(ctx: &Ctx, address: Address) -> Result<Address> {
    if address.missing_required().is_empty() {
        return Ok(address);
    }
    ask_address(&ctx.client()?, address).await
}

/// v1 create and render send the lines and the receiver as JSON *strings* (docs/api.md#taobao-order-create);
/// v2 is undocumented, so the documented v1 body is kept. Ids and quantities are strings as
/// in the create example; a price given as ITEM:SKU:QTY:PRICE goes in cents with CNY.
fn order_lines(lines: &[LineSpec]) -> String {
    let list: Vec<Value> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut o = Map::new();
            o.insert("itemId".into(), json!(l.item));
            o.insert("orderLineNo".into(), json!((i + 1).to_string()));
            o.insert("quantity".into(), json!(l.quantity.to_string()));
            if let Some(p) = l.price {
                o.insert("price".into(), json!(p.to_string()));
                o.insert("currency".into(), json!("CNY"));
            }
            o.insert("skuId".into(), json!(l.sku));
            Value::Object(o)
        })
        .collect();
    Value::Array(list).to_string()
}

fn receiver(a: &Address) -> String {
    serde_json::to_value(a)
        .expect("an address always encodes")
        .to_string()
}

pub(super) fn render_body(lines: &[LineSpec], address: &Address) -> Value {
    json!({"orderLineList": order_lines(lines), "receiver": receiver(address)})
}

/// The render takes the create body's lines and receiver only.
pub(super) fn render_part(create: &Value) -> Value {
    let mut b = json!({});
    for k in ["orderLineList", "receiver"] {
        if let Some(v) = create.get(k) {
            b[k] = v.clone();
        }
    }
    b
}

/// The v1 render response is not in the available material: the cart preview's per-shop
/// shape when it has that, else every field.
pub(super) fn print_render(ctx: &Ctx, data: &Value) -> Result<()> {
    if data.get("confirmOrders").is_some() {
        print_preview(ctx, data)
    } else {
        print_fields(ctx, data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_receiver_are_json_strings() {
        let lines = vec![
            LineSpec {
                item: "600126245031041190".into(),
                sku: "5016042822039".into(),
                quantity: 200,
                price: Some(1),
            },
            LineSpec {
                item: "x".into(),
                sku: "y".into(),
                quantity: 1,
                price: None,
            },
        ];
        let a = Address {
            name: Some("a测试aa".into()),
            mobile_phone: Some("15068763421".into()),
            ..Default::default()
        };
        let b = render_body(&lines, &a);
        assert_eq!(
            b["orderLineList"],
            r#"[{"itemId":"600126245031041190","orderLineNo":"1","quantity":"200","price":"1","currency":"CNY","skuId":"5016042822039"},{"itemId":"x","orderLineNo":"2","quantity":"1","skuId":"y"}]"#
        );
        assert_eq!(
            b["receiver"],
            r#"{"name":"a测试aa","mobile_phone":"15068763421"}"#
        );
    }
}
