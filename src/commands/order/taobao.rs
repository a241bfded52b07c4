//! The order verbs' Taobao side (docs/api.md#taobao-orders). Only the v1 create, render,
//! IM-link and pre-warehouse bodies are documented; every other body follows the nearest
//! documented analogue, noted where it is built. Order ids are sent as strings, as the one
//! documented Taobao order id field (`updateWarehouse.orderId string`) has them, so 19-digit ids
//! never pass through a number type that could round them.

use serde_json::{Map, Value, json};

use super::batch_write::Together;
use super::direct::DirectOrderArgs;
use super::list;
use super::side::OrderSide;
use crate::api::Call;
use crate::api::types::{Preview, pick};
use crate::cli::parse::LineSpec;
use crate::commands::cart::{print_preview, report_created};
use crate::commands::{Ctx, print_fields};
use crate::config::Address;
use crate::domain::{money, status};
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::output::format::money;

pub(crate) struct Taobao;

const LIST: &str = "taobao.order.list";
const CANCEL: &str = "taobao.order.cancel";
const PAY: &str = "taobao.order.pay";
const RENDER: &str = "taobao.order.render";
const CREATE: &str = "taobao.order.create";

impl OrderSide for Taobao {
    fn check_status(&self, s: &str) -> Result<String> {
        Ok(s.to_string())
    }

    fn statuses(&self) -> &'static [&'static str] {
        &status::TAOBAO_ORDER_STATUSES
    }

    /// The paging query is undocumented for Taobao; its fields follow the documented Taobao
    /// refund list (`pageNo`, `pageSize`, `refundStatus`, `refundStartTime`, `refundEndTime` in
    /// ms), renamed for orders: `orderStatus`, `orderStartTime`, `orderEndTime`.
    fn list_call(&self, a: &list::Args, page: u32, size: u32) -> Call {
        let mut b = json!({"pageNo": page, "pageSize": size});
        if let Some(s) = &a.status {
            b["orderStatus"] = json!(s);
        }
        if let Some(t) = a.since {
            b["orderStartTime"] = json!(t);
        }
        if let Some(t) = a.until {
            b["orderEndTime"] = json!(t);
        }
        Call::new(LIST).body(b)
    }

    fn detail_call(&self, id: u64) -> Call {
        super::detail_call(id)
    }

    fn logistics_call(&self, id: u64) -> Call {
        Call::new(super::LOGISTICS).query("orderId", id)
    }

    /// The cancel body follows the documented 1688 cancel (`orderId`, `cancelReason`), without
    /// its 1688-only `webSite`.
    fn cancel_call(&self, id: u64, reason: Option<&str>) -> Call {
        let mut b = json!({"orderId": id.to_string()});
        if let Some(r) = reason {
            b["cancelReason"] = json!(r);
        }
        Call::new(CANCEL).body(b)
    }

    /// The pay body is undocumented: `{orderId}`, as the documented 1688 pay takes the order id
    /// alone (there as a query parameter of a GET; the Taobao sidebar says POST).
    fn pay_call(&self, id: u64) -> Call {
        Call::new(PAY).body(json!({"orderId": id.to_string()}))
    }

    fn pay_together(&self) -> Option<Together> {
        None
    }

    /// Paid only when the answer says so (`pay::verdict`); anything else is not confirmed.
    fn paid(&self, _: &Ctx, id: u64, data: &Value, _: bool) -> Result<String> {
        super::pay::verdict(id, data).map_err(Error::Unconfirmed)
    }

    fn check_direct(&self, a: &DirectOrderArgs) -> Result<()> {
        if a.message.is_some() {
            return Err(Error::usage(
                "--message is 1688's order note; a Taobao order has no such field",
            ));
        }
        Ok(())
    }

    fn direct_body(&self, a: &DirectOrderArgs, address: &Address) -> Value {
        let mut b = render_body(&a.items, address);
        if let Some(s) = &a.source {
            b["orderSource"] = json!(s);
        }
        if let Some(c) = a.budget {
            b["purchaseAmount"] = json!(c);
        }
        if let Some(n) = &a.seller_order {
            b["sellerOrderNumber"] = json!(n);
        }
        b
    }

    /// The render takes the create body's lines and receiver only.
    fn direct_preview(&self, create: &Value) -> Call {
        let mut b = json!({});
        for k in ["orderLineList", "receiver"] {
            if let Some(v) = create.get(k) {
                b[k] = v.clone();
            }
        }
        Call::new(RENDER).body(b)
    }

    fn direct_create(&self, body: Value) -> Call {
        Call::new(CREATE).body(body)
    }

    /// The v1 render response is not in the available material: the cart preview's per-shop
    /// shape when it has that, else every field.
    fn draw_direct_preview(&self, ctx: &Ctx, data: &Value) -> Result<()> {
        if data.get("confirmOrders").is_some() {
            print_preview(ctx, data)
        } else {
            print_fields(ctx, data)
        }
    }

    fn direct_total(&self, data: &Value) -> Result<Option<String>> {
        Ok(render_total(data))
    }

    fn report_created(&self, ctx: &Ctx, _: &Printer, data: &Value) -> Result<()> {
        report_created(ctx, data);
        Ok(())
    }

    fn created_failures(&self, _: &Ctx, _: &Value) -> Result<()> {
        Ok(())
    }
}

fn render_total(data: &Value) -> Option<String> {
    if data.get("confirmOrders").is_some() {
        return Preview::from_data(data)
            .ok()?
            .total()
            .map(|(c, cur, _)| money(c, &cur));
    }
    let (c, cur) = money::money_value(pick(
        data,
        &[
            "totalRealPayPrice",
            "totalAmount",
            "totalPrice",
            "payAmount",
        ],
    )?)?;
    Some(money(c, cur.as_deref().unwrap_or("CNY")))
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
    crate::commands::shipping::taobao_address(a).to_string()
}

fn render_body(lines: &[LineSpec], address: &Address) -> Value {
    json!({"orderLineList": order_lines(lines), "receiver": receiver(address)})
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
            mobile: Some("15068763421".into()),
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
