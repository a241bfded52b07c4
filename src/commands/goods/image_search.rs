//! `goods image-search FILE|URL`: products that look like a photo (Taobao image search,
//! docs/api.md#taobao-product-image-search; the 1688 image query,
//! docs/api.md#alibaba-product-image-search). A file is checked as every attached image is
//! (`commands/image.rs`: its kind by its first bytes, its size) before anything is sent.

use serde_json::json;

use super::COUNTRY;
use super::results::{self, ResultPaging, on};
use super::search::{ALIBABA_MAX_PAGE, TAOBAO_MAX_PAGE};
use crate::api::Call;
use crate::commands::{Ctx, image};
use crate::domain::Platform;
use crate::error::Result;

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon goods image-search shirt.jpg",
    "pandapon --platform 1688 goods image-search https://img.example/folder.jpg --limit 10",
]))]
pub struct Args {
    /// The photo: a JPEG, PNG, GIF or WebP file, or an http(s):// URL of one
    #[arg(value_name = "FILE|URL")]
    pub image: String,
    #[command(flatten)]
    pub paging: ResultPaging,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let platform = ctx.settings.platform.value;
    let max = match platform {
        Platform::Taobao => TAOBAO_MAX_PAGE,
        Platform::Alibaba1688 => ALIBABA_MAX_PAGE,
    };
    let size = args.paging.size(max, &on(platform, "image search"))?;
    let is_url = args.image.starts_with("https://") || args.image.starts_with("http://");
    let picture = image::image_value(&args.image).await?;
    // A file goes inline as `imageBase64` (required on the 1688 page), a URL as `imageAddress`;
    // Taobao's body is undocumented and takes the same names [I].
    let (key, op) = match platform {
        Platform::Taobao => ("pageNo", "taobao.product.image_search"),
        Platform::Alibaba1688 => ("beginPage", "alibaba.product.image_search"),
    };
    let mut body = if is_url {
        json!({ "imageAddress": picture })
    } else {
        json!({ "imageBase64": picture })
    };
    if platform == Platform::Alibaba1688 {
        body["country"] = json!(COUNTRY);
    }
    let client = ctx.client()?;
    let call = |page, size| {
        let mut b = body.clone();
        b[key] = json!(page);
        b["pageSize"] = json!(size);
        Call::new(op).body(b)
    };
    results::list(
        ctx,
        &client,
        &args.paging,
        size,
        call,
        &format!("Nothing on {platform} looks like {}.", args.image),
        None,
    )
    .await
}
