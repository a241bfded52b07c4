//! `pandapon cart ...`: the Taobao shopping cart (docs/api.md#taobao-cart). One module per
//! verb; here the subcommand list and what several verbs share: the walk of the whole cart
//! and the picker built on it (`pick.rs`).

mod add;
mod create;
mod delete;
mod edit;
mod list;
mod pick;
mod preview;

use clap::Subcommand;
use serde_json::Value;

use super::{Ctx, Paged, unexpected, walk_pages};
use crate::api::types::{CartItem, CartPage, Page, cart_page};
use crate::api::{Call, Client};
use crate::error::Result;
use crate::output::format::money;

// `order render` and `order create` show and report their answers as the cart's do.
pub(crate) use create::report_created;
pub(crate) use preview::print_preview;

#[derive(Subcommand, Debug)]
pub enum CartCommand {
    /// List the items in the cart
    List(list::Args),
    /// Add a product to the cart (looks the product up to fill in title, price and shop)
    Add(add::Args),
    /// Change the quantity of a cart item
    Edit(edit::Args),
    /// Remove items from the cart (with no ids on a terminal: pick them from a list)
    Delete(delete::Args),
    /// Show what ordering these cart items would cost, per shop
    Preview(preview::Args),
    /// Turn cart items into an order (shows the preview and asks first)
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

const LIST: &str = "taobao.cart.list";

/// `--all` asks for pages this large: the most the cart list allows (the sandbox's 1..=200,
/// which is also `--page-size`'s range), so a walk takes as few requests as it can.
const WALK_PAGE_SIZE: u32 = 200;

/// One page of the cart list (docs/api.md#taobao-cart-list).
fn list_call(page: u32, size: u32) -> Call {
    Call::new(LIST)
        .query("pageNo", page)
        .query("pageSize", size)
}

impl Paged for CartPage {
    fn page(&self) -> &Page {
        &self.page
    }
}

/// Every page, in order: the raw list elements and the items read from them.
async fn walk(client: &Client<'_>) -> Result<(Vec<Value>, Vec<CartItem>)> {
    let (mut elements, mut items) = (Vec::new(), Vec::new());
    let fetch = |page| async move {
        let data = client.call(list_call(page, WALK_PAGE_SIZE)).await?;
        cart_page(&data).map_err(unexpected)
    };
    walk_pages(client, WALK_PAGE_SIZE, fetch, |p: CartPage| {
        elements.extend(p.page.elements);
        items.extend(p.items);
        Ok(())
    })
    .await?;
    Ok((elements, items))
}

/// A cart item's price: cents, in CNY, as the Taobao cart carries no currency
/// (docs/api.md#money); blank when the item has none.
fn price(cents: Option<i64>) -> String {
    cents.map(|c| money(c, "CNY")).unwrap_or_default()
}
