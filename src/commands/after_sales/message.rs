//! `after-sales message`: a message to the seller, with an image if given
//! (docs/api.md#taobao-refund-message-submit).

use serde_json::json;

use crate::api::Call;
use crate::cli::parse::parse_id;
use crate::commands::Ctx;
use crate::commands::image::image_value;
use crate::error::{Error, Result};
use crate::output::Done;

const MESSAGE: &str = "taobao.refund.message_submit";

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon after-sales message 110000235001 --text 已寄回",
]))]
pub struct Args {
    /// The after-sales (refund) id, as `after-sales list` shows it
    #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
    pub refund_id: u64,
    /// The message
    #[arg(long)]
    pub text: String,
    /// An image to attach: a JPEG, PNG, GIF or WebP file of at most 5 MiB (sent base64-encoded), or an http(s):// URL
    #[arg(long, value_name = "FILE|URL")]
    pub image: Option<String>,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let Args {
        refund_id: id,
        text,
        image,
    } = a;
    if text.trim().is_empty() {
        return Err(Error::usage("the message is empty: give --text"));
    }
    let mut body = json!({"refundId": id.to_string(), "refundMessage": text});
    // `refundImages` is an undocumented string: a URL as given, a file as base64.
    if let Some(i) = &image {
        body["refundImages"] = json!(image_value(i).await?);
    }
    let client = ctx.client()?;
    let data = client.call(Call::new(MESSAGE).body(body)).await?;
    ctx.printer
        .print(&Done(&data, format!("Message sent on after-sales {id}.")))
}
