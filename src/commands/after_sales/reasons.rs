//! `after-sales reasons ORDER_ID`: the refund reasons a 1688 order can have, which
//! `after-sales submit --reason` takes (docs/api.md#alibaba-refund-reasons).

use super::alibaba::reasons_call;
use crate::api::types::alibaba::reasons;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, pandapon, unexpected};
use crate::error::Result;
use crate::output::{Printer, Table, View};

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon --platform 1688 after-sales reasons 2542285634920009279",
]))]
pub struct Args {
    /// The order to refund
    #[arg(value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_id: u64,
    /// Only for this line of the order (its sub-order id)
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub sub_order: Option<u64>,
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let order = a.order_id;
    let client = ctx.client()?;
    let data = client.call(reasons_call(order, a.sub_order)).await?;
    ctx.printer.print(&View::new(&data, |out: &Printer| {
        let list = reasons(&data).map_err(unexpected)?;
        if list.is_empty() {
            out.status(&format!(
                "1688 lists no refund reasons for order {order}: it cannot have a refund now."
            ));
            return Ok(());
        }
        let mut t = Table::new(&["ID", "Reason", "Pictures"]);
        for r in &list {
            t.row(vec![
                r.id_text(),
                r.text.clone(),
                if r.needs_voucher { "needed" } else { "" }.into(),
            ]);
        }
        out.table(&t)?;
        out.status(&format!(
            "Then: `{} after-sales submit --order {order} --reason ID` (with --voucher FILE where pictures are needed)",
            pandapon(ctx)
        ));
        Ok(())
    }))
}
