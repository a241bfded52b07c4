//! How to settle a write whose outcome is unknown: one row per write operation, naming the
//! safe read that shows its effect and how to judge what the read shows. `journal unresolved`
//! prints the read as a command; `journal reconcile` runs it. A write is never repeated.
//!
//! A new write operation is one row in `SETTLERS` (and, for a read not listed yet, one `Read`).
//! An operation with no row is reported as one no read can settle.

mod address;
mod alibaba;
mod cart;
mod order;
mod refund;

use serde_json::{Value, json};

use super::about::{self, Kind, Subject};
use crate::api::Call;
use crate::journal::{Entry, Verdict};

/// A write to settle: its record and what it was about.
pub struct Write<'a> {
    pub entry: &'a Entry,
    pub about: &'a [Subject],
}

impl Write<'_> {
    fn first(&self, kind: Kind) -> Option<&str> {
        about::first(self.about, kind)
    }

    fn body_text(&self, key: &str) -> Option<String> {
        self.entry
            .body()
            .get(key)
            .and_then(crate::domain::value::id_text)
    }

    /// When it was sent, in ms.
    fn sent_ms(&self) -> Option<i64> {
        let t: jiff::Timestamp = self.entry.time().parse().ok()?;
        Some(t.as_millisecond())
    }

    /// Where a list of what the write may have created starts: before it was sent by as much
    /// as the server's clock may differ from ours (the API refuses timestamps further off,
    /// docs/api.md#timestamp).
    fn since_ms(&self) -> Option<i64> {
        Some(self.sent_ms()? - SKEW_MS)
    }

    fn since_text(&self) -> String {
        self.since_ms()
            .and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
            .map(|t| t.to_string())
            .unwrap_or_default()
    }
}

const SKEW_MS: i64 = 10 * 60 * 1000;
/// One page is enough to settle a write made minutes before; more is a busy account, where a
/// match by content is no longer evidence.
const LIST_PAGE: u32 = 50;

/// What a read showed about a write.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub verdict: Verdict,
    /// What the read shows: "order 3305...: paid, waiting for shipment".
    pub state: String,
    /// What that means for the write: "the payment did not happen".
    pub conclusion: Option<String>,
}

impl Finding {
    pub fn new(verdict: Verdict, state: impl Into<String>) -> Self {
        Finding {
            verdict,
            state: state.into(),
            conclusion: None,
        }
    }

    pub fn so(mut self, conclusion: impl Into<String>) -> Self {
        self.conclusion = Some(conclusion.into());
        self
    }

    /// "order 3305...: paid, as of 2026-05-01T08:00:00Z", with the conclusion after.
    pub fn summary(&self, as_of: &str) -> String {
        match &self.conclusion {
            Some(c) => format!("{}, as of {as_of}: {c}", self.state),
            None => format!("{}, as of {as_of}", self.state),
        }
    }
}

/// A read whose answer is not the shape it should be: it tells nothing about the write.
fn unreadable(what: &str, e: String) -> Finding {
    Finding::new(
        Verdict::Unknown,
        format!("the {what} could not be read ({e})"),
    )
}

/// What the judge of `op` says about `data`, for a write of `body` sent at
/// 2026-05-01T08:00:00Z, its summary "as of T".
#[cfg(test)]
fn judge(op: &str, body: Value, data: Value) -> (Verdict, String) {
    let e = Entry::from_line(json!({"time": "2026-05-01T08:00:00Z", "operation": op,
        "method": "POST", "path": "/x", "body": body, "outcome": "unknown: x"}));
    let subjects = about::about(&e, &crate::api::catalogue::Catalogue::defaults());
    let w = Write {
        entry: &e,
        about: &subjects,
    };
    let f = (settler(op).expect("a row").judge)(&w, &data);
    (f.verdict, f.summary("T"))
}

/// A safe read that shows a write's effect.
pub struct Read {
    /// The request, from what the write was about; None when it names nothing to read.
    pub call: fn(&Write) -> Option<Call>,
    /// The same read as a person would run it.
    pub command: fn(&Write) -> Option<String>,
}

/// One row: the write `op`, the read that settles it, and how to judge the read's `data`.
pub struct Settler {
    pub op: &'static str,
    pub read: &'static Read,
    pub judge: fn(&Write, &Value) -> Finding,
}

#[rustfmt::skip]
pub const SETTLERS: &[Settler] = &[
    Settler { op: "taobao.order.pay",              read: &ORDER,         judge: order::paid },
    Settler { op: "taobao.order.cancel",           read: &ORDER,         judge: order::cancelled },
    Settler { op: "taobao.order.update_warehouse", read: &ORDER,         judge: order::warehouse },
    Settler { op: "taobao.order.create",           read: &ORDERS_SINCE,  judge: order::created },
    Settler { op: "taobao.cart.create",            read: &CART,          judge: cart::ordered },
    Settler { op: "taobao.cart.add",               read: &CART,          judge: cart::added },
    Settler { op: "taobao.cart.edit",              read: &CART,          judge: cart::edited },
    Settler { op: "taobao.cart.delete",            read: &CART,          judge: cart::deleted },
    Settler { op: "taobao.refund.submit",          read: &REFUNDS_SINCE, judge: refund::submitted },
    Settler { op: "taobao.refund.modify",          read: &REFUND,        judge: refund::modified },
    Settler { op: "taobao.refund.cancel",          read: &REFUND,        judge: refund::cancelled },
    Settler { op: "taobao.refund.return_logistics_submit", read: &REFUND, judge: refund::return_shipped },
    Settler { op: "taobao.refund.message_submit",  read: &MESSAGES,      judge: refund::message_sent },
    Settler { op: "address.upsert",                read: &ADDRESSES,     judge: address::stored },
    Settler { op: "alibaba.order.pay",             read: &alibaba::ORDER, judge: order::paid },
    Settler { op: "alibaba.order.batch_pay",       read: &alibaba::ORDER, judge: alibaba::batch_paid },
    Settler { op: "alibaba.order.cancel",          read: &alibaba::ORDER, judge: order::cancelled },
    Settler { op: "alibaba.order.confirm_receipt", read: &alibaba::ORDER, judge: alibaba::received },
    Settler { op: "alibaba.order.create",          read: &alibaba::ORDERS_SINCE, judge: alibaba::created },
    Settler { op: "alibaba.order.batch_create",    read: &alibaba::ORDERS_SINCE, judge: alibaba::created },
    Settler { op: "alibaba.cart.add",              read: &alibaba::CART, judge: alibaba::added },
    Settler { op: "alibaba.cart.edit",             read: &alibaba::CART, judge: cart::edited },
    Settler { op: "alibaba.cart.delete",           read: &alibaba::CART, judge: cart::deleted },
    Settler { op: "alibaba.cart.create",           read: &alibaba::CART, judge: cart::ordered },
    Settler { op: "alibaba.refund.submit_info",    read: &alibaba::REFUND, judge: alibaba::return_shipped },
];

/// The row for an operation, if a read can settle it.
pub fn settler(op: &str) -> Option<&'static Settler> {
    SETTLERS.iter().find(|s| s.op == op)
}

/// The command that would settle the write, for `journal unresolved`.
pub fn command(w: &Write) -> Option<String> {
    (settler(w.entry.operation())?.read.command)(w)
}

const ORDER: Read = Read {
    call: |w| Some(Call::new("taobao.order.get").query("orderId", w.first(Kind::Order)?)),
    command: |w| Some(format!("pandapon order show {}", w.first(Kind::Order)?)),
};

const ORDERS_SINCE: Read = Read {
    call: |w| {
        Some(
            Call::new("taobao.order.list")
                .body(json!({"pageNo": 1, "pageSize": LIST_PAGE, "orderStartTime": w.since_ms()?})),
        )
    },
    command: |w| Some(format!("pandapon order list --since {}", w.since_text())),
};

const CART: Read = Read {
    call: |_| {
        Some(
            Call::new("taobao.cart.list")
                .query("pageNo", 1)
                .query("pageSize", 200),
        )
    },
    command: |_| Some("pandapon cart list --all".into()),
};

const REFUND: Read = Read {
    call: |w| Some(Call::new("taobao.refund.get").query("refundId", w.first(Kind::Refund)?)),
    command: |w| {
        Some(format!(
            "pandapon after-sales show {}",
            w.first(Kind::Refund)?
        ))
    },
};

const REFUNDS_SINCE: Read =
    Read {
        call: |w| {
            Some(Call::new("taobao.refund.list").body(
                json!({"pageNo": 1, "pageSize": LIST_PAGE, "refundStartTime": w.since_ms()?}),
            ))
        },
        command: |w| {
            Some(format!(
                "pandapon after-sales list --since {}",
                w.since_text()
            ))
        },
    };

const MESSAGES: Read = Read {
    call: |w| {
        Some(
            Call::new("taobao.refund.message_list")
                .body(json!({"refundId": w.first(Kind::Refund)?, "pageNo": 1, "pageSize": 100})),
        )
    },
    command: |w| {
        Some(format!(
            "pandapon after-sales messages {}",
            w.first(Kind::Refund)?
        ))
    },
};

const ADDRESSES: Read = Read {
    call: |_| Some(Call::new("address.list").body(json!({}))),
    command: |_| Some("pandapon address list".into()),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::catalogue::Catalogue;

    #[test]
    fn every_write_has_a_row_or_is_known_to_have_no_read() {
        let c = Catalogue::defaults();
        // Nothing to read back: a booking and a domestic tracking update leave no trace any
        // read of the catalogue shows; 1688 has no after-sales list to find a new request in,
        // and a voucher shows only in the request it is later attached to.
        let unreadable = [
            "logistics.booking",
            "logistics.domestic_update",
            "alibaba.refund.create",
            "alibaba.refund.upload_voucher",
        ];
        for r in c.routes() {
            if r.safe {
                assert!(settler(r.key).is_none(), "{} is a read", r.key);
            } else {
                assert!(
                    settler(r.key).is_some() || unreadable.contains(&r.key),
                    "no row settles {}: add one to SETTLERS, or say why no read can",
                    r.key
                );
            }
        }
        for s in SETTLERS {
            assert!(!c.get(s.op).safe, "{} is a write", s.op);
        }
    }

    #[test]
    fn every_read_is_a_safe_operation_and_names_its_command() {
        let c = Catalogue::defaults();
        let e = Entry::from_line(json!({"time": "2026-05-01T08:00:00Z", "operation": "x",
            "method": "POST", "path": "/x", "outcome": "unknown: x",
            "body": {"orderId": "1", "refundId": "2", "ids": [3], "subOrderId": "4"}}));
        let subjects = about::about(&e, &c);
        let w = Write {
            entry: &e,
            about: &subjects,
        };
        for s in SETTLERS {
            let call = (s.read.call)(&w).unwrap_or_else(|| panic!("{}: no call", s.op));
            assert!(
                c.get(call.op).safe,
                "{} is settled by a write, {}",
                s.op,
                call.op
            );
            let cmd = (s.read.command)(&w).unwrap();
            assert!(cmd.starts_with("pandapon "), "{cmd}");
        }
    }
}
