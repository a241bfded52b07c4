//! The access secret, in a type that cannot be printed by accident.

use std::borrow::Cow;
use std::fmt;

pub const MASK: &str = "********";

/// PandaPon's access secrets are 32 characters. pandapon refuses to sign with one shorter than
/// this, and masks nothing shorter: a short value such as `3305` or `order` would be blanked
/// out of order ids and ordinary words, corrupting output while revealing what it hides.
pub const MIN_SECRET_CHARS: usize = 16;

/// The texts to mask for a secret: the value itself and the forms output may quote it in
/// (JSON-escaped, as `--json` and `--debug` bodies carry it; Rust-escaped, as parser messages
/// quote it). Nothing for a value too short to be a secret.
pub fn mask_forms(secret: &str) -> Vec<String> {
    if secret.trim().chars().count() < MIN_SECRET_CHARS {
        return Vec::new();
    }
    let json = serde_json::to_string(secret).unwrap_or_default();
    let debug = format!("{secret:?}");
    let mut forms = vec![
        secret.to_string(),
        json.trim_matches('"').to_string(),
        debug.trim_matches('"').to_string(),
    ];
    forms.sort();
    forms.dedup();
    forms
}

/// `text` with every one of `values` blanked out: the one place that masks, for the printer,
/// the journal, the config loader and the client. The longest value goes first, so that a
/// secret containing another is not left half shown; empty values are ignored.
pub fn mask_all<'a, S: AsRef<str>>(text: &'a str, values: &[S]) -> Cow<'a, str> {
    let mut vs: Vec<&str> = values
        .iter()
        .map(AsRef::as_ref)
        .filter(|v| !v.is_empty() && text.contains(*v))
        .collect();
    if vs.is_empty() {
        return Cow::Borrowed(text);
    }
    vs.sort_by_key(|v| std::cmp::Reverse(v.len()));
    Cow::Owned(vs.iter().fold(text.to_string(), |t, v| t.replace(v, MASK)))
}

/// Masks inside every string (and key) of a JSON value, leaving its structure and its numbers
/// as they are: the document stays valid and ids are never rewritten.
pub fn mask_json(v: &mut serde_json::Value, masks: &[String]) {
    use serde_json::Value;
    if masks.is_empty() {
        return;
    }
    let masked = |s: &str| match mask_all(s, masks) {
        Cow::Owned(m) => Some(m),
        Cow::Borrowed(_) => None,
    };
    match v {
        Value::String(s) => {
            if let Some(m) = masked(s) {
                *s = m;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| mask_json(x, masks)),
        Value::Object(o) => {
            if o.keys().any(|k| masked(k).is_some()) {
                let old = std::mem::take(o);
                for (k, mut x) in old {
                    mask_json(&mut x, masks);
                    o.insert(masked(&k).unwrap_or(k), x);
                }
            } else {
                o.values_mut().for_each(|x| mask_json(x, masks));
            }
        }
        _ => {}
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }

    /// The only way to the value: used to sign, and to write the profile file.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Secret)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_mask() {
        let s = Secret::new("supersecretvalue");
        assert_eq!(format!("{s}"), MASK);
        assert_eq!(format!("{s:?}"), MASK);
        assert_eq!(format!("{:?}", Some(&s)), format!("Some({MASK})"));
        assert_eq!(s.expose(), "supersecretvalue");
    }

    #[test]
    fn short_values_are_not_masks_and_escaped_forms_are() {
        assert!(mask_forms("3305").is_empty());
        assert!(mask_forms("order").is_empty());
        let forms = mask_forms("ab\"cd\\ef\tgh-0123456789");
        assert!(forms.contains(&"ab\"cd\\ef\tgh-0123456789".to_string()));
        assert!(forms.contains(&r#"ab\"cd\\ef\tgh-0123456789"#.to_string()));
    }

    #[test]
    fn json_is_masked_in_strings_only() {
        let s = "3305075341149010";
        let mut v: serde_json::Value = serde_json::from_str(&format!(
            r#"{{"orderId": 3305075341149010310, "t": "x{s}y", "{s}": 1}}"#
        ))
        .unwrap();
        mask_json(&mut v, &[s.to_string()]);
        assert_eq!(
            v.to_string(),
            r#"{"orderId":3305075341149010310,"t":"x********y","********":1}"#
        );
    }

    #[test]
    fn the_longest_value_is_masked_first() {
        let masks = ["abcd1234", "abcd1234XYZ", ""];
        assert_eq!(
            mask_all("k=abcd1234XYZ;j=abcd1234", &masks),
            "k=********;j=********"
        );
        assert!(matches!(mask_all("nothing here", &masks), Cow::Borrowed(_)));
    }
}
