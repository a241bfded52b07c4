//! The one declarative list of API operations: key -> method, path, safe to retry.
//!
//! Many v2 paths are inferred (docs/api.md#catalogue), so a wrong one must be a one-line fix here,
//! and a profile may override any of them:
//! `[profiles.NAME.endpoints] "taobao.cart.list" = "GET /v2/..."`.
//! The sandbox routes by this same table, so both sides move together.

use std::collections::BTreeMap;
use std::fmt;

use crate::error::{Error, Result};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }

    fn parse(s: &str) -> Option<Method> {
        match s.to_ascii_uppercase().as_str() {
            "GET" => Some(Method::Get),
            "POST" => Some(Method::Post),
            _ => None,
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the path is verbatim in PandaPon's docs or a guess (docs/api.md#evidence).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Documented,
    Inferred,
}

/// How a list operation numbers its pages (docs/api.md#paging): Taobao's `pageNo`, 1688's
/// `beginPage`, each with `pageSize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageParam {
    PageNo,
    BeginPage,
}

impl PageParam {
    pub fn name(self) -> &'static str {
        match self {
            PageParam::PageNo => "pageNo",
            PageParam::BeginPage => "beginPage",
        }
    }
}

pub struct Endpoint {
    pub key: &'static str,
    pub method: Method,
    /// `{name}` marks a path parameter.
    pub path: &'static str,
    /// A pure read (even as a POST): may be retried after a network error.
    /// Everything else creates, pays, cancels or modifies, and is never retried.
    pub safe: bool,
    pub status: Status,
    /// Also send `?timestamp=&sign=` (the warehouse-logistics pages, docs/api.md#sign-query).
    pub query_signed: bool,
    /// Envelope codes that mean success for this operation.
    pub success: &'static [i64],
    /// A list that pages, and how (`pandapon api --paginate`).
    pub paging: Option<PageParam>,
}

use Method::{Get, Post};
use PageParam::{BeginPage, PageNo};

/// Every real example of the envelope shows 200 for success (docs/api.md#envelope).
pub const SUCCESS_CODES: &[i64] = &[200];
use Status::{Documented, Inferred};

const fn ep(
    key: &'static str,
    method: Method,
    path: &'static str,
    safe: bool,
    status: Status,
) -> Endpoint {
    Endpoint {
        key,
        method,
        path,
        safe,
        status,
        query_signed: false,
        success: SUCCESS_CODES,
        paging: None,
    }
}

impl Endpoint {
    /// The warehouse-logistics pages list required query parameters `timestamp` and `sign` on
    /// top of (env2) or instead of (cn) the signed headers, and never say how `sign` is made
    /// (docs/api.md#sign-query). Best-supported guess: the header timestamp and the header
    /// signature, repeated in the query; the headers are sent as everywhere else.
    const fn query_signed(mut self) -> Self {
        self.query_signed = true;
        self
    }

    const fn success(mut self, codes: &'static [i64]) -> Self {
        self.success = codes;
        self
    }

    const fn paged(mut self, by: PageParam) -> Self {
        self.paging = Some(by);
        self
    }
}

#[rustfmt::skip]
pub const ENDPOINTS: &[Endpoint] = &[
    ep("taobao.cart.list",    Get,  "/v2/taobao/cart/list",          true,  Inferred).paged(PageNo),
    ep("taobao.cart.add",     Post, "/v2/taobao/cart/add",           false, Documented),
    ep("taobao.cart.edit",    Post, "/v2/taobao/cart/edit-quantity", false, Inferred),
    ep("taobao.cart.delete",  Post, "/v2/taobao/cart/delete",        false, Inferred),
    ep("taobao.cart.preview", Post, "/v2/taobao/cart/confirm/order", true,  Documented),
    ep("taobao.cart.create",  Post, "/v2/taobao/cart/create/order",  false, Inferred),
    ep("taobao.product.get",  Get,  "/v2/taobao/product/get",        true,  Documented),

    // Goods (docs/api.md#taobao-goods, docs/api.md#alibaba-goods): all reads, even as POSTs.
    ep("taobao.product.batch",        Post, "/v2/taobao/product/batch/check",  true, Inferred),
    ep("taobao.product.search",       Post, "/v2/taobao/product/item/search",  true, Documented).paged(PageNo),
    ep("taobao.product.image_search", Post, "/v2/taobao/product/image/search", true, Inferred).paged(PageNo),
    ep("alibaba.product.get",          Post, "/v2/alibaba/product/detail/get",       true, Inferred),
    ep("alibaba.product.search",       Post, "/v2/alibaba/product/keywords/query",   true, Documented).paged(BeginPage),
    ep("alibaba.product.image_search", Post, "/v2/alibaba/product/image/query",      true, Documented).paged(BeginPage),
    ep("alibaba.product.shop_search",  Post, "/v2/alibaba/product/query/selleroffer", true, Documented).paged(BeginPage),
    ep("alibaba.product.category",     Post, "/v2/alibaba/category/get",             true, Inferred),
    ep("alibaba.product.recommend",    Post, "/v2/alibaba/product/recommend",        true, Inferred),
    ep("alibaba.product.related_recommend",    Post, "/v2/alibaba/product/related/recommend",      true, Inferred),
    ep("alibaba.product.global_strict_search", Post, "/v2/alibaba/product/global/keywords/query", true, Inferred).paged(BeginPage),
    ep("alibaba.product.strict_search",        Post, "/v2/alibaba/product/strict/keywords/query", true, Inferred).paged(BeginPage),
    ep("alibaba.product.hot_list",             Post, "/v2/alibaba/product/hot/list",              true, Inferred),
    ep("alibaba.order.wangwang_decrypt",       Post, "/v2/alibaba/product/openuid/decrypt",       true, Inferred),

    // Taobao orders: only v1 paths are documented (create, render, IM link, pre-warehouse);
    // the v2 ones follow `/open/<rest>` -> `/v2/taobao/<rest>`.
    ep("taobao.order.create",           Post, "/v2/taobao/order",                   false, Inferred),
    ep("taobao.order.render",           Post, "/v2/taobao/order/render",            true,  Inferred),
    ep("taobao.order.list",             Post, "/v2/taobao/order/page",              true,  Inferred).paged(PageNo),
    ep("taobao.order.get",              Get,  "/v2/taobao/order/detail",            true,  Inferred),
    ep("taobao.order.cancel",           Post, "/v2/taobao/order/cancel",            false, Inferred),
    ep("taobao.order.pay",              Post, "/v2/taobao/order/pay",               false, Inferred),
    ep("taobao.order.logistics",        Get,  "/v2/taobao/order/logistics",         true,  Inferred),
    ep("taobao.order.im_link",          Post, "/v2/taobao/order/page/link/get",     true,  Inferred),
    ep("taobao.order.update_warehouse", Post, "/v2/taobao/order/updateWarehouse",   false, Inferred),

    // Taobao after-sales (reverse orders). Cancel is a GET that changes state: never retried.
    ep("taobao.refund.list",            Post, "/v2/taobao/order/refund/queryList",  true,  Inferred).paged(PageNo),
    ep("taobao.refund.render",          Post, "/v2/taobao/order/refund/render",     true,  Documented),
    ep("taobao.refund.submit",          Post, "/v2/taobao/order/refund/submit",     false, Inferred),
    ep("taobao.refund.modify",          Post, "/v2/taobao/order/refund/modify",     false, Inferred),
    ep("taobao.refund.cancel",          Get,  "/v2/taobao/order/refund/cancel/{refundId}", false, Inferred),
    ep("taobao.refund.get",             Get,  "/v2/taobao/order/refund/query",      true,  Documented),
    ep("taobao.refund.message_submit",  Post, "/v2/taobao/order/refund/submit/message", false, Inferred),
    ep("taobao.refund.message_list",    Post, "/v2/taobao/order/refund/message/queryList", true, Inferred).paged(PageNo),
    ep("taobao.refund.return_logistics_render", Get,  "/v2/taobao/order/refund/logistics/render", true,  Inferred),
    ep("taobao.refund.return_logistics_submit", Post, "/v2/taobao/order/refund/logistics/submit", false, Inferred),

    // 1688 cart (docs/api.md#alibaba-cart): only the list's v2 path is documented; edit, preview
    // and create have v1 paths (`/alibaba/<rest>` -> `/v2/alibaba/<rest>`), add and delete none.
    ep("alibaba.cart.list",    Get,  "/v2/alibaba/cart/list",          true,  Documented),
    ep("alibaba.cart.add",     Post, "/v2/alibaba/cart/add",           false, Inferred),
    ep("alibaba.cart.edit",    Post, "/v2/alibaba/cart/edit-quantity", false, Inferred),
    ep("alibaba.cart.delete",  Post, "/v2/alibaba/cart/delete",        false, Inferred),
    ep("alibaba.cart.preview", Post, "/v2/alibaba/cart/preview/order", true,  Inferred),
    ep("alibaba.cart.create",  Post, "/v2/alibaba/cart/create/order",  false, Inferred),

    // 1688 orders (docs/api.md#alibaba-orders). Pay is a GET that may pay (protocolPaySuccess):
    // a write, never retried.
    ep("alibaba.order.preview",         Post, "/v2/alibaba/order/create/preview",       true,  Documented),
    ep("alibaba.order.create",          Post, "/v2/alibaba/order/create",               false, Documented),
    ep("alibaba.order.batch_preview",   Post, "/v2/alibaba/order/batch/create/preview", true,  Inferred),
    ep("alibaba.order.batch_create",    Post, "/v2/alibaba/order/batch/create",         false, Inferred),
    ep("alibaba.order.list",            Post, "/v2/alibaba/order/page",                 true,  Documented).paged(BeginPage),
    ep("alibaba.order.get",             Post, "/v2/alibaba/order/detail",               true,  Inferred),
    ep("alibaba.order.cancel",          Post, "/v2/alibaba/order/cancel",               false, Documented),
    ep("alibaba.order.pay",             Get,  "/v2/alibaba/order/pay/url",              false, Documented),
    ep("alibaba.order.batch_pay",       Post, "/v2/alibaba/order/batch/pay",            false, Inferred),
    ep("alibaba.order.logistics",       Get,  "/v2/alibaba/order/logistics/trace",      true,  Inferred),
    ep("alibaba.order.confirm_receipt", Post, "/v2/alibaba/order/confirm/receipt",      false, Inferred),

    // 1688 after-sales (docs/api.md#alibaba-after-sales): only the detail has a (v1) path; the
    // sidebar shows no methods, so these are POST like every other 1688 operation but two GETs.
    ep("alibaba.refund.get",                 Post, "/v2/alibaba/refund/info",                   true,  Inferred),
    ep("alibaba.refund.reasons",             Post, "/v2/alibaba/refund/reason/list",            true,  Inferred),
    ep("alibaba.refund.upload_voucher",      Post, "/v2/alibaba/refund/voucher/upload",         false, Inferred),
    ep("alibaba.refund.create",              Post, "/v2/alibaba/refund/create",                 false, Inferred),
    ep("alibaba.refund.submit_info",         Post, "/v2/alibaba/refund/submit",                 false, Inferred),
    ep("alibaba.refund.logistics_companies", Post, "/v2/alibaba/refund/logistics/company/list", true,  Inferred),

    // Basis. Add/update documents a smaller envelope `{code, msg}` whose schema shows
    // `code: 0` ("成功"); 200 is what every real example shows. Both mean success here only:
    // a server following that page literally must not turn a stored address into exit 1,
    // which would invite a second, duplicate add.
    ep("address.list",   Post, "/v2/open/address/list",        true,  Inferred),
    ep("address.upsert", Post, "/v2/open/address/addOrUpdate", false, Documented).success(&[200, 0]),

    // Warehouse logistics: `?timestamp=&sign=` as well as the signed headers (see query_signed).
    ep("logistics.freight_estimate", Post, "/v2/open/pp/logistics/itemLogisticsPrice",    true,  Documented).query_signed(),
    ep("logistics.freight_preview",  Post, "/v2/open/pp/logistics/orderRenderFreight",    true,  Documented).query_signed(),
    ep("logistics.domestic_update",  Post, "/v2/open/pp/logistics/updateLogisticInfo",    false, Inferred).query_signed(),
    ep("logistics.booking",          Post, "/v2/open/pp/logistics/orderBookingFreight",   false, Inferred).query_signed(),
];

/// One operation as it will be called, after any profile override.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub key: &'static str,
    pub method: Method,
    pub path: String,
    pub safe: bool,
    pub overridden: bool,
    pub query_signed: bool,
    pub success: &'static [i64],
    pub paging: Option<PageParam>,
}

#[derive(Clone, Debug)]
pub struct Catalogue {
    routes: Vec<Route>,
}

impl Catalogue {
    /// `overrides` maps an operation key to "METHOD /path" or "/path" (method kept).
    /// `origin` names where they came from, for error messages.
    pub fn new(overrides: &BTreeMap<String, String>, origin: &str) -> Result<Self> {
        let mut routes: Vec<Route> = ENDPOINTS
            .iter()
            .map(|e| Route {
                key: e.key,
                method: e.method,
                path: e.path.to_string(),
                safe: e.safe,
                overridden: false,
                query_signed: e.query_signed,
                success: e.success,
                paging: e.paging,
            })
            .collect();
        for (key, spec) in overrides {
            let Some(route) = routes.iter_mut().find(|r| r.key == key) else {
                let known: Vec<&str> = ENDPOINTS.iter().map(|e| e.key).collect();
                return Err(Error::usage(format!(
                    "unknown operation \"{key}\" in {origin}; known operations: {}",
                    known.join(", ")
                )));
            };
            let bad = || {
                Error::usage(format!(
                    "endpoint override for \"{key}\" in {origin} must look like \"POST /v2/path\" or \"/v2/path\", got \"{spec}\""
                ))
            };
            let mut parts = spec.split_whitespace();
            let (method, path) = match (parts.next(), parts.next(), parts.next()) {
                (Some(p), None, None) => (route.method, p),
                (Some(m), Some(p), None) => (Method::parse(m).ok_or_else(bad)?, p),
                _ => return Err(bad()),
            };
            if !path.starts_with('/') {
                return Err(bad());
            }
            // `fill_path` can only fill the parameters the command passes, which are those of
            // the default path: any other would be a panic at call time.
            if let Some(name) =
                placeholders(path).find(|p| !placeholders(&route.path).any(|d| d == *p))
            {
                let known: Vec<&str> = placeholders(&route.path).collect();
                let known = if known.is_empty() {
                    "its path has none".to_string()
                } else {
                    format!(
                        "it may use {}",
                        known
                            .iter()
                            .map(|k| format!("{{{k}}}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                return Err(Error::usage(format!(
                    "endpoint override for \"{key}\" in {origin} uses the placeholder {{{name}}}, which \"{key}\" does not fill; {known}"
                )));
            }
            route.method = method;
            route.path = path.to_string();
            route.overridden = true;
        }
        Ok(Catalogue { routes })
    }

    pub fn defaults() -> Self {
        Catalogue::new(&BTreeMap::new(), "defaults").expect("no overrides cannot fail")
    }

    pub fn get(&self, key: &str) -> &Route {
        self.routes
            .iter()
            .find(|r| r.key == key)
            .unwrap_or_else(|| panic!("operation {key} is missing from the endpoint catalogue"))
    }

    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// Which operation a request is for, with its path parameters (used by the sandbox).
    pub fn match_request(
        &self,
        method: &str,
        path: &str,
    ) -> Option<(&Route, Vec<(String, String)>)> {
        self.routes.iter().find_map(|r| {
            if !r.method.as_str().eq_ignore_ascii_case(method) {
                return None;
            }
            match_template(&r.path, path).map(|params| (r, params))
        })
    }
}

/// The names of a path's `{name}` segments, as `fill_path` sees them.
fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('/')
        .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
}

/// Fills `{name}` placeholders; values are percent-encoded as one path segment.
pub fn fill_path(template: &str, params: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    for (i, seg) in template.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => {
                let v = params
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.as_str())
                    .unwrap_or_else(|| panic!("path parameter {name} missing for {template}"));
                out.push_str(&encode_segment(v));
            }
            None => out.push_str(seg),
        }
    }
    out
}

fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn match_template(template: &str, path: &str) -> Option<Vec<(String, String)>> {
    let t: Vec<&str> = template.split('/').collect();
    let p: Vec<&str> = path.split('/').collect();
    if t.len() != p.len() {
        return None;
    }
    let mut params = Vec::new();
    for (ts, ps) in t.iter().zip(&p) {
        match ts.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) if !ps.is_empty() => params.push((name.to_string(), ps.to_string())),
            Some(_) => return None,
            None if ts == ps => {}
            None => return None,
        }
    }
    Some(params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_override_may_use_only_the_placeholders_of_the_default_path() {
        let one = |spec: &str| {
            let o = BTreeMap::from([("taobao.refund.cancel".to_string(), spec.to_string())]);
            Catalogue::new(&o, "f.toml")
        };
        assert!(one("POST /v3/cancel/{refundId}").is_ok());
        let e = one("/v3/{orderId}/cancel").unwrap_err().to_string();
        assert!(e.contains("{orderId}") && e.contains("{refundId}"), "{e}");
    }

    #[test]
    fn keys_are_unique_and_paths_absolute() {
        for (i, a) in ENDPOINTS.iter().enumerate() {
            assert!(a.path.starts_with("/v2/"), "{}", a.key);
            for b in &ENDPOINTS[i + 1..] {
                assert_ne!(a.key, b.key);
                assert!(
                    a.method != b.method || a.path != b.path,
                    "{} and {} share a route",
                    a.key,
                    b.key
                );
            }
        }
    }

    #[test]
    fn the_seed_documents_preview_route() {
        let c = Catalogue::defaults();
        let r = c.get("taobao.cart.preview");
        assert_eq!(
            (r.method, r.path.as_str()),
            (Method::Post, "/v2/taobao/cart/confirm/order")
        );
        assert!(r.safe);
        assert!(!c.get("taobao.cart.create").safe);
    }

    #[test]
    fn writes_are_never_safe_and_reads_are() {
        let c = Catalogue::defaults();
        for key in [
            "taobao.order.create",
            "taobao.order.pay",
            "taobao.order.cancel",
            "taobao.order.update_warehouse",
            "taobao.refund.submit",
            "taobao.refund.modify",
            "taobao.refund.cancel",
            "taobao.refund.message_submit",
            "taobao.refund.return_logistics_submit",
            "address.upsert",
            "logistics.booking",
            "logistics.domestic_update",
            "alibaba.cart.add",
            "alibaba.cart.edit",
            "alibaba.cart.delete",
            "alibaba.cart.create",
            "alibaba.order.create",
            "alibaba.order.batch_create",
            "alibaba.order.cancel",
            "alibaba.order.pay",
            "alibaba.order.batch_pay",
            "alibaba.order.confirm_receipt",
            "alibaba.refund.upload_voucher",
            "alibaba.refund.create",
            "alibaba.refund.submit_info",
        ] {
            assert!(!c.get(key).safe, "{key} changes something");
        }
        for key in [
            "taobao.order.list",
            "taobao.order.render",
            "taobao.refund.render",
            "logistics.freight_preview",
            "alibaba.cart.preview",
            "alibaba.order.preview",
            "alibaba.order.batch_preview",
            "alibaba.refund.reasons",
        ] {
            assert!(c.get(key).safe, "{key} only reads");
        }
        let pay = c.get("alibaba.order.pay");
        assert_eq!(
            (pay.method, pay.safe),
            (Method::Get, false),
            "a GET that may pay (docs/api.md#alibaba-order-pay)"
        );
        let cancel = c.get("taobao.refund.cancel");
        assert_eq!(
            cancel.method,
            Method::Get,
            "a GET that cancels (docs/api.md#taobao-refund-cancel)"
        );
        assert!(
            c.match_request("GET", "/v2/taobao/order/refund/cancel/110000235001")
                .is_some_and(|(r, _)| r.key == "taobao.refund.cancel")
        );
    }

    #[test]
    fn every_goods_operation_is_a_safe_read() {
        let c = Catalogue::defaults();
        let goods: Vec<&Route> = c
            .routes()
            .iter()
            .filter(|r| {
                r.key.starts_with("taobao.product.")
                    || r.key.starts_with("alibaba.product.")
                    || r.key == "alibaba.order.wangwang_decrypt"
            })
            .collect();
        assert_eq!(goods.len(), 4 + 10 + 1, "docs/api.md#catalogue");
        for r in goods {
            assert!(r.safe, "{} only reads", r.key);
        }
    }

    #[test]
    fn warehouse_logistics_sign_the_query_and_address_upsert_accepts_code_0() {
        let c = Catalogue::defaults();
        for r in c.routes() {
            assert_eq!(
                r.query_signed,
                r.path.starts_with("/v2/open/pp/logistics/"),
                "{}",
                r.key
            );
            let expected: &[i64] = if r.key == "address.upsert" {
                &[200, 0]
            } else {
                &[200]
            };
            assert_eq!(r.success, expected, "{}", r.key);
        }
    }

    #[test]
    fn overrides_replace_method_and_path() {
        let mut o = BTreeMap::new();
        o.insert(
            "taobao.cart.list".to_string(),
            "POST /v2/taobao/cart/page".to_string(),
        );
        o.insert(
            "taobao.cart.edit".to_string(),
            "/v2/taobao/cart/update".to_string(),
        );
        let c = Catalogue::new(&o, "test").unwrap();
        let l = c.get("taobao.cart.list");
        assert_eq!(
            (l.method, l.path.as_str(), l.overridden),
            (Method::Post, "/v2/taobao/cart/page", true)
        );
        let e = c.get("taobao.cart.edit");
        assert_eq!(
            (e.method, e.path.as_str()),
            (Method::Post, "/v2/taobao/cart/update")
        );
        assert!(c.match_request("POST", "/v2/taobao/cart/page").is_some());
        assert!(c.match_request("GET", "/v2/taobao/cart/list").is_none());
    }

    #[test]
    fn bad_overrides_are_usage_errors() {
        for (k, v) in [
            ("taobao.cart.lst", "/x"),
            ("taobao.cart.list", "FETCH /x"),
            ("taobao.cart.list", "v2/x"),
            ("taobao.cart.list", "GET /a /b"),
        ] {
            let mut o = BTreeMap::new();
            o.insert(k.to_string(), v.to_string());
            let e = Catalogue::new(&o, "profile").unwrap_err();
            assert_eq!(e.exit_code(), 2, "{k} = {v}");
        }
    }

    #[test]
    fn path_parameters_round_trip() {
        let p = fill_path(
            "/v2/x/cancel/{refundId}",
            &[("refundId", "110 000/1".to_string())],
        );
        assert_eq!(p, "/v2/x/cancel/110%20000%2F1");
        let m = match_template("/v2/x/cancel/{refundId}", "/v2/x/cancel/110000235001").unwrap();
        assert_eq!(
            m,
            vec![("refundId".to_string(), "110000235001".to_string())]
        );
        assert!(match_template("/v2/x/cancel/{refundId}", "/v2/x/cancel/").is_none());
    }
}
