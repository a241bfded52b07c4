//! `order pay ID...`: pay orders, asking once for the whole batch (docs/api.md#taobao-order-pay).

use clap::Args as ClapArgs;
use serde_json::{Value, json};

use super::batch_write::batch_write;
use crate::api::types::pick_text;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, unique_ids};
use crate::error::Result;

const PAY: &str = "taobao.order.pay";

#[derive(ClapArgs, Debug, Clone)]
pub struct Args {
    #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_ids: Vec<u64>,
}

/// The pay body is undocumented: `{orderId}`, as the documented 1688 pay takes the order id
/// alone (there as a query parameter of a GET; the Taobao sidebar says POST).
pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let ids = unique_ids(ctx, args.order_ids);
    batch_write(
        ctx,
        &ids,
        "pay",
        PAY,
        |id| json!({"orderId": id.to_string()}),
        |id, data| {
            // The 1688 analogue answers {payUrl, protocolPaySuccess}: a URL means the payment
            // is to be finished there.
            let url = pick_text(data, &["payUrl", "url"]);
            let paid = data
                .get("protocolPaySuccess")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            if !url.is_empty() && !paid {
                format!("Order {id}: finish the payment at {url}")
            } else if data == &Value::Bool(false) {
                format!(
                    "Order {id}: the API answered false; check it with `pandapon order show {id}`"
                )
            } else {
                format!("Order {id}: paid.")
            }
        },
    )
    .await
}
