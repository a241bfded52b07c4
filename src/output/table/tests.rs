use super::*;
use unicode_width::UnicodeWidthStr;

fn sample() -> Table {
    let mut t = Table::new(&["id", "title", "price"]).align_right(&[2]);
    t.row(vec![
        "382".into(),
        "2025新款休闲短袖衬衫男士夏季薄款".into(),
        "¥39.90".into(),
    ]);
    t.row(vec!["383".into(), "Plain\ttee".into(), "¥139.00".into()]);
    t
}

#[test]
fn printable_ascii_is_as_wide_as_it_is_long() {
    let ascii: String = (0x20u8..0x7f).map(char::from).collect();
    assert_eq!(width(&ascii), ascii.width());
    assert_eq!(width("衬衫 ×2"), "衬衫 ×2".width());
    assert_eq!(width("¥79.80"), 6);
}

/// A secret masked out of a cell changes its width: the masked table lines up all the same.
#[test]
fn a_masked_table_lines_up() {
    let mut t = Table::new(&["Key", "Note"]);
    t.row(vec!["k-1".into(), "a-very-long-secret-value 衬衫".into()]);
    t.row(vec!["k-22".into(), "短".into()]);
    let masked = t.masked(&["a-very-long-secret-value".to_string()]);
    for width in [None, Some(20)] {
        let drawn = masked.render(true, false, width, false);
        assert!(!drawn.contains("secret"), "{drawn}");
        let lines: Vec<usize> = drawn.lines().map(|l| l.width()).collect();
        assert!(lines.iter().all(|&w| w == lines[0]), "{drawn}");
    }
}

/// Rows appended in blocks (a walk's pages) draw as the same rows added one by one, and a
/// secret in a later block is masked.
#[test]
fn rows_in_blocks_draw_as_rows_one_by_one() {
    let rows = |n: usize| -> Vec<Vec<String>> {
        (0..n)
            .map(|i| {
                vec![
                    format!("{i}"),
                    format!("衬衫\t{i}\u{1b}[2K"),
                    format!("¥{i}.00"),
                ]
            })
            .collect()
    };
    let mut one = Table::new(&["id", "title", "price"]).align_right(&[2]);
    rows(5).into_iter().for_each(|r| one.row(r));
    let mut blocks = Table::new(&["id", "title", "price"]).align_right(&[2]);
    let mut all = rows(5).into_iter();
    blocks.append(Block::new(all.by_ref().take(2).collect()));
    blocks.append(Block::new(Vec::new()));
    blocks.append(Block::new(all.collect()));
    assert_eq!(blocks.len(), 5);
    for (terminal, width) in [(true, None), (true, Some(24)), (false, None)] {
        let drawn = blocks.render(terminal, false, width, true);
        assert_eq!(drawn, one.render(terminal, false, width, true));
        assert!(drawn.contains("衬衫 4\\x1b[2K"), "{drawn}");
    }
    let masked = blocks.masked(&["¥4.00".to_string()]);
    let drawn = masked.render(true, false, None, false);
    assert!(
        !drawn.contains("¥4.00") && drawn.contains("¥3.00"),
        "{drawn}"
    );
}

/// A long table is written in pieces of whole lines, which together are the table as
/// comfy-table draws it.
#[test]
fn a_long_table_comes_in_pieces_of_whole_lines() {
    let mut t = Table::new(&["ID", "Title", "Total"]).align_right(&[2]);
    let rows: Vec<Vec<String>> = (0..1000)
        .map(|i| {
            let title = "北欧风陶瓷马克杯带盖勺大容量办公室咖啡杯".repeat(1 + i % 3);
            vec![format!("33050753411490{i:05}"), title, format!("¥{i}.90")]
        })
        .collect();
    t.append(Block::new(rows));
    let mut pieces = Vec::new();
    t.render_in_pieces(true, false, None, false, &mut |p| {
        pieces.push(p.to_string());
        Ok(())
    })
    .unwrap();
    assert!(pieces.len() >= 3, "{} pieces", pieces.len());
    assert!(
        pieces
            .iter()
            .all(|p| p.ends_with('\n') && p.len() < 2 * PIECE)
    );
    assert_eq!(pieces.concat(), comfy(&t, false, None));
}

/// Rows added one by one and in blocks, in any order, draw as comfy-table draws them; a
/// row of another width than the headers' is cut or padded, never a panic or a line askew.
#[test]
fn rows_of_any_width_from_rows_and_blocks_line_up() {
    let cells = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    let mut t = Table::new(&["id", "title", "price"]).align_right(&[2]);
    t.append(Block::new(vec![cells(&["1", "衬衫", "¥1.00"])]));
    t.row(cells(&["2", "短", "¥2.00"]));
    t.row(cells(&["2b"]));
    t.append(Block::new(vec![
        cells(&["3", "long row", "¥3.00", "extra"]),
        cells(&["4"]),
    ]));
    t.append(Block::new(vec![cells(&["5"]), cells(&["6", "x", "¥6.00"])]));
    assert_eq!(t.len(), 7);
    let drawn = t.render(true, false, None, false);
    assert_eq!(drawn, comfy(&t, false, None));
    let widths: Vec<usize> = drawn.lines().map(UnicodeWidthStr::width).collect();
    assert!(widths.iter().all(|&w| w == widths[0]), "{drawn}");
    assert!(
        !drawn.contains("extra") && drawn.contains("¥6.00"),
        "{drawn}"
    );
    let tsv = t.render(false, false, None, false);
    assert!(tsv.lines().all(|l| l.split('\t').count() == 3), "{tsv}");
    assert!(
        tsv.contains("6\tx\t¥6.00\n") && tsv.contains("2b\t\t\n"),
        "{tsv}"
    );
}

#[test]
fn chinese_titles_line_up() {
    let s = sample().render(true, false, None, false);
    let widths: Vec<usize> = s.lines().map(UnicodeWidthStr::width).collect();
    assert!(widths.iter().all(|&w| w == widths[0]), "{s}\n{widths:?}");
    assert!(
        s.contains("│ 382 ┆ 2025新款休闲短袖衬衫男士夏季薄款 ┆  ¥39.90 │"),
        "{s}"
    );
}

#[test]
fn narrow_terminals_wrap_instead_of_overflowing() {
    let s = sample().render(true, false, Some(30), false);
    assert!(s.lines().all(|l| UnicodeWidthStr::width(l) <= 30), "{s}");
}

#[test]
fn ids_times_and_money_never_wrap_on_a_narrow_terminal() {
    let mut t = Table::new(&["ID", "Status", "Items", "Total", "Created"]).align_right(&[3]);
    t.row(vec![
        "3305075341149012372".into(),
        "paid, waiting for shipment".into(),
        "2025新款休闲短袖衬衫男士夏季薄款韩版潮流半袖衬衣帅气寸衫上衣 ×2".into(),
        "¥1,079.80".into(),
        "2026-11-21 06:45:00".into(),
    ]);
    let s = t.render(true, false, Some(80), false);
    assert!(s.lines().all(|l| UnicodeWidthStr::width(l) <= 80), "{s}");
    for whole in ["3305075341149012372", "¥1,079.80", "2026-11-21 06:45:00"] {
        assert!(s.contains(whole), "{whole} was wrapped:\n{s}");
    }
}

#[test]
fn words_ids_and_amounts_are_never_split_at_80_columns() {
    // `order show`'s lines: seven columns, one a 19-digit id.
    let mut t = Table::new(&[
        "Line", "Title", "Spec", "Qty", "Price", "Subtotal", "Status",
    ])
    .align_right(&[3, 4, 5]);
    t.row(vec![
        "3305075341149008248".into(),
        "北欧风陶瓷马克杯带盖勺大容量办公室咖啡杯情侣水杯".into(),
        "颜色分类: 奶白色 / 容量: 450ml 带盖勺".into(),
        "2".into(),
        "¥29.90".into(),
        "¥59.80".into(),
        "paid, waiting for shipment".into(),
    ]);
    t.row(vec![
        "3305075341149009279".into(),
        "加厚珊瑚绒毛毯冬季沙发盖毯办公室午睡毯子床单".into(),
        "颜色分类: 燕麦色 / 尺寸: 150x200cm".into(),
        "1".into(),
        "¥69.00".into(),
        "¥69.00".into(),
        "paid, waiting for shipment".into(),
    ]);
    let s = t.render(true, false, Some(80), false);
    assert!(s.lines().all(|l| l.width() <= 80), "{s}");
    for whole in [
        "3305075341149008248",
        "¥59.80",
        "Subtotal",
        "shipment",
        "waiting",
        "150x200cm",
        "450ml",
        "Status",
    ] {
        assert!(s.contains(whole), "{whole} was split:\n{s}");
    }
    // Every row's lines line up.
    let widths: Vec<usize> = s.lines().map(UnicodeWidthStr::width).collect();
    assert!(widths.iter().all(|&w| w == widths[0]), "{s}");
}

#[test]
fn a_table_that_cannot_fit_becomes_records() {
    let mut t = Table::new(&["ID", "Description", "Total"])
        .whole(&[0])
        .align_right(&[2]);
    for id in [
        "0123456789012345678901234567",
        "9876543210987654321098765432",
    ] {
        t.row(vec![
            id.into(),
            "Extraordinarily long words everywhere".into(),
            "¥1,079.80".into(),
        ]);
    }
    let s = t.render(true, false, Some(42), false);
    assert_eq!(
        s,
        "ID           0123456789012345678901234567\n\
         Description  Extraordinarily long words\n\
         \x20            everywhere\n\
         Total        ¥1,079.80\n\
         \n\
         ID           9876543210987654321098765432\n\
         Description  Extraordinarily long words\n\
         \x20            everywhere\n\
         Total        ¥1,079.80\n\
         \n"
    );
}

#[test]
fn off_a_terminal_rows_are_tab_separated_without_header() {
    let s = sample().render(false, true, None, false);
    assert_eq!(
        s,
        "382\t2025新款休闲短袖衬衫男士夏季薄款\t¥39.90\n383\tPlain tee\t¥139.00\n"
    );
    assert!(!s.contains('\u{1b}'));
    let s = sample().render(false, true, None, true);
    assert!(s.starts_with("id\ttitle\tprice\n382\t"), "--header: {s}");
}

/// What comfy-table draws of `t`, unfitted: `render_unwrapped` must draw the same.
fn comfy(t: &Table, color: bool, _width: Option<u16>) -> String {
    use comfy_table::presets::UTF8_FULL_CONDENSED;
    use comfy_table::{Attribute, Cell, CellAlignment, ContentArrangement};
    let mut c = comfy_table::Table::new();
    c.load_style(UTF8_FULL_CONDENSED);
    c.force_no_tty();
    if color {
        c.enforce_styling();
    }
    c.set_content_arrangement(ContentArrangement::Disabled);
    c.set_header(t.headers.iter().map(|h| {
        let cell = Cell::new(h);
        if color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for row in t.rows() {
        c.add_row(row.cells().zip(&t.right).map(|(v, &r)| {
            let cell = Cell::new(v);
            if r {
                cell.set_alignment(CellAlignment::Right)
            } else {
                cell
            }
        }));
    }
    let mut s = c.to_string();
    s.push('\n');
    s
}

#[test]
fn the_direct_drawing_matches_comfy_table() {
    let mut t = sample();
    t.row(vec!["".into(), "😀 e\u{301} ｱ".into(), "".into()]);
    for color in [false, true] {
        assert_eq!(
            t.render(true, color, None, false),
            comfy(&t, color, None),
            "colour {color}"
        );
    }
    let empty = Table::new(&["a", "", "ccc"]).align_right(&[0]);
    assert_eq!(
        empty.render(true, false, None, false),
        comfy(&empty, false, None)
    );
}

proptest::proptest! {
    #[test]
    fn the_direct_drawing_matches_comfy_table_for_any_cells(
        rows in proptest::collection::vec(
            proptest::collection::vec("[a-z 0-9¥.]{0,6}|[\u{4e00}-\u{4e20}]{0,4}|\\PC{0,5}", 3),
            0..6,
        ),
        right in proptest::collection::vec(proptest::bool::ANY, 3),
        color in proptest::bool::ANY,
        width in proptest::option::of(20u16..200),
    ) {
        let cols: Vec<usize> = (0..3).filter(|&c| right[c]).collect();
        let mut t = Table::new(&["ID", "标题", "Price"]).align_right(&cols);
        for r in rows {
            t.row(r);
        }
        let natural: usize = t.content_widths().iter().map(|w| w + 3).sum::<usize>() + 1;
        if width.is_none_or(|w| natural <= usize::from(w)) {
            proptest::prop_assert_eq!(t.render(true, color, width, false), comfy(&t, color, width));
        }
    }
}

#[test]
fn truncated_columns_are_cut_with_an_ellipsis_on_a_terminal_only() {
    let mut t = Table::new(&["ID", "Title", "Price", "Shop"])
        .align_right(&[2])
        .truncate(&[1, 3]);
    t.row(vec![
        "WUnUC1cILiBjt-Jv3lDdlQ".into(),
        "2025新款休闲短袖衬衫男士夏季薄款韩版潮流半袖衬衣帅气寸衫上衣".into(),
        "¥39.90".into(),
        "小淘男装服饰".into(),
    ]);
    let s = t.render(true, false, Some(80), false);
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines.len(), 5, "one line per row:\n{s}");
    assert!(lines.iter().all(|l| l.width() <= 80), "{s}");
    assert!(
        s.contains("WUnUC1cILiBjt-Jv3lDdlQ") && s.contains("¥39.90"),
        "{s}"
    );
    assert!(s.contains("2025新款休闲短袖衬衫") && s.contains('…'), "{s}");
    assert!(
        s.contains("小淘男装服饰"),
        "the short column keeps its text:\n{s}"
    );
    assert!(
        !t.render(false, false, Some(80), false).contains('…'),
        "TSV is never cut"
    );
    assert_eq!(ellipsize("衬衫衬衫", 5), "衬衫…");
    assert_eq!(ellipsize("abc", 3), "abc");
}

#[test]
fn colour_only_when_asked() {
    assert!(!sample().render(true, false, None, false).contains('\u{1b}'));
    assert!(sample().render(true, true, None, false).contains('\u{1b}'));
}
