//! `pandapon cart ...`: the shopping cart, on Taobao (docs/api.md#taobao-cart) or 1688
//! (docs/api.md#alibaba-cart). One module per verb, each the flow for both platforms; the
//! platform supplies its operations, bodies and views through `side::CartSide` (`taobao.rs`,
//! `alibaba.rs`). Here the subcommand list and what several verbs share: the walk of the whole
//! cart and the picker built on it (`pick.rs`).

mod add;
pub(crate) mod alibaba;
mod create;
mod delete;
mod edit;
mod list;
mod pick;
mod preview;
mod side;
pub(crate) mod taobao;

use clap::Subcommand;

use super::walk::{Paged, walk_pages};
use super::{Ctx, unexpected};
use crate::api::Client;
use crate::api::types::{CartItem, CartPage, Page};
use crate::error::Result;
use crate::output::format::money;
use side::CartSide;

// `order render|create` show and report their answers as the cart's do, per platform.
pub(crate) use alibaba::{draw_previews, merchant_failures, previews_total, report_merchants};
pub(crate) use taobao::{print_preview, report_created};

#[derive(Subcommand, Debug)]
pub enum CartCommand {
    /// List the items in the cart; on 1688 by seller, disabled items apart with why (Taobao, 1688)
    #[command(after_help = crate::cli::help::list("", &[
        ("Taobao", taobao::LIST_COLUMNS),
        ("1688", alibaba::LIST_COLUMNS),
    ], &["pandapon cart list", "pandapon --platform 1688 cart list --header | cut -f1,2"]))]
    List(list::Args),
    /// Add a product to the cart; on Taobao it is looked up for title, price and shop (Taobao, 1688)
    Add(add::Args),
    /// Change the quantity of a cart item (Taobao, 1688)
    Edit(edit::Args),
    /// Remove items from the cart; with no ids on a terminal, pick them (Taobao, 1688)
    Delete(delete::Args),
    /// Show what ordering these cart items would cost, per shop or seller (Taobao, 1688)
    #[command(after_help = crate::cli::help::examples("", &[
        "pandapon cart preview --ids 382,383",
        "pandapon --platform 1688 cart preview --ids 601,604",
    ]))]
    Preview(preview::Args),
    /// Turn cart items into orders; shows the preview and asks first (Taobao, 1688)
    #[command(after_help = crate::cli::help::examples("", &[
        "pandapon cart create --ids 382,383 --address-name 张三 --address-mobile 13800000000 --address-street 文一西路969号",
        "pandapon cart create --ids 382  # on a terminal: pick an address",
    ]))]
    Create(create::Args),
}

pub async fn run(cmd: CartCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        CartCommand::List(a) => list::run(a, ctx).await,
        CartCommand::Add(a) => add::run(a, ctx).await,
        CartCommand::Edit(a) => edit::run(a, ctx).await,
        CartCommand::Delete(a) => delete::run(a, ctx).await,
        CartCommand::Preview(a) => preview::run(a, ctx).await,
        CartCommand::Create(a) => create::run(a, ctx).await,
    }
}

/// `--all` asks for pages this large: the most the cart list allows (the sandbox's 1..=200,
/// which is also `--page-size`'s range), so a walk takes as few requests as it can.
const WALK_PAGE_SIZE: u32 = 200;

impl Paged for CartPage {
    fn page(&self) -> &Page {
        &self.page
    }
    fn page_mut(&mut self) -> &mut Page {
        &mut self.page
    }
}

/// One page of the cart for a walk, its items read.
async fn fetch(client: &Client<'_>, side: &dyn CartSide, page: u32) -> Result<CartPage> {
    let data = client.call(side.list_call(page, WALK_PAGE_SIZE)).await?;
    side.read_list(&data).map_err(unexpected)
}

/// Every item of the cart, in order, for the picker. A list that is not paged (1688's) is
/// one request.
async fn all_items(ctx: &Ctx, client: &Client<'_>, side: &dyn CartSide) -> Result<Vec<CartItem>> {
    if !side.paged() {
        return Ok(fetch(client, side, 1).await?.items);
    }
    let mut items = Vec::new();
    let each = |p: CartPage| {
        items.extend(p.items);
        Ok(())
    };
    let pages = |n| fetch(client, side, n);
    walk_pages(&ctx.printer, client, WALK_PAGE_SIZE, None, pages, each).await?;
    Ok(items)
}

/// A cart item's price: cents, in CNY, as neither cart carries a currency
/// (docs/api.md#money); blank when the item has none.
fn price(cents: Option<i64>) -> String {
    cents.map(|c| money(c, "CNY")).unwrap_or_default()
}
