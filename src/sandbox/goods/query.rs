//! What every goods search shares in the sandbox: reading the paging, keywords, price range and
//! category of a request, matching titles, and the image search's stand-in for similarity.

use base64::Engine;
use serde_json::{Map, Value};

use super::catalogue::Rng;
use super::kinds::Category;
use crate::sandbox::{ApiError, int_field};

/// `pageNo`/`beginPage` (default 1) and `pageSize` (default 20, at most `max`).
pub fn paging(o: &Map<String, Value>, page_key: &str, max: i64) -> Result<(i64, i64), ApiError> {
    let page = int_field(o, page_key)?.unwrap_or(1);
    if !(1..=100_000).contains(&page) {
        return Err(ApiError::bad(format!(
            "{page_key} must be from 1 to 100000, got {page}"
        )));
    }
    let size = int_field(o, "pageSize")?.unwrap_or(20);
    if !(1..=max).contains(&size) {
        return Err(ApiError::bad(format!(
            "pageSize must be from 1 to {max}, got {size}"
        )));
    }
    Ok((page, size))
}

/// An optional text field; present and not text (or a number) is refused.
pub fn opt_text(o: &Map<String, Value>, key: &str) -> Result<Option<String>, ApiError> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(v) => Err(ApiError::bad(format!("{key} must be a string, got {v}"))),
    }
}

/// A category id sent as a number or a numeric string (the 1688 pages type it both ways).
pub fn opt_category(o: &Map<String, Value>, key: &str) -> Result<Option<u64>, ApiError> {
    match opt_text(o, key)? {
        None => Ok(None),
        Some(t) => t.parse().map(Some).map_err(|_| {
            ApiError::bad(format!("{key} must be a numeric category id, got \"{t}\""))
        }),
    }
}

/// The 1688 price filters: yuan, as strings ("239.99") or numbers (docs/api.md#alibaba-product-search).
pub fn opt_yuan(o: &Map<String, Value>, key: &str) -> Result<Option<i64>, ApiError> {
    match opt_text(o, key)? {
        None => Ok(None),
        Some(t) => crate::domain::money::parse_yuan(&t)
            .map(Some)
            .map_err(|e| ApiError::bad(format!("{key} must be an amount in yuan: {e}"))),
    }
}

/// The `country` 1688 bodies carry: "目前固定传 en".
pub fn check_country(o: &Map<String, Value>) -> Result<(), ApiError> {
    match opt_text(o, "country")? {
        Some(c) if c != "en" => Err(ApiError::bad(format!(
            "country must be \"en\" (the only one for now), got \"{c}\""
        ))),
        _ => Ok(()),
    }
}

/// The search words: split on spaces, lower-cased.
pub fn terms(keyword: &str) -> Vec<String> {
    keyword.split_whitespace().map(str::to_lowercase).collect()
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Every term is in the title (or its translation). A long Chinese term matches when its
/// two-character words all do, as "男士衬衫" finds "男士短袖衬衫".
pub fn matches(title: &str, trans: &str, terms: &[String]) -> bool {
    let hay = format!("{} {}", title.to_lowercase(), trans.to_lowercase());
    terms.iter().all(|t| {
        if hay.contains(t.as_str()) {
            return true;
        }
        let chars: Vec<char> = t.chars().collect();
        chars.len() >= 4
            && chars.iter().all(|&c| is_cjk(c))
            && chars
                .chunks(2)
                .all(|w| hay.contains(w.iter().collect::<String>().as_str()))
    })
}

/// In `wanted` or one of its subcategories.
pub fn in_category(categories: &[Category], item: u64, wanted: Option<u64>) -> bool {
    match wanted {
        None => true,
        Some(w) => {
            item == w
                || categories
                    .iter()
                    .find(|c| c.id == item)
                    .is_some_and(|c| c.parent == w)
        }
    }
}

pub fn in_range(price: i64, min: Option<i64>, max: Option<i64>) -> bool {
    min.is_none_or(|m| price >= m) && max.is_none_or(|m| price <= m)
}

/// The picture a search is by: `imageBase64` decoded, else the `imageAddress` text (the
/// sandbox fetches nothing). One of the two is required.
pub fn image_bytes(o: &Map<String, Value>) -> Result<Vec<u8>, ApiError> {
    if let Some(b64) = opt_text(o, "imageBase64")? {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(b64.as_bytes())
            .map_err(|e| ApiError::bad(format!("imageBase64 is not base64: {e}")))?;
        if bytes.is_empty() {
            return Err(ApiError::bad("imageBase64 holds no bytes"));
        }
        return Ok(bytes);
    }
    if let Some(url) = opt_text(o, "imageAddress")? {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(ApiError::bad(format!(
                "imageAddress must be an http(s) URL, got \"{url}\""
            )));
        }
        return Ok(url.into_bytes());
    }
    Err(ApiError::bad("imageBase64 or imageAddress is required"))
}

/// "Similar" products for a picture: a subset of `0..n` fixed by the picture's bytes (FNV-1a),
/// 12 to 40 of them, most similar first. The same picture always finds the same products.
pub fn similar(bytes: &[u8], n: usize) -> Vec<usize> {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let mut rng = Rng::new(hash);
    let count = (12 + rng.below(29)).min(n);
    let mut all: Vec<usize> = (0..n).collect();
    for i in 0..count {
        let j = i + rng.below(n - i);
        all.swap(i, j);
    }
    all.truncate(count);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_match_every_term_and_long_chinese_terms_by_their_words() {
        let t = "2025新款男士短袖衬衫宽松休闲";
        assert!(matches(t, "", &terms("衬衫")));
        assert!(matches(t, "", &terms("男士衬衫")));
        assert!(matches(t, "", &terms("衬衫 宽松")));
        assert!(!matches(t, "", &terms("衬衫 连衣裙")));
        assert!(matches("文件夹", "PVC Folder", &terms("folder")));
    }

    #[test]
    fn the_same_picture_finds_the_same_products() {
        let a = similar(b"\xFF\xD8\xFFone", 240);
        assert_eq!(a, similar(b"\xFF\xD8\xFFone", 240));
        assert_ne!(a, similar(b"\xFF\xD8\xFFtwo", 240));
        assert!((12..=40).contains(&a.len()));
        let mut d = a.clone();
        d.sort();
        d.dedup();
        assert_eq!(d.len(), a.len(), "no product twice");
    }
}
