//! A product as people paste it: a Taobao or Tmall item link, a 1688 offer link, a numeric id
//! or the API's opaque id (docs/api.md#product-urls). One parser for `goods` and `cart add`;
//! a link names its platform, a bare id takes `--platform`.

use std::fmt;

use crate::domain::Platform;

/// One product reference, checked before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProductRef {
    /// The platform the value names by itself (a link); None for a bare id.
    pub platform: Option<Platform>,
    /// What the API is asked for: the numeric id of a link, or the id as typed.
    pub id: String,
    /// A SKU the link selects (`skuId=` on Tmall and Taobao links).
    pub sku: Option<String>,
}

impl ProductRef {
    /// The platform this reference is on: its own, else the one given.
    pub fn platform_or(&self, default: Platform) -> Platform {
        self.platform.unwrap_or(default)
    }

    /// A numeric id (v1 `itemId`/`offerId`, what links carry) rather than the API's opaque v2
    /// `itemMapId`/`offerMapId` (docs/api.md#ids).
    pub fn is_numeric(&self) -> bool {
        is_digits(&self.id)
    }
}

impl fmt::Display for ProductRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id)
    }
}

const ACCEPTED: &str = "expected an item id (672991141190), an itemMapId \
(WUnUC1cILiBjt-Jv3lDdlQ), a Taobao or Tmall item link \
(https://item.taobao.com/item.htm?id=672991141190) or a 1688 offer link \
(https://detail.1688.com/offer/706627393257.html)";

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The API's opaque ids are base64url-like: `WUnUC1cILiBjt-Jv3lDdlQ` (docs/api.md#ids). Their
/// length is not documented, so any length up to 64 passes; the API judges the rest.
fn is_opaque_id(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `value_parser` for `goods show`, `cart add --item` and the other verbs that take a product.
pub fn parse_product_ref(s: &str) -> Result<ProductRef, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(format!("the product is empty: {ACCEPTED}"));
    }
    let lower = t.to_ascii_lowercase();
    let looks_like_link = lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.contains(".com/")
        || lower.contains(".hk/")
        || lower.contains("taobao.com")
        || lower.contains("tmall.")
        || lower.contains("1688.com");
    if !looks_like_link {
        if is_digits(t) || is_opaque_id(t) {
            return Ok(ProductRef {
                platform: None,
                id: t.to_string(),
                sku: None,
            });
        }
        return Err(format!("\"{s}\" is not a product: {ACCEPTED}"));
    }
    let with_scheme = if lower.starts_with("http://") || lower.starts_with("https://") {
        t.to_string()
    } else {
        format!("https://{t}")
    };
    let url = url::Url::parse(&with_scheme)
        .map_err(|e| format!("\"{s}\" is not a link that can be read ({e}): {ACCEPTED}"))?;
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    let on = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    let query = |key: &str| {
        url.query_pairs()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim().to_string())
    };
    if on("1688.com") {
        // detail.1688.com/offer/706627393257.html, m.1688.com/offer/706627393257.html,
        // or a page with ?offerId=.
        let from_path = url
            .path_segments()
            .and_then(|mut segs| {
                segs.find(|p| p.ends_with(".html") || p.ends_with(".htm"))
                    .map(|p| p.trim_end_matches(".html").trim_end_matches(".htm"))
            })
            .filter(|id| is_digits(id))
            .map(str::to_string);
        let id = from_path
            .or_else(|| query("offerId").filter(|v| is_digits(v)))
            .ok_or_else(|| {
                format!(
                    "\"{s}\" is a 1688 link without an offer id: expected a link such as \
                     https://detail.1688.com/offer/706627393257.html"
                )
            })?;
        return Ok(ProductRef {
            platform: Some(Platform::Alibaba1688),
            id,
            sku: None,
        });
    }
    if on("taobao.com") || on("tmall.com") || on("tmall.hk") {
        // item.taobao.com/item.htm?id=..., detail.tmall.com/item.htm?id=...&skuId=...,
        // world.taobao.com/item/672991141190.htm, a.m.taobao.com/i672991141190.htm.
        let from_path = || {
            let last = url.path_segments()?.next_back()?;
            let stem = last.trim_end_matches(".html").trim_end_matches(".htm");
            let stem = stem.strip_prefix('i').unwrap_or(stem);
            is_digits(stem).then(|| stem.to_string())
        };
        let id = query("id")
            .filter(|v| is_digits(v))
            .or_else(|| query("itemId").filter(|v| is_digits(v)))
            .or_else(from_path)
            .ok_or_else(|| {
                format!(
                    "\"{s}\" is a Taobao/Tmall link without an item id: expected a link such as \
                     https://item.taobao.com/item.htm?id=672991141190"
                )
            })?;
        let sku = query("skuId").filter(|v| is_digits(v));
        return Ok(ProductRef {
            platform: Some(Platform::Taobao),
            id,
            sku,
        });
    }
    Err(format!(
        "\"{s}\" is a link to {host}, which is neither Taobao, Tmall nor 1688: {ACCEPTED}"
    ))
}

/// `goods check ITEM[:SKU,...]`: a product and, optionally, the SKUs to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckSpec {
    pub product: ProductRef,
    pub skus: Vec<String>,
}

impl fmt::Display for CheckSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.product.id)?;
        if !self.skus.is_empty() {
            write!(f, ":{}", self.skus.join(","))?;
        }
        Ok(())
    }
}

/// `ITEM[:SKU,SKU...]`, where ITEM is anything `parse_product_ref` takes (a link's `https:` is
/// not a SKU list: only a last part of digits and commas is).
pub fn parse_check_spec(s: &str) -> Result<CheckSpec, String> {
    let t = s.trim();
    let (item, skus) = match t.rsplit_once(':') {
        Some((item, list))
            if !list.is_empty()
                && list.split(',').all(|p| is_digits(p.trim()))
                && !item.is_empty() =>
        {
            (
                item,
                list.split(',').map(|p| p.trim().to_string()).collect(),
            )
        }
        Some((item, list)) if !item.contains('/') && !list.contains('/') => {
            return Err(format!(
                "\"{s}\": the SKU list \"{list}\" should be SKU ids separated by commas, e.g. \
                 672991141190:3452545926724,3452545926725"
            ));
        }
        _ => (t, Vec::new()),
    };
    let product = parse_product_ref(item)?;
    let mut skus: Vec<String> = skus;
    if let Some(k) = &product.sku
        && !skus.contains(k)
    {
        skus.push(k.clone());
    }
    Ok(CheckSpec { product, skus })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> ProductRef {
        parse_product_ref(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn links_name_their_platform() {
        let tb = p("https://item.taobao.com/item.htm?id=672991141190");
        assert_eq!(
            (tb.platform, tb.id.as_str(), tb.sku),
            (Some(Platform::Taobao), "672991141190", None)
        );
        let tm =
            p("https://detail.tmall.com/item.htm?spm=a1z10&id=600126245031&skuId=5016042822039");
        assert_eq!(tm.platform, Some(Platform::Taobao));
        assert_eq!(tm.id, "600126245031");
        assert_eq!(tm.sku.as_deref(), Some("5016042822039"));
        assert_eq!(p("item.taobao.com/item.htm?id=1234567").id, "1234567");
        assert_eq!(
            p("https://world.taobao.com/item/672991141190.htm").id,
            "672991141190"
        );
        assert_eq!(
            p("https://a.m.taobao.com/i672991141190.htm").id,
            "672991141190"
        );
        let ali = p("https://detail.1688.com/offer/706627393257.html?spm=a26352");
        assert_eq!(
            (ali.platform, ali.id.as_str()),
            (Some(Platform::Alibaba1688), "706627393257")
        );
        assert_eq!(p("m.1688.com/offer/706627393257.html").id, "706627393257");
        assert_eq!(
            p("https://detail.m.1688.com/page/index.html?offerId=706627393257").id,
            "706627393257"
        );
    }

    #[test]
    fn bare_ids_take_the_platform_option() {
        let n = p("672991141190");
        assert_eq!((n.platform, n.is_numeric()), (None, true));
        let o = p(" WUnUC1cILiBjt-Jv3lDdlQ ");
        assert_eq!(
            (o.id.as_str(), o.is_numeric()),
            ("WUnUC1cILiBjt-Jv3lDdlQ", false)
        );
        assert_eq!(o.platform_or(Platform::Alibaba1688), Platform::Alibaba1688);
    }

    #[test]
    fn what_is_not_a_product_is_named_with_what_is_accepted() {
        for bad in [
            "",
            "a/b",
            "商品",
            "https://www.amazon.com/dp/B0C1",
            "https://item.taobao.com/item.htm",
            "https://detail.1688.com/offer/abc.html",
            "12 34",
        ] {
            let e = parse_product_ref(bad).unwrap_err();
            assert!(e.contains("expected"), "{bad}: {e}");
        }
        assert!(
            parse_product_ref("https://www.amazon.com/dp/B0C1")
                .unwrap_err()
                .contains("www.amazon.com")
        );
    }

    #[test]
    fn check_specs_take_a_sku_list_after_the_last_colon() {
        let c = parse_check_spec("672991141190:3452545926724,3452545926725").unwrap();
        assert_eq!(c.product.id, "672991141190");
        assert_eq!(c.skus, ["3452545926724", "3452545926725"]);
        let c = parse_check_spec("https://item.taobao.com/item.htm?id=672991141190").unwrap();
        assert!(c.skus.is_empty());
        let c = parse_check_spec("https://detail.tmall.com/item.htm?id=6001&skuId=77:88").unwrap();
        assert_eq!(c.skus, ["88", "77"]);
        assert!(parse_check_spec("672991141190:red").is_err());
        assert!(parse_check_spec("672991141190:").is_err());
    }
}
