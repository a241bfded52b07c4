//! `--json` for a walk without parsing: an element's JSON text, as the server sent it, copied
//! to compact output with the JSON contract applied on the way (`ids.rs`: numbers under id
//! fields and integers a double would round become strings).
//!
//! Parsing 10,000 orders into `serde_json::Value` and encoding them again was most of what a
//! `--all --json` walk cost the client (BENCHMARKS.md, run 6): a map per object, a string per
//! key and per number. This is one pass over the bytes.
//!
//! The output must be byte for byte what encoding the parsed value through `Ids` gives, so
//! anything the copy could get subtly different says `Unsure` and the caller takes the parsed
//! path for that page: an escape serde_json would decode to a different spelling (`\/`,
//! `\u…`), a key with an escape or repeated in its object (the parsed map keeps one), nesting
//! deeper than serde_json accepts, a number with an exponent (serde_json writes `1E5` as
//! `1e+5`), anything that is not JSON (the parse then says what is wrong).
//! Escapes in ordinary strings (`\"`, `\\`, `\n`, …) are copied: serde_json writes them alike.

use super::ids::is_id_name;
use crate::domain::json::checked::special;

/// The copy could differ from the parsed path's output (see the module docs).
#[derive(Debug, PartialEq, Eq)]
pub struct Unsure;

type R = Result<(), Unsure>;

/// serde_json refuses deeper nesting; the parsed path reports it.
const MAX_DEPTH: usize = 127;

/// Appends `raw` (one JSON value) to `out`, compact, ids as strings (see the module docs).
/// What is appended is UTF-8 (whole characters of `raw`, and ASCII). On `Unsure`, `out` is
/// left as it was.
pub fn transcode(raw: &str, out: &mut Vec<u8>) -> R {
    whole(raw, out, |t| t.value(false, 0))
}

/// Appends each element of the JSON array `list` as `transcode` would, `before` writing what
/// goes before each (a separator) and `after` what follows each. Returns how many there were;
/// on `Unsure`, `out` is left as it was. (A walk's page copied whole: its elements are never
/// looked for on their own.)
pub fn transcode_elements(
    list: &str,
    out: &mut Vec<u8>,
    mut before: impl FnMut(&mut Vec<u8>),
    after: &[u8],
) -> Result<usize, Unsure> {
    whole(list, out, |t| {
        t.ws();
        if t.peek() != Some(b'[') {
            return Err(Unsure);
        }
        let mut count = 0;
        t.elements(|t| {
            before(t.out);
            t.value(false, 1)?;
            t.out.extend_from_slice(after);
            count += 1;
            Ok(())
        })?;
        Ok(count)
    })
}

/// `copy` run over all of `raw`, nothing but whitespace after what it copied; on `Unsure`,
/// `out` is left as it was.
fn whole<T>(
    raw: &str,
    out: &mut Vec<u8>,
    copy: impl FnOnce(&mut Copier<'_, '_>) -> Result<T, Unsure>,
) -> Result<T, Unsure> {
    let start = out.len();
    let mut t = Copier {
        b: raw.as_bytes(),
        i: 0,
        out,
        keys: Vec::new(),
    };
    let done = copy(&mut t).and_then(|v| {
        t.ws();
        if t.i == t.b.len() { Ok(v) } else { Err(Unsure) }
    });
    if done.is_err() {
        out.truncate(start);
    }
    done
}

struct Copier<'a, 'o> {
    b: &'a [u8],
    i: usize,
    out: &'o mut Vec<u8>,
    /// The keys of the objects being copied, innermost last (for repeated keys).
    keys: Vec<&'a [u8]>,
}

impl<'a> Copier<'a, '_> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// One value; `id` when it sits under an id-named key (`ids::IdField`).
    fn value(&mut self, id: bool, depth: usize) -> R {
        self.ws();
        match self.peek().ok_or(Unsure)? {
            b'{' => self.object(depth + 1),
            b'[' => self.array(id, depth + 1),
            b'"' => {
                let s = self.string()?;
                self.out.extend_from_slice(s);
                Ok(())
            }
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            b'-' | b'0'..=b'9' => self.number(id),
            _ => Err(Unsure),
        }
    }

    fn literal(&mut self, word: &[u8]) -> R {
        if !self.b[self.i..].starts_with(word) {
            return Err(Unsure);
        }
        self.i += word.len();
        self.out.extend_from_slice(word);
        Ok(())
    }

    fn array(&mut self, id: bool, depth: usize) -> R {
        if depth > MAX_DEPTH {
            return Err(Unsure);
        }
        self.out.push(b'[');
        let mut first = true;
        self.elements(|t| {
            if !first {
                t.out.push(b',');
            }
            first = false;
            t.value(id, depth)
        })?;
        self.out.push(b']');
        Ok(())
    }

    /// The elements of the array whose `[` is next, each copied by `each` (which writes any
    /// separator): the brackets are the caller's to write.
    fn elements(&mut self, mut each: impl FnMut(&mut Self) -> R) -> R {
        self.i += 1;
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(());
        }
        loop {
            each(self)?;
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(Unsure),
            }
        }
    }

    fn object(&mut self, depth: usize) -> R {
        if depth > MAX_DEPTH {
            return Err(Unsure);
        }
        self.i += 1;
        self.out.push(b'{');
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            self.out.push(b'}');
            return Ok(());
        }
        let first_key = self.keys.len();
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(Unsure);
            }
            let key = self.string()?;
            let name = &key[1..key.len() - 1];
            // An escaped key may spell another one differently; a repeated key is one entry
            // of the parsed map.
            if name.contains(&b'\\') || self.keys[first_key..].contains(&name) {
                return Err(Unsure);
            }
            self.keys.push(name);
            self.out.extend_from_slice(key);
            self.ws();
            if self.peek() != Some(b':') {
                return Err(Unsure);
            }
            self.i += 1;
            self.out.push(b':');
            let id = is_id_name(name);
            self.value(id, depth)?;
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.out.push(b',');
                }
                Some(b'}') => {
                    self.i += 1;
                    self.out.push(b'}');
                    self.keys.truncate(first_key);
                    return Ok(());
                }
                _ => return Err(Unsure),
            }
        }
    }

    /// A string token, quotes included, when serde_json would write it back the same.
    fn string(&mut self) -> Result<&'a [u8], Unsure> {
        let start = self.i;
        self.i += 1;
        loop {
            // Found with a raw control character, which is not JSON, in the same search.
            self.i = special(self.b, self.i);
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(&self.b[start..self.i]);
                }
                Some(b'\\') => {}
                _ => return Err(Unsure),
            }
            match self.b.get(self.i + 1) {
                // Decoded and written back as the same two characters.
                Some(b'"' | b'\\' | b'b' | b'f' | b'n' | b'r' | b't') => self.i += 2,
                // `\/` and `\u…` come back spelled otherwise (or are refused).
                _ => return Err(Unsure),
            }
        }
    }

    /// A number, as written; a string when it is an id or too large for a double.
    fn number(&mut self, id: bool) -> R {
        let start = self.i;
        self.skip(|b| b == b'-');
        let int_start = self.i;
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(Unsure),
        }
        let int_digits = self.i - int_start;
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.i += 1;
            integer = false;
            if !self.digit_next() {
                return Err(Unsure);
            }
            self.digits();
        }
        // serde_json writes an exponent its own way (`1E5` as `1e+5`).
        if let Some(b'e' | b'E') = self.peek() {
            return Err(Unsure);
        }
        let text = &self.b[start..self.i];
        let magnitude = &self.b[int_start..int_start + int_digits];
        // 2^53 = 9007199254740992, sixteen digits (JSON has no leading zeros).
        let big = integer
            && (magnitude.len() > 16
                || (magnitude.len() == 16 && magnitude >= b"9007199254740992".as_slice()));
        if id || big {
            self.out.push(b'"');
            self.out.extend_from_slice(text);
            self.out.push(b'"');
        } else {
            self.out.extend_from_slice(text);
        }
        Ok(())
    }

    fn skip(&mut self, one: impl Fn(u8) -> bool) {
        if self.peek().is_some_and(one) {
            self.i += 1;
        }
    }

    fn digit_next(&self) -> bool {
        self.peek().is_some_and(|b| b.is_ascii_digit())
    }

    fn digits(&mut self) {
        while self.digit_next() {
            self.i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::ids::Ids;
    use super::*;
    use serde_json::Value;

    /// What the parsed path prints for `raw`, if it parses.
    fn parsed(raw: &str) -> Option<String> {
        let v: Value = serde_json::from_str(raw).ok()?;
        Some(serde_json::to_string(&Ids(&v)).unwrap())
    }

    fn copied(raw: &str) -> Result<String, Unsure> {
        let mut out = b"before:".to_vec();
        let r = transcode(raw, &mut out);
        match r {
            Ok(()) => Ok(String::from_utf8(out[b"before:".len()..].to_vec()).unwrap()),
            Err(e) => {
                assert_eq!(out, b"before:", "left as it was");
                Err(e)
            }
        }
    }

    /// Either the same bytes as the parsed path, or `Unsure`; never a different document,
    /// and never a document where the parse fails.
    fn agrees(raw: &str) -> bool {
        match copied(raw) {
            Ok(c) => {
                assert_eq!(Some(&c), parsed(raw).as_ref(), "for {raw:?}");
                true
            }
            Err(Unsure) => false,
        }
    }

    #[test]
    fn copies_what_the_parsed_path_prints() {
        for raw in [
            r#"{"orderId":3305075341149010310,"id":382,"shopId":115037976,"skuId":"5032007803360","orderIds":[3305075341149014512,7],"price":13900,"quantity":2,"paid":1,"shop_id":5,"lines":[{"subOrderId":3305075341149006186,"totalAmount":3990}],"refund":{"refundId":110000235001,"ids":{"id":1}}}"#,
            r#"{"consignOfferList":[706627393257],"cantPayOrderList":[{"orderId":5,"amount":100}]}"#,
            r#"[9007199254740991,9007199254740992,-9007199254740993,123456789012345678901234,1.5,-2.25]"#,
            r#" { "a" : [ 1 , 2.50 , -0 , 0.0 , true , false , null ] , "b" : { } , "c" : [ ] } "#,
            r#"{"t":"张三 \"引号\" \\ \n\t\r\b\f","properties":"[{\"valueId\":553448787,\"valueName\":\"850浅灰\"}]"}"#,
            r#"{"orderIdList":[[1,2],[3,{"x":4,"skuId":5}]],"idx":9007199254740993,"Id":null,"userId":"7","ids":true}"#,
            r#""just a string""#,
            r#"12345678901234567"#,
            "\"a\u{202e}b\u{7f}\"",
            r#"{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}"#,
        ] {
            assert!(agrees(raw), "copied, not left to the parse: {raw}");
        }
    }

    #[test]
    fn leaves_to_the_parse_what_it_might_copy_differently() {
        for raw in [
            r#"{"a":"\/"}"#,
            r#"{"a":"\u4e2d"}"#,
            r#"{"a":"\ud800"}"#,
            r#"{"a\u0062":1}"#,
            r#"{"a":1,"a":2}"#,
            r#"{"a":1,"b":2,"a":3}"#,
            "\"tab\tinside\"",
            r#"{"a":01}"#,
            r#"{"a":1.}"#,
            r#"{"a":.5}"#,
            r#"{"a":1e5}"#,
            r#"{"a":1E+5}"#,
            r#"{"a":-}"#,
            r#"[1,]"#,
            r#"{"a":1,}"#,
            r#"{"a" 1}"#,
            r#"[1 2]"#,
            r#"[tru]"#,
            r#"[nul"#,
            r#"{"a":1}x"#,
            r#""#,
            r#"[1"#,
            r#"{"a":"#,
            r#""open"#,
            r#"'a'"#,
        ] {
            assert!(!agrees(raw), "should be left to the parse: {raw}");
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(!agrees(&deep));
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(agrees(&fine));
    }

    /// A list's elements copied whole are what copying each one gives.
    #[test]
    fn elements_of_a_list_are_copied_as_each_would_be() {
        let list = r#" [ {"orderId":3305075341149010310,"t":"两件"} , 7 , [1] ] "#;
        let mut out = b"x".to_vec();
        let n = transcode_elements(list, &mut out, |o| o.push(b'<'), b">").unwrap();
        assert_eq!(n, 3);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"x<{"orderId":"3305075341149010310","t":"两件"}><7><[1]>"#
        );
        let mut out = Vec::new();
        assert_eq!(
            transcode_elements(" [ ] ", &mut out, |o| o.push(b','), b""),
            Ok(0)
        );
        assert!(out.is_empty());
        for bad in [r#"[1,"\/"]"#, "[1,]", "[1", "[1] x", "{}"] {
            let mut out = b"kept".to_vec();
            assert_eq!(
                transcode_elements(bad, &mut out, |_| {}, b""),
                Err(Unsure),
                "{bad}"
            );
            assert_eq!(out, b"kept");
        }
    }

    /// Many generated documents: the copy and the parse never disagree.
    #[test]
    fn never_disagrees_with_the_parse() {
        let atoms = [
            "0",
            "-0",
            "7",
            "382",
            "9007199254740991",
            "9007199254740992",
            "-9007199254740992",
            "18446744073709551616",
            "1.5",
            "2e3",
            "-1.25E+2",
            "true",
            "false",
            "null",
            r#""""#,
            r#""小淘男装""#,
            r#""a\"b""#,
            r#""\u00e9""#,
            r#""x\/y""#,
        ];
        let keys = [
            "id",
            "orderId",
            "price",
            "skuIds",
            "shop_id",
            "name",
            "OfferList",
            "Idx",
        ];
        // A small deterministic generator (xorshift), so a failure can be replayed.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        fn document(
            next: &mut dyn FnMut(usize) -> usize,
            atoms: &[&str],
            keys: &[&str],
            depth: u32,
        ) -> String {
            match if depth > 3 { 0 } else { next(4) } {
                0 | 1 => atoms[next(atoms.len())].to_string(),
                2 => {
                    let n = next(4);
                    let items: Vec<String> = (0..n)
                        .map(|_| document(next, atoms, keys, depth + 1))
                        .collect();
                    format!("[{}]", items.join(if next(2) == 0 { "," } else { " , " }))
                }
                _ => {
                    let n = next(4);
                    let items: Vec<String> = (0..n)
                        .map(|_| {
                            format!(
                                "\"{}\":{}",
                                keys[next(keys.len())],
                                document(next, atoms, keys, depth + 1)
                            )
                        })
                        .collect();
                    format!("{{{}}}", items.join(","))
                }
            }
        }
        let mut copied_count = 0;
        for _ in 0..5000 {
            let doc = document(&mut next, &atoms, &keys, 0);
            if agrees(&doc) {
                copied_count += 1;
            }
        }
        assert!(copied_count > 2000, "most are copied: {copied_count}");
    }
}
