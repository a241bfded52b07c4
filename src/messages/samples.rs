//! Sample messages for `pandapon trigger`: the documented field names, plausible values
//! (Xport's example order: ¥95.00 of goods and ¥5.00 of shipping, in cents), the time now.

use serde_json::Value;

use crate::domain::Platform;
use crate::domain::message::{self, Kind, KnownType, OrderFacts, PriceLine, RefundFacts};

/// A 19-digit order id shaped like the documented ones (`3305075341149134260`).
pub fn order_id() -> String {
    format!("3305075341149{:06}", random() % 1_000_000)
}

fn random() -> u64 {
    let mut b = [0u8; 8];
    let _ = getrandom::fill(&mut b);
    u64::from_le_bytes(b)
}

/// The whole message for `t` on `platform` about `order`, pushed at `now_ms`.
pub fn sample(
    t: &KnownType,
    platform: Platform,
    order: &str,
    as_string: bool,
    now_ms: i64,
) -> Value {
    let created = now_ms - 10 * 60 * 1000;
    let order_no = message::china_time(now_ms)
        .map(|d| format!("PO{}0001", d.get(..10).unwrap_or_default().replace('-', "")));
    let facts = |status: &str| OrderFacts {
        order_id: order.to_string(),
        order_no: order_no.clone(),
        status: status.to_string(),
        total_cents: 10_000,
        shipping_cents: 500,
        product_cents: 9_500,
        created_ms: Some(created),
        ..OrderFacts::default()
    };
    let body = match t.kind {
        Kind::Created => facts("WAITING_FOR_PAYMENT").body(),
        Kind::Paid => OrderFacts {
            paid_ms: Some(now_ms),
            ..facts("WAITING_FOR_SENT")
        }
        .body(),
        Kind::Cancelled => OrderFacts {
            close_reason: Some("buyer_cancel".into()),
            ..facts("CLOSED")
        }
        .body(),
        // The seller took ¥10.00 off the goods.
        Kind::PriceChanged if t.only == Some(Platform::Taobao) => {
            let f = OrderFacts {
                total_cents: 9_000,
                product_cents: 8_500,
                ..facts("WAIT_BUYER_PAY")
            };
            let lines = [
                PriceLine {
                    line_id: format!("{order}01"),
                    quantity: 1,
                    amount_cents: 5_000,
                },
                PriceLine {
                    line_id: format!("{order}02"),
                    quantity: 2,
                    amount_cents: 3_500,
                },
            ];
            message::taobao_price_body(&f, &lines)
        }
        Kind::PriceChanged => OrderFacts {
            total_cents: 9_000,
            product_cents: 8_500,
            ..facts("WAITING_FOR_PAYMENT")
        }
        .body(),
        Kind::Refund => RefundFacts {
            refund_id: format!("TQ{:016}", random() % 10_000_000_000_000_000),
            order_id: order.to_string(),
            sub_order_id: Some(format!("{order}01")),
            status: "WAIT_SELLER_AGREE".into(),
            refund_cents: 3_990,
            refund_type: Some(1),
            goods_status: Some(1),
        }
        .body(),
    };
    message::envelope(t.name, platform, body, as_string, now_ms)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::message::{Received, TYPES, parse};

    #[test]
    fn every_type_makes_a_message_the_receiver_reads() {
        for t in &TYPES {
            for as_string in [false, true] {
                let v = sample(
                    t,
                    t.only.unwrap_or(Platform::Alibaba1688),
                    "3305075341149000001",
                    as_string,
                    1_779_263_269_913,
                );
                let Ok(Received::Message(m)) = parse(v.to_string().as_bytes()) else {
                    panic!("{}", t.name)
                };
                assert_eq!(m.message_type, t.name);
                assert_eq!(
                    m.order_id().as_deref(),
                    Some("3305075341149000001"),
                    "{}",
                    t.name
                );
                assert_eq!(m.body_was_string, as_string);
            }
        }
        assert_eq!(order_id().len(), 19);
    }
}
