//! `order pay ID...`: pay orders, asking once for the whole batch (docs/api.md#taobao-order-pay,
//! docs/api.md#alibaba-order-pay). On 1688 the answer is a cashier URL or a payment by
//! agreement, and several ids go in one batch pay (docs/api.md#alibaba-order-batch-pay).

use clap::Args as ClapArgs;
use serde_json::Value;

use super::batch_write::{Write, batch_write};
use super::side::side;
use crate::api::types::pick_text;
use crate::cli::parse::parse_id;
use crate::commands::{Ctx, unique_ids};
use crate::domain::status::OrderState;
use crate::domain::value;
use crate::error::Result;

#[derive(ClapArgs, Debug, Clone)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon order pay 3305075341149010310",
    "pandapon order pay 3305075341149010310 --dry-run",
]))]
pub struct Args {
    /// Order ids (on 1688, several are paid in one batch request)
    #[arg(required = true, value_parser = parse_id, value_name = "ORDER_ID")]
    pub order_ids: Vec<u64>,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<()> {
    let ids = unique_ids(ctx, args.order_ids);
    let side = side(ctx);
    batch_write(
        ctx,
        &ids,
        Write {
            verb: "pay",
            acts_on: OrderState::AwaitingPayment,
            call: &|id| side.pay_call(id),
            together: side.pay_together(),
            done: &|id, data, shared| side.paid(ctx, id, data, shared),
        },
    )
    .await
}

/// "Paid" only when the answer says so (docs/api.md#taobao-order-pay): `true`, or the 1688
/// analogue's `protocolPaySuccess: true` for an order not in its `cantPayOrderList`. A
/// `payUrl` otherwise is where the payment is to be finished; anything else is not
/// confirmed. Money may or may not have moved, so both end with exit 1 for scripts to see.
pub(super) fn verdict(id: u64, data: &Value) -> std::result::Result<String, String> {
    let flag = data.get("protocolPaySuccess").and_then(|f| match f {
        Value::Bool(b) => Some(*b),
        Value::String(s) => s.parse().ok(),
        _ => None,
    });
    let refused = data
        .get("cantPayOrderList")
        .and_then(Value::as_array)
        .is_some_and(|l| {
            l.iter()
                .any(|v| value::id_text(v).is_some_and(|t| t == id.to_string()))
        });
    if (data == &Value::Bool(true) || flag == Some(true)) && !refused {
        return Ok(format!("Order {id}: paid."));
    }
    let check = format!("check it with `pandapon order show {id}` before paying again");
    let url = pick_text(data, &["payUrl", "url"]);
    Err(if refused {
        format!(
            "order {id} was not paid: the API lists it as one it cannot pay (cantPayOrderList); {check}"
        )
    } else if !url.is_empty() {
        format!("order {id} is not paid yet: finish the payment at {url}")
    } else if data == &Value::Bool(false) || flag == Some(false) {
        format!(
            "order {id} was not paid: the API answered that the payment did not succeed; {check}"
        )
    } else {
        format!(
            "order {id}: the API's answer does not say it was paid (no protocolPaySuccess: true); {check}"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paid_only_when_the_answer_says_so() {
        let paid = |d: Value| verdict(7, &d);
        assert_eq!(paid(json!(true)), Ok("Order 7: paid.".into()));
        assert!(paid(json!({"orderId": 7, "protocolPaySuccess": true})).is_ok());
        assert!(paid(json!({"protocolPaySuccess": "true", "payUrl": ""})).is_ok());
        let e = paid(json!({"protocolPaySuccess": false, "payUrl": "https://pay.example/c?o=7"}))
            .unwrap_err();
        assert_eq!(
            e,
            "order 7 is not paid yet: finish the payment at https://pay.example/c?o=7"
        );
        assert!(
            paid(json!({"payUrl": "https://pay.example/x"}))
                .unwrap_err()
                .contains("finish the payment at https://pay.example/x")
        );
        assert!(
            paid(json!({"protocolPaySuccess": false}))
                .unwrap_err()
                .contains("did not succeed")
        );
        assert!(paid(json!(false)).unwrap_err().contains("did not succeed"));
        for unclear in [json!(null), json!({}), json!({"orderId": 7}), json!("ok")] {
            let e = paid(unclear.clone()).unwrap_err();
            assert!(e.contains("does not say it was paid"), "{unclear}: {e}");
        }
        let e = paid(json!({"protocolPaySuccess": true, "cantPayOrderList": [7]})).unwrap_err();
        assert!(e.contains("cantPayOrderList"), "{e}");
        assert!(paid(json!({"protocolPaySuccess": true, "cantPayOrderList": [8]})).is_ok());
    }
}
