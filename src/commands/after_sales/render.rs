//! `after-sales render`: what a sub-order may ask for (docs/api.md#taobao-refund-render). Submit
//! and modify check a request against the same render before sending it.

use serde_json::{Value, json};

use super::{REFUND_KIND_HELP, parse_goods_status, parse_refund_type};
use crate::api::Call;
use crate::api::types::Rendered;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, unexpected};
use crate::error::{Error, Result};
use crate::output::format::money;
use crate::output::{Printer, Table, View};

pub(super) const RENDER: &str = "taobao.refund.render";

#[derive(clap::Args, Debug, Clone)]
#[command(after_help = crate::cli::help::examples(REFUND_KIND_HELP, &[
    "pandapon after-sales render --sub-order 3305075341149006186 --type 2 --goods-status 2",
]))]
pub struct Args {
    /// The sub-order (order line) id
    #[arg(long, value_parser = parse_id, value_name = "ID")]
    pub sub_order: u64,
    /// The API's refundType number (PandaPon does not document the values)
    #[arg(long = "type", value_name = "N", value_parser = parse_refund_type)]
    pub refund_type: i64,
    /// The API's goodsStatus number (PandaPon does not document the values)
    #[arg(long, value_name = "N", value_parser = parse_goods_status)]
    pub goods_status: i64,
}

pub(super) fn render_body(sub_order: u64, refund_type: i64, goods_status: i64) -> Value {
    json!({"subOrderId": sub_order.to_string(), "refundType": refund_type, "goodsStatus": goods_status})
}

pub async fn run(a: Args, ctx: &Ctx) -> Result<()> {
    let client = ctx.client()?;
    let data = client
        .call(Call::new(RENDER).body(render_body(a.sub_order, a.refund_type, a.goods_status)))
        .await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        let r = Rendered::from_data(&data).map_err(unexpected)?;
        print_rendered(out, a.sub_order, &r)
    }))
}

pub(super) fn print_rendered(out: &Printer, sub_order: u64, r: &Rendered) -> Result<()> {
    let mut head = format!("Sub-order {sub_order}");
    if let Some(max) = r.max {
        head.push_str(&format!(" · refund up to {}", money(max, &r.currency)));
        if let Some(min) = r.min.filter(|&m| m > 0) {
            head.push_str(&format!(" (at least {})", money(min, &r.currency)));
        }
    }
    out.heading(&head)?;
    if tips_add_something(&r.fee_tips, r.max, &r.currency) {
        out.line(&r.fee_tips)?;
    }
    if r.allowed == Some(false) {
        out.warn("the API says this sub-order cannot have after-sales now (saleFlag false)");
    }
    if r.reasons.is_empty() {
        out.status("The render lists no reasons.");
        return Ok(());
    }
    // No reason has tips: no empty column.
    let with_tips = r.reasons.iter().any(|(_, _, tips)| !tips.trim().is_empty());
    let mut t = if with_tips {
        Table::new(&["Reason ID", "Reason", "Tips"])
    } else {
        Table::new(&["Reason ID", "Reason"])
    };
    for (id, desc, tips) in &r.reasons {
        let mut row = vec![Rendered::reason_text(id), desc.clone()];
        if with_tips {
            row.push(tips.clone());
        }
        t.row(row);
    }
    out.table(&t)
}

/// Whether the render's `feeTips` says more than the maximum the heading already shows:
/// "最多可退¥89.00" (up to ¥89.00) does not; anything else, or tips without a maximum, does.
fn tips_add_something(tips: &str, max: Option<i64>, currency: &str) -> bool {
    let squeezed: String = tips.chars().filter(|c| !c.is_whitespace()).collect();
    if squeezed.is_empty() {
        return false;
    }
    let Some(m) = max else {
        return true;
    };
    let sign = if m < 0 { "-" } else { "" };
    let plain = format!(
        "{sign}{}.{:02}",
        m.unsigned_abs() / 100,
        m.unsigned_abs() % 100
    );
    let amounts = [
        money(m, currency),
        format!("¥{plain}"),
        format!("￥{plain}"),
        format!("{plain}元"),
        plain.clone(),
    ];
    let prefixes = [
        "最多可退",
        "最多可退款",
        "最高可退",
        "最高可退款",
        "可退",
        "可退款",
    ];
    !prefixes
        .iter()
        .any(|p| amounts.iter().any(|a| squeezed == format!("{p}{a}")))
}

/// The offered reason `given` names (its id, its words), or the reasons that are offered.
pub(super) fn find_reason(r: &Rendered, given: &str, what: &str) -> Result<(Value, String)> {
    match r
        .reasons
        .iter()
        .find(|(id, _, _)| Rendered::reason_text(id) == given.trim())
    {
        Some((id, desc, _)) => Ok((id.clone(), desc.clone())),
        None => {
            let known: Vec<String> = r
                .reasons
                .iter()
                .map(|(id, d, _)| format!("{} ({d})", Rendered::reason_text(id)))
                .collect();
            Err(Error::usage(format!(
                "reason {given} is not offered for {what}; the reasons: {}",
                known.join(", ")
            )))
        }
    }
}

/// An amount in cents within the render's bounds, or why not.
pub(super) fn check_amount(r: &Rendered, c: i64) -> std::result::Result<(), String> {
    let cur = &r.currency;
    if c <= 0 {
        return Err("the amount must be more than zero".into());
    }
    if let Some(m) = r.max
        && c > m
    {
        return Err(format!(
            "{} is more than the maximum refundable {}",
            money(c, cur),
            money(m, cur)
        ));
    }
    if let Some(m) = r.min
        && c < m
    {
        return Err(format!(
            "{} is less than the minimum {}",
            money(c, cur),
            money(m, cur)
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fee_tips_that_repeat_the_maximum_are_not_repeated() {
        let max = Some(8900);
        for same in [
            "最多可退¥89.00",
            "最多可退 ¥89.00",
            "最多可退￥89.00",
            "最多可退89.00元",
        ] {
            assert!(!tips_add_something(same, max, "CNY"), "{same}");
        }
        assert!(!tips_add_something("", max, "CNY"));
        assert!(!tips_add_something(
            "最多可退¥1,234.00",
            Some(123400),
            "CNY"
        ));
        assert!(tips_add_something(
            "最多可退¥89.00，含运费¥12.00",
            max,
            "CNY"
        ));
        assert!(tips_add_something("最多可退¥80.00", max, "CNY"));
        assert!(tips_add_something("最多可退¥89.00", None, "CNY"));
    }
}
