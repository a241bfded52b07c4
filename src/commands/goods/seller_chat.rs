//! `goods seller-chat OFFER OPEN_UID`: the seller's Wangwang name (and chat link, when given)
//! from an offer and the seller's encrypted id (`alibaba.order.wangwang_decrypt`,
//! docs/api.md#alibaba-order-wangwang-decrypt).

use serde_json::{Value, json};

use super::{offer_key, require_1688};
use crate::api::Call;
use crate::api::types::pick_text;
use crate::cli::parse::parse_text;
use crate::cli::product::{ProductRef, parse_product_ref};
use crate::commands::{Ctx, print_fields};
use crate::error::Result;
use crate::output::{Printer, View};

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon --platform 1688 goods seller-chat 706627393257 BBBgGWh2O6JFI6v1aQuZVgRIA",
]))]
pub struct Args {
    /// The offer: its id (706627393257) or a 1688 offer link
    #[arg(value_name = "OFFER_ID|URL", value_parser = parse_product_ref)]
    pub offer: ProductRef,
    /// The seller's encrypted id (openUid) as 1688 answers give it
    #[arg(value_name = "OPEN_UID", value_parser = parse_text)]
    pub open_uid: String,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    require_1688(ctx, "goods seller-chat", Some(&args.offer))?;
    let (key, id) = offer_key(&args.offer);
    let mut body = json!({ "openUid": args.open_uid });
    body[key] = id;
    let client = ctx.client()?;
    let data = client
        .call(Call::new("alibaba.order.wangwang_decrypt").body(body))
        .await?;
    ctx.printer.print(&View::new(&data, |out: &Printer| {
        // The answer's shape is unseen: a bare name, or an object with a name and a link [I].
        if let Value::String(s) = &data {
            return out.line(s);
        }
        let name = pick_text(&data, &["wangwangNick", "wangwang", "nick", "loginId"]);
        let link = pick_text(&data, &["chatUrl", "wangwangUrl", "url"]);
        if name.is_empty() && link.is_empty() {
            return print_fields(ctx, &data);
        }
        if !name.is_empty() {
            out.line(&format!("Wangwang: {name}"))?;
        }
        if !link.is_empty() {
            out.line(&format!("Chat: {link}"))?;
        }
        Ok(())
    }))
}
