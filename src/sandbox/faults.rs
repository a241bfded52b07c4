//! Misbehaviour on request, for tests and benchmarks: `--fault OP=KIND[*N|+N|%P]`.

use std::collections::{HashMap, HashSet};
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

    /// The name `--fault` takes, for the request log.
    pub fn name(self) -> String {
        match self {
            Kind::Status(code) => code.to_string(),
            Kind::Html => "html".into(),
            Kind::Truncate => "truncate".into(),
            Kind::Reset => "reset".into(),
            Kind::Hang => "hang".into(),
            Kind::NotEnvelope => "not-envelope".into(),
            Kind::BadTypes => "bad-types".into(),
            Kind::Huge => "huge".into(),
        }
    }
}

/// When a rule applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum When {
    /// Every request.
    Always,
    /// The next N requests (`*N`), then never.
    Next(u32),
    /// Every request after the next N (`+N`): a walk whose later pages never come.
    After(u32),
    /// P percent of the distinct requests (`%P`), spread evenly, each failing only the first
    /// time it is seen: its retry is answered. A transient fault a client's retries can beat,
    /// so a test of them does not fail by chance.
    Share { percent: u32, seen: u64 },
}

/// Which operations misbehave, and when.
#[derive(Default)]
pub struct Faults {
    rules: Mutex<HashMap<String, Vec<(Kind, When)>>>,
    /// The requests a `%P` rule has failed once (by `request_key`), so their retries pass.
    failed_once: Mutex<HashSet<u64>>,
}

impl Faults {
    /// `OP=KIND`, `OP=KIND*N`, `OP=KIND+N` or `OP=KIND%P`, comma-separated; OP is an
    /// operation key of the catalogue, or `*` for all. An operation may have several rules
    /// (`OP=503%10,OP=429%5`); the first that applies decides.
    pub fn parse(specs: &[String]) -> Result<Faults, String> {
        let mut rules: HashMap<String, Vec<(Kind, When)>> = HashMap::new();
        for spec in specs
            .iter()
            .flat_map(|s| s.split(','))
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let (op, kind) = spec.split_once('=').ok_or_else(|| {
                format!("fault \"{spec}\" should look like OP=KIND, e.g. taobao.cart.list=500")
            })?;
            let count = |n: &str| {
                n.parse::<u32>()
                    .map_err(|_| format!("fault \"{spec}\": \"{n}\" is not a count"))
            };
            let (kind, when) = if let Some((k, n)) = kind.split_once('*') {
                (k, When::Next(count(n)?))
            } else if let Some((k, n)) = kind.split_once('+') {
                (k, When::After(count(n)?))
            } else if let Some((k, p)) = kind.split_once('%') {
                let percent = count(p)
                    .ok()
                    .filter(|p| (1..=100).contains(p))
                    .ok_or_else(|| {
                        format!("fault \"{spec}\": \"{p}\" is not a percentage from 1 to 100")
                    })?;
                (k, When::Share { percent, seen: 0 })
            } else {
                (kind, When::Always)
            };
            let kind = Kind::parse(kind).ok_or_else(|| {
                format!(
                    "fault \"{spec}\": unknown kind \"{kind}\"; kinds: {}",
                    Kind::NAMES
                )
            })?;
            let list = rules.entry(op.to_string()).or_default();
            // A rule given again for the same operation replaces it, as before rules could stack;
            // only shares stack (a share of 5xx beside a share of 429).
            if !matches!(when, When::Share { .. }) {
                list.retain(|(_, w)| matches!(w, When::Share { .. }));
            }
            list.push((kind, when));
        }
        Ok(Faults {
            rules: Mutex::new(rules),
            failed_once: Mutex::default(),
        })
    }

    /// Whether any `%P` rule exists: then the server reads a request before deciding (its
    /// key is its content).
    pub fn has_shares(&self) -> bool {
        let rules = self.rules.lock().expect("fault lock");
        rules
            .values()
            .flatten()
            .any(|(_, w)| matches!(w, When::Share { .. }))
    }

    /// The fault for this request, if any; counted faults wear off. `key` identifies the
    /// request by what it asks (see `request_key`); without it, `%P` rules do not apply.
    pub fn take(&self, op: &str, key: Option<u64>) -> Option<Kind> {
        let mut rules = self.rules.lock().expect("fault lock");
        let name = if rules.contains_key(op) { op } else { "*" };
        let list = rules.get_mut(name)?;
        for (kind, when) in list.iter_mut() {
            let fires = match when {
                When::Always => true,
                When::Next(0) => false,
                When::Next(n) => {
                    *n -= 1;
                    true
                }
                When::After(0) => true,
                When::After(n) => {
                    *n -= 1;
                    false
                }
                When::Share { percent, seen } => {
                    let Some(key) = key else { continue };
                    let mut failed = self.failed_once.lock().expect("fault lock");
                    if failed.contains(&key) {
                        // Failed once already: answered now, whatever other rules say.
                        return None;
                    }
                    *seen += 1;
                    // The n-th request fails when n * P / 100 passes a whole number: P of
                    // every 100, evenly spread, the first request never.
                    let p = u64::from(*percent);
                    let fires = *seen * p / 100 > (*seen - 1) * p / 100;
                    if fires {
                        failed.insert(key);
                    }
                    fires
                }
            };
            if fires {
                return Some(*kind);
            }
        }
        None
    }
}

/// A request's identity for `%P` rules: its method, path, query and body, without what
/// changes between attempts (the signature and timestamp some routes carry in the query).
pub fn request_key(method: &str, path: &str, query: Option<&str>, body: &[u8]) -> u64 {
    // FNV-1a: stable and dependency-free; a collision only spares a request its fault.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(method.as_bytes());
    eat(path.as_bytes());
    for pair in query.unwrap_or("").split('&') {
        let name = pair.split('=').next().unwrap_or("");
        if name != "sign" && name != "timestamp" {
            eat(pair.as_bytes());
        }
    }
    eat(body);
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_faults_wear_off_and_star_matches_all() {
        let f = Faults::parse(&["taobao.cart.list=500*2,*=hang".into()]).unwrap();
        assert_eq!(f.take("taobao.cart.list", None), Some(Kind::Status(500)));
        assert_eq!(f.take("taobao.cart.list", None), Some(Kind::Status(500)));
        assert_eq!(f.take("taobao.cart.list", None), None);
        assert_eq!(f.take("taobao.cart.add", None), Some(Kind::Hang));
        assert!(Faults::parse(&["x=teapot".into()]).is_err());
        assert!(Faults::parse(&["x".into()]).is_err());
        assert!(Faults::parse(&["x=500*many".into()]).is_err());
        assert!(Faults::parse(&["x=500%0".into()]).is_err());
        assert!(Faults::parse(&["x=500%101".into()]).is_err());
    }

    #[test]
    fn after_n_lets_n_through_then_always() {
        let f = Faults::parse(&["op=hang+2".into()]).unwrap();
        let got: Vec<_> = (0..4).map(|_| f.take("op", None)).collect();
        assert_eq!(got, [None, None, Some(Kind::Hang), Some(Kind::Hang)]);
    }

    #[test]
    fn a_share_fails_that_many_distinct_requests_once_each() {
        let f = Faults::parse(&["op=503%20".into(), "op=429%10".into()]).unwrap();
        assert!(f.has_shares());
        let mut failed = Vec::new();
        for n in 0..100u64 {
            if let Some(k) = f.take("op", Some(n)) {
                failed.push((n, k));
                // The retry of a failed request is answered.
                assert_eq!(f.take("op", Some(n)), None, "request {n} failed twice");
            }
        }
        let count = |k| failed.iter().filter(|(_, x)| *x == k).count();
        assert_eq!(count(Kind::Status(503)), 20);
        assert!(count(Kind::Status(429)) >= 7, "{failed:?}");
        assert!(failed.iter().all(|(n, _)| *n != 0), "the first never fails");
        // Without a key (the request not read), shares do not apply.
        assert_eq!(f.take("op", None), None);
    }

    #[test]
    fn a_request_is_known_again_whatever_its_signature() {
        let a = request_key("GET", "/p", Some("x=1&timestamp=5&sign=AA"), b"");
        let b = request_key("GET", "/p", Some("x=1&timestamp=6&sign=BB"), b"");
        assert_eq!(a, b);
        assert_ne!(a, request_key("GET", "/p", Some("x=2"), b""));
        assert_ne!(
            request_key("POST", "/p", None, br#"{"pageNo":1}"#),
            request_key("POST", "/p", None, br#"{"pageNo":2}"#)
        );
    }
}
