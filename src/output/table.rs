//! Tables: comfy-table on a terminal; plain tab-separated rows (no header, no colour)
//! everywhere else, so scripts can `cut -f` them.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, CellAlignment, ContentArrangement, Table as Comfy};

#[derive(Debug, Clone, Default)]
pub struct Table {
    headers: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(headers: &[&str]) -> Self {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            right: vec![false; headers.len()],
            rows: Vec::new(),
        }
    }

    /// Right-align these columns (numbers, money).
    pub fn align_right(mut self, cols: &[usize]) -> Self {
        for &c in cols {
            self.right[c] = true;
        }
        self
    }

    /// Control characters (a tab or newline inside a title) would break both the drawn
    /// columns and the tab-separated ones, so they become spaces.
    pub fn row(&mut self, cells: Vec<String>) {
        debug_assert_eq!(cells.len(), self.headers.len());
        self.rows.push(
            cells
                .into_iter()
                .map(|c| {
                    if c.chars().any(char::is_control) {
                        c.chars()
                            .map(|ch| if ch.is_control() { ' ' } else { ch })
                            .collect()
                    } else {
                        c
                    }
                })
                .collect(),
        );
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
                s.extend(cell.chars().map(|c| {
                    if c == '\t' || c == '\n' || c == '\r' {
                        ' '
                    } else {
                        c
                    }
                }));
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
    fn off_a_terminal_rows_are_tab_separated_without_header() {
        let s = sample().render(false, true, None);
        assert_eq!(
            s,
            "382\t2025新款休闲短袖衬衫男士夏季薄款\t¥39.90\n383\tPlain tee\t¥139.00\n"
        );
        assert!(!s.contains('\u{1b}'));
    }

    #[test]
    fn colour_only_when_asked() {
        assert!(!sample().render(true, false, None).contains('\u{1b}'));
        assert!(sample().render(true, true, None).contains('\u{1b}'));
    }
}
