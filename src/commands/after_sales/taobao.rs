//! The after-sales verbs' Taobao side: numeric ids, the v2 detail (docs/api.md#taobao-refund-get)
//! drawn by `detail`, the return shipment's `logistics` names
//! (docs/api.md#taobao-refund-return-logistics-submit).

use serde_json::Value;

use super::detail::{detail_view, heading};
use super::return_ship;
use super::show::GET;
use super::side::AfterSalesSide;
use crate::api::Call;
use crate::api::types::Detail;
use crate::api::types::refund::{currency, keys_of, refund_field};
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, print_fields, unexpected};
use crate::error::{Error, Result};

pub(super) struct Taobao;

const RETURN_SUBMIT: &str = "taobao.refund.return_logistics_submit";

fn number(id: &str) -> Result<u64> {
    parse_id(id).map_err(|e| {
        Error::usage(format!(
            "{e}; Taobao after-sales ids are numbers (a TQ… id is 1688's: --platform 1688)"
        ))
    })
}

impl AfterSalesSide for Taobao {
    fn check_id(&self, id: &str) -> Result<()> {
        number(id).map(|_| ())
    }

    fn show_call(&self, id: &str) -> Call {
        Call::new(GET).query("refundId", id)
    }

    fn draw_detail(&self, ctx: &Ctx, data: &Value, id: &str) -> Result<()> {
        let id = number(id)?;
        let out = &ctx.printer;
        match Detail::from_data(data) {
            Some(d) => {
                let (head, lines) =
                    detail_view(&d, id, ctx.settings.sandbox.is_some(), out.stdout_terminal);
                out.heading(&head)?;
                for l in lines {
                    out.line(&l)?;
                }
                Ok(())
            }
            // Not the documented detail, yet an after-sales record: what can be read, then every
            // field. Without even a refundId it is something else, and is not shown as one.
            None if refund_field(data, "refundId").is_none() => Err(unexpected(format!(
                "unexpected response: data should be an after-sales detail (refundOrderAggregate.refundOrder, docs/api.md#taobao-refund-get), got {}",
                keys_of(data)
            ))),
            None => {
                out.heading(&heading(data, id, None, &currency(data)))?;
                print_fields(ctx, data)
            }
        }
    }

    fn return_ship_call(&self, a: &return_ship::Args) -> Result<Call> {
        Ok(Call::new(RETURN_SUBMIT).body(return_ship::body(a)))
    }
}
