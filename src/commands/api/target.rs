//! What `pandapon api` calls: an operation of the catalogue (its placeholders filled from the
//! fields) or a path of the user's, matched against the catalogue so that a known safe read is
//! still retried and anything else is still journaled.

use serde_json::Value;

use super::fields;
use crate::api::catalogue::{Catalogue, Method, Route, SUCCESS_CODES, fill_path};
use crate::error::{Error, Result};

/// The journal's operation name for a path outside the catalogue.
pub const AD_HOC: &str = "api";

#[derive(Debug)]
pub struct Target {
    pub route: Route,
    /// From a `?a=b` in the path.
    pub query: Vec<(String, String)>,
}

pub fn resolve(
    catalogue: &Catalogue,
    target: &str,
    method: Option<Method>,
    has_body: bool,
    fields: &mut Vec<(String, Value)>,
) -> Result<Target> {
    if target.contains("://") {
        return Err(Error::usage(format!(
            "\"{target}\" is a URL; give the path only (the base URL comes from --base-url or the profile)"
        )));
    }
    if target.contains('/') {
        return path(catalogue, target, method, has_body);
    }
    let Some(route) = catalogue.routes().iter().find(|r| r.key == target) else {
        let closest = closest(target, catalogue.routes().iter().map(|r| r.key));
        let hint = closest
            .map(|k| format!("did you mean \"{k}\"? "))
            .unwrap_or_default();
        return Err(Error::usage(format!(
            "unknown operation \"{target}\"; {hint}`pandapon api --list` shows them all"
        )));
    };
    let mut params = Vec::new();
    for name in placeholders(&route.path) {
        let Some(i) = fields.iter().position(|(k, _)| k == name) else {
            return Err(Error::usage(format!(
                "{} ({}) needs {{{name}}}: add -f {name}=VALUE",
                route.key, route.path
            )));
        };
        let (_, v) = fields.remove(i);
        params.push((name, fields::as_text(&v)));
    }
    let path = fill_path(&route.path, &params);
    match method {
        Some(m) if m != route.method => path_route(catalogue, m, &path),
        _ => Ok(Target {
            route: Route {
                path,
                ..route.clone()
            },
            query: Vec::new(),
        }),
    }
}

fn path(
    catalogue: &Catalogue,
    target: &str,
    method: Option<Method>,
    has_body: bool,
) -> Result<Target> {
    if !target.starts_with('/') {
        return Err(Error::usage(format!(
            "\"{target}\" is not an API path: paths start with \"/\" (\"/{target}\"); an operation key has no \"/\" (`pandapon api --list`)"
        )));
    }
    let (p, q) = target.split_once('?').unwrap_or((target, ""));
    if p.contains(['{', '}']) {
        return Err(Error::usage(format!(
            "\"{p}\" has a {{placeholder}}: put the value in the path, or call the operation by its key"
        )));
    }
    let method = method.unwrap_or(if has_body { Method::Post } else { Method::Get });
    let mut t = path_route(catalogue, method, p)?;
    t.query = url::form_urlencoded::parse(q.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    Ok(t)
}

/// The catalogue's route for `method path` when it has one (so its safety, success codes
/// and query signing apply), else an unknown route: never retried, always journaled.
fn path_route(catalogue: &Catalogue, method: Method, path: &str) -> Result<Target> {
    let route = match catalogue.match_request(method.as_str(), path) {
        Some((r, _)) => Route {
            path: path.to_string(),
            method,
            ..r.clone()
        },
        None => Route {
            key: AD_HOC,
            method,
            path: path.to_string(),
            safe: false,
            overridden: false,
            query_signed: false,
            success: SUCCESS_CODES,
            paging: None,
        },
    };
    Ok(Target {
        route,
        query: Vec::new(),
    })
}

fn placeholders(path: &str) -> Vec<&str> {
    path.split('/')
        .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .collect()
}

/// The known key nearest to a mistyped one, when it is near enough to be what was meant.
fn closest<'a>(given: &str, keys: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    keys.map(|k| (distance(given, k), k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve_(target: &str, method: Option<Method>, fields: &[(&str, &str)]) -> Result<Target> {
        let mut f: Vec<(String, Value)> = fields
            .iter()
            .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
            .collect();
        let has_body = !f.is_empty();
        resolve(&Catalogue::defaults(), target, method, has_body, &mut f)
    }

    #[test]
    fn an_operation_fills_its_placeholders_and_keeps_its_safety() {
        let t = resolve_(
            "taobao.refund.cancel",
            None,
            &[("refundId", "110000235001")],
        )
        .unwrap();
        assert_eq!(t.route.path, "/v2/taobao/order/refund/cancel/110000235001");
        assert_eq!((t.route.method, t.route.safe), (Method::Get, false));
        let e = resolve_("taobao.refund.cancel", None, &[]).unwrap_err();
        assert!(e.to_string().contains("needs {refundId}"), "{e}");
        let t = resolve_("taobao.order.get", None, &[]).unwrap();
        assert!(t.route.safe);
    }

    #[test]
    fn a_path_is_matched_against_the_catalogue() {
        let t = resolve_("/v2/taobao/order/detail?orderId=1", None, &[]).unwrap();
        assert_eq!((t.route.key, t.route.safe), ("taobao.order.get", true));
        assert_eq!(t.query, [("orderId".to_string(), "1".to_string())]);
        let t = resolve_("/v2/taobao/order/detail", Some(Method::Post), &[]).unwrap();
        assert_eq!((t.route.key, t.route.safe), (AD_HOC, false));
        let t = resolve_("/v2/somewhere/new", None, &[("a", "1")]).unwrap();
        assert_eq!((t.route.method, t.route.safe), (Method::Post, false));
    }

    #[test]
    fn bad_targets_are_usage_errors() {
        for (t, want) in [
            ("taobao.order.gt", "did you mean \"taobao.order.get\""),
            ("v2/taobao/order/detail", "paths start with \"/\""),
            ("https://api.pandapon.com/v2/x", "is a URL"),
            ("/v2/x/{id}", "placeholder"),
            ("nothing.like.it.at.all", "`pandapon api --list`"),
        ] {
            let e = resolve_(t, None, &[]).err().unwrap();
            assert_eq!(e.exit_code(), 2);
            assert!(e.to_string().contains(want), "{t}: {e}");
        }
    }
}
