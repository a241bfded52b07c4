//! Every flag and subcommand: the only place arguments are declared and parsed.

use std::path::PathBuf;
use std::time::Duration;

use clap::builder::BoolishValueParser;
use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::error::EXIT_CODES_HELP;

#[derive(Parser, Debug)]
#[command(
    name = "pandapon",
    version,
    about = "Buy on Taobao from the terminal: carts, orders and payments through the PandaPon OpenAPI.",
    after_help = EXIT_CODES_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The parser, with every variable that is set but empty left out: `PANDAPON_SANDBOX=`
    /// turns a setting off as if unset (NO_COLOR's convention) instead of failing on a value
    /// that names no setting. Credentials are not clap's: an empty one is still an error there.
    pub fn parser() -> clap::Command {
        use clap::CommandFactory;
        let any_empty = std::env::vars_os()
            .any(|(k, v)| v.is_empty() && k.to_string_lossy().starts_with("PANDAPON_"));
        if any_empty {
            without_empty_env(Cli::command())
        } else {
            Cli::command()
        }
    }
}

/// `cmd` without the `env` of every argument whose variable is set but empty.
pub fn without_empty_env(cmd: clap::Command) -> clap::Command {
    let cmd = cmd.mut_args(|a| match a.get_env() {
        Some(name) if std::env::var_os(name).is_some_and(|v| v.is_empty()) => a.env(None),
        _ => a,
    });
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    subs.iter()
        .fold(cmd, |c, name| c.mut_subcommand(name, without_empty_env))
}

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use from the config file [default: the file's default_profile, else "default"]
    #[arg(long, global = true, env = "PANDAPON_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// Path of the TOML profile file [default: <config dir>/pandapon/config.toml]
    #[arg(long, global = true, env = "PANDAPON_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// API base URL [default: https://api.pandapon.com]
    #[arg(long, global = true, env = "PANDAPON_BASE_URL", value_name = "URL")]
    pub base_url: Option<String>,

    /// Seconds to wait for a request, retries included [default: 30]
    #[arg(long, global = true, env = "PANDAPON_TIMEOUT", value_name = "SECONDS", value_parser = parse_seconds)]
    pub timeout: Option<Duration>,

    /// Print the response data as JSON (pretty on a terminal, compact otherwise)
    #[arg(long, global = true)]
    pub json: bool,

    /// Log each request and response status to stderr
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Log requests, headers, the signed string and responses to stderr (secret masked)
    #[arg(long, global = true)]
    pub debug: bool,

    /// Print the request that would be sent, and send nothing
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// Answer yes to confirmations (required off a terminal for anything that moves money)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// Never prompt; fail instead when input is needed
    #[arg(long, global = true, env = "PANDAPON_NO_INPUT", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub no_input: bool,

    /// Run against the embedded sandbox: no account, no real money
    #[arg(long, global = true, env = "PANDAPON_SANDBOX", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub sandbox: bool,

    /// How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]
    #[arg(long, global = true, env = "PANDAPON_CONCURRENCY", value_name = "N", value_parser = clap::value_parser!(u8).range(1..=32))]
    pub concurrency: Option<u8>,

    /// When to use colour (NO_COLOR is honoured in auto)
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// The Taobao shopping cart: list, add, edit, delete, preview and create orders
    #[command(subcommand)]
    Cart(CartCommand),
    /// Taobao orders: list, show, create, pay, cancel, track
    #[command(subcommand)]
    Order(OrderCommand),
    /// Refunds and returns on Taobao orders (reverse orders)
    #[command(subcommand, name = "after-sales", visible_alias = "refund")]
    AfterSales(AfterSalesCommand),
    /// Shipping addresses stored with PandaPon
    #[command(subcommand)]
    Address(AddressCommand),
    /// Overseas freight (estimate, preview, book) and domestic tracking updates
    #[command(subcommand)]
    Freight(FreightCommand),
    /// Show the local record of every write that was sent (payments, cancellations, ...)
    Journal {
        /// Only the last N entries
        #[arg(long, value_name = "N", value_parser = parse_tail)]
        tail: Option<usize>,
    },
    /// Profiles and settings
    #[command(subcommand)]
    Config(ConfigCommand),
    /// The embedded PandaPon sandbox: serve it for other tools, or reset its data
    #[command(subcommand)]
    Sandbox(SandboxCommand),
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Args, Debug, Clone)]
pub struct Paging {
    /// Page number, from 1
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub page: u32,
    /// Items per page (--all asks for the largest pages the API allows)
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=200))]
    pub page_size: u32,
    /// Walk every page and print one table (one JSON array)
    #[arg(long, conflicts_with = "page")]
    pub all: bool,
}

#[derive(Subcommand, Debug)]
pub enum CartCommand {
    /// List the items in the cart
    List(Paging),
    /// Add a product to the cart (looks the product up to fill in title, price and shop)
    #[command(group = clap::ArgGroup::new("source").required(true).args(["item", "input"]))]
    Add {
        /// The product's itemMapId, e.g. WUnUC1cILiBjt-Jv3lDdlQ
        #[arg(long, value_name = "ITEM_MAP_ID", requires_all = ["sku", "quantity"])]
        item: Option<String>,
        /// The SKU id, e.g. 5032007803360
        #[arg(long, value_name = "SKU_ID")]
        sku: Option<String>,
        /// How many to add
        #[arg(long, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..))]
        quantity: Option<u32>,
        /// Send this JSON body as given (a file, or - for stdin) instead of looking the product up
        #[arg(long, value_name = "FILE|-", conflicts_with_all = ["item", "sku", "quantity"])]
        input: Option<String>,
    },
    /// Change the quantity of a cart item
    Edit {
        /// The cart item id (the `id` column of `cart list`)
        #[arg(value_parser = parse_id)]
        cart_id: u64,
        /// The new quantity
        #[arg(long, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..))]
        quantity: u32,
    },
    /// Remove items from the cart (with no ids on a terminal: pick them from a list)
    Delete {
        /// Cart item ids
        #[arg(value_parser = parse_id)]
        cart_ids: Vec<u64>,
    },
    /// Show what ordering these cart items would cost, per shop
    Preview(OrderArgs),
    /// Turn cart items into an order (shows the preview and asks first)
    Create(OrderArgs),
}

#[derive(Args, Debug, Clone)]
pub struct OrderArgs {
    /// Cart item ids, comma-separated (with none on a terminal: pick them from a list)
    #[arg(long, value_delimiter = ',', value_parser = parse_id, value_name = "ID,...")]
    pub ids: Vec<u64>,
    #[command(flatten)]
    pub address: AddressArgs,
}

/// A shipping address; any field given here replaces the profile's `[address]`.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Shipping address (default: the profile's [address])")]
pub struct AddressArgs {
    /// Recipient's name
    #[arg(long = "address-name", value_name = "NAME")]
    pub name: Option<String>,
    /// Recipient's mobile phone
    #[arg(long = "address-mobile", value_name = "PHONE", value_parser = parse_phone)]
    pub mobile_phone: Option<String>,
    /// Recipient's other phone
    #[arg(long = "address-phone", value_name = "PHONE", value_parser = parse_phone)]
    pub phone: Option<String>,
    /// Country
    #[arg(long = "address-country", value_name = "COUNTRY")]
    pub country: Option<String>,
    /// State or province
    #[arg(long = "address-state", value_name = "STATE")]
    pub state: Option<String>,
    /// City
    #[arg(long = "address-city", value_name = "CITY")]
    pub city: Option<String>,
    /// District
    #[arg(long = "address-district", value_name = "DISTRICT")]
    pub district: Option<String>,
    /// Street address
    #[arg(long = "address-street", value_name = "STREET")]
    pub address: Option<String>,
    /// Postal code
    #[arg(long = "address-zip", value_name = "ZIP")]
    pub zip: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum OrderCommand {
    /// List orders, newest first as the API sends them
    List(OrderListArgs),
    /// Show orders: status, lines, amounts and a logistics summary
    Show {
        /// Order ids (several are fetched in parallel, see --concurrency)
        #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
        order_ids: Vec<u64>,
    },
    /// Show an order's logistics details
    Logistics {
        #[arg(value_parser = parse_id, value_name = "ORDER_ID")]
        order_id: u64,
    },
    /// Print the URL of the seller chat for an order
    ImLink {
        #[arg(value_parser = parse_id, value_name = "ORDER_ID")]
        order_id: u64,
    },
    /// Change an order's pre-warehouse (前置仓) name and address
    Warehouse {
        #[arg(value_parser = parse_id, value_name = "ORDER_ID")]
        order_id: u64,
        /// Warehouse name
        #[arg(long)]
        name: String,
        /// Warehouse address
        #[arg(long)]
        address: String,
    },
    /// Create an order directly (not from the cart); shows the cost and asks first
    Create(DirectOrderArgs),
    /// Show what a direct order would cost, without creating it
    Render(DirectOrderArgs),
    /// Pay orders (asks once for the whole batch)
    Pay {
        #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
        order_ids: Vec<u64>,
    },
    /// Cancel unpaid orders (asks once for the whole batch)
    Cancel {
        #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
        order_ids: Vec<u64>,
        /// Why, as sent to the API's cancelReason
        #[arg(long)]
        reason: Option<String>,
    },
}

#[derive(Args, Debug, Clone)]
pub struct OrderListArgs {
    /// Only orders in this status, as the API names it: WAIT_BUYER_PAY, WAIT_SELLER_SEND_GOODS,
    /// WAIT_BUYER_CONFIRM_GOODS, TRADE_FINISHED or TRADE_CLOSED
    #[arg(long)]
    pub status: Option<String>,
    /// Created at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    pub since: Option<i64>,
    /// Created at or before (a date alone means the end of that day)
    #[arg(long, value_name = "TIME", value_parser = parse_until)]
    pub until: Option<i64>,
    #[command(flatten)]
    pub paging: Paging,
}

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

#[derive(Subcommand, Debug)]
pub enum AfterSalesCommand {
    /// List after-sales (reverse) orders
    List(RefundListArgs),
    /// Show one after-sales order
    Show {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
    },
    /// Show the reasons and the maximum refundable amount for a sub-order
    Render(RefundRenderArgs),
    /// Ask for a refund (on a terminal without flags: a guided walk-through)
    Submit(RefundSubmitArgs),
    /// Change an after-sales request
    #[command(after_help = GOODS_STATUS_HELP)]
    Modify {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
        /// The new reason id
        #[arg(long, value_name = "REASON_ID")]
        reason: Option<String>,
        /// The new amount in yuan, e.g. 39.90
        #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
        amount: Option<i64>,
        /// The new description
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
        /// The new goods status (the API's goodsStatus number)
        #[arg(long, value_name = "N", value_parser = parse_goods_status)]
        goods_status: Option<i64>,
    },
    /// Withdraw an after-sales request
    Cancel {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
    },
    /// Send a message to the seller about an after-sales request
    Message {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
        /// The message
        #[arg(long)]
        text: String,
        /// An image to attach: a JPEG, PNG, GIF or WebP file of at most 5 MiB (sent base64-encoded), or an http(s):// URL
        #[arg(long, value_name = "FILE|URL")]
        image: Option<String>,
    },
    /// List the messages of an after-sales request
    Messages {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
        #[command(flatten)]
        paging: Paging,
    },
    /// Show where and how to send goods back (the return-logistics render)
    ReturnLogistics {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
    },
    /// Tell the seller the return has been shipped
    ReturnShip {
        /// The after-sales (refund) id, as `after-sales list` shows it
        #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
        refund_id: u64,
        /// The logistics company code, e.g. SF (see `after-sales return-logistics`)
        #[arg(long, value_name = "CODE", value_parser = parse_text)]
        company: String,
        /// The logistics company name, e.g. 顺丰快递
        #[arg(long, value_name = "NAME")]
        company_name: Option<String>,
        /// The tracking number
        #[arg(long, value_name = "NUMBER", value_parser = parse_text)]
        tracking: String,
        /// The sender's phone
        #[arg(long, value_name = "PHONE", value_parser = parse_phone)]
        phone: Option<String>,
        /// A note about the returned goods
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
    },
}

#[derive(Args, Debug, Clone)]
#[command(after_help = REFUND_STATUS_HELP)]
pub struct RefundListArgs {
    /// Only this after-sales order
    #[arg(long, value_parser = parse_id, value_name = "REFUND_ID")]
    pub refund_id: Option<u64>,
    /// Only after-sales of this order (purchaseOrderId)
    #[arg(long, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order: Option<u64>,
    /// Only after-sales of this Taobao order (salesOrderId)
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub sales_order: Option<u64>,
    /// Only this refundStatus (the API's number)
    #[arg(long, value_name = "N", value_parser = parse_refund_status)]
    pub status: Option<i64>,
    /// Requested at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    pub since: Option<i64>,
    /// Requested at or before (a date alone means the end of that day)
    #[arg(long, value_name = "TIME", value_parser = parse_until)]
    pub until: Option<i64>,
    #[command(flatten)]
    pub paging: Paging,
}

#[derive(Args, Debug, Clone)]
#[command(after_help = REFUND_KIND_HELP)]
pub struct RefundRenderArgs {
    /// The sub-order (order line) id
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub sub_order: u64,
    /// The API's refundType number (PandaPon does not document the values)
    #[arg(long = "type", value_name = "N", value_parser = parse_refund_type)]
    pub refund_type: i64,
    /// The API's goodsStatus number (PandaPon does not document the values)
    #[arg(long, value_name = "N", value_parser = parse_goods_status)]
    pub goods_status: i64,
}

#[derive(Args, Debug, Clone)]
#[command(after_help = REFUND_KIND_HELP)]
pub struct RefundSubmitArgs {
    /// The sub-order (order line) id
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub sub_order: Option<u64>,
    /// The API's refundType number
    #[arg(long = "type", value_name = "N", value_parser = parse_refund_type)]
    pub refund_type: Option<i64>,
    /// The API's goodsStatus number
    #[arg(long, value_name = "N", value_parser = parse_goods_status)]
    pub goods_status: Option<i64>,
    /// The reason id, from `after-sales render`
    #[arg(long, value_name = "REASON_ID")]
    pub reason: Option<String>,
    /// The amount in yuan, at most the maximum the render allows [default: that maximum]
    #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
    pub amount: Option<i64>,
    /// What is wrong, for the seller
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

const REFUND_STATUS_HELP: &str = "--status: PandaPon documents refundStatus as an integer but \
not what the numbers mean. In the sandbox, 1..6 are WAIT_SELLER_AGREE, WAIT_BUYER_RETURN_GOODS, \
WAIT_SELLER_CONFIRM_GOODS, SELLER_REFUSE_BUYER, CLOSED, SUCCESS.";

// The sandbox's meanings are src/sandbox/refund.rs's REFUND_TYPES and GOODS_STATUSES (a test
// holds these texts to them).
const REFUND_KIND_HELP: &str = "--type and --goods-status: PandaPon does not document the values \
of refundType and goodsStatus. In the sandbox: refundType 1 = refund only, 2 = return and \
refund; goodsStatus 1 = not received, 2 = received.";

const GOODS_STATUS_HELP: &str = "--goods-status: PandaPon does not document the values of \
goodsStatus. In the sandbox: 1 = not received, 2 = received.";

/// One of the API's integer codes, the flag and the field named when it is not one.
fn api_number(flag: &str, field: &str, s: &str) -> Result<i64, String> {
    s.trim()
        .parse::<i64>()
        .map_err(|_| format!("{flag} takes the API's {field} number, e.g. 1; got \"{s}\""))
}

/// `--status`: the integer refundStatus. A status name gets its sandbox number suggested.
pub fn parse_refund_status(s: &str) -> Result<i64, String> {
    api_number("--status", "refundStatus", s).map_err(|e| {
        match crate::domain::refund::refund_status_number(s) {
            Some(n) => format!(
                "{e} (in the sandbox, {} is {n})",
                s.trim().to_ascii_uppercase()
            ),
            None => e,
        }
    })
}

pub fn parse_refund_type(s: &str) -> Result<i64, String> {
    api_number("--type", "refundType", s)
}

pub fn parse_goods_status(s: &str) -> Result<i64, String> {
    api_number("--goods-status", "goodsStatus", s)
}

#[derive(Subcommand, Debug)]
pub enum AddressCommand {
    /// List the stored addresses
    List,
    /// Add an address, or update one with --id (fields not given are kept)
    Set(AddressSetArgs),
}

#[derive(Args, Debug, Clone)]
pub struct AddressSetArgs {
    /// Update this address instead of adding one
    #[arg(long, value_parser = parse_id)]
    pub id: Option<u64>,
    /// Recipient's name
    #[arg(long)]
    pub name: Option<String>,
    /// Recipient's mobile phone
    #[arg(long, value_name = "PHONE", value_parser = parse_phone)]
    pub phone: Option<String>,
    /// Province
    #[arg(long)]
    pub province: Option<String>,
    /// City
    #[arg(long)]
    pub city: Option<String>,
    /// District
    #[arg(long)]
    pub district: Option<String>,
    /// Street address
    #[arg(long)]
    pub address: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum FreightCommand {
    /// Estimate the overseas freight of one item to a destination
    Estimate(FreightEstimateArgs),
    /// Show an order's overseas freight options (the render id feeds `freight book`)
    Preview(FreightPreviewArgs),
    /// Create the international logistics order (asks first)
    Book(FreightBookArgs),
    /// Update an order's domestic (mainland) logistics information
    Domestic(FreightDomesticArgs),
}

#[derive(Args, Debug, Clone)]
pub struct FreightEstimateArgs {
    /// The item id
    #[arg(long, value_name = "ITEM_ID")]
    pub item: String,
    /// The SKU id
    #[arg(long, value_name = "SKU_ID")]
    pub sku: String,
    /// How many
    #[arg(long, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..))]
    pub quantity: u32,
    /// Unit price in yuan, e.g. 39.90
    #[arg(long, allow_negative_numbers = true, value_name = "YUAN", value_parser = parse_yuan)]
    pub price: i64,
    /// Currency of the price
    #[arg(long, default_value = "CNY")]
    pub currency: String,
    #[command(flatten)]
    pub to: ReceiverArgs,
}

#[derive(Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("lines").required(true).args(["items", "input"]))]
pub struct FreightPreviewArgs {
    /// A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)
    #[arg(long = "item", value_name = "ITEM:SKU:QTY:PRICE", value_parser = parse_priced_line)]
    pub items: Vec<LineSpec>,
    /// Currency of the prices
    #[arg(long, default_value = "CNY")]
    pub currency: String,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with = "items")]
    pub input: Option<String>,
    #[command(flatten)]
    pub to: ReceiverArgs,
}

#[derive(Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("lines").required(true).args(["items", "input"]))]
pub struct FreightBookArgs {
    /// The render id from `freight preview`
    #[arg(long, value_name = "ID", required_unless_present = "input")]
    pub render_id: Option<String>,
    /// A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)
    #[arg(long = "item", value_name = "ITEM:SKU:QTY:PRICE", value_parser = parse_priced_line)]
    pub items: Vec<LineSpec>,
    /// Currency of the prices
    #[arg(long, default_value = "CNY")]
    pub currency: String,
    /// The freight service id chosen from `freight preview`
    #[arg(long, value_name = "ID", required_unless_present = "input")]
    pub service_id: Option<String>,
    /// The freight company name of that service
    #[arg(long, value_name = "NAME")]
    pub company_name: Option<String>,
    /// The service category of that service
    #[arg(long, value_name = "CATEGORY")]
    pub service_category: Option<String>,
    /// The Tmall/Taobao order this shipment belongs to
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub tmall_order: Option<u64>,
    /// A note for the warehouse
    #[arg(long, value_name = "TEXT")]
    pub remark: Option<String>,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["items", "render_id"])]
    pub input: Option<String>,
    #[command(flatten)]
    pub to: ReceiverArgs,
}

#[derive(Args, Debug, Clone)]
#[command(group = clap::ArgGroup::new("what").required(true).args(["order", "input"]))]
pub struct FreightDomesticArgs {
    /// The order id
    #[arg(long, value_parser = parse_id, value_name = "ORDER_ID", requires_all = ["items", "tracking", "company"])]
    pub order: Option<u64>,
    /// The Tmall/Taobao order id
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub tmall_order: Option<u64>,
    /// The line shipped, ITEM:SKU:QTY (repeatable; each gets the same tracking)
    #[arg(long = "item", value_name = "ITEM:SKU:QTY", value_parser = parse_unpriced_line)]
    pub items: Vec<LineSpec>,
    /// The domestic tracking number
    #[arg(long, value_name = "NUMBER", value_parser = parse_text)]
    pub tracking: Option<String>,
    /// The domestic logistics company, e.g. 顺丰
    #[arg(long, value_name = "NAME", value_parser = parse_text)]
    pub company: Option<String>,
    /// When it was handed over (rtsTime) [default: now]
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    pub shipped_at: Option<i64>,
    /// The parcel's number on the line (logisticNumer), when it has one
    #[arg(long, value_name = "NUMBER")]
    pub parcel: Option<String>,
    /// Send this JSON body as given (a file, or - for stdin)
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["order", "items", "tracking", "company"])]
    pub input: Option<String>,
}

/// The overseas destination (ReceiverAddressTO).
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Destination")]
pub struct ReceiverArgs {
    /// Country code, e.g. US
    #[arg(long = "to-country", value_name = "CODE", value_parser = parse_country_code)]
    pub country: Option<String>,
    /// State or province, e.g. California
    #[arg(long = "to-state", value_name = "STATE")]
    pub state: Option<String>,
    /// City
    #[arg(long = "to-city", value_name = "CITY")]
    pub city: Option<String>,
    /// Postal code
    #[arg(long = "to-zip", value_name = "ZIP")]
    pub zip: Option<String>,
    /// Street address
    #[arg(long = "to-address", value_name = "STREET")]
    pub address: Option<String>,
    /// Recipient's name
    #[arg(long = "to-name", value_name = "NAME")]
    pub name: Option<String>,
    /// Recipient's phone
    #[arg(long = "to-phone", value_name = "PHONE", value_parser = parse_phone)]
    pub phone: Option<String>,
    /// Recipient's mobile phone
    #[arg(long = "to-mobile", value_name = "PHONE", value_parser = parse_phone)]
    pub mobile_phone: Option<String>,
    /// Recipient's email
    #[arg(long = "to-email", value_name = "EMAIL")]
    pub email: Option<String>,
    /// Recipient's tax id
    #[arg(long = "to-tax-id", value_name = "ID")]
    pub tax_id: Option<String>,
}

/// One line of an order or shipment as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineSpec {
    pub item: String,
    pub sku: String,
    pub quantity: u32,
    /// Cents.
    pub price: Option<i64>,
}

#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    /// Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)
    Init {
        /// The access key [env: PANDAPON_ACCESS_KEY]
        #[arg(long, value_name = "KEY")]
        access_key: Option<String>,
        /// The user id [env: PANDAPON_USER_ID]
        #[arg(long, value_name = "ID")]
        user_id: Option<String>,
        /// Read the access secret from stdin (else PANDAPON_ACCESS_SECRET, else a hidden prompt)
        #[arg(long)]
        access_secret_stdin: bool,
    },
    /// Show the resolved settings and where each came from (the secret masked)
    Show,
    /// Print the path of the profile file
    Path,
}

#[derive(Subcommand, Debug)]
pub enum SandboxCommand {
    /// Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)
    Serve {
        /// Port on 127.0.0.1 (0 picks a free one)
        #[arg(long, default_value_t = 8787)]
        port: u16,
        #[command(flatten)]
        sandbox: crate::sandbox::options::SandboxArgs,
    },
    /// Restore the seed data (the cart, orders and the rest)
    Reset {
        /// State file [default: <data dir>/pandapon/sandbox.json]
        #[arg(long, value_name = "FILE", env = "PANDAPON_SANDBOX_STATE")]
        state: Option<PathBuf>,
        /// Also generate this many synthetic orders (for volume tests and benchmarks)
        #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=1_000_000))]
        orders: u64,
    },
}

fn parse_tail(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "\"{s}\" is not a number of entries: expected 1 or more"
        )),
    }
}

/// A positive integer id, validated before anything is sent.
pub fn parse_id(s: &str) -> Result<u64, String> {
    let t = s.trim();
    match t.parse::<u64>() {
        Ok(0) => Err(format!("\"{s}\" is not a valid id: ids start at 1")),
        Ok(n) => Ok(n),
        Err(_) if t.starts_with('-') => Err(format!("\"{s}\" is not a valid id: it is negative")),
        Err(_) => Err(format!(
            "\"{s}\" is not a valid id: expected a positive whole number such as 382"
        )),
    }
}

/// `ITEM:SKU:QTY`, optionally `:PRICE` in yuan.
pub fn parse_line(s: &str) -> Result<LineSpec, String> {
    let parts: Vec<&str> = s.trim().split(':').map(str::trim).collect();
    let (item, sku, qty, price) = match parts.as_slice() {
        [i, k, q] => (*i, *k, *q, None),
        [i, k, q, p] => (*i, *k, *q, Some(*p)),
        _ => {
            return Err(format!(
                "\"{s}\" is not a line: expected ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2"
            ));
        }
    };
    if item.is_empty() || sku.is_empty() {
        return Err(format!("\"{s}\": the item and SKU ids must not be empty"));
    }
    let quantity =
        qty.parse::<u32>().ok().filter(|&q| q >= 1).ok_or_else(|| {
            format!("\"{s}\": the quantity \"{qty}\" is not a whole number from 1")
        })?;
    let price = price
        .map(|p| parse_yuan(p).map_err(|e| format!("\"{s}\": {e}")))
        .transpose()?;
    Ok(LineSpec {
        item: item.to_string(),
        sku: sku.to_string(),
        quantity,
        price,
    })
}

/// `ITEM:SKU:QTY` exactly: where no price is asked for, a fourth field is a typo, and must not
/// become a price.
pub fn parse_unpriced_line(s: &str) -> Result<LineSpec, String> {
    let l = parse_line(s)?;
    if l.price.is_some() {
        return Err(format!(
            "\"{s}\" has a fourth field: expected ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2"
        ));
    }
    Ok(l)
}

/// `ITEM:SKU:QTY:PRICE`: freight lines need the price.
pub fn parse_priced_line(s: &str) -> Result<LineSpec, String> {
    let l = parse_line(s)?;
    if l.price.is_none() {
        return Err(format!(
            "\"{s}\" lacks the unit price: expected ITEM:SKU:QUANTITY:PRICE, e.g. 600126245031041190:5016042822039:2:39.90"
        ));
    }
    Ok(l)
}

pub use crate::domain::money::parse_yuan;

/// A point in time typed by a person, as milliseconds since the epoch. A date or a date and
/// time without an offset is in the local time zone.
fn parse_time(s: &str, end_of_day: bool) -> Result<i64, String> {
    let t = s.trim();
    let bad = || {
        format!(
            "\"{s}\" is not a time: use 2026-05-01, \"2026-05-01 08:00\" (local time) or 2026-05-01T08:00:00Z"
        )
    };
    if let Ok(ts) = t.parse::<jiff::Timestamp>() {
        return Ok(ts.as_millisecond());
    }
    let tz = jiff::tz::TimeZone::system();
    if let Ok(date) = t.parse::<jiff::civil::Date>()
        && !t.contains([' ', 'T'])
    {
        let start = date
            .to_zoned_datetime(tz)
            .map_err(|e| format!("{}: {e}", bad()))?;
        let ms = if end_of_day {
            let next = start.tomorrow().map_err(|e| format!("{}: {e}", bad()))?;
            next.timestamp().as_millisecond() - 1
        } else {
            start.timestamp().as_millisecond()
        };
        return Ok(ms);
    }
    let dt = t
        .replacen(' ', "T", 1)
        .parse::<jiff::civil::DateTime>()
        .map_err(|_| bad())?;
    dt.to_zoned_datetime(tz)
        .map(|z| z.timestamp().as_millisecond())
        .map_err(|e| format!("{}: {e}", bad()))
}

pub fn parse_since(s: &str) -> Result<i64, String> {
    parse_time(s, false)
}

pub fn parse_until(s: &str) -> Result<i64, String> {
    parse_time(s, true)
}

/// Text that must say something: a blank value (an unset shell variable) is refused.
pub fn parse_text(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("the value is empty".into());
    }
    Ok(t.to_string())
}

/// A phone number as people write it (`+86 138-0000-0000`, `(0571) 88886666`): digits with
/// spaces, `+`, `-`, `(`, `)`; at least 5 digits, so a slip such as `1` is caught.
pub fn parse_phone(s: &str) -> Result<String, String> {
    let t = s.trim();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let allowed = t
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    if !allowed || !(5..=20).contains(&digits) {
        return Err(format!(
            "\"{s}\" is not a phone number: expected 5 to 20 digits, e.g. 13800000000 or +1 818-555-0100"
        ));
    }
    Ok(t.to_string())
}

/// A country as the freight API takes it: an ISO 3166-1 two-letter code, upper case.
pub fn parse_country_code(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(t.to_ascii_uppercase())
    } else {
        Err(format!(
            "\"{s}\" is not a two-letter country code (ISO 3166-1), e.g. US, GB, MY"
        ))
    }
}

pub fn parse_seconds(s: &str) -> Result<Duration, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("\"{s}\" is not a number of seconds"))?;
    if !(v > 0.0 && v <= 86_400.0) {
        return Err(format!(
            "timeout must be more than 0 and at most 86400 seconds, got {s}"
        ));
    }
    Ok(Duration::from_secs_f64(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_help_names_the_sandbox_kinds_the_sandbox_reads() {
        use crate::domain::refund::{GOODS_STATUSES, REFUND_TYPES};
        for (n, w) in REFUND_TYPES {
            assert!(REFUND_KIND_HELP.contains(&format!("{n} = {w}")), "{n} {w}");
        }
        for (n, w) in GOODS_STATUSES {
            assert!(REFUND_KIND_HELP.contains(&format!("{n} = {w}")), "{n} {w}");
            assert!(GOODS_STATUS_HELP.contains(&format!("{n} = {w}")), "{n} {w}");
        }
    }

    #[test]
    fn phones_and_country_codes_are_checked() {
        assert_eq!(parse_phone(" 13800000000 "), Ok("13800000000".into()));
        assert!(parse_phone("+1 (818) 555-0100").is_ok());
        assert!(parse_phone("0571-88886666").is_ok());
        assert!(parse_phone("1").is_err());
        assert!(parse_phone("138abc00000").is_err());
        assert_eq!(parse_country_code("us"), Ok("US".into()));
        assert!(parse_country_code("USA").is_err());
        assert!(parse_country_code("美国").is_err());
    }

    #[test]
    fn ids_are_positive_integers() {
        assert_eq!(parse_id("382"), Ok(382));
        assert_eq!(parse_id("2542285634920880794"), Ok(2542285634920880794));
        assert!(parse_id("0").is_err());
        assert!(parse_id("-5").unwrap_err().contains("negative"));
        assert!(parse_id("abc").is_err());
        assert!(parse_id("3.5").is_err());
    }

    #[test]
    fn lines_and_yuan_parse_exactly() {
        assert_eq!(
            parse_line("600126245031041190:5016042822039:2"),
            Ok(LineSpec {
                item: "600126245031041190".into(),
                sku: "5016042822039".into(),
                quantity: 2,
                price: None
            })
        );
        assert_eq!(parse_line("WUnU-x:1:3:39.9").unwrap().price, Some(3990));
        assert!(parse_line("a:b").is_err());
        assert!(parse_unpriced_line("a:b:1:2").is_err());
        assert!(parse_unpriced_line("a:b:1").is_ok());
        assert!(parse_line("a:b:0").is_err());
        assert!(parse_line(":b:1").is_err());
        assert!(parse_priced_line("a:b:1").unwrap_err().contains("PRICE"));
        assert_eq!(parse_yuan("39.90"), Ok(3990));
        assert_eq!(parse_yuan("40"), Ok(4000));
        assert_eq!(parse_yuan("0.05"), Ok(5));
        assert!(parse_yuan("¥1,5").is_err());
        assert!(parse_yuan("-1").is_err());
        assert!(parse_yuan("1.234").is_err());
        assert!(parse_yuan(".").is_err());
    }

    #[test]
    fn times_are_rfc3339_or_local_dates() {
        assert_eq!(parse_since("2024-05-14T06:59:37.082Z"), Ok(1715669977082));
        let start = parse_since("2026-05-01").unwrap();
        let end = parse_until("2026-05-01").unwrap();
        assert_eq!(
            end - start,
            86_400_000 - 1,
            "a whole local day (no DST change that day)"
        );
        assert!(parse_since("2026-05-01 08:00").unwrap() > start);
        assert!(parse_since("yesterday").is_err());
    }

    #[test]
    fn seconds_accept_fractions() {
        assert_eq!(parse_seconds("0.5"), Ok(Duration::from_millis(500)));
        assert!(parse_seconds("0").is_err());
        assert!(parse_seconds("-1").is_err());
        assert!(parse_seconds("NaN").is_err());
        assert!(parse_seconds("soon").is_err());
    }
}
