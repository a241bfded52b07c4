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

#[derive(Args, Debug, Clone)]
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
    /// Items per page
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
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
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
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
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
    #[arg(long = "address-mobile", value_name = "PHONE")]
    pub mobile_phone: Option<String>,
    /// Recipient's other phone
    #[arg(long = "address-phone", value_name = "PHONE")]
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
        /// State file [default: <data dir>/pandapon/sandbox.json]
        #[arg(long, value_name = "FILE", env = "PANDAPON_SANDBOX_STATE")]
        state: Option<PathBuf>,
        /// Delay every answer by this many milliseconds
        #[arg(
            long,
            value_name = "MS",
            default_value_t = 0,
            env = "PANDAPON_SANDBOX_LATENCY_MS"
        )]
        latency_ms: u64,
        /// Make an operation misbehave: OP=KIND or OP=KIND*N (OP "*" for all). Kinds: 500, 502,
        /// 503, 429 (any status), html, truncate, reset, hang, not-envelope, bad-types, huge
        #[arg(
            long,
            value_name = "OP=KIND",
            env = "PANDAPON_SANDBOX_FAULTS",
            value_delimiter = ','
        )]
        fault: Vec<String>,
        /// Run the server's clock this many seconds ahead (negative: behind)
        #[arg(
            long,
            value_name = "SECONDS",
            default_value_t = 0,
            allow_negative_numbers = true,
            env = "PANDAPON_SANDBOX_CLOCK_OFFSET"
        )]
        clock_offset: i64,
    },
    /// Restore the seed data (the cart, orders and the rest)
    Reset {
        /// State file [default: <data dir>/pandapon/sandbox.json]
        #[arg(long, value_name = "FILE", env = "PANDAPON_SANDBOX_STATE")]
        state: Option<PathBuf>,
    },
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

pub fn parse_seconds(s: &str) -> Result<Duration, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("\"{s}\" is not a number of seconds"))?;
    if !(v > 0.0 && v <= 86_400.0) {
        return Err(format!(
            "timeout must be between 0 and 86400 seconds, got {s}"
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
    fn ids_are_positive_integers() {
        assert_eq!(parse_id("382"), Ok(382));
        assert_eq!(parse_id("2542285634920880794"), Ok(2542285634920880794));
        assert!(parse_id("0").is_err());
        assert!(parse_id("-5").unwrap_err().contains("negative"));
        assert!(parse_id("abc").is_err());
        assert!(parse_id("3.5").is_err());
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
