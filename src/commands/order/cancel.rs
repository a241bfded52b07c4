//! `order cancel ID... [--reason]`: cancel unpaid orders, asking once for the whole batch
//! (docs/api.md#taobao-order-cancel).

use clap::Args as ClapArgs;
use serde_json::{Value, json};

use super::batch_write::batch_write;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, unique_ids};
use crate::error::Result;

const CANCEL: &str = "taobao.order.cancel";

#[derive(ClapArgs, Debug, Clone)]
pub struct Args {
    #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_ids: Vec<u64>,
    /// Why, as sent to the API's cancelReason
    #[arg(long)]
    pub reason: Option<String>,
}

/// The cancel body follows the documented 1688 cancel (`orderId`, `cancelReason`), without
/// its 1688-only `webSite`.
pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let ids = unique_ids(ctx, args.order_ids);
    let reason = args.reason;
    batch_write(
        ctx,
        &ids,
        "cancel",
        CANCEL,
        |id| {
            let mut b = json!({"orderId": id.to_string()});
            if let Some(r) = &reason {
                b["cancelReason"] = json!(r);
            }
            b
        },
        // The documented 1688 cancel answers a boolean: `false` is not done (exit 1).
        |id, data| {
            if data == &Value::Bool(false) {
                Err(format!(
                    "order {id} was not cancelled: the API answered false; check it with `pandapon order show {id}`"
                ))
            } else {
                Ok(format!("Order {id}: cancelled."))
            }
        },
    )
    .await
}
