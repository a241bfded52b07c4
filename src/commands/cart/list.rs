//! `pandapon cart list`: one page of the cart, or all of it (docs/api.md#taobao-cart-list).

use serde_json::Value;

use super::{list_call, price, walk};
use crate::api::types::{CartItem, cart_page};
use crate::cli::args::Paging;
use crate::commands::{Ctx, paging_status, past_the_end, unexpected};
use crate::error::Result;
use crate::output::{Printer, Table, View};

// Only the paging flags every list shares.
pub type Args = Paging;

pub async fn run(paging: Args, ctx: &Ctx) -> Result<()> {
    let client = ctx.client()?;
    if paging.all {
        // For scripts, every page's elements as they came, in one array.
        let (elements, items) = walk(&client).await?;
        let all = Value::Array(elements);
        return ctx
            .printer
            .print(&View(&all, |out: &Printer| print_items(out, &items)));
    }
    let data = client
        .call(list_call(paging.page, paging.page_size))
        .await?;
    ctx.printer.print(&View(&data, |_: &Printer| {
        print_page(ctx, &data, paging.page)
    }))
}

/// One page's items, and where the other pages are.
fn print_page(ctx: &Ctx, data: &Value, page_no: u32) -> Result<()> {
    let page = cart_page(data).map_err(unexpected)?;
    if page.items.is_empty()
        && past_the_end(
            ctx,
            page.page.total_pages,
            page.page.total_records,
            page_no,
            "items",
        )
    {
        return Ok(());
    }
    print_items(&ctx.printer, &page.items)?;
    paging_status(
        ctx,
        page.page.total_pages,
        page.page.total_records,
        page_no,
        "items",
    );
    Ok(())
}

fn print_items(out: &Printer, items: &[CartItem]) -> Result<()> {
    if items.is_empty() {
        out.status("The cart is empty.");
        return Ok(());
    }
    let mut t = Table::new(&["ID", "Title", "Properties", "Qty", "Price", "Promo", "Shop"])
        .align_right(&[3, 4, 5]);
    for i in items {
        t.row(vec![
            i.id.clone(),
            i.title.clone(),
            i.properties.clone(),
            i.quantity.to_string(),
            price(i.price),
            price(i.promotion_price),
            i.shop().to_string(),
        ]);
    }
    out.table(&t)
}
