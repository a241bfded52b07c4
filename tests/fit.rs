//! Terminal output that fits (issue 13, item 6): at 80 columns no drawn line is wider than
//! the terminal, and no id or amount is split.

mod common;

use common::pty::*;
use common::*;

#[test]
fn order_show_journal_and_both_carts_fit_80_columns_with_ids_whole() {
    let env = Sandboxed::new();
    let narrow = [("COLUMNS", "80")];
    // A write, for the journal to show.
    on_a_pty(&env, "--sandbox --yes cart edit 382 --quantity 2", &narrow);
    let cases: [(&str, &[&str]); 4] = [
        (
            "order show 3305075341149007217",
            &[
                "3305075341149007217",
                "3305075341149008248",
                "3305075341149009279",
                "¥136.80",
                "¥59.80",
                "paid, waiting for shipment",
                "150x200cm",
                "15068763421",
            ],
        ),
        ("journal", &["taobao.cart.edit", "cart item 382"]),
        ("cart list", &["¥139.00", "¥39.90", "450ml", "150x200cm"]),
        (
            "--platform 1688 cart list",
            &["¥70.00", "¥12.80", "该规格已售罄", "商品已下架"],
        ),
    ];
    for (args, whole) in cases {
        let out = on_a_pty(&env, &format!("--sandbox --color never {args}"), &narrow);
        fits(&out, 80);
        for w in whole {
            assert!(out.contains(w), "{args}: {w} was split:\n{out}");
        }
        if args == "journal" {
            let id = out
                .lines()
                .find_map(|l| l.trim().strip_prefix("request id"))
                .map(str::trim)
                .unwrap_or_default();
            assert!(
                id.len() == 32 && id.chars().all(|c| c.is_ascii_hexdigit()),
                "a whole request id: {out}"
            );
        }
    }
}

#[test]
fn the_screen_reader_wraps_and_erases_as_a_terminal_does() {
    let s = screen("ab\ncd\u{1b}[1A\u{1b}[2Kxy\n衬衫衬", 5);
    // Up one line, erase it, write at the same column; a wide character does not fit the
    // last column, so it wraps.
    assert_eq!(s, ["  xy", "衬衫", "衬"]);
}
