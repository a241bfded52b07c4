//! Misbehaviour on request, for tests and benchmarks: `--fault OP=KIND[*N]`.

use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Answer with this HTTP status and an error envelope (500, 502, 503, 429, ...).
    Status(u16),
    /// An HTML error page with status 200.
    Html,
    /// Valid HTTP, but the JSON body stops halfway.
    Truncate,
    /// The connection drops in the middle of the body.
    Reset,
    /// Never answer.
    Hang,
    /// Valid JSON that is not an envelope.
    NotEnvelope,
    /// An envelope whose `data` has the wrong types.
    BadTypes,
    /// A 50 MB body.
    Huge,
}

impl Kind {
    pub const NAMES: &'static str = "500, 502, 503, 429 (or any status), html, truncate, reset, hang, not-envelope, bad-types, huge";

    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "html" => Kind::Html,
            "truncate" => Kind::Truncate,
            "reset" => Kind::Reset,
            "hang" => Kind::Hang,
            "not-envelope" => Kind::NotEnvelope,
            "bad-types" => Kind::BadTypes,
            "huge" => Kind::Huge,
            n => match n.parse::<u16>() {
                Ok(code) if (400..=599).contains(&code) => Kind::Status(code),
                _ => return None,
            },
        })
    }
}

/// Which operations misbehave, and how many more times (None: always).
#[derive(Default)]
pub struct Faults {
    rules: Mutex<HashMap<String, (Kind, Option<u32>)>>,
}

impl Faults {
    /// `OP=KIND` or `OP=KIND*N` (only the next N requests), comma-separated;
    /// OP is an operation key of the catalogue, or `*` for all.
    pub fn parse(specs: &[String]) -> Result<Faults, String> {
        let mut rules = HashMap::new();
        for spec in specs
            .iter()
            .flat_map(|s| s.split(','))
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let (op, kind) = spec.split_once('=').ok_or_else(|| {
                format!("fault \"{spec}\" should look like OP=KIND, e.g. taobao.cart.list=500")
            })?;
            let (kind, times) = match kind.split_once('*') {
                Some((k, n)) => (
                    k,
                    Some(
                        n.parse::<u32>()
                            .map_err(|_| format!("fault \"{spec}\": \"{n}\" is not a count"))?,
                    ),
                ),
                None => (kind, None),
            };
            let kind = Kind::parse(kind).ok_or_else(|| {
                format!(
                    "fault \"{spec}\": unknown kind \"{kind}\"; kinds: {}",
                    Kind::NAMES
                )
            })?;
            rules.insert(op.to_string(), (kind, times));
        }
        Ok(Faults {
            rules: Mutex::new(rules),
        })
    }

    /// The fault for this request, if any; counted faults wear off.
    pub fn take(&self, op: &str) -> Option<Kind> {
        let mut rules = self.rules.lock().expect("fault lock");
        let key = if rules.contains_key(op) { op } else { "*" };
        let (kind, left) = rules.get_mut(key)?;
        let kind = *kind;
        match left {
            None => Some(kind),
            Some(0) => None,
            Some(n) => {
                *n -= 1;
                Some(kind)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_faults_wear_off_and_star_matches_all() {
        let f = Faults::parse(&["taobao.cart.list=500*2,*=hang".into()]).unwrap();
        assert_eq!(f.take("taobao.cart.list"), Some(Kind::Status(500)));
        assert_eq!(f.take("taobao.cart.list"), Some(Kind::Status(500)));
        assert_eq!(f.take("taobao.cart.list"), None);
        assert_eq!(f.take("taobao.cart.add"), Some(Kind::Hang));
        assert!(Faults::parse(&["x=teapot".into()]).is_err());
        assert!(Faults::parse(&["x".into()]).is_err());
        assert!(Faults::parse(&["x=500*many".into()]).is_err());
    }
}
