//! `after-sales return-ship`: tell the seller the return has been shipped
//! (docs/api.md#taobao-refund-return-logistics-submit, docs/api.md#alibaba-refund-submit-info).

use serde_json::{Value, json};

use super::parse_refund_id;
use super::side::side;
use crate::cli::parse::{parse_phone, parse_text};
use crate::commands::{Ctx, gate, pandapon, refused_with_false};
use crate::error::Result;
use crate::output::Done;
use crate::prompt;

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon after-sales return-ship 110000235001 --company SF --tracking SF1234567890",
]))]
pub struct Args {
    /// The after-sales (refund) id, as `after-sales list` shows it (1688: as `submit` answers it)
    #[arg(value_parser = parse_refund_id, value_name = "REFUND_ID")]
    pub refund_id: String,
    /// The logistics company code, e.g. SF (see `after-sales return-logistics`; on 1688
    /// `after-sales companies`)
    #[arg(long, value_name = "CODE", value_parser = parse_text)]
    pub company: String,
    /// The logistics company name, e.g. 顺丰快递 [Taobao]
    #[arg(long, value_name = "NAME")]
    pub company_name: Option<String>,
    /// The tracking number
    #[arg(long, value_name = "NUMBER", value_parser = parse_text)]
    pub tracking: String,
    /// The sender's phone [Taobao]
    #[arg(long, value_name = "PHONE", value_parser = parse_phone)]
    pub phone: Option<String>,
    /// A note about the returned goods
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

/// Taobao's body: the documented `logistics` object's names, flattened; the optional ones only
/// when given.
pub(super) fn body(a: &Args) -> Value {
    let mut b = json!({
        "refundId": a.refund_id,
        "logisticsCompanyCode": a.company,
        "logisticsNo": a.tracking,
    });
    if let Some(n) = &a.company_name {
        b["logisticsCompanyName"] = json!(n);
    }
    if let Some(p) = &a.phone {
        b["buyerPhone"] = json!(p);
    }
    if let Some(d) = &a.description {
        b["returnGoodsDesc"] = json!(d);
    }
    b
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let side = side(ctx);
    side.check_id(&a.refund_id)?;
    let call = side.return_ship_call(&a)?;
    let id = &a.refund_id;
    let action = format!(
        "Report the return of after-sales {id} as shipped with {} {}",
        a.company, a.tracking
    );
    gate(ctx, &action)?;
    let client = ctx.client()?;
    prompt::confirm_write(&ctx.settings, &action).await?;
    let data = client.call(call).await?;
    refused_with_false(&data, || {
        format!(
            "the return shipment of after-sales {id} was not recorded: the API answered false; \
             check it with `{} after-sales show {id}`",
            pandapon(ctx)
        )
    })?;
    ctx.printer.print(&Done(
        &data,
        format!("Return shipment recorded for after-sales {id}."),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: Args,
    }

    #[test]
    fn the_body_holds_only_what_was_given() {
        let a = Cli::parse_from([
            "x",
            "110000235001",
            "--company",
            "SF",
            "--tracking",
            "SF123",
        ])
        .args;
        assert_eq!(
            body(&a),
            json!({"refundId": "110000235001", "logisticsCompanyCode": "SF", "logisticsNo": "SF123"})
        );
        let a = Cli::parse_from([
            "x",
            "1",
            "--company",
            "SF",
            "--tracking",
            "T",
            "--company-name",
            "顺丰快递",
            "--phone",
            "13800000000",
            "--description",
            "box",
        ])
        .args;
        assert_eq!(
            body(&a),
            json!({"refundId": "1", "logisticsCompanyCode": "SF", "logisticsNo": "T",
                   "logisticsCompanyName": "顺丰快递", "buyerPhone": "13800000000",
                   "returnGoodsDesc": "box"})
        );
    }
}
