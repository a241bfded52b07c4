//! Typed views of the response `data` the commands draw as tables.
//!
//! `--json` prints `data` itself, untouched; these views only read it. They are lenient where
//! PandaPon is inconsistent (a price as 3990 or "3990", an id as number or string) and strict
//! where a wrong type would print a wrong number: that is an error naming the field.
//!
//! One module per noun; the helpers every view uses are here.

pub mod alibaba;
pub mod cart;
pub mod goods;
pub mod keep;
pub mod order;
pub mod refund;

pub use cart::{CartItem, CartPage, Preview, ShopOrder, cart_page};
pub use keep::Keep;
pub use order::{Order, OrderExtra, OrderLine};
pub use refund::{Detail, Fields, Rendered, ReturnRoute};

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::{Map, Value};

use crate::api::envelope::Data;
use crate::domain::{json, money, value};

/// Where a value sits, for error messages: `data.confirmOrders[0].cartItemInfos[2].price`.
pub(super) fn at(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

pub(super) fn shape_error(path: &str, expected: &str, got: &Value) -> String {
    let got = match got {
        Value::Null => "null".to_string(),
        Value::String(s) => format!("the string {:?}", s.chars().take(40).collect::<String>()),
        other => other.to_string().chars().take(40).collect(),
    };
    format!("unexpected response: {path} should be {expected}, got {got}")
}

pub(super) fn obj<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| shape_error(path, "an object", v))
}

pub(super) fn opt_str(o: &Map<String, Value>, key: &str) -> Option<String> {
    match o.get(key)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// An integer field, if present and not null; present with a non-integer value is an error.
pub(super) fn opt_int(
    o: &Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Option<i64>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => value::int(v)
            .map(Some)
            .ok_or_else(|| shape_error(&at(path, key), "an integer", v)),
    }
}

pub(super) fn opt_money(
    o: &Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Option<(i64, String)>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => money::money_object(v).map(Some).ok_or_else(|| {
            shape_error(
                &at(path, key),
                "a money object {\"amount\": \"...\", \"currency\": \"CNY\"}",
                v,
            )
        }),
    }
}

/// The first of several candidate fields that is present and not null. A candidate may be a
/// dotted path (`refundOrder.refundId`), for responses that nest what others keep flat.
pub fn pick<'a>(v: &'a Value, candidates: &[&str]) -> Option<&'a Value> {
    candidates.iter().find_map(|c| {
        c.split('.')
            .try_fold(v, |cur, k| field(cur, k))
            .filter(|x| !x.is_null())
    })
}

/// `v.get(key)`, by a scan for a small object: a row's pruned order (`keep`) has a dozen
/// fields, and comparing a dozen names costs less than hashing the key (`Map` hashes with
/// SipHash).
pub(super) fn field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Object(o) if o.len() <= 16 => o.iter().find(|(k, _)| *k == key).map(|(_, x)| x),
        _ => v.get(key),
    }
}

/// The first candidate as text (ids exactly as sent).
pub fn pick_text(v: &Value, candidates: &[&str]) -> String {
    pick(v, candidates)
        .and_then(|x| match x {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        })
        .unwrap_or_default()
}

/// One page of any list: the elements exactly as sent, and the paging numbers if any.
///
/// A page read for a walk (`from_data`) keeps its elements as JSON text until something
/// needs them: `--json` copies the list's text whole (`output::transcode`), rows need them
/// found (`split`) and parsed (`parse`).
#[derive(Debug, Default)]
pub struct Page {
    /// The elements, parsed (empty while `raw` holds them).
    pub elements: Vec<Value>,
    /// The elements as JSON text, not yet parsed.
    pub raw: Option<RawElements>,
    pub total_pages: Option<u64>,
    pub total_records: Option<u64>,
    pub paged: bool,
    /// How many elements there were, once they were let go (`release`).
    released: Option<usize>,
}

/// A page's elements as the JSON text they came as.
#[derive(Debug)]
pub struct RawElements {
    /// The page's `data` (shared with the answer, not copied).
    data: Data,
    /// Where the list (`[...]`) is in `data`'s text.
    list: Range<usize>,
    /// Where each element is in `data`'s text, once found (`Page::split`).
    spans: Option<Vec<Range<u32>>>,
    /// `count_values` of `list`, when it was counted on the way (`Page::from_data`): what
    /// `check_budget` counts while the elements are not yet found.
    values: Option<usize>,
}

impl RawElements {
    /// The list's JSON text, `[` to `]`.
    pub fn list(&self) -> &str {
        &self.data.text()[self.list.clone()]
    }

    /// Each element's JSON text, in order, if they were found (`Page::split`): then they,
    /// not the whole list, are the page (`truncate` keeps the first n).
    pub fn found(&self) -> Option<impl Iterator<Item = &str>> {
        self.spans.is_some().then(|| self.texts())
    }

    /// Whether the text was checked to be JSON as the answer came (`json::checked`): its
    /// `data`'s fields were found then.
    fn checked(&self) -> bool {
        self.data.members().is_some()
    }

    /// Each element's JSON text, in order, once found (`Page::split`).
    fn texts(&self) -> impl Iterator<Item = &str> {
        let text = self.data.text();
        self.spans
            .iter()
            .flatten()
            .map(move |s| &text[s.start as usize..s.end as usize])
    }

    /// Refused when the elements would parse into more values than an answer may
    /// (`budget::per_answer`); as `domain::json::check`, no text shorter than the limit can.
    fn check_budget(&self) -> Result<(), String> {
        let limit = crate::api::budget::per_answer();
        let texts = || -> Box<dyn Iterator<Item = &str>> {
            match self.found() {
                Some(t) => Box::new(t),
                None => Box::new(std::iter::once(self.list())),
            }
        };
        let bytes: usize = texts().map(str::len).sum();
        if bytes < limit {
            return Ok(());
        }
        let values: usize = match (&self.spans, self.values) {
            (None, Some(n)) => n,
            _ => texts()
                .map(|t| crate::domain::json::count_values(t.as_bytes()))
                .sum(),
        };
        if values > limit {
            return Err(crate::api::budget::refused(
                &format!("about {values} JSON values"),
                bytes,
                limit,
            ));
        }
        Ok(())
    }

    /// No element: the list is `[` and `]` with only whitespace between.
    fn is_empty(&self) -> bool {
        match &self.spans {
            Some(s) => s.is_empty(),
            None => self.list()[1..].trim_start().starts_with(']'),
        }
    }
}

impl Page {
    /// How many elements the page holds: found first for a page kept as text (`split`).
    pub fn len(&self) -> usize {
        match &self.raw {
            Some(r) => {
                debug_assert!(
                    r.spans.is_some(),
                    "a raw page is split before it is counted"
                );
                r.spans.as_ref().map_or(0, Vec::len)
            }
            None => self.released.unwrap_or(self.elements.len()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.raw
            .as_ref()
            .map_or_else(|| self.len() == 0, RawElements::is_empty)
    }

    /// Lets the parsed elements go, once what was wanted of them is made (a walk's rows), on
    /// the thread that parsed them (a thread frees its own memory faster). The page still
    /// counts them (`len`), for the walk that asks whether it was the last.
    pub fn release(&mut self) {
        if self.raw.is_none() && self.released.is_none() {
            self.released = Some(self.elements.len());
            self.elements = Vec::new();
        }
    }

    /// Finds where each element of a page kept as text is. Refused when there are more than
    /// an answer may parse into values (`budget::per_answer`), as their parse would be: where
    /// they are takes memory too (8 bytes each; `[0,0,...]` is 2 bytes an element).
    pub fn split(&mut self) -> Result<(), String> {
        let Some(raw) = &mut self.raw else {
            return Ok(());
        };
        if raw.spans.is_some() {
            return Ok(());
        }
        let limit = crate::api::budget::per_answer();
        let list = raw.list();
        let mut spans = json::elements(list, limit).map_err(|e| match e {
            json::Split::NotJson => "the server's answer is not valid JSON".to_string(),
            json::Split::TooMany => crate::api::budget::refused(
                &format!("more than {limit} list elements"),
                list.len(),
                limit,
            ),
        })?;
        let base = raw.list.start as u32;
        for s in &mut spans {
            *s = base + s.start..base + s.end;
        }
        raw.spans = Some(spans);
        Ok(())
    }

    /// Keeps the first `n` elements (found first for a page kept as text).
    pub fn truncate(&mut self, n: usize) -> Result<(), String> {
        debug_assert!(self.released.is_none(), "a released page is not read again");
        self.split()?;
        match &mut self.raw {
            Some(r) => r.spans.iter_mut().for_each(|s| s.truncate(n)),
            None => self.elements.truncate(n),
        }
        Ok(())
    }

    /// Parses the elements still held as text into `elements`. The page's elements are
    /// counted together (`domain::json::check`), as the whole answer was when it came.
    pub fn parse(&mut self) -> Result<(), String> {
        debug_assert!(self.released.is_none(), "a released page is not read again");
        self.split()?;
        let Some(raw) = self.raw.take() else {
            return Ok(());
        };
        raw.check_budget()?;
        self.elements = raw
            .texts()
            .map(serde_json::from_str)
            .collect::<Result<_, _>>()
            .map_err(|e| format!("the server's answer is not valid JSON ({e})"))?;
        Ok(())
    }

    /// As `parse`, but keeping of each element only the fields `keep` names (`keep`): what
    /// reads only those reads the same, and ten thousand rows parse in a fraction of the
    /// time. A page the pruning is unsure of is parsed whole.
    pub fn parse_keeping(&mut self, keep: Option<&Keep>) -> Result<(), String> {
        let (Some(keep), Some(raw)) = (keep, &self.raw) else {
            return self.parse();
        };
        if raw.check_budget().is_err() {
            // Refused all the same, in the words of a whole page's parse.
            return self.parse();
        }
        // Text checked whole as the answer came is read without checking it again
        // (`keep::object_checked`); what that reader is unsure of, serde_json reads.
        let checked = raw.checked();
        let pruned = match raw.found() {
            Some(mut texts) => texts.try_fold(Vec::new(), |mut all, t| {
                let fast = checked.then(|| keep::object_checked(t, keep)).flatten();
                all.push(fast.map_or_else(|| keep::object(t, keep), Ok)?);
                Ok(all)
            }),
            None => {
                let fast = checked
                    .then(|| keep::list_checked(raw.list(), keep))
                    .flatten();
                fast.map_or_else(|| keep::list(raw.list(), keep), Ok)
            }
        };
        match pruned {
            Ok(elements) => {
                self.elements = elements;
                self.raw = None;
                Ok(())
            }
            Err(_) => self.parse(),
        }
    }

    /// Whether `from_data` is only a few lookups for this `data`: its fields were found as the
    /// answer was checked (`Data::members`) and it tells the page count. (A page that does not
    /// is split, a pass over its list.)
    pub fn read_at_once(data: &Data) -> bool {
        data.members().is_some_and(|found| {
            found.iter().any(|m| {
                let key = m.key(data.text());
                PAGES_KEYS.contains(&&key[1..key.len() - 1])
            })
        })
    }

    /// A page of `data` (the shapes of `into_page`), its elements left as text. A page that
    /// does not tell how many pages there are is split at once: the walk counts its elements
    /// to know whether it was the last.
    pub fn from_data(data: &Data, what: &str) -> Result<Page, String> {
        let text = data.text();
        let mut page = Page::default();
        let limit = crate::api::budget::per_answer();
        let split = |e| match e {
            json::Split::NotJson => "the server's answer is not valid JSON".to_string(),
            json::Split::TooMany => {
                crate::api::budget::refused(&format!("more than {limit} fields"), text.len(), limit)
            }
        };
        // `data`'s syntax was checked when the answer was read, and its fields were usually
        // found then too; if not, they are found here (and the list's values counted on the way).
        let mut values = None;
        let list = match text.as_bytes().first() {
            Some(b'n') => return Ok(page),
            Some(b'[') => 0..text.len(),
            Some(b'{') => {
                // A repeated key keeps its last value, as a parsed map would.
                let mut fields: BTreeMap<Cow<str>, (&str, usize)> = BTreeMap::new();
                let found;
                let members = match data.members() {
                    Some(m) => m,
                    None => {
                        found = json::members(text, limit).map_err(split)?;
                        &found
                    }
                };
                for m in members {
                    let key = m.key(text);
                    let key: Cow<str> = match key.contains('\\') {
                        false => Cow::Borrowed(&key[1..key.len() - 1]),
                        true => Cow::Owned(serde_json::from_str(key).map_err(|e| e.to_string())?),
                    };
                    fields.insert(key, (m.value(text), m.values));
                }
                let is = |k: &str, lead: &str| fields.get(k).is_some_and(|v| v.0.starts_with(lead));
                let Some(key) = PAGE_LIST_KEYS.iter().find(|k| is(k, "[")) else {
                    if PAGE_LIST_KEYS
                        .iter()
                        .any(|k| fields.get(*k).is_some_and(|v| v.0 == "null"))
                    {
                        return Ok(page);
                    }
                    return Err(shape_error("data", what, &data.value()?));
                };
                // The paging numbers are a handful of small values: parsed as such.
                let small: Map<String, Value> = PAGES_KEYS
                    .iter()
                    .chain(RECORDS_KEYS)
                    .filter_map(|k| Some((k.to_string(), json::parse_small(fields.get(*k)?.0)?)))
                    .collect();
                read_paging(&small, &mut page);
                let (list, n) = fields[*key];
                values = Some(n);
                let at = list.as_ptr() as usize - text.as_ptr() as usize;
                at..at + list.len()
            }
            _ => return Err(shape_error("data", what, &data.value()?)),
        };
        page.raw = Some(RawElements {
            data: data.clone(),
            list,
            spans: None,
            values,
        });
        if page.total_pages.is_none() {
            page.split()?;
        }
        Ok(page)
    }
}

const PAGE_LIST_KEYS: &[&str] = &[
    "data",
    "records",
    "list",
    "items",
    "rows",
    "orders",
    "result",
    "resultList",
    "dataList",
];

const PAGES_KEYS: &[&str] = &["totalPage", "pages", "totalPages"];
const RECORDS_KEYS: &[&str] = &["totalRecords", "total", "totalCount"];

/// The paging numbers of a page object, under any of the names PandaPon's lists use.
pub(super) fn read_paging(o: &Map<String, Value>, page: &mut Page) {
    let num = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| o.get(*k).and_then(value::int))
            .and_then(|n| u64::try_from(n).ok())
    };
    page.total_pages = num(PAGES_KEYS);
    page.total_records = num(RECORDS_KEYS);
    // False when the API answered with everything at once (no paging fields).
    page.paged = page.total_pages.is_some() || page.total_records.is_some();
}

/// A page in the shapes PandaPon uses (see `cart_page`): `{totalRecords, totalPage, data:
/// [...]}`, `{total, pages, records: [...]}`, or a plain array. `what` names the elements.
pub fn page(data: &Value, what: &str) -> Result<Page, String> {
    into_page(data.clone(), what)
}

/// `page` for a value that is no longer needed: the elements are moved out, not copied
/// (a walk reads megabytes of them).
pub fn into_page(data: Value, what: &str) -> Result<Page, String> {
    let mut page = Page::default();
    match data {
        Value::Null => Ok(page),
        Value::Array(a) => {
            page.elements = a;
            Ok(page)
        }
        Value::Object(mut o) => {
            let found = PAGE_LIST_KEYS
                .iter()
                .find(|k| o.get(**k).is_some_and(Value::is_array));
            let Some(key) = found else {
                if PAGE_LIST_KEYS
                    .iter()
                    .any(|k| o.get(*k).is_some_and(Value::is_null))
                {
                    return Ok(page);
                }
                return Err(shape_error("data", what, &Value::Object(o)));
            };
            read_paging(&o, &mut page);
            if let Some(Value::Array(list)) = o.remove(*key) {
                page.elements = list;
            }
            Ok(page)
        }
        other => Err(shape_error("data", what, &other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_page_kept_as_text_is_found_cut_and_parsed_as_the_parsed_one() {
        let text = r#"{"code":200,"data":{"totalPage":3,"data":[{"orderId":1},{"orderId":2},3]}}"#;
        let data = crate::api::envelope::decode(text.as_bytes().to_vec())
            .unwrap()
            .data;
        let mut p = Page::from_data(&data, "orders").unwrap();
        assert_eq!((p.total_pages, p.is_empty()), (Some(3), false));
        assert!(
            p.raw.as_ref().unwrap().found().is_none(),
            "not looked for yet"
        );
        p.truncate(2).unwrap();
        let found: Vec<&str> = p.raw.as_ref().unwrap().found().unwrap().collect();
        assert_eq!(found, [r#"{"orderId":1}"#, r#"{"orderId":2}"#]);
        p.parse().unwrap();
        assert_eq!(p.elements, [json!({"orderId": 1}), json!({"orderId": 2})]);
        let empty =
            crate::api::envelope::decode(br#"{"code":200,"data":{"total":0,"list":[ ]}}"#.to_vec());
        let p = Page::from_data(&empty.unwrap().data, "orders").unwrap();
        assert!(p.is_empty());
        assert_eq!(p.len(), 0, "split at once: no page count");
    }

    /// A page checked as it came (read by `keep::list_checked` or `keep::object_checked`) is
    /// pruned as one serde_json reads (an escaped key in the envelope: not checked in one
    /// pass), whole or found, and an element that is not an object has it parsed whole.
    #[test]
    fn a_checked_page_is_pruned_as_serde_json_prunes_it() {
        let keep = Keep::new(&[&["orderId"]]).lists(&["lines"], Keep::new(&[&["title"]]));
        let read = |body: &str, split: bool| {
            let data = crate::api::envelope::decode(body.as_bytes().to_vec())
                .unwrap()
                .data;
            let mut p = Page::from_data(&data, "orders").unwrap();
            if split {
                p.split().unwrap();
            }
            p.parse_keeping(Some(&keep)).unwrap();
            (data.members().is_some(), p.elements)
        };
        let body = r#"{"code":200,"data":{"totalPage":3,"data":[{"orderId":1,"x":[1,{"y":"]\""}]},
            {"orderId":"2","lines":[{"title":"t\u00e9","n":1}]}]}}"#;
        let unchecked = body.replacen('{', r#"{"\u0078":0,"#, 1);
        for split in [false, true] {
            let (checked, fast) = read(body, split);
            assert_eq!(read(&unchecked, split), (false, fast.clone()));
            assert!(checked);
            assert_eq!(
                fast,
                [
                    json!({"orderId": 1}),
                    json!({"orderId": "2", "lines": [{"title": "té"}]})
                ]
            );
            let not_object = body.replacen(r#"{"orderId":1"#, r#"3,{"orderId":1"#, 1);
            assert_eq!(read(&not_object, split).1[0], json!(3), "parsed whole");
        }
    }

    /// Read where it came only when that is a few lookups: its fields found on the way, and no
    /// split needed.
    #[test]
    fn a_page_is_read_at_once_when_its_fields_were_found_and_it_tells_its_count() {
        let data = |body: &str| {
            crate::api::envelope::decode(body.as_bytes().to_vec())
                .unwrap()
                .data
        };
        assert!(Page::read_at_once(&data(
            r#"{"code":200,"data":{"totalPage":3,"data":[1]}}"#
        )));
        assert!(!Page::read_at_once(&data(
            r#"{"code":200,"data":{"total":3,"list":[1]}}"#
        )));
        // An escaped key: the envelope was read the slower way, nothing found on the way.
        assert!(!Page::read_at_once(&data(
            r#"{"c\u006fde":200,"data":{"totalPage":3,"data":[1]}}"#
        )));
    }

    #[test]
    fn pages_and_picks() {
        let p = page(&json!({"total": 3, "records": [1, 2]}), "orders").unwrap();
        assert_eq!(
            (p.elements.len(), p.total_records, p.paged),
            (2, Some(3), true)
        );
        assert!(page(&json!({"x": 1}), "a list of orders").is_err());
        let v = json!({"refundOrderAggregate": {"refundOrder": {"refundId": 11}}});
        assert_eq!(
            pick_text(
                &v,
                &["refundId", "refundOrderAggregate.refundOrder.refundId"]
            ),
            "11"
        );
    }
}
