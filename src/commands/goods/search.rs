//! `goods search KEYWORD`: Taobao item search (docs/api.md#taobao-product-search) or the 1688
//! keyword query, store search and the two strictly-selected searches
//! (docs/api.md#alibaba-product-search, #alibaba-product-shop-search, #alibaba-strict-search).

use clap::ValueEnum;
use serde_json::{Value, json};

use super::COUNTRY;
use super::results::{self, ResultPaging, on};
use crate::api::Call;
use crate::cli::parse::{parse_text, parse_yuan};
use crate::commands::Ctx;
use crate::domain::Platform;
use crate::domain::money::yuan_string;
use crate::error::{Error, Result};

/// Taobao's documented limit (`pageSize >= 1 <= 40`, docs/api.md#taobao-product-search).
pub(super) const TAOBAO_MAX_PAGE: u32 = 40;
/// 1688 documents none; 50 is the 1688 open platform's own [I] (docs/api.md#alibaba-product-search).
pub(super) const ALIBABA_MAX_PAGE: u32 = 50;

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::list("", &[("", super::results::COLUMNS)], &[
    "pandapon goods search 衬衫 --sort sales --limit 50",
    "pandapon --platform 1688 goods search 文件夹 --max-price 10 --header | cut -f1,3",
]))]
pub struct Args {
    /// Words to find in titles, e.g. 衬衫 (Chinese finds the most)
    #[arg(value_name = "KEYWORD", value_parser = parse_keyword)]
    pub keyword: String,
    #[command(flatten)]
    pub paging: ResultPaging,
    /// Order of the results (commission: Taobao only)
    #[arg(long, value_enum, default_value_t = Sort::Relevance)]
    pub sort: Sort,
    /// Lowest price, in yuan (e.g. 9.90)
    #[arg(long, value_name = "YUAN", value_parser = parse_yuan)]
    pub min_price: Option<i64>,
    /// Highest price, in yuan
    #[arg(long, value_name = "YUAN", value_parser = parse_yuan)]
    pub max_price: Option<i64>,
    /// Only this category (a numeric category id; 1688: see `goods category`)
    #[arg(long, value_name = "CATEGORY_ID", value_parser = parse_category)]
    pub category: Option<u64>,
    /// Search one seller's store, by the seller's open id (1688)
    #[arg(long, value_name = "SELLER_OPEN_ID", value_parser = parse_text, conflicts_with_all = ["strict", "global_strict"])]
    pub shop: Option<String>,
    /// Only 1688's strictly selected offers, 1688严选 (1688)
    #[arg(long, conflicts_with = "global_strict")]
    pub strict: bool,
    /// Only globally strictly selected offers, 全球严选 (1688)
    #[arg(long)]
    pub global_strict: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    // As the API ranks them; cheapest or dearest first; best-selling first; highest
    // commission rate first (Taobao's documented `tk_rate_desc`).
    Relevance,
    PriceAsc,
    PriceDesc,
    Sales,
    Commission,
}

/// Words to search for: a blank keyword (an unset shell variable) would search for nothing.
fn parse_keyword(s: &str) -> Result<String, String> {
    parse_text(s)
        .map_err(|_| "the keyword is empty: give words to find in titles, e.g. 衬衫".into())
}

/// A category id: a positive whole number.
pub fn parse_category(s: &str) -> Result<u64, String> {
    match s.trim().parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!(
            "\"{s}\" is not a category id: expected a positive whole number such as 1033054"
        )),
    }
}

/// `--min-price` over `--max-price` can match nothing: refused before anything is sent.
pub(super) fn check_prices(min: Option<i64>, max: Option<i64>) -> Result<()> {
    match (min, max) {
        (Some(lo), Some(hi)) if lo > hi => Err(Error::usage(format!(
            "--min-price {} is above --max-price {}: nothing could match; swap them",
            yuan_string(lo),
            yuan_string(hi)
        ))),
        _ => Ok(()),
    }
}

/// Taobao's `sort` values: the documented example is `tk_rate_desc`; the others follow its
/// pattern [I] (docs/api.md#taobao-product-search).
fn taobao_sort(s: Sort) -> Option<&'static str> {
    match s {
        Sort::Relevance => None,
        Sort::PriceAsc => Some("price_asc"),
        Sort::PriceDesc => Some("price_desc"),
        Sort::Sales => Some("total_sales_desc"),
        Sort::Commission => Some("tk_rate_desc"),
    }
}

/// 1688's `sort` is JSON in a string, as the documented `"{\"price\":\"desc\"}"`
/// (docs/api.md#alibaba-product-search); `monthSold` is inferred.
fn alibaba_sort(s: Sort) -> Result<Option<String>> {
    Ok(match s {
        Sort::Relevance => None,
        Sort::PriceAsc => Some(r#"{"price":"asc"}"#.into()),
        Sort::PriceDesc => Some(r#"{"price":"desc"}"#.into()),
        Sort::Sales => Some(r#"{"monthSold":"desc"}"#.into()),
        Sort::Commission => {
            return Err(Error::usage(
                "--sort commission is Taobao's; 1688 sorts by relevance, price-asc, price-desc or sales",
            ));
        }
    })
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let platform = ctx.settings.platform.value;
    check_prices(args.min_price, args.max_price)?;
    let op = match platform {
        Platform::Taobao => {
            for (given, flag) in [
                (args.shop.is_some(), "--shop"),
                (args.strict, "--strict"),
                (args.global_strict, "--global-strict"),
            ] {
                if given {
                    return Err(Error::usage(format!(
                        "{flag} is a 1688 search; the platform is taobao (from {}): add --platform 1688",
                        ctx.settings.platform.source
                    )));
                }
            }
            "taobao.product.search"
        }
        Platform::Alibaba1688 if args.shop.is_some() => "alibaba.product.shop_search",
        Platform::Alibaba1688 if args.strict => "alibaba.product.strict_search",
        Platform::Alibaba1688 if args.global_strict => "alibaba.product.global_strict_search",
        Platform::Alibaba1688 => "alibaba.product.search",
    };
    let size = match platform {
        Platform::Taobao => args.paging.size(TAOBAO_MAX_PAGE, "Taobao search")?,
        Platform::Alibaba1688 => args
            .paging
            .size(ALIBABA_MAX_PAGE, &on(platform, "search"))?,
    };
    let body = match platform {
        Platform::Taobao => taobao_body(&args),
        Platform::Alibaba1688 => alibaba_body(&args)?,
    };
    let client = ctx.client()?;
    let prices = (platform == Platform::Taobao).then_some((args.min_price, args.max_price));
    let call = |page, size| {
        let mut b = body.clone();
        match platform {
            Platform::Taobao => {
                b["pageNo"] = json!(page);
                b["pageSize"] = json!(size);
            }
            Platform::Alibaba1688 => {
                b["beginPage"] = json!(page);
                b["pageSize"] = json!(size);
            }
        }
        Call::new(op).body(b)
    };
    results::list(
        ctx,
        &client,
        &args.paging,
        size,
        call,
        &format!("Nothing on {platform} matches \"{}\".", args.keyword),
        prices,
    )
    .await
}

/// The documented body `{keyword, pageSize, pageNo, sort}`; the price and category fields are
/// inferred, prices in cents as PandaPon's Taobao integer prices are (docs/api.md#taobao-product-search).
fn taobao_body(a: &Args) -> Value {
    let mut b = json!({ "keyword": a.keyword });
    if let Some(s) = taobao_sort(a.sort) {
        b["sort"] = json!(s);
    }
    if let Some(c) = a.min_price {
        b["startPrice"] = json!(c);
    }
    if let Some(c) = a.max_price {
        b["endPrice"] = json!(c);
    }
    if let Some(c) = a.category {
        b["categoryId"] = json!(c.to_string());
    }
    b
}

/// The documented keyword-query body: prices as yuan strings; `categoryId` a string in the
/// keyword query and an integer in the store search (docs/api.md#alibaba-product-search,
/// docs/api.md#alibaba-product-shop-search).
fn alibaba_body(a: &Args) -> Result<Value> {
    let mut b = json!({ "keyword": a.keyword, "country": COUNTRY });
    if let Some(s) = alibaba_sort(a.sort)? {
        b["sort"] = json!(s);
    }
    if let Some(c) = a.min_price {
        b["priceStart"] = json!(yuan_string(c));
    }
    if let Some(c) = a.max_price {
        b["priceEnd"] = json!(yuan_string(c));
    }
    if let Some(c) = a.category {
        b["categoryId"] = if a.shop.is_some() {
            json!(c)
        } else {
            json!(c.to_string())
        };
    }
    if let Some(shop) = &a.shop {
        b["sellerOpenId"] = json!(shop);
    }
    Ok(b)
}
