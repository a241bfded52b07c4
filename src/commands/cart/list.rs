//! `pandapon cart list`: one page of the cart, or all of it (docs/api.md#taobao-cart-list); on
//! 1688 the whole cart in one answer, by seller (docs/api.md#alibaba-cart-list).

use serde_json::Value;

use super::side::{CartSide, side};
use super::walk;
use crate::cli::args::Paging;
use crate::commands::{Ctx, paging_status, past_the_end, unexpected};
use crate::error::{Error, Result};
use crate::output::{Printer, View};

// Only the paging flags every list shares.
pub type Args = Paging;

pub async fn run(paging: Args, ctx: &Ctx) -> Result<()> {
    let side = side(ctx);
    if !side.paged() && paging.page > 1 {
        return Err(Error::usage(format!(
            "the {} cart list is not paged: it comes whole, so there is no --page {}; leave --page out",
            ctx.settings.platform.value, paging.page
        )));
    }
    let client = ctx.client()?;
    if paging.all && side.paged() {
        // For scripts, every page's elements as they came, in one array.
        let (elements, items) = walk(&client, side).await?;
        let all = Value::Array(elements);
        return ctx.printer.print(&View(&all, |out: &Printer| {
            side.draw_list(ctx, out, &items)
        }));
    }
    let data = client
        .call(side.list_call(paging.page, paging.page_size))
        .await?;
    ctx.printer.print(&View(&data, |_: &Printer| {
        print_page(ctx, side, &data, paging.page)
    }))
}

/// One page's items, and where the other pages are.
fn print_page(ctx: &Ctx, side: &dyn CartSide, data: &Value, page_no: u32) -> Result<()> {
    let page = side.read_list(data).map_err(unexpected)?;
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
    side.draw_list(ctx, &ctx.printer, &page.items)?;
    paging_status(
        ctx,
        page.page.total_pages,
        page.page.total_records,
        page_no,
        "items",
    );
    Ok(())
}
