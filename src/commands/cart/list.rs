//! `pandapon cart list`: one page of the cart, or all of it (docs/api.md#taobao-cart-list); on
//! 1688 the whole cart in one answer, by seller (docs/api.md#alibaba-cart-list).

use serde_json::Value;

use super::side::{CartSide, side};
use super::{WALK_PAGE_SIZE, fetch};
use crate::api::types::CartPage;
use crate::cli::args::Paging;
use crate::commands::list::{Rows, Walk, print_all};
use crate::commands::{Ctx, paging_status, past_the_end, unexpected};
use crate::error::{Error, Result};
use crate::output::{Printer, Table, View};

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
        let walk = Walk {
            size: WALK_PAGE_SIZE,
            limit: None,
            lines: paging.json_lines,
            json: false,
        };
        let pages = |n| fetch(&client, side, n);
        let walked = print_all(ctx, &client, walk, pages, CartRows(side)).await?;
        if walked.rows && walked.count == 0 {
            side.draw_list(ctx, &ctx.printer, &[])?;
        }
        return Ok(());
    }
    let data = client
        .call(side.list_call(paging.page, paging.page_size))
        .await?;
    ctx.printer.print(&View(&data, |_: &Printer| {
        print_page(ctx, side, &data, paging.page)
    }))
}

/// Cart items as table rows, for the walk (`commands::list`).
struct CartRows(&'static dyn CartSide);

impl Rows<CartPage> for CartRows {
    fn table(&self, _: &CartPage) -> Table {
        self.0.list_table()
    }
    fn rows(&self, p: &CartPage, _: usize, _: bool) -> Result<Vec<Vec<String>>> {
        Ok(self.0.list_rows(&p.items))
    }
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
