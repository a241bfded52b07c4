//! `goods recommend`: offers 1688 recommends (`alibaba.product.recommend`,
//! docs/api.md#alibaba-product-recommend).

use serde_json::json;

use super::results::{self, ResultPaging};
use super::search::ALIBABA_MAX_PAGE;
use super::{COUNTRY, require_1688};
use crate::api::Call;
use crate::commands::Ctx;
use crate::error::Result;

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon --platform 1688 goods recommend --page-size 5",
]))]
pub struct Args {
    #[command(flatten)]
    pub paging: ResultPaging,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    require_1688(ctx, "goods recommend", None)?;
    let size = args.paging.size(ALIBABA_MAX_PAGE, "1688 recommendations")?;
    let client = ctx.client()?;
    // The keyword query's paging and country [I]: the page is a sidebar entry only.
    let call = |page, size| {
        Call::new("alibaba.product.recommend").body(json!({
            "beginPage": page,
            "pageSize": size,
            "country": COUNTRY,
        }))
    };
    results::list(
        ctx,
        &client,
        &args.paging,
        size,
        call,
        "1688 recommends nothing right now.",
        None,
    )
    .await
}
