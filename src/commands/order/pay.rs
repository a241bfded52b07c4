//! `order pay ID...`: pay orders, asking once for the whole batch (docs/api.md#taobao-order-pay,
//! docs/api.md#alibaba-order-pay). On 1688 the answer is a cashier URL or a payment by
//! agreement, and several ids go in one batch pay (docs/api.md#alibaba-order-batch-pay).

use clap::Args as ClapArgs;
use serde_json::Value;

use super::batch_write::{Write, batch_write};
use super::side::side;
use crate::api::types::pick_text;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, unique_ids};
use crate::domain::status::OrderState;
use crate::error::Result;

#[derive(ClapArgs, Debug, Clone)]
pub struct Args {
    /// Order ids (on 1688, several are paid in one batch request)
    #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_ids: Vec<u64>,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let ids = unique_ids(ctx, args.order_ids);
    let side = side(ctx);
    batch_write(
        ctx,
        &ids,
        Write {
            verb: "pay",
            acts_on: OrderState::AwaitingPayment,
            call: &|id| side.pay_call(id),
            together: side.pay_together(),
            done: &|id, data| side.paid(ctx, id, data),
        },
    )
    .await
}

/// What a Taobao pay answer says about the order (the Taobao side's `paid`).
pub(super) fn taobao_paid(id: u64, data: &Value) -> String {
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
        format!("Order {id}: the API answered false; check it with `pandapon order show {id}`")
    } else {
        format!("Order {id}: paid.")
    }
}
