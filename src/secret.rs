//! The access secret, in a type that cannot be printed by accident.

use std::borrow::Cow;
use std::fmt;

pub const MASK: &str = "********";

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
    fn the_longest_value_is_masked_first() {
        let masks = ["abcd1234", "abcd1234XYZ", ""];
        assert_eq!(
            mask_all("k=abcd1234XYZ;j=abcd1234", &masks),
            "k=********;j=********"
        );
        assert!(matches!(mask_all("nothing here", &masks), Cow::Borrowed(_)));
    }
}
