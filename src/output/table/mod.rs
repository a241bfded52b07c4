//! Tables: drawn on a terminal, fitted to its width; plain tab-separated rows (no colour, a
//! header line only with `--header`) everywhere else, so scripts can `cut -f` them.
//!
//! Fitting a table too wide for the terminal goes by each column's kind (`Fit`): ids, amounts,
//! times and counts keep their width, titles are cut with an ellipsis, prose wraps at word
//! boundaries (`fit::wrap`), so no id or number is ever split across lines.

use std::borrow::Cow;
use std::iter::repeat_n;

use unicode_width::UnicodeWidthStr;

use super::fit::{ellipsize, longest_word, wrap};

mod block;
pub use block::Block;
use block::{Row, width};

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
            let mut masked = Block::with_cols(block.cols);
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
mod tests;
