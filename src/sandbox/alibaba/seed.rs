//! The 1688 seed: a cart with enabled items from three sellers and two disabled ones (an offer
//! taken down, a spec sold out), an order in each of the seven trade statuses, and a return in
//! progress on the completed one. Everything is `seed_1688`'s offers.

use serde_json::{Value, json};

use super::{AlibabaState, CartRow, Line, Order, Refund, next_id, offer_spec};
use crate::domain::status::TradeStatus;
use crate::sandbox::seed_1688;

const HOUR_MS: i64 = 3_600_000;

fn row(id: u64, offer: &str, spec: &str, quantity: i64) -> CartRow {
    offer_spec(offer, spec, "seed").expect("seeded offer");
    CartRow {
        id,
        offer: offer.into(),
        spec_id: spec.into(),
        quantity,
    }
}

/// The seed's address, in 1688's names.
pub fn address() -> Value {
    json!({"fullName": "张三", "mobile": "15068763421", "postCode": "311121",
           "provinceText": "浙江省", "cityText": "杭州市", "areaText": "余杭区",
           "address": "文一西路969号"})
}

fn order(
    a: &mut AlibabaState,
    status: TradeStatus,
    created_ms: i64,
    lines: &[(&str, &str, i64)],
) -> u64 {
    let (first, _) = offer_spec(lines[0].0, lines[0].1, "seed").expect("seeded offer");
    let seller = seed_1688::seller(first.seller).expect("seeded seller");
    let id = next_id(a);
    let lines = lines
        .iter()
        .map(|(offer, spec, quantity)| {
            let (_, s) = offer_spec(offer, spec, "seed").expect("seeded offer");
            Line {
                id: next_id(a),
                offer: offer.to_string(),
                spec_id: spec.to_string(),
                quantity: *quantity,
                unit_cents: s.price_cents,
            }
        })
        .collect();
    let paid = !matches!(status, TradeStatus::WaitBuyerPay | TradeStatus::Cancel);
    let shipped = !matches!(
        status,
        TradeStatus::WaitBuyerPay | TradeStatus::WaitSellerSend | TradeStatus::Cancel
    );
    a.orders.push(Order {
        id,
        status: status.api_name().into(),
        seller: seller.open_id.into(),
        created_ms,
        paid_ms: paid.then_some(created_ms + HOUR_MS / 4),
        ships_ms: None,
        shipped_ms: shipped.then_some(created_ms + 20 * HOUR_MS),
        lines,
        shipping_cents: seller.shipping_cents,
        address: address(),
        message: String::new(),
        cancel_reason: (status == TradeStatus::Cancel).then(|| "buyerCancel".into()),
    });
    id
}

pub fn initial() -> AlibabaState {
    let mut a = AlibabaState {
        next_cart_id: 608,
        cart: vec![
            row(
                601,
                "Ak7QmZ2xPd9-LwY4vNb6Rc",
                "b2a8f5c1d3e4f60718293a4b5c6d7e8f",
                20,
            ),
            row(
                602,
                "Ak7QmZ2xPd9-LwY4vNb6Rc",
                "c3b9a6d2e4f5a71829304b5c6d7e8f90",
                10,
            ),
            row(
                603,
                "Ak7QmZ2xPd9-LwY4vNb6Rc",
                "d4cab7e3f5a6b8293a415c6d7e8f9012",
                10,
            ),
            row(
                604,
                "Bq3RnT8wKs1-MzX5cVd7Ye",
                "e5dbc8f4a6b7c93a4b526d7e8f901a23",
                10,
            ),
            row(
                605,
                "Cr4SoU9xLt2-NaY6dWe8Zf",
                "a7fdeab6c8d9eb5c6d748f901a2b3c45",
                2,
            ),
            row(
                606,
                "Ds5TpV0yMu3-ObZ7eXf9Ag",
                "b8aefbc7d9eafc6d7e85901a2b3c4d56",
                1,
            ),
            row(
                607,
                "Et6UqW1zNv4-PcA8fYg0Bh",
                "dac0bde9fbacbe8f9a07123c4d5e6f78",
                2,
            ),
        ],
        ..AlibabaState::default()
    };
    let t = 1_795_000_000_000;
    let done = order(
        &mut a,
        TradeStatus::Success,
        t,
        &[(
            "Ds5TpV0yMu3-ObZ7eXf9Ag",
            "b8aefbc7d9eafc6d7e85901a2b3c4d56",
            2,
        )],
    );
    order(
        &mut a,
        TradeStatus::Terminated,
        t + 10 * HOUR_MS,
        &[(
            "Bq3RnT8wKs1-MzX5cVd7Ye",
            "e5dbc8f4a6b7c93a4b526d7e8f901a23",
            100,
        )],
    );
    order(
        &mut a,
        TradeStatus::ConfirmGoods,
        t + 30 * HOUR_MS,
        &[(
            "Cr4SoU9xLt2-NaY6dWe8Zf",
            "a7fdeab6c8d9eb5c6d748f901a2b3c45",
            5,
        )],
    );
    order(
        &mut a,
        TradeStatus::Cancel,
        t + 50 * HOUR_MS,
        &[(
            "Ak7QmZ2xPd9-LwY4vNb6Rc",
            "c3b9a6d2e4f5a71829304b5c6d7e8f90",
            10,
        )],
    );
    order(
        &mut a,
        TradeStatus::WaitBuyerReceive,
        t + 70 * HOUR_MS,
        &[(
            "Ds5TpV0yMu3-ObZ7eXf9Ag",
            "c9bfacd8eafbad7e8f96012b3c4d5e67",
            1,
        )],
    );
    order(
        &mut a,
        TradeStatus::WaitSellerSend,
        t + 90 * HOUR_MS,
        &[
            (
                "Ak7QmZ2xPd9-LwY4vNb6Rc",
                "b2a8f5c1d3e4f60718293a4b5c6d7e8f",
                50,
            ),
            (
                "Ak7QmZ2xPd9-LwY4vNb6Rc",
                "c3b9a6d2e4f5a71829304b5c6d7e8f90",
                20,
            ),
        ],
    );
    order(
        &mut a,
        TradeStatus::WaitBuyerPay,
        t + 110 * HOUR_MS,
        &[(
            "Bq3RnT8wKs1-MzX5cVd7Ye",
            "f6ecd9a5b7c8da4b5c637e8f901a2b34",
            20,
        )],
    );
    // The bag arrived with a broken strap: a return, waiting for the seller to agree.
    let o = a.orders.iter().find(|o| o.id == done).expect("just added");
    let (order_id, payment) = (o.id, o.goods_cents());
    a.vouchers
        .push("https://cbu01.alicdn.com/img/ibank/refund/sandbox-voucher-1.jpg".into());
    a.next_refund_seq = 1;
    a.refunds.push(Refund {
        id: "TQ26052000000001".into(),
        order_id,
        entry_ids: Vec::new(),
        dispute: "returnRefund".into(),
        reason_id: 20021,
        reason: "质量问题".into(),
        payment,
        description: "肩带断裂".into(),
        vouchers: a.vouchers.clone(),
        status: "waitselleragree".into(),
        created_ms: t + 120 * HOUR_MS,
        company: None,
        waybill: None,
    });
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_has_every_trade_status_three_sellers_and_disabled_items() {
        let a = initial();
        for t in TradeStatus::ALL {
            assert!(
                a.orders.iter().any(|o| o.status == t.api_name()),
                "{}",
                t.api_name()
            );
        }
        let sellers: std::collections::BTreeSet<&str> = a
            .cart
            .iter()
            .map(|r| offer_spec(&r.offer, &r.spec_id, "t").unwrap().0.seller)
            .collect();
        assert!(sellers.len() >= 3);
        assert!(a.orders.iter().all(|o| o.id.to_string().len() == 19));
        assert_eq!(a.refunds.len(), 1);
    }
}
