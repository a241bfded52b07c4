//! Order statuses: the names Taobao's distribution API uses (docs/api.md#enums), the other
//! spellings seen for them, 1688's trade statuses (docs/api.md#alibaba-trade-statuses), and what
//! each means in words.

use serde_json::Value;

use super::value::plain;

/// Where a Taobao order stands, whichever of its known names the API used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderState {
    AwaitingPayment,
    AwaitingShipment,
    Shipped,
    Completed,
    Closed,
    BeingCreated,
}

use OrderState::*;

impl OrderState {
    /// Every state, in the order of an order's life.
    pub const ALL: [OrderState; 6] = [
        BeingCreated,
        AwaitingPayment,
        AwaitingShipment,
        Shipped,
        Completed,
        Closed,
    ];

    /// The state a status name means (in any case): Taobao's own names, the Xport order
    /// message's and the upstream purchase statuses (docs/api.md#enums).
    pub fn from_name(raw: &str) -> Option<OrderState> {
        Some(match raw.trim().to_ascii_uppercase().as_str() {
            "WAIT_BUYER_PAY" | "WAITING_FOR_PAYMENT" | "WAIT_PAY" | "UNPAID" => AwaitingPayment,
            "WAIT_SELLER_SEND_GOODS" | "WAITING_FOR_SENT" | "WAIT_SEND" | "PAID" => {
                AwaitingShipment
            }
            "WAIT_BUYER_CONFIRM_GOODS" | "SELLER_CONSIGNED_PART" | "SHIPPED" => Shipped,
            "TRADE_FINISHED" | "TRADE_SUCCESS" | "SUCCESS" | "FINISHED" | "COMPLETED" => Completed,
            "TRADE_CLOSED" | "TRADE_CLOSED_BY_TAOBAO" | "CLOSED" | "CANCELLED" | "CANCELED" => {
                Closed
            }
            "BULIDING" | "BUILDING" | "CREATED" => BeingCreated,
            _ => return None,
        })
    }

    /// Taobao's name for the state, as `order list --status` sends it.
    pub const fn api_name(self) -> &'static str {
        match self {
            AwaitingPayment => "WAIT_BUYER_PAY",
            AwaitingShipment => "WAIT_SELLER_SEND_GOODS",
            Shipped => "WAIT_BUYER_CONFIRM_GOODS",
            Completed => "TRADE_FINISHED",
            Closed => "TRADE_CLOSED",
            BeingCreated => "BUILDING",
        }
    }

    /// What the state means, as tables show it.
    pub fn words(self) -> &'static str {
        match self {
            AwaitingPayment => "waiting for payment",
            AwaitingShipment => "paid, waiting for shipment",
            Shipped => "shipped",
            Completed => "completed",
            Closed => "closed",
            BeingCreated => "being created",
        }
    }

    /// Nothing was paid (or the order is over): no after-sales, nothing to track.
    pub fn nothing_paid(self) -> bool {
        matches!(self, AwaitingPayment | Closed | BeingCreated)
    }
}

/// The status names of Taobao's distribution API that `order list --status` suggests.
pub const TAOBAO_ORDER_STATUSES: [&str; 5] = [
    "WAIT_BUYER_PAY",
    "WAIT_SELLER_SEND_GOODS",
    "WAIT_BUYER_CONFIRM_GOODS",
    "TRADE_FINISHED",
    "TRADE_CLOSED",
];

/// A 1688 trade status: the seven lower-case names PandaPon documents (on the 1688 product
/// detail page, docs/api.md#alibaba-trade-statuses), in the order of a trade's life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TradeStatus {
    WaitBuyerPay,
    WaitSellerSend,
    WaitBuyerReceive,
    ConfirmGoods,
    Success,
    Cancel,
    Terminated,
}

impl TradeStatus {
    pub const ALL: [TradeStatus; 7] = [
        TradeStatus::WaitBuyerPay,
        TradeStatus::WaitSellerSend,
        TradeStatus::WaitBuyerReceive,
        TradeStatus::ConfirmGoods,
        TradeStatus::Success,
        TradeStatus::Cancel,
        TradeStatus::Terminated,
    ];

    /// The name 1688 uses, as `order list --status` sends it and the sandbox stores it.
    pub const fn api_name(self) -> &'static str {
        match self {
            TradeStatus::WaitBuyerPay => "waitbuyerpay",
            TradeStatus::WaitSellerSend => "waitsellersend",
            TradeStatus::WaitBuyerReceive => "waitbuyerreceive",
            TradeStatus::ConfirmGoods => "confirm_goods",
            TradeStatus::Success => "success",
            TradeStatus::Cancel => "cancel",
            TradeStatus::Terminated => "terminated",
        }
    }

    /// A 1688 name in any case (`WAITBUYERPAY` is read as `waitbuyerpay`).
    pub fn from_name(raw: &str) -> Option<TradeStatus> {
        let raw = raw.trim().to_ascii_lowercase();
        TradeStatus::ALL.into_iter().find(|t| t.api_name() == raw)
    }

    /// Where the trade stands in the terms both platforms share: what pay, cancel and
    /// confirm-receipt may act on, whether there is anything to track or refund.
    pub const fn state(self) -> OrderState {
        match self {
            TradeStatus::WaitBuyerPay => AwaitingPayment,
            TradeStatus::WaitSellerSend => AwaitingShipment,
            TradeStatus::WaitBuyerReceive => Shipped,
            TradeStatus::ConfirmGoods | TradeStatus::Success => Completed,
            TradeStatus::Cancel | TradeStatus::Terminated => Closed,
        }
    }

    /// What the status means, as tables show it. `confirm_goods` (the buyer has confirmed
    /// receipt, the trade not yet settled) and `terminated` keep words of their own.
    pub fn words(self) -> &'static str {
        match self {
            TradeStatus::ConfirmGoods => "received",
            TradeStatus::Cancel => "cancelled",
            TradeStatus::Terminated => "terminated",
            other => other.state().words(),
        }
    }
}

/// The 1688 trade status names, for `order list --status` on 1688 and its error messages.
pub const ALIBABA_TRADE_STATUSES: [&str; 7] = [
    TradeStatus::WaitBuyerPay.api_name(),
    TradeStatus::WaitSellerSend.api_name(),
    TradeStatus::WaitBuyerReceive.api_name(),
    TradeStatus::ConfirmGoods.api_name(),
    TradeStatus::Success.api_name(),
    TradeStatus::Cancel.api_name(),
    TradeStatus::Terminated.api_name(),
];

/// A status value read from a response: its state when the name is known, and the words to
/// show for it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    pub state: Option<OrderState>,
    pub words: String,
}

impl Status {
    /// Known names get their meaning; other names have their underscores turned into spaces;
    /// numbers (whose meanings PandaPon does not document) are shown as they are.
    pub fn read(v: &Value) -> Status {
        let raw = match v {
            Value::Null => return Status::default(),
            Value::String(s) => s.trim().to_string(),
            other => {
                return Status {
                    state: None,
                    words: plain(other),
                };
            }
        };
        if let Some(state) = OrderState::from_name(&raw) {
            return Status {
                state: Some(state),
                words: state.words().to_string(),
            };
        }
        if let Some(t) = TradeStatus::from_name(&raw) {
            return Status {
                state: Some(t.state()),
                words: t.words().to_string(),
            };
        }
        let words = if raw
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            raw.replace('_', " ").to_lowercase()
        } else {
            raw
        };
        Status { state: None, words }
    }
}

/// A status in words: `WAIT_BUYER_PAY` -> "waiting for payment" (see `Status::read`).
pub fn words(v: &Value) -> String {
    Status::read(v).words
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn statuses_read_as_words() {
        assert_eq!(words(&json!("WAIT_BUYER_PAY")), "waiting for payment");
        assert_eq!(
            words(&json!("WAITING_FOR_SENT")),
            "paid, waiting for shipment"
        );
        assert_eq!(words(&json!("REFUND_AGREED")), "refund agreed");
        assert_eq!(words(&json!(3)), "3");
        assert_eq!(words(&json!("已付款")), "已付款");
        assert_eq!(
            Status::read(&json!("trade_closed")).state,
            Some(OrderState::Closed)
        );
    }

    #[test]
    fn trade_statuses_read_as_words_and_states() {
        for t in TradeStatus::ALL {
            assert_eq!(TradeStatus::from_name(t.api_name()), Some(t));
            assert_eq!(Status::read(&json!(t.api_name())).state, Some(t.state()));
        }
        assert_eq!(words(&json!("waitbuyerpay")), "waiting for payment");
        assert_eq!(words(&json!("waitbuyerreceive")), "shipped");
        assert_eq!(words(&json!("confirm_goods")), "received");
        assert_eq!(words(&json!("cancel")), "cancelled");
        assert_eq!(
            TradeStatus::from_name(" WAITSELLERSEND "),
            Some(TradeStatus::WaitSellerSend)
        );
        assert_eq!(TradeStatus::from_name("paid"), None);
    }

    #[test]
    fn every_state_reads_back_from_its_api_name() {
        for s in OrderState::ALL {
            assert_eq!(OrderState::from_name(s.api_name()), Some(s));
        }
        for n in TAOBAO_ORDER_STATUSES {
            assert!(OrderState::from_name(n).is_some(), "{n}");
        }
    }
}
