//! `order im-link ID`: the URL of the seller chat (docs/api.md#taobao-order-im-link).

use clap::Args as ClapArgs;
use serde_json::{Value, json};

use crate::api::Call;
use crate::api::types::pick_text;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, unexpected};
use crate::error::Result;
use crate::output::{Printer, View};

const IM_LINK: &str = "taobao.order.im_link";

#[derive(ClapArgs, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon order im-link 3305075341149005155",
]))]
pub struct Args {
    #[arg(value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_id: u64,
}

/// The IM link body follows the page's example `{"sourceType":"item","bizId":"..."}`, not its
/// schema (`loginName`, `password`, ...), which contradicts the example (docs/api.md#taobao-order-im-link).
pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let id = args.order_id;
    let client = ctx.client()?;
    let data = client
        .call(Call::new(IM_LINK).body(json!({"sourceType": "order", "bizId": id.to_string()})))
        .await?;
    ctx.printer
        .print(&View(&data, |out: &Printer| print_url(out, &data)))
}

/// The URL alone on stdout, for a script or a click; `--json` prints the data whatever it is.
fn print_url(out: &Printer, data: &Value) -> Result<()> {
    let url = match data {
        Value::String(s) => s.clone(),
        other => pick_text(other, &["url", "link", "imUrl"]),
    };
    if url.is_empty() {
        return Err(unexpected(format!(
            "unexpected response: data should be the chat URL, got {}",
            crate::api::envelope::snippet(&data.to_string())
        )));
    }
    out.line(&url)
}
