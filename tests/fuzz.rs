//! Property tests (a few thousand cases each, inside `cargo test`) over the code that reads
//! what the server sends and what prints it: envelope decoding, the typed views, the
//! `properties` decoder, money, and table rendering. None may panic on any input, and where a
//! property exists it is asserted: money prints what a person can type back to the same
//! cents, an envelope is only ever decoded from a JSON object.
//! A case that ever fails here is pinned below as a regression test.

use pandapon::api::envelope;
use pandapon::api::types::goods::{Category, Hit, Product, verdicts};
use pandapon::api::types::{Preview, alibaba, cart_page};
use pandapon::domain::money::{amount_to_cents, parse_yuan};
use pandapon::domain::value::properties;
use pandapon::output::Table;
use pandapon::output::format::money;
use proptest::prelude::*;
use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Arbitrary JSON, deep enough to reach the fields the views read.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        (-1e20f64..1e20).prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("3990"),
            Just("39.90"),
            Just("-1"),
            Just("1e3"),
            Just("")
        ]
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let keys = prop_oneof![
            Just("id".to_string()),
            Just("quantity".to_string()),
            Just("price".to_string()),
            Just("promotionPrice".to_string()),
            Just("properties".to_string()),
            Just("cartItemInfos".to_string()),
            Just("confirmOrders".to_string()),
            Just("mainlandShippingFee".to_string()),
            Just("orderFee".to_string()),
            Just("amount".to_string()),
            Just("currency".to_string()),
            Just("totalRealPayPrice".to_string()),
            Just("data".to_string()),
            Just("totalPage".to_string()),
            Just("enableList".to_string()),
            Just("skuList".to_string()),
            Just("productSkuInfos".to_string()),
            Just("priceInfo".to_string()),
            Just("noMpReasonList".to_string()),
            Just("childCategorys".to_string()),
            "[a-zA-Z]{1,6}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((keys, inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn envelope_decoding_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        // Only a JSON object with an integer code is an envelope.
        if let Ok(e) = envelope::decode(bytes.clone()) {
            let v: Value = serde_json::from_slice(&bytes).unwrap();
            prop_assert!(v.is_object());
            prop_assert_eq!(envelope::decode(bytes).unwrap().code, e.code);
        }
    }

    #[test]
    fn envelope_decoding_never_panics_on_json(v in json_value()) {
        let bytes = serde_json::to_vec(&v).unwrap();
        let _ = envelope::decode(bytes);
        let wrapped = serde_json::to_vec(&json!({"code": 200, "data": v})).unwrap();
        let e = envelope::decode(wrapped).unwrap();
        prop_assert_eq!(e.code, 200);
        // `data` is kept as its text, and parses back to what was sent.
        prop_assert_eq!(e.data.value().unwrap(), v);
    }

    #[test]
    fn typed_views_accept_or_explain_any_data(v in json_value()) {
        if let Err(e) = Preview::from_data(&v) {
            prop_assert!(e.starts_with("unexpected response: data"), "{}", e);
        }
        if let Err(e) = cart_page(&v) {
            prop_assert!(e.starts_with("unexpected response: data"), "{}", e);
        }
        // 1688's views: its cart, previews, creates, pay answer, reasons, companies.
        let alibaba = [
            alibaba::cart_lists(&v).err(),
            alibaba::previews(&v).err(),
            alibaba::created(&v).err(),
            alibaba::pay_answer(&v).err(),
            alibaba::reasons(&v).err(),
            alibaba::companies(&v).err(),
        ];
        for e in alibaba.into_iter().flatten() {
            prop_assert!(e.starts_with("unexpected response: data"), "{}", e);
        }
        let _ = alibaba::voucher_url(&v);
        let _ = alibaba::refund_id(&v);
    }

    #[test]
    fn goods_views_accept_or_explain_any_data(v in json_value()) {
        let errors = [
            Product::from_value(&v, "data").err(),
            Hit::from_value(&v, "data").err(),
            Category::from_value(&v, "data").err(),
            verdicts(&v, &["1".to_string()]).err(),
        ];
        for e in errors.into_iter().flatten() {
            prop_assert!(e.starts_with("unexpected response: data"), "{}", e);
        }
    }

    #[test]
    fn properties_never_panic(s in ".{0,64}", v in json_value()) {
        let _ = properties(&Value::String(s));
        let _ = properties(&v);
    }

    #[test]
    fn properties_decode_what_the_cart_encodes(
        pairs in prop::collection::vec(("[^\"\\\\]{1,8}", "[^\"\\\\]{1,8}"), 1..4)
    ) {
        let list: Vec<Value> = pairs.iter().map(|(n, v)| json!({"propName": n, "valueName": v})).collect();
        let encoded = Value::String(serde_json::to_string(&list).unwrap());
        let expected: Vec<String> = pairs.iter().map(|(n, v)| format!("{n}: {v}")).collect();
        prop_assert_eq!(properties(&encoded), expected.join(" / "));
    }

    #[test]
    fn money_round_trips_through_what_a_person_types(
        c in -i64::MAX..=i64::MAX,
        cur in prop_oneof![Just(String::new()), Just("rmb".to_string()), Just("usd".to_string()), "[A-Za-z]{1,4}"],
    ) {
        let printed = money(c, &cur);
        let (cents, read_cur) = read_money(&printed)
            .unwrap_or_else(|| panic!("{printed:?} is not money as pandapon prints it"));
        prop_assert_eq!(cents, c, "{}", printed);
        // No currency and RMB print as yuan, as CNY does.
        let want = match cur.to_ascii_uppercase().as_str() {
            "" | "RMB" => "CNY".to_string(),
            other => other.to_string(),
        };
        prop_assert_eq!(read_cur, want, "{}", printed);
    }

    #[test]
    fn an_amount_read_is_the_amount_printed(s in "-?[0-9]{0,12}(\\.[0-9]{0,3})?") {
        if let Some(c) = amount_to_cents(&s) {
            // Whatever was read prints back as the same number of yuan and fen.
            let (back, _) = read_money(&money(c, "CNY")).unwrap();
            prop_assert_eq!(back, c);
            let t = s.trim_start_matches('-');
            match t.split_once('.') {
                None => prop_assert_eq!(c.unsigned_abs(), t.parse::<u64>().unwrap()),
                Some((w, f)) => {
                    let fen: u64 = format!("{f:0<2}").parse().unwrap();
                    let yuan: u64 = if w.is_empty() { 0 } else { w.parse().unwrap() };
                    prop_assert_eq!(c.unsigned_abs(), yuan * 100 + fen);
                }
            }
        }
    }

    #[test]
    fn integer_amounts_round_trip_as_cents(c in any::<i64>()) {
        prop_assert_eq!(amount_to_cents(&c.to_string()), Some(c));
    }

    #[test]
    fn decimal_amounts_are_exact(yuan in 0i64..1_000_000_000, fen in 0i64..100) {
        prop_assert_eq!(amount_to_cents(&format!("{yuan}.{fen:02}")), Some(yuan * 100 + fen));
    }

    #[test]
    fn amount_parsing_never_panics(s in ".{0,24}") {
        let _ = amount_to_cents(&s);
    }
}

proptest! {
    #![proptest_config(config(500))]

    #[test]
    fn tables_render_any_text(rows in prop::collection::vec(prop::collection::vec(".{0,20}", 3), 0..6), width in 10u16..200) {
        let mut t = Table::new(&["a", "b", "c"]);
        for r in rows {
            t.row(r);
        }
        let _ = t.render(true, true, Some(width), false);
        let _ = t.render(true, false, None, false);
        let tsv = t.render(false, false, None, false);
        prop_assert_eq!(tsv.lines().count(), t.len());
        prop_assert!(tsv.lines().all(|l| l.split('\t').count() == 3));
    }

    #[test]
    fn truncated_titles_keep_a_table_within_the_terminal(
        rows in prop::collection::vec(("[A-Za-z0-9-]{1,22}", "[a-z0-9 ]{0,6}[\u{4e00}-\u{9fa5}]{0,40}", "¥[0-9]{1,4}\\.[0-9]{2}"), 1..8),
        width in 60u16..160,
    ) {
        let mut t = Table::new(&["ID", "标题", "Price"]).align_right(&[2]).truncate(&[1]);
        for (id, title, price) in &rows {
            t.row(vec![id.clone(), title.clone(), price.clone()]);
        }
        let s = t.render(true, false, Some(width), false);
        prop_assert!(s.lines().all(|l| l.width() <= usize::from(width)), "{}", s);
        prop_assert_eq!(s.lines().count(), rows.len() + 4, "one line per row: {}", s);
        for (id, _, price) in &rows {
            prop_assert!(s.contains(id.as_str()) && s.contains(price.as_str()), "{}", s);
        }
    }

    /// Ids, amounts and words of any length beside Chinese text, on any terminal from 40
    /// columns: every line fits, and every word and number is printed whole somewhere.
    #[test]
    fn fitted_tables_fit_and_split_no_word(
        rows in prop::collection::vec((
            "[0-9]{1,22}",
            "([A-Za-z0-9]{1,12} ){0,4}[\u{4e00}-\u{9fa5}]{0,30}",
            "([a-z]{1,10} ){0,5}",
            "¥[0-9]{1,4}\\.[0-9]{2}",
        ), 1..6),
        width in 40u16..160,
    ) {
        let mut t = Table::new(&["ID", "标题", "Status", "Price"]).align_right(&[3]);
        for (id, title, status, price) in &rows {
            t.row(vec![id.clone(), title.clone(), status.clone(), price.clone()]);
        }
        let s = t.render(true, false, Some(width), false);
        for (id, title, status, price) in &rows {
            let words = title.split(|c: char| !c.is_ascii_alphanumeric()).chain(status.split(' '));
            for w in [id.as_str(), price.as_str()].into_iter().chain(words).filter(|w| !w.is_empty()) {
                prop_assert!(s.contains(w), "{} was split: {}", w, s);
            }
        }
        prop_assert!(s.lines().all(|l| l.width() <= usize::from(width)), "{}", s);
    }

    #[test]
    fn chinese_and_ascii_columns_line_up(rows in prop::collection::vec(prop::collection::vec("[a-z0-9 ]{0,6}[\u{4e00}-\u{9fa5}]{0,8}", 3), 1..6)) {
        let mut t = Table::new(&["ID", "标题", "Price"]);
        for r in rows {
            t.row(r);
        }
        let s = t.render(true, false, None, false);
        let widths: Vec<usize> = s.lines().map(UnicodeWidthStr::width).collect();
        prop_assert!(widths.iter().all(|&w| w == widths[0]), "{}", s);
    }
}

/// `money`'s output read back: sign, symbol (or code after the number), thousands in groups of
/// three, exactly two decimals; the amount through `parse_yuan`, as a person would type it.
fn read_money(s: &str) -> Option<(i64, String)> {
    let (neg, rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let (number, cur) = if let Some(r) = rest.strip_prefix('¥') {
        (r, "CNY".to_string())
    } else if let Some(r) = rest.strip_prefix('$') {
        (r, "USD".to_string())
    } else if let Some(r) = rest.strip_prefix('€') {
        (r, "EUR".to_string())
    } else {
        let (n, code) = rest.split_once(' ')?;
        (n, code.to_string())
    };
    let (whole, frac) = number.split_once('.')?;
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped = (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && (groups[0] != "0" || groups.len() == 1)
        && !(groups[0].starts_with('0') && groups[0].len() > 1);
    if !grouped || frac.len() != 2 {
        return None;
    }
    let cents = parse_yuan(&format!("{}.{frac}", groups.concat())).ok()?;
    Some((if neg { -cents } else { cents }, cur))
}

/// The one amount that prints but cannot be typed back: beyond i64 once positive.
#[test]
fn the_smallest_amount_prints_in_full() {
    assert_eq!(money(i64::MIN, "CNY"), "-¥92,233,720,368,547,758.08");
}

// Any input that ever fails a property above is pinned here as its own #[test].
