//! The JSON contract: identifiers are strings in everything pandapon prints as JSON.
//!
//! The API sends 19-digit ids as JSON numbers (docs/api.md#ids). jq before 1.7, JavaScript and
//! many other readers hold numbers as doubles and silently round anything above 2^53, so the
//! next command is handed an id that does not exist. The printer therefore encodes every
//! document through `Ids`, which writes a number as a string when its field is named like an
//! identifier (`is_id_key`), and any integer too large for a double as a string wherever it is.
//! Everything else (money in integer cents, quantities, codes) stays a number.
//!
//! It is a serializer wrapper rather than a rewrite of the value: a 10 000-order `--all` is
//! encoded once, without a second copy of the document.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Number, Value};

/// Integers from here up cannot all be told apart as doubles.
const EXACT_IN_DOUBLE: u64 = 1 << 53;

/// Whether a field holds identifiers: `id`, `ID`, `orderId`, `orderIds`, `skuID`, `shop_id`,
/// `order_ids`, and 1688's lists of bare ids (`orderIdList`, `consignOfferList`,
/// `cantPayOrderList`); the inbox's `duplicateOf` names a message id. Case matters: `paid` and
/// `valid` are not ids. (A list of objects keeps its numbers: only bare numbers become strings.)
pub fn is_id_key(key: &str) -> bool {
    is_id_name(key.as_bytes())
}

/// `is_id_key` of a key's bytes (a copied key is never decoded: `transcode`).
pub fn is_id_name(key: &[u8]) -> bool {
    matches!(key, b"id" | b"ID" | b"Id" | b"ids" | b"duplicateOf")
        || [
            b"Id".as_slice(),
            b"Ids",
            b"ID",
            b"IDs",
            b"_id",
            b"_ids",
            b"IdList",
            b"OfferList",
            b"OrderList",
        ]
        .iter()
        .any(|s| key.len() > s.len() && key.ends_with(s))
}

/// A number a double would round: an integer of 2^53 or more (either sign).
fn too_big_for_a_double(n: &Number) -> bool {
    if let Some(u) = n.as_u64() {
        return u >= EXACT_IN_DOUBLE;
    }
    if let Some(i) = n.as_i64() {
        return i.unsigned_abs() >= EXACT_IN_DOUBLE;
    }
    // Neither fits 64 bits: an integer beyond them, or a fraction/exponent (left alone).
    let text = n.to_string();
    !text.contains(['.', 'e', 'E'])
}

/// `value` encoded with ids as strings (see the module docs).
pub struct Ids<'a>(pub &'a Value);

/// A value under an id-named key: numbers, and numbers in an array, become strings.
struct IdField<'a>(&'a Value);

impl Serialize for Ids<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Number(n) if too_big_for_a_double(n) => s.serialize_str(&n.to_string()),
            Value::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for v in a {
                    seq.serialize_element(&Ids(v))?;
                }
                seq.end()
            }
            Value::Object(o) => {
                let mut map = s.serialize_map(Some(o.len()))?;
                for (k, v) in o {
                    if is_id_key(k) {
                        map.serialize_entry(k, &IdField(v))?;
                    } else {
                        map.serialize_entry(k, &Ids(v))?;
                    }
                }
                map.end()
            }
            other => other.serialize(s),
        }
    }
}

impl Serialize for IdField<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Number(n) => s.serialize_str(&n.to_string()),
            Value::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for v in a {
                    seq.serialize_element(&IdField(v))?;
                }
                seq.end()
            }
            other => Ids(other).serialize(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(v: Value) -> String {
        serde_json::to_string(&Ids(&v)).unwrap()
    }

    #[test]
    fn id_fields_become_strings_and_money_stays_a_number() {
        let v: Value = serde_json::from_str(
            r#"{"orderId":3305075341149010310,"id":382,"shopId":115037976,"skuId":"5032007803360",
                "orderIds":[3305075341149014512,7],"price":13900,"quantity":2,"paid":1,
                "shop_id":5,"lines":[{"subOrderId":3305075341149006186,"totalAmount":3990}],
                "refund":{"refundId":110000235001,"ids":{"id":1}}}"#,
        )
        .unwrap();
        assert_eq!(
            encoded(v),
            r#"{"orderId":"3305075341149010310","id":"382","shopId":"115037976","skuId":"5032007803360","orderIds":["3305075341149014512","7"],"price":13900,"quantity":2,"paid":1,"shop_id":"5","lines":[{"subOrderId":"3305075341149006186","totalAmount":3990}],"refund":{"refundId":"110000235001","ids":{"id":"1"}}}"#
        );
    }

    #[test]
    fn lists_of_ids_become_strings_and_their_objects_keep_their_numbers() {
        let v: Value = serde_json::from_str(
            r#"{"consignOfferList":[706627393257],"cantPayOrderList":[{"orderId":5,"amount":100}]}"#,
        )
        .unwrap();
        assert_eq!(
            encoded(v),
            r#"{"consignOfferList":["706627393257"],"cantPayOrderList":[{"orderId":"5","amount":100}]}"#
        );
    }

    #[test]
    fn integers_a_double_would_round_are_strings_anywhere() {
        let v: Value =
            serde_json::from_str(r#"[9007199254740991,9007199254740992,-9007199254740993,123456789012345678901234,1.5,-2.25]"#)
                .unwrap();
        assert_eq!(
            encoded(v),
            r#"[9007199254740991,"9007199254740992","-9007199254740993","123456789012345678901234",1.5,-2.25]"#
        );
    }

    #[test]
    fn the_id_rule_is_about_names() {
        for k in [
            "id",
            "ID",
            "orderId",
            "orderIds",
            "skuID",
            "shop_id",
            "order_ids",
            "requestId",
            "orderIdList",
            "unsupportedCrossBorderPayOfferList",
            "cantPayOrderList",
            "duplicateOf",
        ] {
            assert!(is_id_key(k), "{k}");
        }
        for k in [
            "paid",
            "valid",
            "idle",
            "Idx",
            "_id",
            "identity",
            "width",
            "OfferList",
        ] {
            assert!(!is_id_key(k), "{k}");
        }
    }
}
