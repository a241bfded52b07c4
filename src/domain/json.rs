//! Parsing JSON without letting a small text become a large allocation.
//!
//! serde_json builds a `Value` of about 80 bytes for every value and key (and, with the
//! `arbitrary_precision` that keeps 19-digit ids exact, a heap string for every number), so
//! `[0,0,...]` in 16 MiB becomes about 790 MB. Counting the values first, in one pass that
//! allocates nothing, lets a parse that would be that large be refused before it starts.

use serde_json::Value;

/// The most values (keys included) one text may parse into: one for every 16 bytes of the
/// 16 MiB answer limit, about 100 MB parsed. A real order list averages 15.5 bytes a value
/// (10,000 orders: 10 MB, 660,000 values), so it fits; `[0,0,...]` (2 bytes a value) does not.
pub const MAX_VALUES: usize = 1 << 20;

/// A JSON text embedded in a string (a cart line's SKU properties, a receiver) holds a
/// handful of values; one holding more is shown as the text it is.
pub const MAX_EMBEDDED_VALUES: usize = 4096;

/// An upper bound of the values and keys `text` parses into: one for each `[`, `{`, `,` and
/// `:` outside strings, plus one. (Invalid JSON gets some count; its parse fails anyway.)
pub fn count_values(text: &[u8]) -> usize {
    let mut n = 1;
    let mut in_string = false;
    let mut escaped = false;
    for &b in text {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' | b',' | b':' => n += 1,
                _ => {}
            }
        }
    }
    n
}

/// `Err(about how many values)` when `text` would parse into more than `limit`.
pub fn check(text: &[u8], limit: usize) -> Result<(), usize> {
    // No text of n bytes counts more than n + 1: a short one needs no pass.
    if text.len() < limit {
        return Ok(());
    }
    match count_values(text) {
        n if n > limit => Err(n),
        _ => Ok(()),
    }
}

/// A JSON text found inside a string of an answer, parsed only when it is small.
pub fn parse_embedded(s: &str) -> Option<Value> {
    check(s.as_bytes(), MAX_EMBEDDED_VALUES).ok()?;
    serde_json::from_str(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Exact for valid JSON: every value and key, whatever the strings hold.
    #[test]
    fn counts_values_and_keys_not_what_strings_hold() {
        assert_eq!(count_values(b"0"), 1);
        assert_eq!(count_values(b"[0,0,0]"), 4);
        assert_eq!(count_values(br#"{"a":1,"b":[2,3]}"#), 7);
        assert_eq!(count_values(br#"["[,{:", "\"],[", "\\"]"#), 4);
        assert_eq!(count_values(b"[]"), 2, "an empty container counts one more");
    }

    #[test]
    fn a_dense_text_is_refused_a_sparse_one_is_not() {
        let dense = format!("[{}0]", "0,".repeat(100));
        assert_eq!(check(dense.as_bytes(), 50), Err(102));
        assert_eq!(check(dense.as_bytes(), 102), Ok(()));
        let sparse = format!("[\"{}\"]", "x".repeat(500));
        assert_eq!(check(sparse.as_bytes(), 50), Ok(()));
        assert!(parse_embedded(&format!("[{}0]", "0,".repeat(5000))).is_none());
        assert_eq!(parse_embedded("[1,2]"), Some(serde_json::json!([1, 2])));
    }
}
