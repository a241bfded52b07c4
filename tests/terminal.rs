//! On a real terminal (a pty from util-linux `script`): tables are drawn, Chinese titles line up,
//! and NO_COLOR / --color are honoured.

mod common;

use common::pty::*;
use common::*;
use unicode_width::UnicodeWidthStr;

#[test]
fn tables_are_drawn_and_chinese_titles_line_up() {
    let env = Sandboxed::new();
    let out = on_a_pty(
        &env,
        "--sandbox --color never cart preview --ids 382,383,384",
        &[],
    );
    assert!(
        out.contains("│ 382 ┆ 2025新款休闲短袖衬衫男士夏季薄款韩版潮流半袖衬衣帅气寸衫上衣 ┆"),
        "{out}"
    );
    assert!(!out.contains('\u{1b}'), "--color never: {out}");
    // Each drawn table (a run of lines starting with a border character) has one display width.
    let mut tables: Vec<Vec<&str>> = vec![vec![]];
    for line in out.lines() {
        if line.starts_with(['┌', '│', '╞', '└']) {
            tables.last_mut().unwrap().push(line);
        } else if !tables.last().unwrap().is_empty() {
            tables.push(vec![]);
        }
    }
    let tables: Vec<_> = tables.into_iter().filter(|t| !t.is_empty()).collect();
    assert_eq!(tables.len(), 2, "one table per shop: {out}");
    for t in tables {
        let widths: Vec<usize> = t.iter().map(|l| UnicodeWidthStr::width(*l)).collect();
        assert!(
            widths.iter().all(|&w| w == widths[0]),
            "{}\n{widths:?}",
            t.join("\n")
        );
    }
}

#[test]
fn colour_on_a_terminal_unless_no_color() {
    let env = Sandboxed::new();
    let out = on_a_pty(&env, "--sandbox cart list", &[]);
    assert!(
        out.contains("\u{1b}[1m"),
        "bold headers on a terminal: {out}"
    );
    let out = on_a_pty(&env, "--sandbox cart list", &[("NO_COLOR", "1")]);
    assert!(!out.contains('\u{1b}'), "{out}");
    assert!(out.contains("┆ 优品家居生活馆"), "{out}");
}

const ADDRESS: &str =
    "--address-name 张三 --address-mobile 13800000000 --address-street 文一西路969号";

#[test]
fn creating_an_order_on_a_terminal_shows_the_preview_and_asks() {
    let env = Sandboxed::new();
    let (code, out) = typing(
        &env,
        &format!("--sandbox --color never cart create --ids 384 {ADDRESS}"),
        &[],
        &["n"],
    );
    assert_eq!(code, Some(3), "{out}");
    assert!(
        out.contains("Total ¥77.00") && out.contains("Create the order for ¥77.00?"),
        "{out}"
    );
    assert!(out.contains("cancelled; nothing was sent"), "{out}");
    // Cursor and line control stay; colour and bold (SGR) go.
    let sgr = ["\u{1b}[1m", "\u{1b}[3", "\u{1b}[38"];
    assert!(
        !sgr.iter().any(|c| out.contains(c)),
        "--color never reaches the prompt: {out}"
    );

    let (code, out) = typing(
        &env,
        &format!("--sandbox cart create --ids 384 {ADDRESS}"),
        &[],
        &["y"],
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Order created: 33050753411490"), "{out}");
}

#[test]
fn an_order_without_an_address_offers_the_address_book() {
    let env = Sandboxed::new();
    // The seed's stored address is picked; the book has no country, so it is asked for.
    let (code, out) = typing(
        &env,
        "--sandbox --color never cart create --ids 384",
        &[],
        &["\r", "中国\r", "\r", "n"],
    );
    assert_eq!(code, Some(3), "{out}");
    assert!(
        out.contains("1  张三, 15068763421, 文一西路969号, 余杭区, 杭州市, 浙江省"),
        "{out}"
    );
    assert!(out.contains("A new address: type it"), "{out}");
    assert!(
        out.contains("Ship to: 张三, 15068763421, 文一西路969号, 余杭区, 杭州市, 浙江省, 中国"),
        "{out}"
    );
    assert!(!out.contains("Recipient name"), "{out}");

    // A recipient given by a flag is not mixed with a stored one: the rest is asked for.
    let (code, out) = typing(
        &env,
        "--sandbox --color never cart create --ids 384 --address-name Alice",
        &[],
        &[
            "123\r", // not a phone: said, and asked again
            "13900000000\r",
            "\r",
            "\r",
            "\r",
            "\r",
            "\r", // the street is needed: said, and asked again
            "Main St 1\r",
            "\r",
            "n",
        ],
    );
    assert_eq!(code, Some(3), "{out}");
    assert!(out.contains("\"123\" is not a phone number"), "{out}");
    assert!(out.contains("this one is needed: type a value"), "{out}");
    assert!(!out.contains("Ship to ›"), "no address book: {out}");
    assert!(
        out.contains("Ship to: Alice, 13900000000, Main St 1"),
        "{out}"
    );
}

#[test]
fn delete_without_ids_on_a_terminal_picks_from_the_cart() {
    let env = Sandboxed::new();
    // Space ticks the first item (382), enter confirms.
    let (code, out) = typing(&env, "--sandbox cart delete", &[], &[" ", "\r"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Deleted 1 item from the cart."), "{out}");
    let list = on_a_pty(&env, "--sandbox --json cart list", &[]);
    assert!(!list.contains("\"id\": \"382\""), "{list}");
    assert!(list.contains("\"id\": \"383\""), "{list}");
}

#[test]
fn after_sales_submit_walks_a_person_through_it() {
    let env = Sandboxed::new();
    // The orders offered are those that can have after-sales, newest first: the seed's paid mug
    // order, its shipped charger order, its completed power bank order, then "type an id".
    // The charger order has one line, sub-order 3305075341149006186, refundable up to ¥89.00:
    // it is taken; type and goods status are picked.
    let keys = [
        "\u{1b}[B\r",         // the charger order
        "\u{1b}[B\r",         // return and refund
        "\u{1b}[B\r",         // received
        "\u{1b}[B\u{1b}[B\r", // the third reason: 尺码不合适
        "100\r",              // too much: refused with the maximum, asked again
        "45.5\r",
        "尺码偏小\r",
        "y",
    ];
    let (code, out) = typing(
        &env,
        "--sandbox --color never after-sales submit",
        &[],
        &keys,
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("3305075341149007217  paid, waiting for shipment · 北欧风陶瓷马克杯"),
        "{out}"
    );
    assert!(
        !out.contains("3305075341149010310"),
        "the unpaid order is not offered: {out}"
    );
    assert!(
        out.contains("Sub-order 3305075341149006186  65W氮化镓快充充电器"),
        "{out}"
    );
    assert!(out.contains("return and refund (refundType 2)"), "{out}");
    assert!(
        out.contains("¥100.00 is more than the maximum refundable ¥89.00"),
        "{out}"
    );
    assert!(
        out.contains("Ask for a refund of ¥45.50 on sub-order 3305075341149006186 (尺码不合适)?"),
        "{out}"
    );
    assert!(
        out.contains("Refund requested: after-sales 110000235002"),
        "{out}"
    );
}

#[test]
fn after_sales_submit_offers_the_lines_of_an_order_or_takes_a_sub_order_id() {
    let env = Sandboxed::new();
    // --dry-run sends nothing, the render included: every flag is needed.
    let (code, out) = typing(
        &env,
        "--sandbox --color never --dry-run after-sales submit --type 1 --goods-status 1 --reason 4001 --amount 1",
        &[],
        &[],
    );
    assert_eq!(code, Some(2), "dry-run needs every flag: {out}");
    // The seed's paid mug order (offered first) has two lines: the second, the blanket, is
    // picked.
    let (code, out) = typing(
        &env,
        "--sandbox --color never after-sales submit --type 1 --goods-status 1",
        &[],
        &["\r", "\u{1b}[B\r", "\u{3}"],
    );
    assert!(
        out.contains("3305075341149009279  加厚珊瑚绒毛毯冬季沙发盖毯办公室午睡毯子床单"),
        "{out}"
    );
    assert!(
        out.contains("Sub-order 3305075341149009279 · refund up to ¥69.00"),
        "{out}"
    );
    assert_eq!(code, Some(130), "{out}");
    // "Another order": an id that is not an order (a sub-order id) cannot be read, so the
    // sub-order id is asked for instead.
    let (_, out) = typing(
        &env,
        "--sandbox --color never after-sales submit --type 1 --goods-status 1",
        &[],
        &[
            "\u{1b}[B\u{1b}[B\u{1b}[B\r", // another order: type its id
            "3305075341149008248\r",
            "3305075341149006186\r",
            "\u{3}",
        ],
    );
    assert!(
        out.contains("could not read order 3305075341149008248"),
        "{out}"
    );
    assert!(out.contains("Sub-order (order line) id"), "{out}");
    assert!(
        out.contains("Sub-order 3305075341149006186 · refund up to ¥89.00"),
        "{out}"
    );

    // The power bank's only line already has after-sales 110000235001 open: the walk stops at
    // the render, before a reason or an amount is asked for.
    let (code, out) = typing(
        &env,
        "--sandbox --color never after-sales submit --type 1 --goods-status 1",
        &[],
        &["\u{1b}[B\u{1b}[B\r"],
    );
    assert_eq!(code, Some(1), "as the API's refusal would be: {out}");
    assert!(
        out.contains("sub-order 3305075341149002062 cannot have an after-sales request now"),
        "{out}"
    );
    assert!(
        out.contains("`pandapon after-sales list --order 3305075341149001031`"),
        "{out}"
    );
    assert!(!out.contains("Reason ›"), "{out}");

    // With every flag given, the API decides, on a terminal as in a script: the same 409.
    let (code, out) = typing(
        &env,
        "--sandbox --color never after-sales submit --sub-order 3305075341149002062 --type 2 --goods-status 2 --reason 4101 --amount 10 --description 划痕 --yes",
        &[],
        &[],
    );
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("is already open for sub-order 3305075341149002062"),
        "{out}"
    );

    // An unpaid order has nothing to refund: said at once.
    let (code, out) = typing(
        &env,
        "--sandbox --color never after-sales submit",
        &[],
        &["\u{1b}[B\u{1b}[B\u{1b}[B\r", "3305075341149010310\r"],
    );
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "order 3305075341149010310 is waiting for payment: there is nothing to refund"
        ),
        "{out}"
    );
}

#[test]
fn paying_on_a_terminal_leaves_out_what_cannot_be_paid() {
    let env = Sandboxed::new();
    // The seed's unpaid shirt order (¥79.80), its paid mug order, and an id that does not exist.
    let (code, out) = typing(
        &env,
        "--sandbox --color never order pay 3305075341149010310 3305075341149007217 999",
        &[],
        &["n"],
    );
    assert_eq!(code, Some(3), "{out}");
    assert!(out.contains("order 3305075341149007217: skipped: it is paid, waiting for shipment, not awaiting payment; nothing was sent for it"), "{out}");
    assert!(
        out.contains("skipped: it could not be loaded (order 999 does not exist"),
        "{out}"
    );
    assert!(out.contains("Pay 1 order (total ¥79.80)?"), "{out}");

    // Confirmed: the payable one is paid, and the run exits as a script's would (1, the API
    // refusing the others), never 3, which says nothing was sent.
    let (code, out) = typing(
        &env,
        "--sandbox --color never order pay 3305075341149010310 3305075341149007217",
        &[],
        &["y"],
    );
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("Order 3305075341149010310: paid."), "{out}");
    assert!(
        out.contains("warning: order 3305075341149007217: skipped: it is paid"),
        "{out}"
    );
    assert!(
        out.contains("error: 1 of 2 orders failed or were skipped (each is reported above); the others succeeded"),
        "{out}"
    );

    // Nothing left to pay: said once, exit 1.
    let (code, out) = typing(
        &env,
        "--sandbox --color never order pay 3305075341149010310 3305075341149007217",
        &[],
        &[],
    );
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("error: all 2 orders were skipped (each is reported above); nothing was sent"),
        "{out}"
    );
    assert!(!out.contains("Pay "), "no prompt: {out}");
    // With --json, the batch's array still says what became of each id.
    let (code, out) = typing(
        &env,
        "--sandbox --color never --json order pay 3305075341149010310 3305075341149007217",
        &[],
        &[],
    );
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("\"id\": \"3305075341149007217\""), "{out}");
    assert!(out.contains("skipped: it is paid"), "{out}");

    // One paid and one skipped: the array holds both, the paid one with its data.
    let env = Sandboxed::new();
    let (code, out) = typing(
        &env,
        "--sandbox --color never --json order pay 3305075341149010310 3305075341149007217",
        &[],
        &["y"],
    );
    assert_eq!(code, Some(1), "{out}");
    let array = &out[out.find("[\n  {").expect("a JSON array")..];
    let array = &array[..=array.find("\n]").expect("its end") + 1];
    let v: serde_json::Value =
        serde_json::from_str(array.trim()).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v[0]["id"], "3305075341149010310", "{out}");
    assert!(v[0].get("data").is_some(), "{out}");
    assert_eq!(v[1]["id"], "3305075341149007217", "{out}");
    assert!(v[1].get("error").is_some(), "{out}");
}

#[test]
fn a_dry_run_asks_nothing_so_a_new_address_needs_its_fields() {
    let env = Sandboxed::new();
    let (code, out) = typing(
        &env,
        "--sandbox --color never --dry-run address set --name 张三",
        &[],
        &[],
    );
    assert_eq!(code, Some(2), "{out}");
    assert!(
        out.contains("a new address needs --phone, --address"),
        "{out}"
    );
}

#[test]
fn goods_tables_fit_80_columns_with_ids_whole_and_titles_cut_short() {
    let env = Sandboxed::new();
    let narrow = [("COLUMNS", "80")];
    let out = on_a_pty(
        &env,
        "--sandbox --color never goods search 衬衫 --page-size 8",
        &narrow,
    );
    fits(&out, 80);
    assert!(out.contains("│ WUnUC1cILiBjt-Jv3lDdlQ ┆ 2025新款"), "{out}");
    assert!(
        out.contains('…'),
        "long titles are cut with an ellipsis: {out}"
    );
    let rows = out.lines().filter(|l| l.starts_with('│')).count();
    assert_eq!(rows, 1 + 8, "one line per result, none wrapped: {out}");

    let out = on_a_pty(
        &env,
        "--sandbox --color never goods show https://item.taobao.com/item.htm?id=672991141190 https://detail.1688.com/offer/706627393257.html",
        &narrow,
    );
    fits(&out, 80);
    for whole in [
        "5032007803360",
        "b2a8f5c1d3e4f60718293a4b5c6d7e8f",
        "Seller 义乌市优品文具厂 (BBBgGWh2O6JFI6v1aQuZVgRIA)",
    ] {
        assert!(out.contains(whole), "{whole} was split:\n{out}");
    }
    let out = on_a_pty(
        &env,
        "--sandbox --color never --platform 1688 goods hot",
        &narrow,
    );
    fits(&out, 80);
    assert!(out.contains("│  1 ┆ 720000"), "ranks right-aligned: {out}");
}

#[test]
fn cart_add_on_a_terminal_picks_among_the_skus() {
    let env = Sandboxed::new();
    // The shirt has three SKUs: the picker shows each with its price and stock; down, enter
    // takes the second.
    let (code, out) = typing_sized(
        &env,
        80,
        "--sandbox --color never cart add --item https://item.taobao.com/item.htm?id=672991141190",
        &["\u{1b}[B", "\r"],
    );
    assert_eq!(code, Some(0), "{out}");
    // No picker line wraps, the answer's line included: the properties give way.
    let picker = out.split("Added 1").next().unwrap();
    for line in without_escapes(picker).lines() {
        assert!(
            line.width() <= 80,
            "{} columns: {line}\n{out}",
            line.width()
        );
    }
    assert!(
        out.contains(
            "✔ Which SKU? · 5032007803361  ¥39.90  stock 8421  颜色: 850浅灰 / 尺码: L 105-…"
        ),
        "{out}"
    );
    assert!(
        out.contains("5032007803362  ¥42.90  stock 3  颜色: 黑色 / 尺码: XL 125-145斤"),
        "{out}"
    );
    // The status line is wrapped at a space to fit the 80 columns.
    assert!(
        out.replace('\n', " ").contains("Added 1 × 2025新款休闲短袖衬衫男士夏季薄款韩版潮流半袖衬衣帅气寸衫上衣 (颜色: 850浅灰 / 尺码: L 105-125斤)"),
        "{out}"
    );
}
