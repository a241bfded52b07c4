//! `pandapon cart create`: cart items into an order, after the preview and a confirmation
//! (docs/api.md#taobao-cart-create).

use serde_json::Value;

use super::pick::pick;
use super::preview::{PREVIEW, order_body, print_preview};
use crate::api::Call;
use crate::api::types::Preview;
use crate::commands::shipping::{ask_address, given_address};
use crate::commands::{Ctx, gate, unique_ids};
use crate::domain::value;
use crate::error::Result;
use crate::output::format::money;
use crate::output::{Printer, View};
use crate::prompt;

const CREATE: &str = "taobao.cart.create";

// The preview's flags: the order is made from the same ids and address.
pub use super::preview::Args;

pub async fn run(mut args: Args, ctx: &Ctx) -> Result<()> {
    args.ids = unique_ids(ctx, args.ids);
    let s = &ctx.settings;
    // Decide everything that needs no network first, bad input before the confirmation gate so
    // that one run names every problem: off a terminal without --yes, nothing is sent.
    let mut address = given_address(ctx, &args.address)?;
    gate(
        ctx,
        "Creating an order moves money (see the cost first with `pandapon cart preview`)",
    )?;
    let client = ctx.client()?;
    if !address.missing_required().is_empty() {
        address = ask_address(&client, address).await?;
    }
    let ids = if args.ids.is_empty() {
        pick(
            ctx,
            &client,
            "Order which items?",
            "pandapon cart create --ids 382,383",
        )
        .await?
    } else {
        args.ids
    };
    let body = order_body(&ids, Some(&address), client.user_id());
    if s.will_confirm() {
        let data = client.call(Call::new(PREVIEW).body(body.clone())).await?;
        print_preview(ctx, &data)?;
        ctx.printer
            .status(&format!("Ship to: {}", address.one_line()));
        let total = Preview::from_data(&data)
            .ok()
            .and_then(|p| p.total())
            .map(|(c, cur, _)| format!(" for {}", money(c, &cur)))
            .unwrap_or_default();
        prompt::confirm_write(s, &format!("Create the order{total}")).await?;
    }
    let data = client.call(Call::new(CREATE).body(body)).await?;
    ctx.printer.print(&View(&data, |out: &Printer| {
        show_created(out, &data);
        Ok(())
    }))
}

/// What a created order is told with: also `order create`'s.
pub(crate) fn report_created(ctx: &Ctx, data: &Value) {
    show_created(&ctx.printer, data);
}

/// "Order created: 1" and how to pay it. The v2 create response is undocumented: whatever
/// ids it carries are shown, and the pay hint only for numeric ones.
fn show_created(out: &Printer, data: &Value) {
    let ids = created_ids(data);
    let shown = if ids.is_empty() {
        data.to_string()
    } else {
        ids.join(", ")
    };
    let (orders, them) = if ids.len() > 1 {
        ("Orders", "them")
    } else {
        ("Order", "it")
    };
    out.status(&format!("{orders} created: {shown}"));
    // `order pay` takes the numeric order id: suggest it only with such ids.
    if !ids.is_empty() && ids.iter().all(|id| crate::cli::parse::parse_id(id).is_ok()) {
        out.status(&format!(
            "Next: pay {them} with `pandapon order pay {}`",
            ids.join(" ")
        ));
    } else {
        out.status("Next: `pandapon order list` to find it and `pandapon order pay ID` to pay it.");
    }
}

/// The ids of the orders a create response names, from the first field that has them (none
/// when it only says `true`).
fn created_ids(data: &Value) -> Vec<String> {
    if let Some(id) = value::id_text(data).filter(|_| !data.is_boolean()) {
        return vec![id];
    }
    let Some(o) = data.as_object() else {
        return Vec::new();
    };
    [
        "orderIds",
        "orderId",
        "purchaseOrderIds",
        "purchaseOrderId",
        "orderNo",
    ]
    .iter()
    .filter_map(|k| o.get(*k))
    .map(|v| match v {
        Value::Array(a) => a.iter().filter_map(value::id_text).collect(),
        v => value::id_text(v).into_iter().collect::<Vec<_>>(),
    })
    .find(|ids| !ids.is_empty())
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn created_order_ids_are_found() {
        assert_eq!(created_ids(&json!({"orderIds": [1, 2]})), ["1", "2"]);
        assert_eq!(created_ids(&json!("PO1")), ["PO1"]);
        assert!(created_ids(&json!(true)).is_empty());
        assert_eq!(
            created_ids(&json!({"orderId": "3305075341149134260", "orderNo": "PO202605200001"})),
            ["3305075341149134260"],
            "one id, not the same order twice"
        );
    }
}
