//! `goods related OFFER`: offers like one offer (`alibaba.product.related_recommend`,
//! docs/api.md#alibaba-product-related-recommend).

use super::results::{self, ResultPaging};
use super::search::ALIBABA_MAX_PAGE;
use super::{COUNTRY, offer_key, require_1688};
use crate::api::Call;
use crate::cli::product::{ProductRef, parse_product_ref};
use crate::commands::Ctx;
use crate::error::Result;

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon goods related https://detail.1688.com/offer/706627393257.html",
]))]
pub struct Args {
    /// The offer: its id (706627393257) or a 1688 offer link
    #[arg(value_name = "OFFER_ID|URL", value_parser = parse_product_ref)]
    pub offer: ProductRef,
    #[command(flatten)]
    pub paging: ResultPaging,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    require_1688(ctx, "goods related", Some(&args.offer))?;
    let size = args.paging.size(ALIBABA_MAX_PAGE, "1688 related offers")?;
    let (key, id) = offer_key(&args.offer);
    let client = ctx.client()?;
    // The detail's offer id with the keyword query's paging [I]: a sidebar entry only.
    let call = |page, size| {
        let mut b = serde_json::json!({
            "beginPage": page,
            "pageSize": size,
            "country": COUNTRY,
        });
        b[key] = id.clone();
        Call::new("alibaba.product.related_recommend").body(b)
    };
    results::list(
        ctx,
        &client,
        &args.paging,
        size,
        call,
        &format!("1688 relates nothing to offer {}.", args.offer.id),
        None,
    )
    .await
}
