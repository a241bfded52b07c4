//! `order create`: a direct order (not from the cart), shown and confirmed before it is sent
//! (docs/api.md#taobao-order-create).

use clap::Args as ClapArgs;
use serde_json::{Value, json};

use super::direct::{
    DirectOrderArgs, RENDER, completed_address, print_render, render_body, render_part,
};
use crate::api::Call;
use crate::api::types::{Preview, pick};
use crate::commands::cart::report_created;
use crate::commands::shipping::given_address;
use crate::commands::{Ctx, gate, read_json_input, will_ask};
use crate::config::Address;
use crate::domain::money;
use crate::error::Result;
use crate::output::format::money;
use crate::output::{Printer, View};
use crate::prompt;

const CREATE: &str = "taobao.order.create";

// The flags `order render` takes too (order/direct.rs).
#[derive(ClapArgs, Debug, Clone)]
pub struct Args {
    #[command(flatten)]
    pub order: DirectOrderArgs,
}

fn create_body(a: &DirectOrderArgs, address: &Address) -> Value {
    let mut b = render_body(&a.items, address);
    if let Some(s) = &a.source {
        b["orderSource"] = json!(s);
    }
    if let Some(c) = a.budget {
        b["purchaseAmount"] = json!(c);
    }
    if let Some(n) = &a.seller_order {
        b["sellerOrderNumber"] = json!(n);
    }
    b
}

fn render_total(data: &Value) -> Option<String> {
    if data.get("confirmOrders").is_some() {
        return Preview::from_data(data)
            .ok()?
            .total()
            .map(|(c, cur, _)| money(c, &cur));
    }
    let (c, cur) = money::money_value(pick(
        data,
        &[
            "totalRealPayPrice",
            "totalAmount",
            "totalPrice",
            "payAmount",
        ],
    )?)?;
    Some(money(c, cur.as_deref().unwrap_or("CNY")))
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let a = args.order;
    // Bad input before the confirmation gate, so that one run names every problem (as cart
    // create does); the address prompts, on a terminal only, after it.
    let input = match a.input.as_deref() {
        Some(p) => Some(read_json_input(p).await?),
        None => None,
    };
    let given = match input {
        Some(_) => None,
        None => Some(given_address(ctx, &a.address)?),
    };
    gate(ctx, "Creating an order moves money")?;
    let (body, ship_to) = match (input, given) {
        (Some(body), _) => (body, None),
        (None, given) => {
            let address = completed_address(ctx, given.unwrap_or_default()).await?;
            (create_body(&a, &address), Some(address.one_line()))
        }
    };
    let client = ctx.client()?;
    if will_ask(ctx) {
        let data = client
            .call(Call::new(RENDER).body(render_part(&body)))
            .await?;
        print_render(ctx, &data)?;
        if let Some(to) = &ship_to {
            ctx.printer.status(&format!("Ship to: {to}"));
        }
        let total = render_total(&data)
            .map(|t| format!(" for {t}"))
            .unwrap_or_default();
        prompt::confirm_write(&ctx.settings, &format!("Create the order{total}")).await?;
    }
    let data = client.call(Call::new(CREATE).body(body)).await?;
    ctx.printer.print(&View(&data, |_: &Printer| {
        report_created(ctx, &data);
        Ok(())
    }))
}
