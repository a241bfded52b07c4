//! What `order create` and `order render` (`order preview`) share: their flags and the address
//! they complete. The bodies and views are each platform's (`side::OrderSide`).

use clap::Args;

use crate::cli::args::AddressArgs;
use crate::cli::parse::{LineSpec, parse_line, parse_yuan};
use crate::commands::Ctx;
use crate::commands::shipping::{ask_address, missing_for};
use crate::config::Address;
use crate::error::Result;

// One set of flags for both verbs: render accepts the create-only ones (--budget, --source,
// --seller-order, --message) too, and does not send them.
#[derive(Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("lines").required(true).args(["items", "input"]))]
pub struct DirectOrderArgs {
    /// An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable).
    /// A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with
    /// (the documented orderLineList `price`); leave it out to take the shop's price. On 1688:
    /// OFFER:SPEC:QTY (offerMapId, specId, quantity), no price; several lines go as one batch
    /// (different merchants), answered per seller
    #[arg(long = "item", value_name = "ITEM:SKU:QTY[:PRICE]", value_parser = parse_line)]
    pub items: Vec<LineSpec>,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["items", "budget", "source", "seller_order", "message"])]
    pub input: Option<String>,
    /// Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents) [Taobao]
    #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
    pub budget: Option<i64>,
    /// The buyer's platform (orderSource), e.g. lazada [Taobao]
    #[arg(long, value_name = "PLATFORM")]
    pub source: Option<String>,
    /// The order number on the buyer's platform (sellerOrderNumber) [Taobao]
    #[arg(long, value_name = "NUMBER")]
    pub seller_order: Option<String>,
    /// A note for the seller (the order's message) [1688]
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
    #[command(flatten)]
    pub address: AddressArgs,
}

/// The given address (see `given_address`), with what it lacks asked for on a terminal.
pub(super) async fn completed_address(ctx: &Ctx, address: Address) -> Result<Address> {
    let platform = ctx.settings.platform.value;
    if missing_for(&address, platform).is_empty() {
        return Ok(address);
    }
    ask_address(&ctx.client()?, address, platform).await
}
