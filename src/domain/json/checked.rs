//! An answer's envelope checked and found in one pass (`object`).
//!
//! A walk's page took four passes before its rows were made or its JSON copied; two of them
//! were serde_json checking the whole body's syntax (capturing the envelope's fields as raw
//! text) and `members` finding `data`'s fields and counting the list's values. This does both
//! at once, checking as serde_json does, at about its speed (BENCHMARKS.md, run 10). It only
//! ever accepts valid JSON; what it does not take (an escaped key, nesting past `MAX_DEPTH`, a
//! repeated `data`, many fields) the caller reads the slower way, which also says what is
//! wrong with a body that is not JSON.

use super::Member;

/// Deeper nesting is left to serde_json (this checks by recursion).
const MAX_DEPTH: u32 = 128;

/// More fields than this in the envelope, or in the object under the inner key, are left to
/// the caller's slower way: it bounds what is kept for a body of many fields (an envelope or a
/// page object has a handful).
const MAX_MEMBERS: usize = 64;

/// The top-level object of a checked text: where its fields are, and those of the object
/// under one of them (`inner`), each with what its value counts (`count_values`).
#[derive(Debug, PartialEq, Eq)]
pub struct Object {
    pub members: Vec<Member>,
    /// The fields of the object under `inner`, placed from that object's start.
    pub inner: Option<Vec<Member>>,
}

/// `text` checked to be one JSON object (with whitespace around it) and its fields found;
/// `None` when it is not, or is one this does not take (see the module docs). `text` is UTF-8
/// already: only the JSON grammar is checked.
pub fn object(text: &str, inner: &str) -> Option<Object> {
    // Places are kept as `u32` (as `members` keeps them).
    u32::try_from(text.len()).ok()?;
    let mut s = Scan {
        b: text.as_bytes(),
        i: 0,
        n: 0,
    };
    s.ws();
    let mut found = Inner::Absent;
    let members = s.members(Some(inner.as_bytes()), 0, &mut found)?;
    s.ws();
    if s.i != s.b.len() {
        return None;
    }
    let inner = match found {
        Inner::Absent | Inner::NotObject => None,
        Inner::Found(m) => Some(m),
        Inner::Repeated => return None,
    };
    Some(Object { members, inner })
}

/// What was seen of the inner key.
enum Inner {
    Absent,
    NotObject,
    Found(Vec<Member>),
    /// Twice: which one a map keeps is the slower way's to say.
    Repeated,
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
    /// The `[`, `{`, `,` and `:` passed so far (`count_values`).
    n: usize,
}

impl Scan<'_> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Past `,` (then true) or `close` (then false); `None` for anything else.
    fn next_or_close(&mut self, close: u8) -> Option<bool> {
        self.ws();
        match self.peek()? {
            b',' => {
                self.n += 1;
                self.i += 1;
                self.ws();
                Some(true)
            }
            c if c == close => {
                self.i += 1;
                Some(false)
            }
            _ => None,
        }
    }

    /// The members of the object at `i`, placed from `base`; the object under `inner`, if any,
    /// is read the same way into `found`.
    fn members(
        &mut self,
        inner: Option<&[u8]>,
        base: usize,
        found: &mut Inner,
    ) -> Option<Vec<Member>> {
        if self.peek() != Some(b'{') {
            return None;
        }
        self.n += 1;
        self.i += 1;
        self.ws();
        let mut out = Vec::new();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Some(out);
        }
        let at = |i: usize| (i - base) as u32;
        loop {
            if out.len() == MAX_MEMBERS {
                return None;
            }
            let key_start = self.i;
            let (escaped, key_end) = self.key()?;
            if escaped {
                return None;
            }
            let key = key_start..key_end;
            let (start, before) = (self.i, self.n);
            if inner.is_some_and(|k| self.b[key.start + 1..key.end - 1] == *k) {
                let seen = if self.peek() == Some(b'{') {
                    Inner::Found(self.members(None, start, &mut Inner::Absent)?)
                } else {
                    self.value(MAX_DEPTH)?;
                    Inner::NotObject
                };
                *found = match found {
                    Inner::Absent => seen,
                    _ => Inner::Repeated,
                };
            } else {
                self.value(MAX_DEPTH)?;
            }
            out.push(Member {
                key: at(key.start)..at(key.end),
                value: at(start)..at(self.i),
                values: 1 + self.n - before,
            });
            if !self.next_or_close(b'}')? {
                return Some(out);
            }
        }
    }

    /// A member's key at `i` and the `:` after it, to the start of its value: whether the key
    /// holds an escape, and where it ends.
    fn key(&mut self) -> Option<(bool, usize)> {
        if self.peek() != Some(b'"') {
            return None;
        }
        let escaped = self.string()?;
        let end = self.i;
        self.ws();
        if self.peek() != Some(b':') {
            return None;
        }
        self.n += 1;
        self.i += 1;
        self.ws();
        Some((escaped, end))
    }

    /// One value at `i` (no whitespace before it), nested at most `depth` deep.
    fn value(&mut self, depth: u32) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(drop),
            open @ (b'{' | b'[') => {
                let depth = depth.checked_sub(1)?;
                let close = if open == b'{' { b'}' } else { b']' };
                self.n += 1;
                self.i += 1;
                self.ws();
                if self.peek() == Some(close) {
                    self.i += 1;
                    return Some(());
                }
                loop {
                    if open == b'{' {
                        self.key()?;
                    }
                    self.value(depth)?;
                    if !self.next_or_close(close)? {
                        return Some(());
                    }
                }
            }
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            _ => self.number(),
        }
    }

    /// The string at `i`: whether it holds an escape.
    fn string(&mut self) -> Option<bool> {
        let (end, escaped) = string_end(self.b, self.i)?;
        self.i = end;
        Some(escaped)
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        if !self.b[self.i..].starts_with(word) {
            return None;
        }
        self.i += word.len();
        Some(())
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek()? {
            b'0' => self.i += 1,
            b'1'..=b'9' => _ = self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return None;
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        Some(())
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - start
    }
}

/// Where the JSON string whose opening quote is at `i` ends (past its closing quote), and
/// whether it holds an escape; `None` when it is not one (a raw control character, an escape
/// JSON does not have, no end).
pub fn string_end(b: &[u8], i: usize) -> Option<(usize, bool)> {
    let mut i = i + 1;
    let mut escaped = false;
    loop {
        i = special(b, i);
        match *b.get(i)? {
            b'"' => return Some((i + 1, escaped)),
            b'\\' => {}
            // A raw control character.
            _ => return None,
        }
        escaped = true;
        match *b.get(i + 1)? {
            b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i += 2,
            b'u' if b.get(i + 2..i + 6)?.iter().all(u8::is_ascii_hexdigit) => i += 6,
            _ => return None,
        }
    }
}

/// Where the first `"`, `\` or control character at or after `i` is (`b.len()` if none): the
/// end of a string's plain run, and whether it is JSON (a raw control character is not). Eight
/// bytes at a time: a title's string is long, and most of an answer is in strings.
pub fn special(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // A byte's high bit is set where it is zero after the xor (or below 0x20): exact for
        // the lowest such byte, which is all that is looked at (little-endian: borrows only
        // carry upwards).
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        let hit = ((quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (x.wrapping_sub(ONES * 0x20) & !x))
            & HIGHS;
        if hit != 0 {
            return i + (hit.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if c == b'"' || c == b'\\' || c < 0x20 {
            return i;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::super::tests::json_value;
    use super::super::{count_values, members};
    use super::*;
    use serde::de::IgnoredAny;

    /// What serde_json's check of the envelope accepted (a raw value: escapes are not decoded).
    fn serde_takes(text: &str) -> bool {
        serde_json::from_str::<IgnoredAny>(text).is_ok()
    }

    #[test]
    fn finds_the_fields_and_those_of_the_inner_object() {
        let text = r#" {"code" : 200, "msg":"成功","data":{"totalPage":3, "data":[{"a":"]}\","},1e5,-0.5,true,null]} } "#;
        let o = object(text, "data").unwrap();
        let keys: Vec<&str> = o.members.iter().map(|m| m.key(text)).collect();
        assert_eq!(keys, [r#""code""#, r#""msg""#, r#""data""#]);
        let data = o.members[2].value(text);
        assert_eq!(
            o.members.iter().map(|m| m.values).collect::<Vec<_>>(),
            [1, 1, count_values(data.as_bytes())]
        );
        // The inner fields are what `members` finds in `data`, counts and all.
        assert_eq!(o.inner.unwrap(), members(data, 10).unwrap());
        assert_eq!(object(r#"{"data":[1]}"#, "data").unwrap().inner, None);
        assert_eq!(object(r#"{"code":200}"#, "data").unwrap().inner, None);
        assert_eq!(object("{}", "data").unwrap().members, []);
    }

    #[test]
    fn takes_no_text_that_is_not_json() {
        // JSON, but no object: the envelope's error is serde_json's to word.
        for other in ["[]", "1", r#""{}""#] {
            assert_eq!(object(other, "data"), None, "{other}");
        }
        for bad in [
            "",
            "{",
            r#"{"a":1"#,
            r#"{"a":1,}"#,
            r#"{"a" 1}"#,
            r#"{"a":01}"#,
            r#"{"a":1.}"#,
            r#"{"a":.5}"#,
            r#"{"a":1e}"#,
            r#"{"a":-}"#,
            r#"{"a":+1}"#,
            r#"{"a":tru}"#,
            r#"{"a":nul}"#,
            r#"{"a":[1,]}"#,
            r#"{"a":[1 2]}"#,
            r#"{"a":{"b"}}"#,
            r#"{"a":{1:2}}"#,
            "{\"a\":\"tab\there\"}",
            r#"{"a":"\x"}"#,
            r#"{"a":"\u12G4"}"#,
            r#"{"a":"open}"#,
            r#"{"a":1} x"#,
            r#"{"a":1}{}"#,
        ] {
            assert_eq!(object(bad, "data"), None, "{bad}");
            assert!(!serde_takes(bad), "serde_json takes {bad}");
        }
    }

    /// What it leaves to serde_json: valid, but read the slower way.
    #[test]
    fn leaves_escaped_keys_deep_nesting_and_a_repeated_inner_key() {
        assert_eq!(object(r#"{"co\u0064e":200}"#, "data"), None);
        assert_eq!(object(r#"{"data":{},"data":{}}"#, "data"), None);
        let deep = format!(r#"{{"a":{}{}}}"#, "[".repeat(200), "]".repeat(200));
        assert!(serde_takes(&deep));
        assert_eq!(object(&deep, "data"), None);
        let many = format!("{{{}\"z\":0}}", r#""a":0,"#.repeat(MAX_MEMBERS));
        assert_eq!(object(&many, "data"), None);
        // Escapes in values are checked, not decoded: a lone surrogate passes, as in serde_json.
        let lone = r#"{"a":"\ud800 \" \\ \/ \b\f\n\r\t"}"#;
        assert!(serde_takes(lone) && object(lone, "data").is_some());
    }

    #[test]
    fn the_eight_byte_search_finds_the_first_special_byte() {
        let is_special = |c: u8| c == b'"' || c == b'\\' || c < 0x20;
        // Every byte at every place of a block and its tail, between bytes that set no bit
        // and before a quote that would set bits of its own above it.
        for len in 1..20 {
            for at in 0..len {
                for c in 0..=255u8 {
                    for fill in [b'a', 0xe4, 0x20, 0xff] {
                        let mut b = vec![fill; len];
                        b[at] = c;
                        if at + 1 < len {
                            b[at + 1] = b'"';
                        }
                        let first = b.iter().position(|&x| is_special(x)).unwrap_or(len);
                        assert_eq!(special(&b, 0), first, "{c} at {at} of {len}, fill {fill}");
                    }
                }
            }
        }
        let b = "é两 ~\u{7f}".repeat(40);
        assert_eq!(special(b.as_bytes(), 0), b.len());
    }

    proptest::proptest! {
        /// Any JSON envelope is taken, with the fields `members` finds, counted the same.
        #[test]
        fn takes_json_and_finds_what_members_finds(v in json_value(), pretty in proptest::bool::ANY) {
            let body = serde_json::json!({"requestId": "r", "code": 200, "data": {"list": [v.clone(), v.clone()], "total": v}});
            let text = if pretty { serde_json::to_string_pretty(&body) } else { serde_json::to_string(&body) }.unwrap();
            let o = object(&text, "data").unwrap();
            proptest::prop_assert_eq!(&o.members, &members(&text, 10).unwrap());
            let data = o.members[2].value(&text);
            proptest::prop_assert_eq!(o.inner.unwrap(), members(data, 10).unwrap());
        }

        /// Whatever it takes, serde_json takes (texts mostly broken: it must say no).
        #[test]
        fn takes_nothing_serde_json_refuses(text in "[\\[\\]{}:,\"\\\\a0-9.eE+ \\-tfnrul\u{1}]{0,24}") {
            let text = format!(r#"{{"data":{text}}}"#);
            if object(&text, "data").is_some() {
                proptest::prop_assert!(serde_takes(&text), "{}", text);
            }
        }
    }
}
