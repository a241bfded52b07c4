//! Reading only what a row shows. A list's elements are parsed keeping, of each object, the
//! fields its view reads (`Keep`): ten thousand orders do not become ten thousand whole
//! `Value` trees to fill five columns (a receiver, a shop, picture links are skipped, not
//! built). The view reads the pruned object exactly as it would the whole one: every field it
//! looks up is there, with the value it came with.
//!
//! Anything the pruning cannot read as the whole parse would (an element that is not an
//! object, a list of lines that is not a list) is an error here, and the caller parses the
//! page whole: the view then says what is wrong, in its own words. A field skipped is only
//! checked as the answer's envelope checks everything (serde_json's skipping): a lone UTF-16
//! surrogate escape or nesting past 128 levels in a field no row shows does not stop the row.
//!
//! A list checked to be JSON as its answer came is read without serde_json
//! (`list_checked`): the same values, without checking again what was checked.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::domain::json::checked::string_end;

/// The fields of an object a view reads, by the names `pick` looks them up by (a dotted path
/// keeps its first part whole), and of the objects in a list under some of them, which.
#[derive(Debug, Default)]
pub struct Keep {
    /// Sorted, each once.
    names: Vec<&'static str>,
    /// A bit for each name's `sketch`: most fields not kept are told by it alone.
    sketch: u64,
    /// Fields holding a list of objects, and what of each of those is kept.
    lists: Option<(&'static [&'static str], Box<Keep>)>,
}

impl Keep {
    /// The fields named in `groups` (each a field's candidate names).
    pub fn new(groups: &[&[&'static str]]) -> Keep {
        let names: Vec<&'static str> = groups
            .iter()
            .flat_map(|g| g.iter())
            .map(|c| c.split('.').next().unwrap_or(c))
            .collect();
        Keep {
            names: Vec::new(),
            sketch: 0,
            lists: None,
        }
        .with(names)
    }

    fn with(mut self, mut names: Vec<&'static str>) -> Keep {
        names.sort_unstable();
        names.dedup();
        self.sketch = names.iter().fold(0, |m, n| m | sketch(n));
        self.names = names;
        self
    }

    /// Of the objects in a list under one of `names` (themselves kept), keep only `each`.
    pub fn lists(mut self, names: &'static [&'static str], each: Keep) -> Keep {
        let mut all = std::mem::take(&mut self.names);
        all.extend_from_slice(names);
        self.lists = Some((names, Box::new(each)));
        self.with(all)
    }

    fn wants(&self, name: &str) -> bool {
        // A scan comparing lengths first: most names differ in length, and a few dozen
        // comparisons of a length cost less than a binary search's string comparisons.
        self.sketch & sketch(name) != 0
            && self
                .names
                .iter()
                .any(|n| n.len() == name.len() && *n == name)
    }

    fn list_of(&self, name: &str) -> Option<&Keep> {
        let (names, each) = self.lists.as_ref()?;
        names.contains(&name).then_some(&**each)
    }
}

/// One of 64 bits for a name, from its length and its last byte.
fn sketch(name: &str) -> u64 {
    let last = name.as_bytes().last().copied().unwrap_or(0) as usize;
    1 << ((name.len() * 7 + last) % 64)
}

/// A JSON array's text, each element an object pruned to `keep`.
pub fn list(text: &str, keep: &Keep) -> serde_json::Result<Vec<Value>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let v = List(keep).deserialize(&mut de)?;
    de.end()?;
    Ok(v)
}

/// A JSON object's text, pruned to `keep`.
pub fn object(text: &str, keep: &Keep) -> serde_json::Result<Value> {
    let mut de = serde_json::Deserializer::from_str(text);
    let v = Object(keep).deserialize(&mut de)?;
    de.end()?;
    Ok(v)
}

/// A list whose elements are objects, each pruned.
struct List<'k>(&'k Keep);

impl<'de> DeserializeSeed<'de> for List<'_> {
    type Value = Vec<Value>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for List<'_> {
    type Value = Vec<Value>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of objects")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element_seed(Object(self.0))? {
            out.push(v);
        }
        Ok(out)
    }
}

/// A field that holds a list of objects (or null, which reads as absent): its objects pruned.
struct Lines<'k>(&'k Keep);

impl<'de> DeserializeSeed<'de> for Lines<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        // `any`, not `seq`: null is allowed. Anything else but a list fails (a number too:
        // serde_json hands those to `visit_map`, which this visitor does not take).
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Lines<'_> {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of objects or null")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Value, A::Error> {
        List(self.0).visit_seq(seq).map(Value::Array)
    }
}

/// An object with only the kept fields. A repeated name keeps its last value, as a parsed map
/// does.
struct Object<'k>(&'k Keep);

impl<'de> DeserializeSeed<'de> for Object<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Object<'_> {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        // Room for the fields a row usually finds, so the map is not grown field by field.
        let mut out = Map::with_capacity(self.0.names.len().min(12));
        while let Some(Name(name)) = map.next_key()? {
            if !self.0.wants(&name) {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let v = match self.0.list_of(&name) {
                Some(each) => map.next_value_seed(Lines(each))?,
                None => map.next_value::<Value>()?,
            };
            out.insert(name.into_owned(), v);
        }
        Ok(Value::Object(out))
    }
}

/// A field's name, borrowed from the text unless it has escapes.
struct Name<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Name<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Name<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
                Ok(Name(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
                Ok(Name(Cow::Owned(s.to_owned())))
            }
        }
        d.deserialize_str(V)
    }
}

/// `object`, for text known to be JSON: an answer's `data` checked whole (`json::checked`) as
/// it came. Nothing is checked again: a field not kept is only passed over (a string to its
/// closing quote a block at a time, a list or object by counting brackets outside strings),
/// where serde_json checks every byte of it once more. `None` when it cannot read the text as
/// `object` would (an element not an object, a list of lines that is not one, a name it
/// cannot decode, nesting as deep as serde_json refuses): `object` then reads it, and says
/// what is wrong. What it does return is what `object` returns.
pub fn object_checked(text: &str, keep: &Keep) -> Option<Value> {
    Reader::all(text, |r| r.object(keep))
}

/// `list`, for text known to be JSON (`object_checked`).
pub fn list_checked(text: &str, keep: &Keep) -> Option<Vec<Value>> {
    Reader::all(text, |r| r.list(keep))
}

/// serde_json refuses a value inside this many lists and objects; the reader gives up there
/// too (even in a field it skips, which serde_json would pass), never reading what it refuses.
const MAX_OPEN: usize = 128;

/// Checked text being read: where, and inside how many lists and objects.
struct Reader<'t> {
    text: &'t str,
    i: usize,
    open: usize,
}

impl<'t> Reader<'t> {
    /// What `read` reads of `text`, if that is all of it (whitespace aside).
    fn all<T>(text: &'t str, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let mut r = Reader {
            text,
            i: 0,
            open: 0,
        };
        let v = read(&mut r)?;
        r.ws();
        (r.i == text.len()).then_some(v)
    }

    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.byte() {
            self.i += 1;
        }
    }

    /// Past whitespace and `c`, if `c` is next.
    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        let next = self.byte() == Some(c);
        self.i += usize::from(next);
        next
    }

    /// Past whitespace and `close`, if next: what was open is closed.
    fn close(&mut self, close: u8) -> bool {
        let closed = self.eat(close);
        self.open -= usize::from(closed);
        closed
    }

    /// Past a `,` (then true) or the `close` of what is open (then false).
    fn next(&mut self, close: u8) -> Option<bool> {
        if self.close(close) {
            return Some(false);
        }
        self.eat(b',').then_some(true)
    }

    /// Into the list or object `[` or `{` opens, counted.
    fn open(&mut self, c: u8) -> Option<()> {
        self.open += 1;
        (self.open < MAX_OPEN && self.eat(c)).then_some(())
    }

    fn list(&mut self, keep: &Keep) -> Option<Vec<Value>> {
        self.open(b'[')?;
        let mut out = Vec::new();
        let mut more = !self.close(b']');
        while more {
            out.push(self.object(keep)?);
            more = self.next(b']')?;
        }
        Some(out)
    }

    fn object(&mut self, keep: &Keep) -> Option<Value> {
        self.open(b'{')?;
        let mut out = Map::new();
        let mut more = !self.close(b'}');
        while more {
            self.ws();
            let start = self.i;
            let escaped = self.string()?;
            let key = self.text.get(start..self.i)?;
            // An escaped name (rare) is decoded by serde_json, as `Name` is: the same name,
            // or the same refusal (a lone surrogate).
            let key: Cow<str> = match escaped {
                false => Cow::Borrowed(&key[1..key.len() - 1]),
                true => Cow::Owned(serde_json::from_str(key).ok()?),
            };
            if !self.eat(b':') {
                return None;
            }
            self.ws();
            if keep.wants(&key) {
                let v = match keep.list_of(&key) {
                    Some(_) if self.text.as_bytes()[self.i..].starts_with(b"null") => {
                        self.value()?
                    }
                    Some(each) => Value::Array(self.list(each)?),
                    None => self.value()?,
                };
                // A repeated name keeps its first place and its last value, as in `Object`.
                out.insert(key.into_owned(), v);
            } else {
                self.skip()?;
            }
            more = self.next(b'}')?;
        }
        Some(Value::Object(out))
    }

    /// A value kept, built whole: what serde_json parses its text into.
    fn value(&mut self) -> Option<Value> {
        let start = self.i;
        let escaped = self.skip()?;
        let text = self.text.get(start..self.i)?;
        Some(match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" => Value::Null,
            _ if text.starts_with('"') && !escaped => Value::String(text[1..text.len() - 1].into()),
            _ => match text.parse::<u64>() {
                // A count, a price in cents: digits led by no zero (nor `+`, which `parse`
                // takes) are how `Number::from` writes a u64, so the same Number as parsed
                // (with `arbitrary_precision`, the same text).
                Ok(n) if text.starts_with(|c| matches!(c, '1'..='9')) => n.into(),
                _ => serde_json::from_str(text).ok()?,
            },
        })
    }

    /// Past the value at `i`, unchecked: whether it is a string holding an escape.
    fn skip(&mut self) -> Option<bool> {
        let b = self.text.as_bytes();
        match *b.get(self.i)? {
            b'"' => self.string(),
            b'[' | b'{' => {
                let outside = self.open;
                loop {
                    match *b.get(self.i)? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'[' | b'{' if self.open + 1 == MAX_OPEN => return None,
                        b'[' | b'{' => self.open += 1,
                        b']' | b'}' => self.open -= 1,
                        _ => {}
                    }
                    self.i += 1;
                    if self.open == outside {
                        return Some(false);
                    }
                }
            }
            // A number, true, false or null: to the first byte none of them holds.
            _ => {
                let start = self.i;
                while let Some(b'0'..=b'9' | b'a'..=b'z' | b'E' | b'+' | b'-' | b'.') = self.byte()
                {
                    self.i += 1;
                }
                (self.i > start).then_some(false)
            }
        }
    }

    /// Past the string at `i`: whether it holds an escape.
    fn string(&mut self) -> Option<bool> {
        let b = self.text.as_bytes();
        if b.get(self.i) != Some(&b'"') {
            return None;
        }
        let (end, escaped) = string_end(b, self.i)?;
        self.i = end;
        Some(escaped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn keep() -> Keep {
        Keep::new(&[&["id", "orderId"], &["logistics.company"]])
            .lists(&["lines"], Keep::new(&[&["title"]]))
    }

    #[test]
    fn only_the_kept_fields_are_built() {
        let text = r#"[{"orderId":"3305075341149010310","shop":{"name":"小淘"},"logistics":{"company":"SF","no":"1"},
            "lines":[{"title":"衬衫","pic":"https://x"},{"title":"杯"}],"n":1e400}]"#;
        assert_eq!(
            list(text, &keep()).unwrap(),
            vec![json!({
                "orderId": "3305075341149010310",
                "logistics": {"company": "SF", "no": "1"},
                "lines": [{"title": "衬衫"}, {"title": "杯"}],
            })]
        );
    }

    #[test]
    fn names_are_read_unescaped_and_the_last_of_a_repeated_one_wins() {
        let text = r#"{"order\u0049d":1,"id":2,"id":3,"lines":null}"#;
        assert_eq!(
            object(text, &keep()).unwrap(),
            json!({"orderId": 1, "id": 3, "lines": null})
        );
        // Numbers stay exact (no float on the way).
        let text = r#"{"id":33050753411490103101234}"#;
        assert_eq!(
            object(text, &keep()).unwrap().to_string(),
            r#"{"id":33050753411490103101234}"#
        );
    }

    #[test]
    fn what_only_a_whole_parse_can_judge_is_refused() {
        for text in [
            "[5]",
            "[null]",
            r#"[{"lines":5}]"#,
            r#"[{"lines":"x"}]"#,
            r#"[{"lines":[1]}]"#,
            r#"[{"lines":{}}]"#,
            "[{}] x",
            "{}",
        ] {
            assert!(list(text, &keep()).is_err(), "{text}");
            assert_eq!(list_checked(text, &keep()), None, "{text}");
        }
        assert!(object("[]", &keep()).is_err());
        assert_eq!(object_checked("[]", &keep()), None);
        assert_eq!(object_checked(r#"{"lines":1e5}"#, &keep()), None);
    }

    /// What `object` and `list` read, for the texts above and the numbers serde_json keeps as
    /// written.
    #[test]
    fn checked_text_reads_as_serde_json_reads_it() {
        let texts = [
            r#"[{"orderId":"3305075341149010310","shop":{"name":"小淘"},"logistics":{"company":"SF","no":"1"},
            "lines":[{"title":"衬衫","pic":"https://x"},{"title":"杯"}],"n":1e400}]"#,
            r#" [ { "order\u0049d" : 1 , "id":2,"id":3,"lines":null, "x": "\"]}" } ] "#,
            r#"[{"id":33050753411490103101234},{"id":-0},{"id":1e5},{"id":1.50},{"id":0},{"id":7}]"#,
            r#"[{"id":18446744073709551615},{"id":18446744073709551616},{"id":"a\nb"},{"id":[{}]}]"#,
            r#"[{"lines":[{"title":null,"title":"x"}],"lines":[]},{"id":true,"x":[[{"]":"}"}]]}]"#,
            "[]",
        ];
        for text in texts {
            let fast = list_checked(text, &keep()).expect(text);
            assert_eq!(fast, list(text, &keep()).unwrap(), "{text}");
            assert_eq!(
                Value::from(fast).to_string(),
                Value::from(list(text, &keep()).unwrap()).to_string()
            );
        }
    }

    /// serde_json refuses a kept value inside 128 lists and objects; the reader gives up there
    /// too (and, being unsure, in a field not kept, which serde_json passes).
    #[test]
    fn nesting_serde_json_refuses_is_not_read() {
        for n in 120..135 {
            let deep = format!("{}{}", "[".repeat(n), "]".repeat(n));
            for text in [format!(r#"{{"id":{deep}}}"#), format!(r#"{{"x":{deep}}}"#)] {
                let (fast, serde) = (object_checked(&text, &keep()), object(&text, &keep()));
                match serde {
                    Ok(v) => assert!(fast.is_none() || fast == Some(v), "{n}"),
                    Err(_) => assert_eq!(fast, None, "{n}"),
                }
            }
        }
        let deep = format!(r#"{{"id":{}{}}}"#, "[".repeat(126), "]".repeat(126));
        assert!(object_checked(&deep, &keep()).is_some() && object(&deep, &keep()).is_ok());
        // A line's kept value inside the order, its lines and the line.
        let line = |n| {
            let deep = format!("{}{}", "[".repeat(n), "]".repeat(n));
            format!(r#"{{"lines":[{{"title":{deep}}}]}}"#)
        };
        assert!(
            object(&line(124), &keep()).is_ok() && object_checked(&line(124), &keep()).is_some()
        );
        assert!(object(&line(125), &keep()).is_err());
        assert_eq!(object_checked(&line(125), &keep()), None);
        // Lines of lines, each read by the reader itself: 63 deep is the last serde_json reads.
        let keep = (0..70).fold(Keep::default(), |k, _| Keep::default().lists(&["l"], k));
        let lines = |n: usize| r#"{"l":["#.repeat(n) + &"]}".repeat(n);
        assert!(object(&lines(63), &keep).is_ok() && object_checked(&lines(63), &keep).is_some());
        assert!(object(&lines(64), &keep).is_err());
        assert_eq!(object_checked(&lines(64), &keep), None);
    }

    mod checked {
        use super::super::*;
        use crate::domain::json::tests::json_value;
        use proptest::prelude::*;

        /// Names, some kept, some not: empty, escaped when written, not ASCII.
        const NAMES: [&str; 8] = ["a", "", "id", "lines", ":", "a\"", "两", "ab"];
        const LISTS: [&[&str]; 3] = [&["lines"], &["a", "lines"], &["", ":"]];

        fn keep() -> impl Strategy<Value = Keep> {
            let names = || proptest::sample::subsequence(NAMES.to_vec(), 0..=NAMES.len());
            (names(), names(), proptest::option::of(0..LISTS.len())).prop_map(|(n, each, l)| {
                let keep = Keep::new(&[&n]);
                match l {
                    Some(l) => keep.lists(LISTS[l], Keep::new(&[&each])),
                    None => keep,
                }
            })
        }

        /// A name as written: plain, or its first character as a `\u` escape.
        fn key() -> impl Strategy<Value = String> {
            (proptest::sample::select(NAMES.to_vec()), any::<bool>()).prop_map(
                |(n, escape)| match n.chars().next() {
                    Some(c) if escape => {
                        let rest = serde_json::to_string(&n[c.len_utf8()..]).unwrap();
                        format!(r#""\u{:04x}{}"#, c as u32, &rest[1..])
                    }
                    _ => serde_json::to_string(n).unwrap(),
                },
            )
        }

        /// Any value, pretty or not, or a number as serde_json keeps it written.
        fn value() -> impl Strategy<Value = String> {
            let numbers = [
                "-0",
                "1e5",
                "1.50",
                "1E+2",
                "-0.0e-0",
                "0",
                "-12",
                "18446744073709551615",
                "18446744073709551616",
                "123456789012345678901234567890",
            ];
            prop_oneof![
                (json_value(), any::<bool>()).prop_map(|(v, pretty)| match pretty {
                    true => serde_json::to_string_pretty(&v).unwrap(),
                    false => v.to_string(),
                }),
                proptest::sample::select(numbers.to_vec()).prop_map(str::to_string),
                any::<i64>().prop_map(|n| n.to_string()),
            ]
        }

        /// An object's text, its names possibly repeated, with whitespace or not.
        fn object_text(value: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
            let ws = proptest::sample::select(vec!["", " ", "\n\t "]);
            (proptest::collection::vec((key(), value), 0..6), ws).prop_map(|(members, ws)| {
                let members: Vec<String> = members
                    .iter()
                    .map(|(k, v)| format!("{k}{ws}:{ws}{v}"))
                    .collect();
                format!("{{{ws}{}{ws}}}", members.join(&format!("{ws},{ws}")))
            })
        }

        /// An order-like object: some values are lists of objects, null, or neither.
        fn element() -> impl Strategy<Value = String> {
            let lines = prop_oneof![
                Just("null".to_string()),
                proptest::collection::vec(object_text(value()), 0..3)
                    .prop_map(|l| format!("[{}]", l.join(","))),
                proptest::sample::select(vec!["5", "[1]", "{}", "\"x\"", "[null]"])
                    .prop_map(str::to_string),
            ];
            object_text(prop_oneof![3 => value(), 2 => lines])
        }

        fn list_text() -> impl Strategy<Value = String> {
            let each = prop_oneof![9 => element(), 1 => value()];
            proptest::collection::vec(each, 0..4).prop_map(|l| format!("[{}]", l.join(" , ")))
        }

        proptest! {
            /// The checked reader reads what `object` reads (keys in the same order, numbers
            /// as written), and refuses what it refuses.
            #[test]
            fn an_object_reads_as_serde_json_reads_it(text in element(), keep in keep()) {
                let fast = object_checked(&text, &keep);
                match object(&text, &keep) {
                    Ok(v) => {
                        prop_assert_eq!(fast.as_ref().map(Value::to_string), Some(v.to_string()));
                        prop_assert_eq!(fast, Some(v));
                    }
                    Err(_) => prop_assert_eq!(fast, None),
                }
            }

            #[test]
            fn a_list_reads_as_serde_json_reads_it(text in list_text(), keep in keep()) {
                let fast = list_checked(&text, &keep);
                match list(&text, &keep) {
                    Ok(v) => {
                        let text_of = |l: Vec<Value>| Value::from(l).to_string();
                        prop_assert_eq!(fast.clone().map(text_of), Some(text_of(v.clone())));
                        prop_assert_eq!(fast, Some(v));
                    }
                    Err(_) => prop_assert_eq!(fast, None),
                }
            }

            /// Text cut short is never read; text that is not JSON at all does not make it
            /// panic or loop.
            #[test]
            fn no_text_makes_it_panic(
                text in list_text(),
                bytes in proptest::collection::vec(any::<u8>(), 0..64),
                jsonish in "[\\[\\]{}:,\"\\\\a0-9.eE+ \\-tfnrul\u{1}]{0,40}",
                keep in keep(),
            ) {
                for (cut, _) in text.char_indices() {
                    prop_assert_eq!(list_checked(&text[..cut], &keep), None);
                    let _ = object_checked(&text[..cut], &keep);
                }
                for other in [String::from_utf8_lossy(&bytes).into_owned(), jsonish.clone(), format!("[{{\"lines\":{jsonish}}}]")] {
                    let _ = list_checked(&other, &keep);
                    let _ = object_checked(&other, &keep);
                }
            }
        }
    }
}
