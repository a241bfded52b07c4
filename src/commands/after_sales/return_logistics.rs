//! `after-sales return-logistics`: where and how to send goods back
//! (docs/api.md#taobao-refund-return-logistics-render).

use crate::api::Call;
use crate::api::types::ReturnRoute;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, print_fields};
use crate::error::Result;
use crate::output::{Printer, Table, View};

const RETURN_RENDER: &str = "taobao.refund.return_logistics_render";

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon after-sales return-logistics 110000235001",
]))]
pub struct Args {
    /// The after-sales (refund) id, as `after-sales list` shows it
    #[arg(value_parser = parse_id, value_name = "REFUND_ID")]
    pub refund_id: u64,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let id = a.refund_id;
    let client = ctx.client()?;
    let data = client
        .call(Call::new(RETURN_RENDER).query("refundId", id))
        .await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        // An answer without a list of companies is shown field by field.
        let Some(route) = ReturnRoute::from_data(&data) else {
            return print_fields(ctx, &data);
        };
        if !route.to.is_empty() {
            out.heading(&format!("Send the goods back to: {}", route.to))?;
        }
        let mut t = Table::new(&["Code", "Company"]);
        for (code, name) in route.companies {
            t.row(vec![code, name]);
        }
        out.table(&t)?;
        out.status(&format!(
            "Then: pandapon after-sales return-ship {id} --company CODE --tracking NUMBER"
        ));
        Ok(())
    }))
}
