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

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

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
        }
        assert!(object("[]", &keep()).is_err());
    }
}
