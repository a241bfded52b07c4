//! `pandapon cart list`: one page of the cart, or all of it (docs/api.md#taobao-cart-list).

use super::{list_call, price, walk};
use crate::api::types::{CartItem, cart_page};
use crate::cli::args::Paging;
use crate::commands::{Ctx, paging_status, past_the_end, unexpected};
use crate::error::Result;
use crate::output::Table;

// Only the paging flags every list shares.
pub type Args = Paging;

pub async fn run(paging: Args, ctx: &Ctx) -> Result<()> {
    let client = ctx.client()?;
    let out = &ctx.printer;
    if paging.all {
        let (elements, items) = walk(&client).await?;
        if out.json {
            return out.json(&elements);
        }
        return print_items(ctx, &items);
    }
    let data = client
        .call(list_call(paging.page, paging.page_size))
        .await?;
    if out.json {
        return out.json(&data);
    }
    let page = cart_page(&data).map_err(unexpected)?;
    if page.items.is_empty()
        && past_the_end(
            ctx,
            page.page.total_pages,
            page.page.total_records,
            paging.page,
            "items",
        )
    {
        return Ok(());
    }
    print_items(ctx, &page.items)?;
    paging_status(
        ctx,
        page.page.total_pages,
        page.page.total_records,
        paging.page,
        "items",
    );
    Ok(())
}

fn print_items(ctx: &Ctx, items: &[CartItem]) -> Result<()> {
    if items.is_empty() {
        ctx.printer.status("The cart is empty.");
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
    ctx.printer.table(&t)
}
