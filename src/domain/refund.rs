//! After-sales numbers PandaPon documents as integers without saying what they mean
//! (docs/api.md#refund-enums). These are the sandbox's meanings: the sandbox answers by them,
//! and the client offers them only when it talks to the sandbox.

/// refundType.
pub const REFUND_TYPES: [(i64, &str); 2] = [(1, "refund only"), (2, "return and refund")];
/// goodsStatus.
pub const GOODS_STATUSES: [(i64, &str); 2] = [(1, "not received"), (2, "received")];
/// refundStatus, numbered from 1 in this order by the list's integer filter.
pub const REFUND_STATUSES: [&str; 6] = [
    "WAIT_SELLER_AGREE",
    "WAIT_BUYER_RETURN_GOODS",
    "WAIT_SELLER_CONFIRM_GOODS",
    "SELLER_REFUSE_BUYER",
    "CLOSED",
    "SUCCESS",
];

/// The sandbox's number for a refund status name (any case), for a hint.
pub fn refund_status_number(name: &str) -> Option<usize> {
    let name = name.trim().to_ascii_uppercase();
    REFUND_STATUSES
        .iter()
        .position(|n| *n == name)
        .map(|i| i + 1)
}

/// The words for a number of one of these lists, if it is one.
pub fn meaning(kinds: &[(i64, &'static str)], n: i64) -> Option<&'static str> {
    kinds.iter().find(|(k, _)| *k == n).map(|(_, w)| *w)
}

/// 1688 after-sales statuses (the sandbox answers with these names), with their words. PandaPon
/// documents none: these are the names 1688's own after-sales use (docs/api.md#alibaba-refund-statuses).
pub const ALIBABA_REFUND_STATUSES: [(&str, &str); 6] = [
    ("waitselleragree", "waiting for the seller to agree"),
    ("waitbuyermodify", "waiting for you to change the request"),
    ("waitbuyersend", "waiting for you to send the goods back"),
    (
        "waitsellerreceive",
        "waiting for the seller to confirm receipt",
    ),
    ("refundsuccess", "refunded"),
    ("refundclose", "closed"),
];

/// The words for a 1688 after-sales status, when pandapon knows the name.
pub fn alibaba_refund_words(name: &str) -> Option<&'static str> {
    let name = name.trim().to_ascii_lowercase();
    ALIBABA_REFUND_STATUSES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, w)| *w)
}

/// What a 1688 refund asks for (`disputeRequest`), by the `--type` number both platforms take:
/// 1 refund only, 2 return and refund (docs/api.md#alibaba-refund-create).
pub const ALIBABA_DISPUTES: [(i64, &str); 2] = [(1, "refund"), (2, "returnRefund")];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_1688_disputes_follow_the_refund_types() {
        for ((n, _), (m, _)) in REFUND_TYPES.iter().zip(ALIBABA_DISPUTES.iter()) {
            assert_eq!(n, m);
        }
        assert_eq!(
            alibaba_refund_words("WAITSELLERAGREE"),
            Some("waiting for the seller to agree")
        );
        assert_eq!(alibaba_refund_words("x"), None);
    }
}
