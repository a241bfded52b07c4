//! `order confirm-receipt ID...`: tell 1688 the goods arrived, which releases the payment to
//! the seller (docs/api.md#alibaba-order-confirm-receipt). 1688 only: a Taobao order completes
//! without it.

use clap::Args as ClapArgs;

use super::alibaba::confirm_receipt_call;
use super::batch_write::{Write, batch_write};
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, pandapon, refused_with_false, unique_ids};
use crate::domain::status::OrderState;
use crate::error::Result;

#[derive(ClapArgs, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon --platform 1688 order confirm-receipt 2542285634920009279",
]))]
pub struct Args {
    /// Order ids of shipped orders (several are confirmed in parallel, after one question)
    #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_ids: Vec<u64>,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let ids = unique_ids(ctx, args.order_ids);
    let cli = pandapon(ctx);
    batch_write(
        ctx,
        &ids,
        Write {
            verb: "confirm receipt of",
            acts_on: OrderState::Shipped,
            call: &confirm_receipt_call,
            together: None,
            done: &|id, data, _| {
                refused_with_false(data, || {
                    format!(
                        "order {id}: receipt was not confirmed: the API answered false; check it with `{cli} order show {id}`"
                    )
                })?;
                Ok(format!("Order {id}: receipt confirmed; the seller is paid."))
            },
        },
    )
    .await
}
