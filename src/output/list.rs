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

use super::clean;
use super::ids::Ids;
use super::table::Block;
use super::transcode::{transcode, transcode_elements};
use super::{JsonArray, Printer, Table, encode_masked};
use crate::api::types::{Page, RawElements};
use crate::error::Result;

/// How a list's pages are copied as compact JSON (`ListOut::copy`): needing nothing of the
/// printer, it can run beside the other pages (`commands::list`).
#[derive(Debug, Clone)]
pub struct JsonCopy {
    /// One element a line (`--json-lines`), or the elements of an array.
    lines: bool,
    masks: Vec<String>,
}

/// A page's elements copied, ready to print, and how many. In an array each element has its
/// `,` before it (the first one's becomes `[` if it opens the array).
#[derive(Debug)]
pub struct JsonCopied {
    text: Vec<u8>,
    count: usize,
}

impl JsonCopy {
    /// The compact JSON of `raw`'s elements, as `ListOut::elements` would print them, when the
    /// copy is sure of every one and no secret is in it (masking needs the values).
    pub fn copy(&self, raw: &RawElements) -> Option<JsonCopied> {
        let (separator, after): (&[u8], &[u8]) = match self.lines {
            true => (b"", b"\n"),
            false => (b",", b""),
        };
        // Grown as it is written, not reserved: a copy reserved at the page's size fell in a
        // mimalloc size class whose pages it keeps, and a walk's peak memory rose by 6 MiB, at
        // no measurable speed (BENCHMARKS.md, run 10).
        let mut text = Vec::new();
        let before = |o: &mut Vec<u8>| o.extend_from_slice(separator);
        let count = match raw.found() {
            // Found (a page cut short by `--limit`, or one without paging numbers): those.
            Some(elements) => {
                let mut n = 0;
                for e in elements {
                    before(&mut text);
                    transcode(e, &mut text).ok()?;
                    text.extend_from_slice(after);
                    n += 1;
                }
                n
            }
            None => transcode_elements(raw.list(), &mut text, before, after).ok()?,
        };
        if clean::may_hold_bidi(&text) {
            let utf8 = String::from_utf8(text).expect("transcode appends UTF-8");
            text = clean::json_text(utf8).into_bytes();
        }
        let secret =
            |m: &String| !m.is_empty() && memchr::memmem::find(&text, m.as_bytes()).is_some();
        (!self.masks.iter().any(secret)).then_some(JsonCopied { text, count })
    }
}

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
    /// Whether a list printed with these settings prints rows (a table or tab-separated
    /// lines), so its pages are needed as values, not only as JSON text.
    pub fn list_wants_rows(&self, json: bool, lines: bool) -> bool {
        self.jq.is_none() && !lines && !(json || self.json)
    }

    /// How a list printed with these settings copies its pages' JSON, if it does: as the
    /// list would (`ListOut::copy`), known before the list is.
    pub fn list_copy(&self, json: bool, lines: bool) -> Option<JsonCopy> {
        self.list(Table::new(&[]), json, lines).copy()
    }

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

    /// The next page's elements, in order (the JSON forms); returns how many. Compact JSON is
    /// copied from the list's text when the page kept it (`transcode`), without parsing;
    /// `copied` is that copy when it was tried already (`JsonCopy`, beside the other pages;
    /// `Some(None)`: refused). The other forms, and a page the copy is unsure of, are parsed
    /// and encoded.
    pub fn page(&mut self, page: &mut Page, copied: Option<Option<JsonCopied>>) -> Result<usize> {
        let copied = match (copied, &page.raw, self.copy()) {
            (Some(tried), ..) => tried,
            (None, Some(raw), Some(copy)) => copy.copy(raw),
            _ => None,
        };
        if let Some(JsonCopied { mut text, count }) = copied {
            if let Form::Array { opened, .. } = &mut self.form {
                // The separator before the page's first element opens the array if nothing has.
                if count > 0 && !*opened {
                    text[0] = b'[';
                }
                *opened |= count > 0;
            }
            self.out.write_masked(&text)?;
            self.count += count;
            return Ok(count);
        }
        page.parse().map_err(crate::error::unexpected)?;
        self.elements(&page.elements)?;
        Ok(page.elements.len())
    }

    /// How this list copies a page's JSON text, if it does (compact `--json`, `--json-lines`).
    pub fn copy(&self) -> Option<JsonCopy> {
        let lines = match self.form {
            Form::Array { pretty: false, .. } => false,
            Form::Lines => true,
            _ => return None,
        };
        Some(JsonCopy {
            lines,
            masks: self.out.masks.clone(),
        })
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
    pub fn rows(&mut self, rows: Block) -> Result<()> {
        let n = rows.len();
        match &mut self.form {
            Form::Table(t) => t.append(rows),
            Form::Tsv(template, begun) => {
                let mut t = template.clone();
                t.append(rows);
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
