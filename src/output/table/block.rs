//! A table's rows, kept in blocks (`Block`).

use unicode_width::UnicodeWidthStr;

use crate::output::clean::clean_line;

/// Rows made together, each cell on one line (`clean_line`) and measured in terminal
/// columns, the text of all their cells in one string. A walk's page of rows becomes one
/// beside the other pages (`commands::list`), so that neither cleaning nor measuring waits for
/// the last page, and a table of ten thousand rows is a few hundred allocations, not one a
/// cell: freed one by one at the end, on another thread than the one that made them, those
/// took milliseconds after the table was drawn (BENCHMARKS.md, run 11).
#[derive(Debug, Clone, Default)]
pub struct Block {
    pub(super) text: String,
    /// Where each cell ends in `text`, row after row.
    ends: Vec<usize>,
    /// Each cell's width in terminal columns (a cell wider than 4 billion columns is not drawn
    /// by anyone).
    pub(super) widths: Vec<u32>,
    /// Cells a row.
    pub(super) cols: usize,
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

    /// No rows yet, `cols` cells a row.
    pub(super) fn with_cols(cols: usize) -> Block {
        Block {
            cols,
            ..Block::default()
        }
    }

    /// The block with each row cut or padded with empty cells to `cols` cells.
    pub(super) fn reshaped(&self, cols: usize) -> Block {
        let mut b = Block::with_cols(cols);
        for row in self.rows() {
            b.push(&row.cells().collect::<Vec<_>>());
        }
        b
    }

    /// A row, each cell on one line: a tab or newline inside a title would break both the
    /// drawn columns and the tab-separated ones, and an escape sequence from a seller's title
    /// must not reach the terminal (see `clean`). Cut or padded with empty cells to the
    /// block's width: cells are found by counting (`Row`).
    pub(super) fn push<S: AsRef<str>>(&mut self, cells: &[S]) {
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

    pub(super) fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        (0..self.rows).map(move |r| Row {
            block: self,
            first: r * self.cols,
        })
    }
}

/// A row of a `Block`.
#[derive(Clone, Copy)]
pub(super) struct Row<'a> {
    block: &'a Block,
    /// Its first cell's index in the block.
    first: usize,
}

impl<'a> Row<'a> {
    pub(super) fn cell(&self, col: usize) -> &'a str {
        let i = self.first + col;
        let start = if i == 0 { 0 } else { self.block.ends[i - 1] };
        &self.block.text[start..self.block.ends[i]]
    }

    /// The cell's width in terminal columns.
    pub(super) fn width(&self, col: usize) -> usize {
        self.block.widths[self.first + col] as usize
    }

    pub(super) fn cells(self) -> impl Iterator<Item = &'a str> {
        (0..self.block.cols).map(move |c| self.cell(c))
    }
}

/// A cell's width in terminal columns; its length when it is printable ASCII (ids, amounts,
/// times: most cells), without decoding it.
pub(super) fn width(cell: &str) -> usize {
    match cell.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        true => cell.len(),
        false => cell.width(),
    }
}
