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
