//! Argument groups several verbs share.

use clap::Args;

use super::parse::parse_phone;

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
    /// With --all: print each element as one JSON line (NDJSON) as the pages arrive
    #[arg(long, requires = "all")]
    pub json_lines: bool,
}

/// A shipping address; any field given here replaces the profile's `[address]`, whose keys are
/// the flags' names without `--address-` (`mobile = ...` is `--address-mobile`).
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Shipping address (default: the profile's [address])")]
pub struct AddressArgs {
    /// Recipient's name
    #[arg(long = "address-name", value_name = "NAME")]
    pub name: Option<String>,
    /// Recipient's mobile phone
    #[arg(long = "address-mobile", value_name = "PHONE", value_parser = parse_phone)]
    pub mobile: Option<String>,
    /// Recipient's other phone
    #[arg(long = "address-phone", value_name = "PHONE", value_parser = parse_phone)]
    pub phone: Option<String>,
    /// Country
    #[arg(long = "address-country", value_name = "COUNTRY")]
    pub country: Option<String>,
    /// Province or state (`--address-state` also works)
    #[arg(
        long = "address-province",
        alias = "address-state",
        value_name = "PROVINCE"
    )]
    pub province: Option<String>,
    /// City
    #[arg(long = "address-city", value_name = "CITY")]
    pub city: Option<String>,
    /// District
    #[arg(long = "address-district", value_name = "DISTRICT")]
    pub district: Option<String>,
    /// Street address
    #[arg(long = "address-street", value_name = "STREET")]
    pub street: Option<String>,
    /// Postal code
    #[arg(long = "address-zip", value_name = "ZIP")]
    pub zip: Option<String>,
}
