//! Parsing JSON without letting a small text become a large allocation.
//!
//! serde_json builds a `Value` of about 80 bytes for every value and key (and, with the
//! `arbitrary_precision` that keeps 19-digit ids exact, a heap string for every number), so
//! `[0,0,...]` in 16 MiB becomes about 790 MB. Counting the values first, in one pass that
//! allocates nothing, lets a parse that would be that large be refused before it starts.

use std::ops::Range;

pub mod checked;

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
    let mut i = 0;
    while let Some(&b) = text.get(i) {
        i += 1;
        match b {
            // A string is skipped to its closing quote a block at a time: most of an order's
            // bytes are in its strings.
            b'"' => loop {
                let Some(j) = quote_or_backslash(text, i) else {
                    return n;
                };
                i = j + 1;
                if text[j] == b'"' {
                    break;
                }
                i += 1;
            },
            b'[' | b'{' | b',' | b':' => n += 1,
            _ => {}
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

/// Where each member of a JSON array or object is in `text`: an element's span, or a key's
/// span (quotes included) and its value's. For text already checked to be JSON (an answer's
/// `data`): it finds the members without checking or decoding them again. Stops at more than
/// `max` members (each takes 16 bytes here: `[0,0,...]` would take eight times its size).
pub fn members(text: &str, max: usize) -> Result<Vec<Member>, Split> {
    let mut out = Vec::new();
    each_member(text, max, |key, value, values| {
        out.push(Member { key, value, values })
    })?;
    Ok(out)
}

/// The spans of an array's elements, as `members` finds them (8 bytes each).
pub fn elements(text: &str, max: usize) -> Result<Vec<Range<u32>>, Split> {
    let mut out = Vec::new();
    each_member(text, max, |_, value, _| out.push(value))?;
    Ok(out)
}

/// `members`, handing each one over, with what its value counts (`count_values`).
fn each_member(
    text: &str,
    max: usize,
    mut each: impl FnMut(Range<u32>, Range<u32>, usize),
) -> Result<(), Split> {
    let b = text.as_bytes();
    u32::try_from(b.len()).map_err(|_| Split::TooMany)?;
    let object = match b.first() {
        Some(b'{') => true,
        Some(b'[') => false,
        _ => return Err(Split::NotJson),
    };
    let close = if object { b'}' } else { b']' };
    let at = |i: usize| i as u32;
    let mut i = skip_ws(b, 1);
    if b.get(i) == Some(&close) {
        return Ok(());
    }
    let mut count = 0;
    loop {
        let key = if object {
            let start = i;
            i = string_end(b, i).ok_or(Split::NotJson)?;
            let key = at(start)..at(i);
            i = skip_ws(b, i);
            if b.get(i) != Some(&b':') {
                return Err(Split::NotJson);
            }
            i = skip_ws(b, i + 1);
            key
        } else {
            0..0
        };
        let start = i;
        let values;
        (i, values) = value_end(b, i).ok_or(Split::NotJson)?;
        if count == max {
            return Err(Split::TooMany);
        }
        count += 1;
        each(key, at(start)..at(i), values);
        i = skip_ws(b, i);
        match b.get(i) {
            Some(b',') => i = skip_ws(b, i + 1),
            Some(c) if *c == close => return Ok(()),
            _ => return Err(Split::NotJson),
        }
    }
}

/// Why `members` found none.
#[derive(Debug, PartialEq, Eq)]
pub enum Split {
    NotJson,
    TooMany,
}

/// One member found by `members` or `checked::object` (`key` is empty for an array's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub key: Range<u32>,
    pub value: Range<u32>,
    /// `count_values` of the value's text, counted on the way (a page's list need not be
    /// scanned again to be checked against the budget).
    pub values: usize,
}

impl Member {
    pub fn key<'t>(&self, text: &'t str) -> &'t str {
        &text[self.key.start as usize..self.key.end as usize]
    }
    pub fn value<'t>(&self, text: &'t str) -> &'t str {
        &text[self.value.start as usize..self.value.end as usize]
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = b.get(i) {
        i += 1;
    }
    i
}

/// Where the next `"` or `\\` is in `b` from `i`. Most strings of an answer are short (keys,
/// codes): a plain loop finds their end sooner than a vector search can start.
fn quote_or_backslash(b: &[u8], i: usize) -> Option<usize> {
    let rest = b.get(i..)?;
    let near = rest.len().min(16);
    match rest[..near].iter().position(|&c| c == b'"' || c == b'\\') {
        Some(n) => Some(i + n),
        None => memchr::memchr2(b'"', b'\\', &rest[near..]).map(|n| i + near + n),
    }
}

/// Past the string that starts at `i` (its opening quote).
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    loop {
        i = quote_or_backslash(b, i)?;
        if b[i] == b'"' {
            return Some(i + 1);
        }
        i += 2;
    }
}

/// Past the value that starts at `i`, and what it counts (`count_values`).
fn value_end(b: &[u8], mut i: usize) -> Option<(usize, usize)> {
    match *b.get(i)? {
        b'"' => Some((string_end(b, i)?, 1)),
        b'[' | b'{' => {
            let (mut depth, mut values) = (0usize, 1usize);
            loop {
                match *b.get(i)? {
                    b'"' => {
                        i = string_end(b, i)?;
                        continue;
                    }
                    b'[' | b'{' => {
                        depth += 1;
                        values += 1;
                    }
                    b',' | b':' => values += 1,
                    b']' | b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some((i + 1, values));
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let rest = b.get(i..)?;
            let len = rest
                .iter()
                .position(|c| matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r'))
                .unwrap_or(rest.len());
            (len > 0).then_some((i + len, 1))
        }
    }
}

/// A small field of an answer (a code, a message, a page count), parsed only when it is small:
/// the rest of the answer was not counted (`check`), so a field of `[0,0,...]` must not be.
pub fn parse_small(text: &str) -> Option<Value> {
    check(text.as_bytes(), MAX_EMBEDDED_VALUES).ok()?;
    serde_json::from_str(text).ok()
}

/// A JSON text found inside a string of an answer, parsed only when it is small.
pub fn parse_embedded(s: &str) -> Option<Value> {
    check(s.as_bytes(), MAX_EMBEDDED_VALUES).ok()?;
    serde_json::from_str(s).ok()
}

#[cfg(test)]
pub(crate) mod tests {
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

    /// The count a byte at a time, as it was before strings were skipped by blocks.
    fn count_bytewise(text: &[u8]) -> usize {
        let (mut n, mut in_string, mut escaped) = (1, false, false);
        for &b in text {
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
            } else if b == b'"' {
                in_string = true;
            } else if b"[{,:".contains(&b) {
                n += 1;
            }
        }
        n
    }

    /// JSON values whose strings hold what a scan must skip or check (`[,{:`, escapes, control
    /// characters).
    pub(crate) fn json_value() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            "[\\[\\]{}:,\"\\\\/a é两\u{1}\u{1f}\n]{0,12}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 32, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                proptest::collection::btree_map("[a:,{\"]{0,3}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        #[test]
        fn skipping_strings_by_blocks_counts_the_same(text in "[\\[\\]{}:,\"\\\\a é]{0,40}") {
            proptest::prop_assert_eq!(count_values(text.as_bytes()), count_bytewise(text.as_bytes()));
        }

        /// What `members` counts of a value is what counting its text gives (for JSON, what
        /// `members` reads: it does not check).
        #[test]
        fn members_count_their_values_as_count_values_does(v in json_value()) {
            for text in [format!("[{v},{v}]"), format!(r#"{{"k":{v}," :[":{v}}}"#)] {
                for m in members(&text, 100).unwrap() {
                    proptest::prop_assert_eq!(m.values, count_values(m.value(&text).as_bytes()));
                }
            }
        }
    }

    #[test]
    fn finds_members_without_decoding_them() {
        let text = r#" {"a" : [1, {"b": "]}\","}], "c\"d":"x" ,"e":-1.5e3,"f":{}} "#.trim();
        let m = members(text, 10).unwrap();
        let parts: Vec<(&str, &str)> = m.iter().map(|m| (m.key(text), m.value(text))).collect();
        assert_eq!(
            parts,
            [
                (r#""a""#, r#"[1, {"b": "]}\","}]"#),
                (r#""c\"d""#, r#""x""#),
                (r#""e""#, "-1.5e3"),
                (r#""f""#, "{}"),
            ]
        );
        let list = r#"[ 1 ,"两件",null,[[]] ]"#;
        let m = members(list, 4).unwrap();
        let elements: Vec<&str> = m.iter().map(|m| m.value(list)).collect();
        assert_eq!(elements, ["1", r#""两件""#, "null", "[[]]"]);
        assert_eq!(members(list, 3), Err(Split::TooMany));
        assert_eq!(
            super::elements(list, 4).unwrap(),
            [2..3, 5..13, 14..18, 19..23]
        );
        assert_eq!(members("[]", 0).unwrap(), []);
        assert_eq!(members("{ }", 0).unwrap(), []);
        for bad in [
            "",
            "1",
            "[1",
            r#"{"a"}"#,
            r#"{"a":1 "b":2}"#,
            r#"["open]"#,
            "[[1]",
        ] {
            assert_eq!(members(bad, 10), Err(Split::NotJson), "{bad}");
        }
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
        assert_eq!(parse_small("200"), Some(serde_json::json!(200)));
        assert_eq!(parse_small(&format!("[{}0]", "0,".repeat(5000))), None);
    }
}
