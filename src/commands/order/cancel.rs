//! `order cancel ID... [--reason]`: cancel unpaid orders, asking once for the whole batch
//! (docs/api.md#taobao-order-cancel, docs/api.md#alibaba-order-cancel).

use clap::Args as ClapArgs;

use super::batch_write::{Write, batch_write};
use super::side::side;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, pandapon, refused_with_false, unique_ids};
use crate::domain::status::OrderState;
use crate::error::Result;

#[derive(ClapArgs, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon order cancel 3305075341149010310 --reason 不想要了",
]))]
pub struct Args {
    #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_ids: Vec<u64>,
    /// Why, as sent to the API's cancelReason
    #[arg(long)]
    pub reason: Option<String>,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let ids = unique_ids(ctx, args.order_ids);
    let reason = args.reason;
    let side = side(ctx);
    let cli = pandapon(ctx);
    batch_write(
        ctx,
        &ids,
        Write {
            verb: "cancel",
            acts_on: OrderState::AwaitingPayment,
            call: &|id| side.cancel_call(id, reason.as_deref()),
            together: None,
            // The documented 1688 cancel answers a boolean: `false` is not done (exit 1).
            done: &|id, data, _| {
                refused_with_false(data, || {
                    format!(
                        "order {id} was not cancelled: the API answered false; check it with `{cli} order show {id}`"
                    )
                })?;
                Ok(format!("Order {id}: cancelled."))
            },
        },
    )
    .await
}
