//! What a platform supplies to the after-sales verbs both platforms have (`show`,
//! `return-ship`): its operations, bodies and views; the verbs are the flow. `submit` is
//! prepared per platform (`submit::Prepared`) and sent the same way.

use serde_json::Value;

use super::alibaba::Alibaba;
use super::return_ship;
use super::taobao::Taobao;
use crate::api::Call;
use crate::commands::Ctx;
use crate::domain::Platform;
use crate::error::Result;

pub(super) trait AfterSalesSide: Sync {
    /// An after-sales id this platform can have (exit 2 before anything is sent otherwise).
    fn check_id(&self, id: &str) -> Result<()>;
    fn show_call(&self, id: &str) -> Call;
    fn draw_detail(&self, ctx: &Ctx, data: &Value, id: &str) -> Result<()>;
    /// The return shipment's request; flags this platform cannot send are refused.
    fn return_ship_call(&self, a: &return_ship::Args) -> Result<Call>;
}

pub(super) fn side(ctx: &Ctx) -> &'static dyn AfterSalesSide {
    match ctx.settings.platform.value {
        Platform::Taobao => &Taobao,
        Platform::Alibaba1688 => &Alibaba,
    }
}
