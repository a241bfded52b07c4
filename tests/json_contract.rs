//! The JSON contract (README "Output"): in every command's `--json`, identifiers are strings
//! and no number is one a double would round, so jq 1.6 and JavaScript read what was sent.
//!
//! One walk over every command against the sandbox, reads and writes, in an order that lets
//! the writes succeed (as the flows in tests/cmd/sandbox do). A command added later must add
//! its case here, or say in `NO_JSON` why it prints no JSON: `every_command_has_a_case` fails
//! until it does.

mod common;

use common::{Shop, stderr, stdout};
use serde_json::Value;

/// Each command (the words after `pandapon`) with arguments that make it succeed in turn.
const CASES: &[&[&str]] = &[
    &["cart", "list"],
    &["cart", "list", "--all"],
    &[
        "cart",
        "add",
        "--item",
        "Tk3vM8pW1qRz-NcY6bLh2F",
        "--sku",
        "5120398475620",
        "--quantity",
        "2",
        "--yes",
    ],
    &["cart", "edit", "386", "--quantity", "3", "--yes"],
    &["cart", "preview", "--ids", "382,383,385"],
    &["cart", "delete", "384", "--yes"],
    &[
        "cart",
        "create",
        "--ids",
        "382,386",
        "--yes",
        "--address-name",
        "张三",
        "--address-mobile",
        "13800000000",
        "--address-street",
        "文一西路969号",
    ],
    &["order", "list"],
    &["order", "list", "--all"],
    &["order", "show", "3305075341149005155"],
    &[
        "order",
        "show",
        "3305075341149005155",
        "3305075341149010310",
    ],
    &["order", "logistics", "3305075341149005155"],
    &["order", "im-link", "3305075341149005155"],
    &[
        "order",
        "render",
        "--item",
        "WUnUC1cILiBjt-Jv3lDdlQ:5032007803360:1",
        "--address-name",
        "张三",
        "--address-mobile",
        "13800000000",
        "--address-street",
        "文一西路969号",
    ],
    &[
        "order",
        "create",
        "--item",
        "WUnUC1cILiBjt-Jv3lDdlQ:5032007803360:1",
        "--address-name",
        "张三",
        "--address-mobile",
        "13800000000",
        "--address-street",
        "文一西路969号",
        "--yes",
    ],
    &[
        "order",
        "warehouse",
        "3305075341149010310",
        "--name",
        "一号仓库",
        "--address",
        "广西省南宁市青秀区",
        "--yes",
    ],
    &[
        "order",
        "pay",
        "3305075341149012372",
        // On purpose: a batch's array holds its failures too (exit 1).
        "999",
        "--yes",
    ],
    &["order", "cancel", "3305075341149010310", "--yes"],
    &["after-sales", "list"],
    &[
        "after-sales",
        "render",
        "--sub-order",
        "3305075341149006186",
        "--type",
        "2",
        "--goods-status",
        "2",
    ],
    &[
        "after-sales",
        "submit",
        "--sub-order",
        "3305075341149006186",
        "--type",
        "1",
        "--goods-status",
        "1",
        "--reason",
        "4001",
        "--amount",
        "50",
        "--yes",
    ],
    &["after-sales", "show", "110000235001"],
    &[
        "after-sales",
        "modify",
        "110000235001",
        "--amount",
        "80",
        "--yes",
    ],
    &[
        "after-sales",
        "message",
        "110000235001",
        "--text",
        "已寄回",
        "--yes",
    ],
    &["after-sales", "messages", "110000235001"],
    &["after-sales", "return-logistics", "110000235001"],
    &[
        "after-sales",
        "return-ship",
        "110000235001",
        "--company",
        "SF",
        "--tracking",
        "SF1234567890",
        "--yes",
    ],
    &["after-sales", "cancel", "110000235001", "--yes"],
    &["address", "list"],
    &["address", "set", "--id", "1", "--city", "宁波市", "--yes"],
    &[
        "freight",
        "estimate",
        "--item",
        "Hx7bN2kQ4wPz-LrC9mTe1V",
        "--sku",
        "5120398475561",
        "--quantity",
        "2",
        "--price",
        "89",
        "--to-country",
        "US",
    ],
    &[
        "freight",
        "preview",
        "--item",
        "Hx7bN2kQ4wPz-LrC9mTe1V:5120398475561:2:89",
        "--to-country",
        "US",
    ],
    &[
        "freight",
        "book",
        "--render-id",
        "FF202600001002",
        "--service-id",
        "PP-STD",
        "--item",
        "Hx7bN2kQ4wPz-LrC9mTe1V:5120398475561:2:89",
        "--to-country",
        "US",
        "--yes",
    ],
    &[
        "freight",
        "domestic",
        "--order",
        "3305075341149005155",
        "--item",
        "Hx7bN2kQ4wPz-LrC9mTe1V:5120398475561:1",
        "--company",
        "顺丰",
        "--tracking",
        "SF1234521212678",
        "--yes",
    ],
    &["goods", "show", "WUnUC1cILiBjt-Jv3lDdlQ", "672991141190"],
    &[
        "goods",
        "show",
        "https://detail.1688.com/offer/706627393257.html",
    ],
    &["goods", "check", "WUnUC1cILiBjt-Jv3lDdlQ"],
    &["goods", "search", "衬衫"],
    &["goods", "search", "衬衫", "--all", "--limit", "50"],
    &["--platform", "1688", "goods", "search", "文件夹"],
    &["goods", "image-search", "https://img.example/shirt.jpg"],
    &["--platform", "1688", "goods", "category"],
    &["--platform", "1688", "goods", "recommend"],
    &["--platform", "1688", "goods", "related", "706627393257"],
    &["--platform", "1688", "goods", "hot"],
    &[
        "--platform",
        "1688",
        "goods",
        "seller-chat",
        "706627393257",
        "BBBgGWh2O6JFI6v1aQuZVgRIA",
    ],
    &["--platform", "1688", "cart", "list"],
    &["--platform", "1688", "order", "list"],
    &["--platform", "1688", "order", "show", "2542285634920011341"],
    &[
        "--platform",
        "1688",
        "order",
        "confirm-receipt",
        "2542285634920009279",
        "--yes",
    ],
    &[
        "--platform",
        "1688",
        "after-sales",
        "reasons",
        "2542285634920011341",
    ],
    &["--platform", "1688", "after-sales", "companies"],
    &["inbox", "list"],
    &[
        "inbox",
        "replay",
        "--pending",
        "--to",
        "http://127.0.0.1:9/app",
    ],
    &["trigger", "--list"],
    &["journal"],
    &["journal", "list", "--tail", "5"],
    &["journal", "unresolved"],
    &["journal", "reconcile"],
    &["config", "show"],
    &["auth", "status"],
    &["doctor"],
    &[
        "api",
        "taobao.order.get",
        "--query",
        "orderId=3305075341149005155",
    ],
    &["api", "taobao.order.list", "--paginate"],
    &["api", "taobao.cart.list", "-i"],
    &["api", "--list"],
];

/// Commands that print no JSON document, and why.
const NO_JSON: &[(&str, &str)] = &[
    ("completions", "a shell script"),
    ("man", "a roff page"),
    (
        "config init",
        "writes the profile file; prints status lines",
    ),
    ("config path", "one path"),
    ("sandbox serve", "runs until stopped"),
    (
        "listen",
        "a server: one JSON line per message received (tests/listen.rs reads them)",
    ),
    (
        "inbox show",
        "needs a received message (tests/inbox.rs reads its --json, ids as strings)",
    ),
    (
        "sandbox reset",
        "resets the sandbox; tested in tests/sandbox.rs",
    ),
];

const EXACT_IN_DOUBLE: u128 = 1 << 53;

fn is_id_key(k: &str) -> bool {
    matches!(k, "id" | "ID" | "Id" | "ids" | "duplicateOf")
        || [
            "Id",
            "Ids",
            "ID",
            "IDs",
            "_id",
            "_ids",
            "IdList",
            "OfferList",
            "OrderList",
        ]
        .iter()
        .any(|s| k.len() > s.len() && k.ends_with(s))
}

/// Every place in `v` that breaks the contract, as `path: why`.
fn violations(v: &Value, path: &str, under_id: bool, out: &mut Vec<String>) {
    match v {
        Value::Number(n) => {
            if under_id {
                out.push(format!("{path}: id {n} is a number"));
            }
            let text = n.to_string();
            let digits = text.trim_start_matches('-');
            if !digits.contains(['.', 'e', 'E'])
                && digits
                    .parse::<u128>()
                    .map_or(true, |d| d >= EXACT_IN_DOUBLE)
            {
                out.push(format!("{path}: {n} is not exact as a double"));
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                violations(x, &format!("{path}[{i}]"), under_id, out);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                violations(x, &format!("{path}.{k}"), is_id_key(k), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_command_prints_ids_as_strings() {
    let shop = Shop::new();
    let mut problems = Vec::new();
    let mut ids_seen = 0;
    for case in CASES {
        let include = case.contains(&"-i");
        let args: Vec<&str> = [&["--json"], *case].concat();
        let o = shop.run(&args);
        let expected = if case.contains(&"999") { 1 } else { 0 };
        assert!(
            o.status.code() == Some(expected),
            "pandapon {}: exit {:?}\n{}",
            args.join(" "),
            o.status.code(),
            stderr(&o)
        );
        let text = stdout(&o);
        // `api -i` prints the status line and headers before the envelope.
        let json = if include {
            text.split_once("\n\n").map_or("", |(_, body)| body)
        } else {
            &text
        };
        let doc: Value = serde_json::from_str(json)
            .unwrap_or_else(|e| panic!("pandapon {}: not JSON ({e}): {json}", args.join(" ")));
        ids_seen += json.matches("Id\":\"").count();
        let mut found = Vec::new();
        violations(&doc, "$", false, &mut found);
        problems.extend(
            found
                .into_iter()
                .map(|p| format!("pandapon {}: {p}", case.join(" "))),
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(ids_seen > 50, "the walk saw only {ids_seen} string ids");
}

#[test]
fn every_command_has_a_case() {
    let pages = pandapon::commands::man::all_pages();
    let words: Vec<String> = pages.iter().map(|(w, _)| w.join(" ")).collect();
    // A leaf: no other command extends it.
    let leaves = words
        .iter()
        .filter(|w| !w.is_empty() && !words.iter().any(|o| o.starts_with(&format!("{w} "))));
    let mut missing = Vec::new();
    for leaf in leaves {
        // The command words of a case, past a leading `--platform NAME`.
        let command = |c: &[&str]| match c {
            ["--platform", _, rest @ ..] => rest.join(" "),
            _ => c.join(" "),
        };
        let covered = CASES
            .iter()
            .any(|c| command(c) == *leaf || command(c).starts_with(&format!("{leaf} ")))
            || NO_JSON.iter().any(|(c, _)| c == leaf);
        if !covered {
            missing.push(leaf.clone());
        }
    }
    assert!(
        missing.is_empty(),
        "no --json case in tests/json_contract.rs for: {} (add one to CASES, or to NO_JSON with why)",
        missing.join(", ")
    );
}

#[test]
fn the_walk_finds_what_breaks_the_contract() {
    let doc: Value = serde_json::from_str(
        r#"{"orderId":3305075341149010310,"lines":[{"skuId":"5"}],"ids":[7],"n":9007199254740993,"price":3990}"#,
    )
    .unwrap();
    let mut found = Vec::new();
    violations(&doc, "$", false, &mut found);
    assert_eq!(
        found,
        [
            "$.orderId: id 3305075341149010310 is a number",
            "$.orderId: 3305075341149010310 is not exact as a double",
            "$.ids[0]: id 7 is a number",
            "$.n: 9007199254740993 is not exact as a double",
        ]
    );
}
