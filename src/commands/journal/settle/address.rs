//! Settling an address upsert by the address book.

use serde_json::Value;

use super::{Finding, Write, unreadable};
use crate::api::types::{page, pick_text};
use crate::commands::journal::about::Kind;
use crate::domain::value::plain;
use crate::journal::Verdict::{Happened, NotHappened};

pub fn stored(w: &Write, data: &Value) -> Finding {
    let p = match page(data, "a list of addresses") {
        Ok(p) => p,
        Err(e) => return unreadable("address book", e),
    };
    let b = w.entry.body();
    let same = |a: &Value| {
        ["name", "phone", "address"].iter().all(|k| {
            b.get(*k)
                .is_none_or(|want| pick_text(a, &[k]) == plain(want))
        })
    };
    let id = w.first(Kind::Address);
    let found = p
        .elements
        .iter()
        .find(|a| id.is_none_or(|id| pick_text(a, &["id", "addressId"]) == id) && same(a));
    let who = b.get("name").map(plain).unwrap_or_default();
    match found {
        Some(a) => Finding::new(
            Happened,
            format!(
                "address {}: {who} is in the address book",
                pick_text(a, &["id", "addressId"])
            ),
        ),
        None => Finding::new(NotHappened, format!("no address for {who} as sent"))
            .so("the address was not stored"),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::commands::journal::settle::judge;

    #[test]
    fn an_address_is_found_as_sent_or_was_not_stored() {
        let list = |rows: Value| json!({"data": rows, "totalPage": 1});
        let book = list(json!([{"id": 3, "name": "李四", "phone": "138", "address": "中山路"}]));
        assert_eq!(
            judge(
                "address.upsert",
                json!({"name": "李四", "phone": "138", "address": "中山路"}),
                book.clone()
            )
            .0,
            Happened
        );
        assert_eq!(
            judge(
                "address.upsert",
                json!({"id": 3, "name": "李四", "phone": "139"}),
                book.clone()
            )
            .0,
            NotHappened
        );
        assert_eq!(
            judge("address.upsert", json!({"id": 4, "name": "李四"}), book).0,
            NotHappened
        );
    }
}
