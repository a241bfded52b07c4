//! `pandapon goods ...` (alias `product`): find, check and inspect products on Taobao and 1688
//! (docs/api.md#taobao-goods, docs/api.md#alibaba-goods). One module per verb; here the verb
//! list and what several verbs share: which platform a product is on, the detail request, the
//! result tables and the paging of result lists (`results.rs`).
//!
//! Every operation here only reads: the client retries them and the journal never sees them.

mod category;
mod check;
mod hot;
mod image_search;
mod recommend;
mod related;
mod results;
mod search;
mod seller_chat;
mod show;
pub mod sku;

use clap::Subcommand;
use serde_json::{Value, json};

use super::{Ctx, unexpected};
use crate::api::types::goods::Product;
use crate::api::{Call, Client};
use crate::cli::product::ProductRef;
use crate::domain::Platform;
use crate::error::Result;

#[derive(Subcommand, Debug)]
pub enum GoodsCommand {
    /// Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)
    Show(show::Args),
    /// Which items can be bought through PandaPon, and why not (Taobao)
    Check(check::Args),
    /// Search by keyword (Taobao and 1688)
    Search(search::Args),
    /// Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)
    ImageSearch(image_search::Args),
    /// A category's names and subcategories (1688)
    Category(category::Args),
    /// Recommended offers (1688)
    Recommend(recommend::Args),
    /// Offers related to one offer (1688)
    Related(related::Args),
    /// The hot-selling list, overall or for a category (1688)
    Hot(hot::Args),
    /// The seller's Wangwang name, to chat with them about an offer (1688)
    SellerChat(seller_chat::Args),
}

pub async fn run(cmd: GoodsCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        GoodsCommand::Show(a) => show::run(a, ctx).await,
        GoodsCommand::Check(a) => check::run(a, ctx).await,
        GoodsCommand::Search(a) => search::run(a, ctx).await,
        GoodsCommand::ImageSearch(a) => image_search::run(a, ctx).await,
        GoodsCommand::Category(a) => category::run(a, ctx).await,
        GoodsCommand::Recommend(a) => recommend::run(a, ctx).await,
        GoodsCommand::Related(a) => related::run(a, ctx).await,
        GoodsCommand::Hot(a) => hot::run(a, ctx).await,
        GoodsCommand::SellerChat(a) => seller_chat::run(a, ctx).await,
    }
}

const TAOBAO_GET: &str = "taobao.product.get";
const ALIBABA_GET: &str = "alibaba.product.get";

/// 1688 goods bodies carry `country`, "currently always en" (docs/api.md#alibaba-goods).
pub(crate) const COUNTRY: &str = "en";

/// The platform a product is on: a link's own, else `--platform`.
pub fn platform_of(ctx: &Ctx, r: &ProductRef) -> Platform {
    r.platform_or(ctx.settings.platform.value)
}

/// A 1688-only verb: the platform option must say 1688, or a 1688 link must (`related`).
fn require_1688(ctx: &Ctx, verb: &str, r: Option<&ProductRef>) -> Result<()> {
    match r.and_then(|r| r.platform) {
        Some(Platform::Alibaba1688) => Ok(()),
        Some(Platform::Taobao) => Err(crate::error::Error::usage(format!(
            "`pandapon {verb}` is for 1688, and \"{}\" is a Taobao item; give a 1688 offer id \
             or link",
            r.map(|r| r.id.as_str()).unwrap_or_default()
        ))),
        None => ctx
            .settings
            .require_platform(verb, &[Platform::Alibaba1688]),
    }
}

/// A 1688 offer id in a body: `offerId` is an integer in the v1 body, so a numeric id goes as
/// a number; an opaque v2 id as `offerMapId` [I] (docs/api.md#alibaba-product-get).
pub(crate) fn offer_key(r: &ProductRef) -> (&'static str, Value) {
    match r.id.parse::<u64>() {
        Ok(n) if r.is_numeric() => ("offerId", json!(n)),
        _ if r.is_numeric() => ("offerId", json!(r.id)),
        _ => ("offerMapId", json!(r.id)),
    }
}

/// The detail request of a product on its platform (docs/api.md#taobao-product-get,
/// docs/api.md#alibaba-product-get).
pub(crate) fn detail_call(platform: Platform, r: &ProductRef) -> Call {
    match platform {
        Platform::Taobao => Call::new(TAOBAO_GET).query("itemId", &r.id),
        Platform::Alibaba1688 => {
            let (key, id) = offer_key(r);
            let mut body = json!({ "country": COUNTRY });
            body[key] = id;
            Call::new(ALIBABA_GET).body(body)
        }
    }
}

/// A product's detail: the data as sent, and the view read from it.
pub async fn lookup(
    client: &Client<'_>,
    platform: Platform,
    r: &ProductRef,
) -> Result<(Value, Product)> {
    let data = client.call(detail_call(platform, r)).await?;
    let product = read_product(&data, r)?;
    Ok((data, product))
}

/// The view of a detail answer; an empty answer for an id is the API's way of saying there is
/// no such product, not a server failure.
pub(crate) fn read_product(data: &Value, r: &ProductRef) -> Result<Product> {
    if data.is_null() {
        // Exit 1 like any refusal: the API has nothing for this id.
        return Err(crate::error::Error::Api {
            code: 200,
            msg: format!("no product {}: the API's answer has no data", r.id),
            request_id: None,
            hint: None,
        });
    }
    Product::from_value(data, "data").map_err(unexpected)
}
