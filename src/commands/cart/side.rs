//! What a platform supplies to the cart's verbs: its operations, its request bodies and its
//! views. The verbs (`list.rs`, `add.rs`, ...) are the flow, one for both platforms: paging,
//! the picker, the confirmation, what is printed. Taobao's side is `taobao.rs`, 1688's
//! `alibaba.rs`.

use serde_json::Value;

use super::alibaba::Alibaba;
use super::taobao::Taobao;
use crate::api::Call;
use crate::api::types::{CartItem, CartPage};
use crate::commands::Ctx;
use crate::config::Address;
use crate::domain::Platform;
use crate::error::Result;
use crate::output::{Printer, Table};

pub(crate) trait CartSide: Sync {
    /// One page of the list; a platform whose list is not paged ignores the numbers.
    fn list_call(&self, page: u32, size: u32) -> Call;
    /// Whether the list comes in pages (Taobao) or whole, in seller groups (1688).
    fn paged(&self) -> bool;
    fn read_list(&self, data: &Value) -> Result<CartPage, String>;
    fn draw_list(&self, ctx: &Ctx, out: &Printer, items: &[CartItem]) -> Result<()>;
    /// The table a walk of a paged cart (`cart list --all`) puts its rows in, and the rows.
    fn list_table(&self) -> Table {
        Table::new(super::taobao::LIST_COLUMNS)
            .align_right(&[3, 4, 5])
            .truncate(&[1, 6])
    }
    fn list_rows(&self, items: &[CartItem]) -> Vec<Vec<String>> {
        items
            .iter()
            .map(|i| {
                vec![
                    i.id.clone(),
                    i.title.clone(),
                    i.properties.clone(),
                    i.quantity.to_string(),
                    super::price(i.price),
                    super::price(i.promotion_price),
                    i.shop().to_string(),
                ]
            })
            .collect()
    }

    /// The add body made from the flags alone, and what it adds in words; None when the
    /// product must be looked up first to fill it in (Taobao).
    fn add_body(&self, item: &str, sku: &str, quantity: u32) -> Option<(Value, String)>;
    fn add_call(&self, body: Value) -> Call;
    fn edit_call(&self, id: u64, quantity: u32) -> Call;
    fn delete_call(&self, ids: &[u64]) -> Call;

    /// What ordering these items would cost (the address sent when there is one).
    fn preview_call(&self, ids: &[u64], address: Option<&Address>, user_id: &str) -> Call;
    /// The orders made from them.
    fn create_call(&self, ids: &[u64], address: &Address, user_id: &str) -> Call;
    fn draw_preview(&self, out: &Printer, data: &Value) -> Result<()>;
    /// Before the question: the total in words ("¥41.00"), or why nothing should be created
    /// (a seller that refuses its part, on 1688): an error, and nothing is sent.
    fn preview_total(&self, data: &Value) -> Result<Option<String>>;
    /// The orders a create made, and how to pay them (the human form).
    fn report_created(&self, ctx: &Ctx, out: &Printer, data: &Value) -> Result<()>;
    /// The parts of a create that were refused (1688's merchants), each reported, as the
    /// command's failure; in every output form, `--json` too.
    fn created_failures(&self, ctx: &Ctx, data: &Value) -> Result<()>;
}

/// The side of the platform in effect (`--platform`).
pub(crate) fn side(ctx: &Ctx) -> &'static dyn CartSide {
    side_of(ctx.settings.platform.value)
}

/// The side of a given platform (a product link names its own).
pub(crate) fn side_of(platform: Platform) -> &'static dyn CartSide {
    match platform {
        Platform::Taobao => &Taobao,
        Platform::Alibaba1688 => &Alibaba,
    }
}
