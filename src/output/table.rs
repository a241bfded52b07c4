//! Tables: drawn on a terminal, fitted to its width; plain tab-separated rows (no colour, a
//! header line only with `--header`) everywhere else, so scripts can `cut -f` them.
//!
//! Fitting a table too wide for the terminal goes by each column's kind (`Fit`): ids, amounts,
//! times and counts keep their width, titles are cut with an ellipsis, prose wraps at word
//! boundaries (`fit::wrap`), so no id or number is ever split across lines.

use std::borrow::Cow;
use std::iter::repeat_n;

use unicode_width::UnicodeWidthStr;

use super::clean::clean_line;
use super::fit::{ellipsize, longest_word, wrap};

/// How a column gives way on a terminal too narrow for the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Decided by the content: `Whole` for right-aligned columns and short ASCII ones (ids,
    /// times, codes), `Wrap` for the rest.
    Auto,
    /// Never cut nor wrapped: an id or an amount split in two reads as two.
    Whole,
    /// Cut short with an ellipsis, one line per row: titles and shop names in a list.
    Cut,
    /// Wrapped at word boundaries: statuses, properties, messages, a detail's values.
    Wrap,
}

#[derive(Debug, Clone, Default)]
pub struct Table {
    headers: Vec<String>,
    right: Vec<bool>,
    /// The rows, as they came (`Block`).
    blocks: Vec<Block>,
    fit: Vec<Fit>,
}

/// Rows made together, each cell on one line (`clean_line`) and measured in terminal
/// columns, the text of all their cells in one string. A walk's page of rows becomes one
/// beside the other pages (`commands::list`), so that neither cleaning nor measuring waits for
/// the last page, and a table of ten thousand rows is a few hundred allocations, not one a
/// cell: freed one by one at the end, on another thread than the one that made them, those
/// took milliseconds after the table was drawn (BENCHMARKS.md, run 11).
#[derive(Debug, Clone, Default)]
pub struct Block {
    text: String,
    /// Where each cell ends in `text`, row after row.
    ends: Vec<usize>,
    /// Each cell's width in terminal columns (a cell wider than 4 billion columns is not drawn
    /// by anyone).
    widths: Vec<u32>,
    /// Cells a row.
    cols: usize,
    rows: usize,
}

impl Block {
    /// `rows`, each cell on one line and measured; each as wide as the widest (padded).
    pub fn new(rows: Vec<Vec<String>>) -> Block {
        // Sized as the cells are (cleaning rarely adds to them): a walk holds the blocks of
        // every page in flight, and grown by doubling they would be up to twice that.
        let cells = rows.iter().map(Vec::len).sum();
        let mut b = Block {
            text: String::with_capacity(rows.iter().flatten().map(String::len).sum()),
            ends: Vec::with_capacity(cells),
            widths: Vec::with_capacity(cells),
            cols: rows.iter().map(Vec::len).max().unwrap_or(0),
            rows: 0,
        };
        for r in &rows {
            b.push(r);
        }
        b
    }

    /// The block with each row cut or padded with empty cells to `cols` cells.
    fn reshaped(&self, cols: usize) -> Block {
        let mut b = Block {
            cols,
            ..Block::default()
        };
        for row in self.rows() {
            b.push(&row.cells().collect::<Vec<_>>());
        }
        b
    }

    /// A row, each cell on one line: a tab or newline inside a title would break both the
    /// drawn columns and the tab-separated ones, and an escape sequence from a seller's title
    /// must not reach the terminal (see `clean`). Cut or padded with empty cells to the
    /// block's width: cells are found by counting (`Row`).
    fn push<S: AsRef<str>>(&mut self, cells: &[S]) {
        for i in 0..self.cols {
            let c = clean_line(cells.get(i).map_or("", AsRef::as_ref));
            self.text.push_str(&c);
            self.ends.push(self.text.len());
            self.widths
                .push(u32::try_from(width(&c)).unwrap_or(u32::MAX));
        }
        self.rows += 1;
    }

    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        (0..self.rows).map(move |r| Row {
            block: self,
            first: r * self.cols,
        })
    }
}

/// A row of a `Block`.
#[derive(Clone, Copy)]
struct Row<'a> {
    block: &'a Block,
    /// Its first cell's index in the block.
    first: usize,
}

impl<'a> Row<'a> {
    fn cell(&self, col: usize) -> &'a str {
        let i = self.first + col;
        let start = if i == 0 { 0 } else { self.block.ends[i - 1] };
        &self.block.text[start..self.block.ends[i]]
    }

    /// The cell's width in terminal columns.
    fn width(&self, col: usize) -> usize {
        self.block.widths[self.first + col] as usize
    }

    fn cells(self) -> impl Iterator<Item = &'a str> {
        (0..self.block.cols).map(move |c| self.cell(c))
    }
}

/// About how much of a drawn table is written at a time (`render_in_pieces`).
const PIECE: usize = 64 * 1024;

/// A cut or squeezed column keeps at least this many terminal columns.
const MIN_TRUNCATED: usize = 8;

impl Table {
    pub fn new(headers: &[&str]) -> Self {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            right: vec![false; headers.len()],
            blocks: Vec::new(),
            fit: vec![Fit::Auto; headers.len()],
        }
    }

    /// The column names, as the header of the drawn table and of `--header` TSV.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// On a terminal too narrow for the table, cut these columns (titles, shop names) short
    /// with an ellipsis instead of wrapping them: one line per row. Tab-separated output is
    /// never cut.
    pub fn truncate(mut self, cols: &[usize]) -> Self {
        for &c in cols {
            self.fit[c] = Fit::Cut;
        }
        self
    }

    /// These columns are never cut nor wrapped (ids, amounts, however long).
    pub fn whole(mut self, cols: &[usize]) -> Self {
        for &c in cols {
            self.fit[c] = Fit::Whole;
        }
        self
    }

    /// Right-align these columns (numbers, money); they keep their width.
    pub fn align_right(mut self, cols: &[usize]) -> Self {
        for &c in cols {
            self.right[c] = true;
        }
        self
    }

    fn kind(&self, col: usize) -> Fit {
        const SHORT: usize = 22;
        let short = |s: &str| s.len() <= SHORT && s.chars().all(|c| c.is_ascii() || c == '¥');
        match self.fit[col] {
            Fit::Auto if self.right[col] || self.rows().all(|r| short(r.cell(col))) => Fit::Whole,
            Fit::Auto => Fit::Wrap,
            k => k,
        }
    }

    /// A row, each cell on one line (`Block::push`). A row of another width than the
    /// headers' (a view's bug) is cut or padded with empty cells, not drawn askew.
    pub fn row(&mut self, mut cells: Vec<String>) {
        cells.resize(self.headers.len(), String::new());
        match self.blocks.last_mut() {
            Some(b) => b.push(&cells),
            None => self.blocks.push(Block::new(vec![cells])),
        }
    }

    /// Rows made already (`Block::new`), after those the table has; cut or padded as `row`'s.
    pub fn append(&mut self, block: Block) {
        match block.cols == self.headers.len() {
            _ if block.is_empty() => {}
            true => self.blocks.push(block),
            false => self.blocks.push(block.reshaped(self.headers.len())),
        }
    }

    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.blocks.iter().flat_map(Block::rows)
    }

    /// The table with `masks` blanked out of every cell (borrowed when none occurs).
    pub fn masked(&self, masks: &[String]) -> Cow<'_, Table> {
        // A mask found across two cells of a block's text only costs the cell-by-cell pass.
        let hit = |b: &Block| {
            masks
                .iter()
                .any(|m| !m.is_empty() && b.text.contains(m.as_str()))
        };
        if !self.blocks.iter().any(hit) {
            return Cow::Borrowed(self);
        }
        let mut t = self.clone_empty();
        for block in &self.blocks {
            if !hit(block) {
                t.append(block.clone());
                continue;
            }
            let mut masked = Block {
                cols: block.cols,
                ..Block::default()
            };
            for row in block.rows() {
                let cells: Vec<Cow<str>> = row
                    .cells()
                    .map(|c| crate::secret::mask_all(c, masks))
                    .collect();
                masked.push(&cells);
            }
            t.append(masked);
        }
        Cow::Owned(t)
    }

    /// The table's settings, without its rows.
    fn clone_empty(&self) -> Table {
        Table {
            headers: self.headers.clone(),
            right: self.right.clone(),
            blocks: Vec::new(),
            fit: self.fit.clone(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.iter().all(Block::is_empty)
    }

    pub fn len(&self) -> usize {
        self.blocks.iter().map(Block::len).sum()
    }

    /// `width`: the terminal's, when known, which the drawn table is fitted to. `header`: a
    /// first line of column names in tab-separated output (`--header`).
    pub fn render(&self, terminal: bool, color: bool, width: Option<u16>, header: bool) -> String {
        let mut s = String::new();
        self.render_in_pieces(terminal, color, width, header, &mut |p| {
            s.push_str(p);
            Ok(())
        })
        .expect("a string takes any text");
        s
    }

    /// As `render`, handed to `piece` a piece at a time, each whole lines. A table drawn
    /// without fitting comes in pieces of about `PIECE` bytes: ten thousand rows drawn into
    /// one string were two megabytes of fresh memory, whose page faults came after the last
    /// page and before the first line could be written.
    pub fn render_in_pieces(
        &self,
        terminal: bool,
        color: bool,
        width: Option<u16>,
        header: bool,
        piece: &mut dyn FnMut(&str) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        if !terminal {
            return piece(&self.render_tsv(header));
        }
        let widths = self.content_widths();
        let natural: usize = widths.iter().map(|w| w + 3).sum::<usize>() + 1;
        match width.map(usize::from) {
            Some(w) if natural > w => piece(&match self.fitted_widths(w, &widths) {
                Some(fitted) => self.render_fitted(color, &fitted),
                None => self.render_records(color, w),
            }),
            // Nothing to fit: drawn in one pass.
            _ => self.render_unwrapped(color, &widths, piece),
        }
    }

    /// Each column's widest cell, header included, in terminal columns (at least 1).
    fn content_widths(&self) -> Vec<usize> {
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.width()).collect();
        for block in &self.blocks {
            for (i, &cell) in block.widths.iter().enumerate() {
                let w = &mut widths[i % block.cols];
                *w = (*w).max(cell as usize);
            }
        }
        widths.iter().map(|&w| w.max(1)).collect()
    }

    /// Column widths for a table of at most `width` terminal columns, if it can be drawn so
    /// without splitting a word: `Whole` columns keep their natural width, `Cut` ones need
    /// `MIN_TRUNCATED`, `Wrap` ones their longest word (a header's too) and no less than
    /// `MIN_TRUNCATED`; when that is too wide, times and codes with spaces (`Auto` columns kept
    /// whole) may wrap at them. What is left is shared out evenly among the columns that want
    /// more. `None`: even that is too wide.
    fn fitted_widths(&self, width: usize, natural: &[usize]) -> Option<Vec<usize>> {
        let n = natural.len();
        let avail = width.checked_sub(3 * n + 1)?;
        let words = |c: usize| {
            self.rows()
                .map(|r| longest_word(r.cell(c)))
                .chain([longest_word(&self.headers[c]), 1])
                .max()
                .unwrap_or(1)
        };
        let mut target: Vec<usize> = (0..n)
            .map(|c| match self.kind(c) {
                Fit::Cut => natural[c].min(MIN_TRUNCATED.max(longest_word(&self.headers[c]))),
                Fit::Wrap => words(c).max(natural[c].min(MIN_TRUNCATED)),
                _ => natural[c],
            })
            .collect();
        if target.iter().sum::<usize>() > avail {
            for c in (0..n).filter(|&c| self.fit[c] == Fit::Auto && !self.right[c]) {
                target[c] = target[c].min(words(c));
            }
        }
        let mut extra = avail.checked_sub(target.iter().sum())?;
        while extra > 0 {
            let open: Vec<usize> = (0..n).filter(|&c| target[c] < natural[c]).collect();
            if open.is_empty() {
                break;
            }
            let share = (extra / open.len()).max(1);
            for c in open {
                let give = (natural[c] - target[c]).min(share).min(extra);
                target[c] += give;
                extra -= give;
            }
        }
        Some(target)
    }

    /// The table with each cell fitted to `widths` by its column's kind, a row as many lines
    /// high as its tallest cell.
    fn render_fitted(&self, color: bool, widths: &[usize]) -> String {
        let kinds: Vec<Fit> = (0..widths.len()).map(|c| self.kind(c)).collect();
        let mut s = String::new();
        rule(&mut s, widths, ['┌', '─', '┬', '┐']);
        let head: Vec<Vec<String>> = self
            .headers
            .iter()
            .zip(widths)
            .map(|(h, &w)| wrap(h, w))
            .collect();
        draw_row(&mut s, widths, &head, &vec![false; widths.len()], color);
        rule(&mut s, widths, ['╞', '═', '╪', '╡']);
        for row in self.rows() {
            let cells: Vec<Vec<String>> = (0..widths.len())
                .map(|c| {
                    let (cell, w) = (row.cell(c), widths[c]);
                    match kinds[c] {
                        Fit::Cut => vec![ellipsize(cell, w).into_owned()],
                        // A time kept whole unless the table needed it to wrap at its space.
                        _ if row.width(c) <= w => vec![cell.to_string()],
                        _ => wrap(cell, w),
                    }
                })
                .collect();
            draw_row(&mut s, widths, &cells, &self.right, false);
        }
        rule(&mut s, widths, ['└', '─', '┴', '┘']);
        s
    }

    /// A table too wide to draw in `width` columns, as records: each row a block of
    /// `Header  value` lines, values wrapped at words under themselves (cut columns cut), a
    /// blank line after each (what follows is not read as one more field). Like `psql`'s
    /// expanded display, it fits any width and splits no id.
    fn render_records(&self, color: bool, width: usize) -> String {
        let label = self.headers.iter().map(|h| h.width()).max().unwrap_or(0) + 2;
        let value_width = width.saturating_sub(label).max(MIN_TRUNCATED);
        let kinds: Vec<Fit> = (0..self.headers.len()).map(|c| self.kind(c)).collect();
        let mut s = String::new();
        for row in self.rows() {
            for (c, (h, cell)) in self.headers.iter().zip(row.cells()).enumerate() {
                let lines = match kinds[c] {
                    Fit::Cut => vec![ellipsize(cell, value_width).into_owned()],
                    _ => wrap(cell, value_width),
                };
                for (j, l) in lines.iter().enumerate() {
                    let mut pad = label;
                    if j == 0 {
                        pad -= h.width();
                        if color {
                            s.push_str(&format!("\u{1b}[1m{h}\u{1b}[0m"));
                        } else {
                            s.push_str(h);
                        }
                    }
                    if !l.is_empty() {
                        s.extend(repeat_n(' ', pad));
                        s.push_str(l);
                    }
                    s.push('\n');
                }
            }
            s.push('\n');
        }
        s
    }

    /// The table exactly as comfy-table draws it in the UTF8_FULL_CONDENSED style when nothing
    /// wraps (the tests compare the two), drawn straight into text: comfy-table builds several
    /// strings per cell, which for ten thousand rows is most of the time a listing takes.
    fn render_unwrapped(
        &self,
        color: bool,
        widths: &[usize],
        piece: &mut dyn FnMut(&str) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let line_bytes: usize = widths.iter().map(|w| w + 6).sum::<usize>() + 4;
        let mut s = String::with_capacity(PIECE + line_bytes);
        rule(&mut s, widths, ['┌', '─', '┬', '┐']);
        let left = vec![false; widths.len()];
        let head = self.headers.iter().map(|h| (h.as_str(), h.width()));
        cells(&mut s, widths, head, &left, color);
        rule(&mut s, widths, ['╞', '═', '╪', '╡']);
        for row in self.rows() {
            let each = (0..widths.len()).map(|c| (row.cell(c), row.width(c)));
            cells(&mut s, widths, each, &self.right, false);
            if s.len() >= PIECE {
                piece(&s)?;
                s.clear();
            }
        }
        rule(&mut s, widths, ['└', '─', '┴', '┘']);
        piece(&s)
    }

    fn render_tsv(&self, header: bool) -> String {
        let mut s = String::new();
        let mut line = |cells: &mut dyn Iterator<Item = &str>| {
            for (i, cell) in cells.enumerate() {
                if i > 0 {
                    s.push('\t');
                }
                // `Block::push` has already made tabs and newlines spaces.
                s.push_str(cell);
            }
            s.push('\n');
        };
        if header {
            line(&mut self.headers.iter().map(String::as_str));
        }
        for row in self.rows() {
            line(&mut row.cells());
        }
        s
    }
}

/// A cell's width in terminal columns; its length when it is printable ASCII (ids, amounts,
/// times: most cells), without decoding it.
fn width(cell: &str) -> usize {
    match cell.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        true => cell.len(),
        false => cell.width(),
    }
}

/// A horizontal rule: `[left, fill, junction, right]`.
fn rule(s: &mut String, widths: &[usize], [left, fill, junction, right]: [char; 4]) {
    s.push(left);
    for (i, &w) in widths.iter().enumerate() {
        if i > 0 {
            s.push(junction);
        }
        s.extend(repeat_n(fill, w + 2));
    }
    s.push(right);
    s.push('\n');
}

/// One line of cells, each `(text, width)` padded to its column's width.
fn cells<'a>(
    s: &mut String,
    widths: &[usize],
    cells: impl Iterator<Item = (&'a str, usize)>,
    right: &[bool],
    bold: bool,
) {
    s.push('│');
    for (i, (((cell, cell_width), &w), &r)) in cells.zip(widths).zip(right).enumerate() {
        if i > 0 {
            s.push('┆');
        }
        if bold {
            s.push_str("\u{1b}[1m");
        }
        let pad = w.saturating_sub(cell_width);
        s.extend(repeat_n(' ', 1 + if r { pad } else { 0 }));
        s.push_str(cell);
        s.extend(repeat_n(' ', 1 + if r { 0 } else { pad }));
        if bold {
            s.push_str("\u{1b}[0m");
        }
    }
    s.push_str("│\n");
}

/// A row whose cells are several lines each: as many lines as the tallest, the others blank.
fn draw_row(s: &mut String, widths: &[usize], row: &[Vec<String>], right: &[bool], bold: bool) {
    let height = row.iter().map(Vec::len).max().unwrap_or(1);
    for i in 0..height {
        let line = row.iter().map(|c| {
            let l = c.get(i).map_or("", String::as_str);
            (l, width(l))
        });
        cells(s, widths, line, right, bold);
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
}
