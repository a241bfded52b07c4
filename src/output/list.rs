//! How every `--all` list prints (the flow is `commands::list`): page by page, as the pages
//! arrive, in page order, in one of five forms the printer chooses.
//!
//! - `--json`: one JSON array, streamed: `[` goes out with the first page's elements, `]`
//!   after the last, byte for byte the document the whole array would encode to.
//! - `--json-lines`: one element per line (NDJSON), compact, as they arrive.
//! - `--jq`: the filter needs the whole document: the array is kept (as encoded text) and
//!   filtered at the end.
//! - piped, without `--json`: tab-separated rows, written as each page arrives.
//! - on a terminal: a table, which needs every row to size its columns: kept, drawn at the
//!   end (after the progress bar is cleared).
//!
//! Memory therefore stays that of the pages in flight for the streamed forms, whatever the
//! length of the list. A walk that fails half-way has printed what it had: an array left
//! open (no parser takes it for a whole one), complete lines, complete rows; the exit code
//! says it failed.

use serde_json::Value;

use super::ids::Ids;
use super::{JsonArray, Printer, Table, encode_masked};
use crate::error::Result;

/// One list being printed.
pub struct ListOut<'p> {
    out: &'p Printer,
    form: Form,
    count: usize,
}

enum Form {
    Array {
        pretty: bool,
        opened: bool,
    },
    Lines,
    Collect(JsonArray),
    /// The template (headers, alignment) and whether its first rows were printed.
    Tsv(Table, bool),
    Table(Table),
}

impl Printer {
    /// A list's printer. `table` is the table (headers, alignment) its rows go in; `json`
    /// prints JSON whatever `--json` says (`pandapon api`); `lines` is `--json-lines`.
    pub fn list(&self, table: Table, json: bool, lines: bool) -> ListOut<'_> {
        let form = if self.jq.is_some() {
            Form::Collect(self.json_array())
        } else if lines {
            Form::Lines
        } else if json || self.json {
            Form::Array {
                pretty: self.stdout_terminal,
                opened: false,
            }
        } else if self.stdout_terminal {
            Form::Table(table)
        } else {
            Form::Tsv(table, false)
        };
        ListOut {
            out: self,
            form,
            count: 0,
        }
    }
}

impl ListOut<'_> {
    /// Whether this list prints rows (a table or tab-separated lines) rather than JSON.
    pub fn wants_rows(&self) -> bool {
        matches!(self.form, Form::Tsv(..) | Form::Table(_))
    }

    /// How many elements (JSON) or rows have been printed or kept so far.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The next elements, in order (the JSON forms).
    pub fn elements(&mut self, elements: &[Value]) -> Result<()> {
        let masks = &self.out.masks;
        match &mut self.form {
            Form::Collect(a) => elements.iter().try_for_each(|e| a.push(e))?,
            Form::Lines => {
                let mut text = String::new();
                for e in elements {
                    text.push_str(&encode_masked(&Ids(e), false, masks)?);
                    text.push('\n');
                }
                self.out.write_stdout(&text)?;
            }
            Form::Array { pretty, opened } => {
                let mut text = String::new();
                for e in elements {
                    let item = encode_masked(&Ids(e), *pretty, masks)?;
                    text.push_str(match (*opened, *pretty) {
                        (false, true) => "[\n  ",
                        (true, true) => ",\n  ",
                        (false, false) => "[",
                        (true, false) => ",",
                    });
                    *opened = true;
                    if *pretty {
                        // Nested one level deeper, as serde_json's pretty printer would. A
                        // newline in JSON text is always layout: in a string it is `\n`.
                        text.push_str(&item.replace('\n', "\n  "));
                    } else {
                        text.push_str(&item);
                    }
                }
                self.out.write_stdout(&text)?;
            }
            Form::Tsv(..) | Form::Table(_) => {}
        }
        self.count += elements.len();
        Ok(())
    }

    /// The next table rows, in order (the row forms).
    pub fn rows(&mut self, rows: Vec<Vec<String>>) -> Result<()> {
        let n = rows.len();
        match &mut self.form {
            Form::Table(t) => rows.into_iter().for_each(|r| t.row(r)),
            Form::Tsv(template, begun) => {
                let mut t = template.clone();
                rows.into_iter().for_each(|r| t.row(r));
                if *begun {
                    self.out.table_continued(&t)?;
                } else {
                    self.out.table(&t)?;
                    *begun = true;
                }
            }
            _ => return Ok(()),
        }
        self.count += n;
        Ok(())
    }

    /// Ends the list: closes the array, runs `--jq`, draws the table. Returns how many
    /// elements or rows it had (an empty list prints `[]` as JSON, and nothing as rows: the
    /// command says "No orders." itself).
    pub fn finish(self) -> Result<usize> {
        match self.form {
            Form::Array { pretty, opened } => {
                let end = match (opened, pretty) {
                    (false, _) => "[]\n",
                    (true, true) => "\n]\n",
                    (true, false) => "]\n",
                };
                self.out.write_stdout(end)?;
            }
            Form::Collect(a) => self.out.print_json_array(a)?,
            Form::Table(t) if !t.is_empty() => self.out.table(&t)?,
            Form::Lines | Form::Tsv(..) | Form::Table(_) => {}
        }
        Ok(self.count)
    }
}
