//! Tables: comfy-table on a terminal; plain tab-separated rows (no header, no colour)
//! everywhere else, so scripts can `cut -f` them.

use std::borrow::Cow;
use std::iter::repeat_n;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{
    Attribute, Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table as Comfy,
};
use unicode_width::UnicodeWidthStr;

use super::clean::clean_line;

#[derive(Debug, Clone, Default)]
pub struct Table {
    headers: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
    /// Columns cut short with an ellipsis, rather than wrapped, on a terminal too narrow.
    truncate: Vec<bool>,
}

/// A truncated column keeps at least this many terminal columns.
const MIN_TRUNCATED: usize = 8;

/// `s` cut to at most `width` terminal columns, ending in `…` when cut. Never splits a
/// character (a CJK one is two columns).
pub fn ellipsize(s: &str, width: usize) -> Cow<'_, str> {
    if s.width() <= width {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

impl Table {
    pub fn new(headers: &[&str]) -> Self {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            right: vec![false; headers.len()],
            rows: Vec::new(),
            truncate: vec![false; headers.len()],
        }
    }

    /// On a terminal too narrow for the table, cut these columns (titles, shop names) short
    /// with an ellipsis instead of wrapping them: one line per row, ids whole. Tab-separated
    /// output is never cut.
    pub fn truncate(mut self, cols: &[usize]) -> Self {
        for &c in cols {
            self.truncate[c] = true;
        }
        self
    }

    /// A copy whose truncated columns fit `width` with the others whole, when that can be
    /// done with every truncated column at least `MIN_TRUNCATED` wide (or its own width).
    fn truncated_to(&self, width: usize) -> Option<Table> {
        if !self.truncate.iter().any(|&t| t) {
            return None;
        }
        let widths = self.content_widths();
        let overhead = 3 * widths.len() + 1;
        let fixed: usize = widths
            .iter()
            .zip(&self.truncate)
            .filter(|(_, t)| !**t)
            .map(|(w, _)| w)
            .sum();
        let avail = width.checked_sub(overhead + fixed)?;
        let floor = |c: usize| widths[c].min(MIN_TRUNCATED).max(self.headers[c].width());
        let mut target: Vec<usize> = widths
            .iter()
            .zip(&self.truncate)
            .map(|(&w, &t)| if t { w } else { 0 })
            .collect();
        // Take a column at a time from the widest truncated column, the first one counting
        // half (a title keeps about twice what a shop name does).
        let first = self.truncate.iter().position(|&t| t);
        while target.iter().sum::<usize>() > avail {
            let (c, &w) = target
                .iter()
                .enumerate()
                .filter(|(c, w)| **w > floor(*c))
                .max_by_key(|(c, w)| if Some(*c) == first { **w } else { **w * 2 })?;
            target[c] = w - 1;
        }
        let mut t = self.clone();
        for row in &mut t.rows {
            for (c, cell) in row.iter_mut().enumerate() {
                if self.truncate[c]
                    && let Cow::Owned(cut) = ellipsize(cell, target[c])
                {
                    *cell = cut;
                }
            }
        }
        Some(t)
    }

    /// Right-align these columns (numbers, money).
    pub fn align_right(mut self, cols: &[usize]) -> Self {
        for &c in cols {
            self.right[c] = true;
        }
        self
    }

    /// Whether a column must never wrap when a narrow terminal squeezes the table: a wrapped
    /// 19-digit id reads as two shorter ids. Right-aligned columns (money, counts) and short
    /// ASCII columns (ids, times, codes) keep their width; titles and addresses wrap instead.
    fn keeps_width(&self, col: usize) -> bool {
        const SHORT: usize = 22;
        let short = |s: &str| s.width() <= SHORT && s.chars().all(|c| c.is_ascii() || c == '¥');
        self.right[col] || self.rows.iter().all(|r| short(&r[col]))
    }

    /// A row, each cell on one line: a tab or newline inside a title would break both the
    /// drawn columns and the tab-separated ones, and an escape sequence from a seller's title
    /// must not reach the terminal (see `clean`).
    pub fn row(&mut self, cells: Vec<String>) {
        debug_assert_eq!(cells.len(), self.headers.len());
        self.rows.push(
            cells
                .into_iter()
                .map(|c| match clean_line(&c) {
                    Cow::Borrowed(_) => c,
                    Cow::Owned(o) => o,
                })
                .collect(),
        );
    }

    /// The table with `masks` blanked out of every cell (borrowed when none occurs).
    pub fn masked(&self, masks: &[String]) -> Cow<'_, Table> {
        let hit = |c: &String| masks.iter().any(|m| c.contains(m.as_str()));
        if masks.is_empty() || !self.rows.iter().flatten().any(hit) {
            return Cow::Borrowed(self);
        }
        let mut t = self.clone();
        for cell in t.rows.iter_mut().flatten() {
            if let Cow::Owned(m) = crate::secret::mask_all(cell, masks) {
                *cell = m;
            }
        }
        Cow::Owned(t)
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// `width`: the terminal's, when known; comfy-table wraps long titles to fit it.
    pub fn render(&self, terminal: bool, color: bool, width: Option<u16>) -> String {
        if !terminal {
            return self.render_tsv();
        }
        // Nothing to wrap (no width, or the table fits): drawn here, in one pass.
        let widths = self.content_widths();
        let natural: usize = widths.iter().map(|w| w + 3).sum::<usize>() + 1;
        let sane = widths.iter().all(|&w| w < usize::from(u16::MAX / 2));
        if sane && width.is_none_or(|w| natural <= usize::from(w)) {
            return self.render_unwrapped(color, &widths);
        }
        if let Some(cut) = width.and_then(|w| self.truncated_to(usize::from(w))) {
            return cut.render_unwrapped(color, &cut.content_widths());
        }
        self.render_comfy(color, width)
    }

    /// Each column's widest cell, header included, in terminal columns (at least 1), measured
    /// as comfy-table measures.
    fn content_widths(&self) -> Vec<usize> {
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.width()).collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.width());
            }
        }
        widths.iter().map(|&w| w.max(1)).collect()
    }

    /// The table exactly as comfy-table draws it in the UTF8_FULL_CONDENSED style when nothing
    /// wraps (the tests compare the two). comfy-table builds several strings per cell, which
    /// for ten thousand rows is most of the time a listing takes; this writes one string.
    fn render_unwrapped(&self, color: bool, widths: &[usize]) -> String {
        let line_bytes: usize = widths.iter().map(|w| w + 6).sum::<usize>() + 4;
        let mut s = String::with_capacity(line_bytes * (self.rows.len() + 4));
        let rule = |s: &mut String, [left, fill, junction, right]: [char; 4]| {
            s.push(left);
            for (i, &w) in widths.iter().enumerate() {
                if i > 0 {
                    s.push(junction);
                }
                s.extend(repeat_n(fill, w + 2));
            }
            s.push(right);
            s.push('\n');
        };
        let cells = |s: &mut String, cells: &[String], right: &[bool], bold: bool| {
            s.push('│');
            for (i, ((cell, &w), &r)) in cells.iter().zip(widths).zip(right).enumerate() {
                if i > 0 {
                    s.push('┆');
                }
                if bold {
                    s.push_str("\u{1b}[1m");
                }
                let pad = w - cell.width();
                s.extend(repeat_n(' ', 1 + if r { pad } else { 0 }));
                s.push_str(cell);
                s.extend(repeat_n(' ', 1 + if r { 0 } else { pad }));
                if bold {
                    s.push_str("\u{1b}[0m");
                }
            }
            s.push_str("│\n");
        };
        rule(&mut s, ['┌', '─', '┬', '┐']);
        cells(&mut s, &self.headers, &vec![false; widths.len()], color);
        rule(&mut s, ['╞', '═', '╪', '╡']);
        for row in &self.rows {
            cells(&mut s, row, &self.right, false);
        }
        rule(&mut s, ['└', '─', '┴', '┘']);
        s
    }

    fn render_comfy(&self, color: bool, width: Option<u16>) -> String {
        let mut t = Comfy::new();
        t.load_style(UTF8_FULL_CONDENSED);
        // Styling is decided here, not by comfy-table's own terminal check.
        t.force_no_tty();
        if color {
            t.enforce_styling();
        }
        match width {
            Some(w) => {
                t.set_width(w);
                t.set_content_arrangement(ContentArrangement::Dynamic);
            }
            None => {
                t.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        t.set_header(self.headers.iter().map(|h| {
            let c = Cell::new(h);
            if color {
                c.add_attribute(Attribute::Bold)
            } else {
                c
            }
        }));
        for row in &self.rows {
            t.add_row(row.iter().zip(&self.right).map(|(v, &r)| {
                let c = Cell::new(v);
                if r {
                    c.set_alignment(CellAlignment::Right)
                } else {
                    c
                }
            }));
        }
        for col in 0..self.headers.len() {
            if self.keeps_width(col)
                && let Some(c) = t.column_mut(col)
            {
                c.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
        let mut s = t.to_string();
        s.push('\n');
        s
    }

    fn render_tsv(&self) -> String {
        let mut s = String::new();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    s.push('\t');
                }
                // `row` has already made tabs and newlines spaces.
                s.push_str(cell);
            }
            s.push('\n');
        }
        s
    }
}

#[cfg(test)]
mod tests {
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
    fn chinese_titles_line_up() {
        let s = sample().render(true, false, None);
        let widths: Vec<usize> = s.lines().map(UnicodeWidthStr::width).collect();
        assert!(widths.iter().all(|&w| w == widths[0]), "{s}\n{widths:?}");
        assert!(
            s.contains("│ 382 ┆ 2025新款休闲短袖衬衫男士夏季薄款 ┆  ¥39.90 │"),
            "{s}"
        );
    }

    #[test]
    fn narrow_terminals_wrap_instead_of_overflowing() {
        let s = sample().render(true, false, Some(30));
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
        let s = t.render(true, false, Some(80));
        assert!(s.lines().all(|l| UnicodeWidthStr::width(l) <= 80), "{s}");
        for whole in ["3305075341149012372", "¥1,079.80", "2026-11-21 06:45:00"] {
            assert!(s.contains(whole), "{whole} was wrapped:\n{s}");
        }
    }

    #[test]
    fn off_a_terminal_rows_are_tab_separated_without_header() {
        let s = sample().render(false, true, None);
        assert_eq!(
            s,
            "382\t2025新款休闲短袖衬衫男士夏季薄款\t¥39.90\n383\tPlain tee\t¥139.00\n"
        );
        assert!(!s.contains('\u{1b}'));
    }

    /// `render_unwrapped` must draw what comfy-table draws.
    fn comfy(t: &Table, color: bool, width: Option<u16>) -> String {
        t.render_comfy(color, width)
    }

    #[test]
    fn the_direct_drawing_matches_comfy_table() {
        let mut t = sample();
        t.row(vec!["".into(), "😀 e\u{301} ｱ".into(), "".into()]);
        for color in [false, true] {
            assert_eq!(
                t.render(true, color, None),
                comfy(&t, color, None),
                "colour {color}"
            );
        }
        let empty = Table::new(&["a", "", "ccc"]).align_right(&[0]);
        assert_eq!(empty.render(true, false, None), comfy(&empty, false, None));
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
                proptest::prop_assert_eq!(t.render(true, color, width), comfy(&t, color, width));
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
        let s = t.render(true, false, Some(80));
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
            !t.render(false, false, Some(80)).contains('…'),
            "TSV is never cut"
        );
        assert_eq!(ellipsize("衬衫衬衫", 5), "衬衫…");
        assert_eq!(ellipsize("abc", 3), "abc");
    }

    #[test]
    fn colour_only_when_asked() {
        assert!(!sample().render(true, false, None).contains('\u{1b}'));
        assert!(sample().render(true, true, None).contains('\u{1b}'));
    }
}
