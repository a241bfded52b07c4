//! `after-sales companies`: the logistics companies a 1688 return can be sent with, whose codes
//! `after-sales return-ship --company` takes (docs/api.md#alibaba-refund-logistics-companies).

use serde_json::json;

use super::alibaba::COMPANIES;
use crate::api::Call;
use crate::api::types::alibaba::companies;
use crate::commands::{Ctx, pandapon, unexpected};
use crate::error::Result;
use crate::output::{Printer, Table, View};

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon --platform 1688 after-sales companies",
]))]
pub struct Args {}

pub async fn run(_: Args, ctx: &Ctx) -> Result<()> {
    let client = ctx.client()?;
    let data = client.call(Call::new(COMPANIES).body(json!({}))).await?;
    ctx.printer.print(&View::new(&data, |out: &Printer| {
        let list = companies(&data).map_err(unexpected)?;
        if list.is_empty() {
            out.status("The API lists no logistics companies.");
            return Ok(());
        }
        let mut t = Table::new(&["Code", "Company"]);
        for (code, name) in list {
            t.row(vec![code, name]);
        }
        out.table(&t)?;
        out.status(&format!(
            "Then: `{} after-sales return-ship REFUND_ID --company CODE --tracking NUMBER`",
            pandapon(ctx)
        ));
        Ok(())
    }))
}
