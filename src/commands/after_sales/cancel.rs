//! `after-sales cancel`: withdraw a request. v1 documents this as a GET with the id in the
//! path, answering `{cancelSuccess, ...}` (docs/api.md#taobao-refund-cancel).

use serde_json::Value;

use crate::api::Call;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, gate};
use crate::error::{Error, Result};
use crate::output::{Printer, View};
use crate::prompt;

const CANCEL: &str = "taobao.refund.cancel";

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon after-sales cancel 110000235001",
]))]
pub struct Args {
    /// The after-sales (refund) id, as `after-sales list` shows it
    #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
    pub refund_id: u64,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let id = a.refund_id;
    let action = format!("Withdraw after-sales {id}");
    gate(ctx, &action)?;
    let client = ctx.client()?;
    prompt::confirm_write(&ctx.settings, &action).await?;
    let data = client.call(Call::new(CANCEL).param("refundId", id)).await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        if data.get("cancelSuccess").and_then(Value::as_bool) == Some(false) {
            return Err(Error::Api {
                code: 200,
                msg: format!(
                    "the API answered but did not withdraw after-sales {id} (cancelSuccess false)"
                ),
                request_id: None,
                hint: Some(format!(
                    "see where it stands: pandapon after-sales show {id}"
                )),
            });
        }
        out.status(&format!("After-sales {id} withdrawn."));
        Ok(())
    }))
}
