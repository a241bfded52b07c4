//! What a platform supplies to the order verbs: operations, request bodies and views. The
//! verbs are the flow, one for both platforms: paging and `--all` (`list.rs`), many ids in
//! parallel (`show.rs`), one confirmation for a batch of writes (`batch_write.rs`), the
//! preview before a create (`create.rs`). Taobao's side is `taobao.rs`, 1688's `alibaba.rs`.

use serde_json::Value;

use super::alibaba::Alibaba;
use super::batch_write::Together;
use super::direct::DirectOrderArgs;
use super::list;
use super::taobao::Taobao;
use crate::api::Call;
use crate::commands::Ctx;
use crate::config::Address;
use crate::domain::Platform;
use crate::error::Result;
use crate::output::Printer;

pub(crate) trait OrderSide: Sync {
    /// `--status` as the list filter sends it: Taobao's as given (the API may know names
    /// pandapon does not); 1688's must be one of its seven (exit 2 naming it otherwise).
    fn check_status(&self, status: &str) -> Result<String>;
    /// The platform's status names, for a filter that matched nothing.
    fn statuses(&self) -> &'static [&'static str];
    /// One page of the list, the filters (status already checked) in the platform's names.
    fn list_call(&self, a: &list::Args, page: u32, size: u32) -> Call;
    fn detail_call(&self, id: u64) -> Call;
    fn logistics_call(&self, id: u64) -> Call;

    fn cancel_call(&self, id: u64, reason: Option<&str>) -> Call;
    fn pay_call(&self, id: u64) -> Call;
    /// One request paying several orders (1688's batch pay), and what to say once about its
    /// answer; None: one request each.
    fn pay_together(&self) -> Option<Together>;
    /// What a payment's answer means for one order: the line to show, or its refusal. `shared`:
    /// the answer is a batch pay's, for several orders.
    fn paid(&self, ctx: &Ctx, id: u64, data: &Value, shared: bool) -> Result<String>;

    /// Flags of `order create|render` this platform cannot send, before anything is.
    fn check_direct(&self, a: &DirectOrderArgs) -> Result<()>;
    /// The create body made from the flags and the address.
    fn direct_body(&self, a: &DirectOrderArgs, address: &Address) -> Value;
    /// The preview of a create body (Taobao's render, 1688's preview or batch preview).
    fn direct_preview(&self, create_body: &Value) -> Call;
    fn direct_create(&self, create_body: Value) -> Call;
    fn draw_direct_preview(&self, ctx: &Ctx, data: &Value) -> Result<()>;
    /// The preview's total for the question, or why nothing should be created.
    fn direct_total(&self, data: &Value) -> Result<Option<String>>;
    fn report_created(&self, ctx: &Ctx, out: &Printer, data: &Value) -> Result<()>;
    fn created_failures(&self, ctx: &Ctx, data: &Value) -> Result<()>;
}

/// The side of the platform in effect (`--platform`).
pub(crate) fn side(ctx: &Ctx) -> &'static dyn OrderSide {
    match ctx.settings.platform.value {
        Platform::Taobao => &Taobao,
        Platform::Alibaba1688 => &Alibaba,
    }
}
