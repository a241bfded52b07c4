//! The top-level parser: the global options and the list of nouns. Each verb's own flags live
//! next to its code (`commands/<noun>/<verb>.rs`); value parsers shared by verbs are in `parse`,
//! argument groups shared by several verbs in `args`.

use std::path::PathBuf;
use std::time::Duration;

use clap::builder::BoolishValueParser;
use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

pub mod args;
pub mod help;
pub mod parse;
pub mod product;

use crate::commands;
use crate::error::EXIT_CODES_HELP;

#[derive(Parser, Debug)]
#[command(
    name = "pandapon",
    version,
    about = "Buy on Taobao and 1688 from the terminal: carts, orders and payments through the PandaPon OpenAPI.",
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
    /// The parser, with the global options summed up in each subcommand's help
    /// (`compact_globals`) and every variable that is set but empty left out:
    /// `PANDAPON_SANDBOX=` turns a setting off as if unset (NO_COLOR's convention) instead of
    /// failing on a value that names no setting. Credentials are not clap's: an empty one is
    /// still an error there.
    pub fn parser() -> clap::Command {
        use clap::CommandFactory;
        empty_env_unset(compact_globals(Cli::command()))
    }

    /// The command line parsed. Only help is drawn from `parser()`'s tree: a run that shows no
    /// help is spared building the copies of the global options.
    pub fn matches() -> Result<clap::ArgMatches, clap::Error> {
        use clap::CommandFactory;
        use clap::error::ErrorKind::{DisplayHelp, DisplayHelpOnMissingArgumentOrSubcommand};
        match empty_env_unset(Cli::command()).try_get_matches() {
            Err(e)
                if matches!(
                    e.kind(),
                    DisplayHelp | DisplayHelpOnMissingArgumentOrSubcommand
                ) =>
            {
                Cli::parser().try_get_matches()
            }
            m => m,
        }
    }
}

/// `cmd`, or when a PANDAPON_ variable is set but empty, `without_empty_env(cmd)`.
fn empty_env_unset(cmd: clap::Command) -> clap::Command {
    let any_empty = std::env::vars_os()
        .any(|(k, v)| v.is_empty() && k.to_string_lossy().starts_with("PANDAPON_"));
    if any_empty {
        without_empty_env(cmd)
    } else {
        cmd
    }
}

/// The heading of the global options in a subcommand's help, one line each.
pub const GLOBALS_HEADING: &str = "Global options (details: pandapon --help)";

/// One line on each global option, for subcommands' help: `pandapon --help` and the manual
/// pages keep the full text (defaults, variables, values). At most 50 columns, so that each
/// stays one line on an 80-column terminal.
fn global_summary(id: &str) -> &'static str {
    match id {
        "profile" => "Profile to use from the config file",
        "config" => "Path of the TOML profile file",
        "base_url" => "API base URL",
        "platform" => "Which platform to buy from: taobao or 1688",
        "timeout" => "Seconds to wait for a request, retries included",
        "json" => "Print the response data as JSON",
        "jq" => "Filter the JSON output with a jq expression",
        "verbose" => "Log each request and response status to stderr",
        "debug" => "Log requests and responses in full to stderr",
        "dry_run" => "Show the request that would be sent; send nothing",
        "yes" => "Answer yes to confirmations",
        "no_input" => "Never prompt; fail instead when input is needed",
        "insecure_http" => "Allow plain http:// to another machine",
        "sandbox" => "Run against the embedded sandbox",
        "concurrency" => "Requests a batch or an --all walk keeps in flight",
        "header" => "Piped tables: print their column names first",
        "color" => "When to use colour: auto, always, never",
        _ => "",
    }
}

/// `cmd` with a one-line copy of each global option in every subcommand, under
/// `GLOBALS_HEADING`, as gh lists its INHERITED FLAGS: a verb's help shows its own options
/// first and is not three screens long. The copies have the same ids, so they parse and
/// propagate exactly as the originals (clap does not copy an option a subcommand already has).
fn compact_globals(cmd: clap::Command) -> clap::Command {
    fn add(cmd: clap::Command, globals: &[clap::Arg]) -> clap::Command {
        let subs: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        subs.iter().fold(cmd, |c, name| {
            c.mut_subcommand(name, |sub| {
                let sub = globals.iter().fold(sub, |s, a| s.arg(a.clone()));
                add(sub, globals)
            })
        })
    }
    let globals: Vec<clap::Arg> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| {
            let short = a
                .clone()
                .help(global_summary(a.get_id().as_str()))
                .long_help(None)
                .hide_env(true)
                .help_heading(GLOBALS_HEADING);
            if a.get_action().takes_values() {
                short.hide_default_value(true).hide_possible_values(true)
            } else {
                short
            }
        })
        .collect();
    add(cmd, &globals)
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

    /// Which platform to buy from: taobao or 1688 [default: taobao]
    #[arg(long, global = true, env = "PANDAPON_PLATFORM", value_name = "PLATFORM", value_parser = crate::domain::Platform::parse)]
    pub platform: Option<crate::domain::Platform>,

    /// Seconds to wait for a request, retries included [default: 30]
    #[arg(long, global = true, env = "PANDAPON_TIMEOUT", value_name = "SECONDS", value_parser = parse::parse_seconds)]
    pub timeout: Option<Duration>,

    /// Print the response data as JSON (pretty on a terminal, compact otherwise)
    #[arg(long, global = true)]
    pub json: bool,

    /// Filter the JSON output with a jq expression (implies --json; strings print raw)
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

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

    /// Allow plain http:// to a host other than this machine (the signature does not cover the
    /// body: anyone on the way can change it)
    #[arg(long, global = true, env = "PANDAPON_INSECURE_HTTP", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub insecure_http: bool,

    /// Run against the embedded sandbox: no account, no real money
    #[arg(long, global = true, env = "PANDAPON_SANDBOX", action = ArgAction::SetTrue, value_parser = BoolishValueParser::new())]
    pub sandbox: bool,

    /// How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]
    #[arg(long, global = true, env = "PANDAPON_CONCURRENCY", value_name = "N", value_parser = clap::value_parser!(u8).range(1..=32))]
    pub concurrency: Option<u8>,

    /// Piped tables: print their column names first, as a tab-separated line (each list's help
    /// names its columns)
    #[arg(long, global = true)]
    pub header: bool,

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
    /// The shopping cart on Taobao or 1688 (--platform): list, add, edit, delete, preview, create orders
    #[command(subcommand)]
    Cart(commands::cart::CartCommand),
    /// Orders on Taobao or 1688 (--platform): list, show, create, pay, cancel, track
    #[command(subcommand)]
    Order(commands::order::OrderCommand),
    /// Refunds and returns on Taobao or 1688 orders (--platform)
    #[command(subcommand, name = "after-sales", visible_alias = "refund")]
    AfterSales(commands::after_sales::AfterSalesCommand),
    /// Shipping addresses stored with PandaPon
    #[command(subcommand)]
    Address(commands::address::AddressCommand),
    /// Products on Taobao and 1688: show, check, search by keyword or photo
    #[command(subcommand, visible_alias = "product")]
    Goods(commands::goods::GoodsCommand),
    /// Overseas freight (estimate, preview, book) and domestic tracking updates
    #[command(subcommand)]
    Freight(commands::freight::FreightCommand),
    /// The record of every write sent: list it, find and settle the unknown outcomes
    Journal(commands::journal::JournalArgs),
    /// Receive PandaPon's order messages: kept in the inbox, printed, handed to your app
    Listen(commands::listen::Args),
    /// The order messages `listen` received: list, show, replay to your app
    #[command(subcommand)]
    Inbox(commands::inbox::InboxCommand),
    /// Send a sample order message to a running `listen` (or any URL), as PandaPon would
    Trigger(commands::trigger::Args),
    /// Profiles and settings
    #[command(subcommand)]
    Config(commands::config::ConfigCommand),
    /// The embedded PandaPon sandbox: serve it for other tools, or reset its data
    #[command(subcommand)]
    Sandbox(commands::sandbox::SandboxCommand),
    /// Make a signed request to any API operation (the raw escape hatch, like `gh api`)
    #[command(long_about = commands::api::LONG_ABOUT)]
    Api(commands::api::Args),
    /// Credentials: check them, with the clock and the network
    #[command(subcommand)]
    Auth(commands::auth::AuthCommand),
    /// Check the credentials, the clock and the network (the same as `auth status`)
    Doctor(commands::auth::status::Args),
    /// Print a shell completion script
    Completions(commands::completions::Args),
    /// Print a manual page (roff), for pandapon or one of its commands
    Man(commands::man::Args),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_is_well_formed() {
        Cli::command().debug_assert();
        Cli::parser().debug_assert();
    }

    #[test]
    fn subcommands_sum_up_the_global_options_in_one_line_each() {
        let root = Cli::command();
        for a in root.get_arguments().filter(|a| a.is_global_set()) {
            let id = a.get_id().as_str();
            let summary = global_summary(id);
            assert!(
                !summary.is_empty() && summary.len() <= 50,
                "--{id}: {summary:?}"
            );
        }
        let help_of = |args: &[&str]| {
            let e = Cli::parser().try_get_matches_from(args).unwrap_err();
            assert_eq!(e.kind(), clap::error::ErrorKind::DisplayHelp);
            e.render().to_string()
        };
        let help = help_of(&["pandapon", "order", "list", "--help"]);
        let (_, globals) = help.split_once(GLOBALS_HEADING).expect(&help);
        let globals = globals.split("\n\n").next().unwrap();
        assert_eq!(
            globals.lines().count(),
            1 + root.get_arguments().filter(|a| a.is_global_set()).count(),
            "{help}"
        );
        assert!(!help.contains("[env: PANDAPON_PROFILE"), "{help}");
        // The top level keeps every detail.
        let top = help_of(&["pandapon", "--help"]);
        assert!(
            top.contains("[env: PANDAPON_PROFILE=]") && !top.contains(GLOBALS_HEADING),
            "{top}"
        );
        // They still parse, anywhere.
        let m = Cli::parser()
            .try_get_matches_from(["pandapon", "order", "list", "--platform", "1688", "--json"])
            .unwrap();
        let cli = <Cli as clap::FromArgMatches>::from_arg_matches(&m).unwrap();
        assert!(cli.global.json);
        assert_eq!(
            cli.global.platform,
            Some(crate::domain::Platform::Alibaba1688)
        );
    }
}
