//! Terminal output that fits (issue 13, item 6): at 80 columns no drawn line is wider than
//! the terminal, no id or amount is split, and the pickers redraw cleanly.

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

/// `keys` typed into `args` on an 80×24 pty with a line printed above it: the screen after.
fn picked(env: &Sandboxed, args: &str, keys: &[&str]) -> (Option<i32>, String) {
    let (code, out) = typing_on(
        env,
        "stty cols 80 rows 24; echo above the picker; ",
        &format!("--color never {args}"),
        &[("COLUMNS", "80")],
        keys,
    );
    (code, shown(&out, 80))
}

#[test]
fn pickers_redraw_cleanly_at_80_columns_with_chinese_titles() {
    let env = Sandboxed::new();
    // Down twice, tick the third item, enter: every item is longer than the terminal, and
    // longer still in bytes (which dialoguer counted as columns, erasing the lines above).
    let (code, screen) = picked(
        &env,
        "--sandbox cart delete",
        &["\u{1b}[B", "\u{1b}[B", " ", "\r"],
    );
    assert_eq!(code, Some(0), "{screen}");
    let lines: Vec<&str> = screen.lines().collect();
    assert_eq!(lines[0], "above the picker", "{screen}");
    assert!(
        lines[1].starts_with("✔ Delete which items? · 384  加厚珊瑚绒毛毯")
            && lines[1].ends_with('…'),
        "{screen}"
    );
    assert_eq!(lines[2], "Deleted 1 item from the cart.", "{screen}");
    assert_eq!(lines.len(), 3, "no stale picker line is left: {screen}");

    // A single choice, then the next picker below it: the first one's answer stays, whole.
    let (code, screen) = picked(
        &env,
        "--sandbox after-sales submit",
        &[
            "\u{1b}[B", "\u{1b}[B", "\u{1b}[A", "\r", "\u{1b}[B", "\u{3}",
        ],
    );
    assert_eq!(code, Some(130), "{screen}");
    let lines: Vec<&str> = screen.lines().collect();
    assert_eq!(lines[0], "above the picker", "{screen}");
    assert!(
        lines[1].starts_with("✔ Which order? · 3305075341149005155  shipped · 65W氮化镓"),
        "{screen}"
    );
    assert!(
        screen.contains(
            "? Refund type ›\n  refund only (refundType 1)\n❯ return and refund (refundType 2)"
        ),
        "{screen}"
    );
    assert_eq!(screen.matches("Which order?").count(), 1, "{screen}");
}

#[test]
fn the_screen_reader_wraps_and_erases_as_a_terminal_does() {
    let s = screen("ab\ncd\u{1b}[1A\u{1b}[2Kxy\n衬衫衬", 5);
    // Up one line, erase it, write at the same column; a wide character does not fit the
    // last column, so it wraps.
    assert_eq!(s, ["  xy", "衬衫", "衬"]);
}
