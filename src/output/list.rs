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

/// The JSON forms' encoding of a page, apart from the printer so that it can run off the
/// async runtime's thread (`commands::list`): the walk's one thread then only moves bytes.
#[derive(Clone)]
pub struct Encoder {
    pretty: bool,
    lines: bool,
    masks: Vec<String>,
}

impl Encoder {
    /// `elements` as the text `ListOut::encoded` takes: joined as the array or the lines
    /// join them, without what goes before the first.
    pub fn encode(&self, elements: &[Value]) -> Result<String> {
        let mut text = String::new();
        for (i, e) in elements.iter().enumerate() {
            let item = encode_masked(&Ids(e), self.pretty, &self.masks)?;
            if self.lines {
                text.push_str(&item);
                text.push('\n');
                continue;
            }
            if i > 0 {
                text.push_str(if self.pretty { ",\n  " } else { "," });
            }
            if self.pretty {
                // Nested one level deeper, as serde_json's pretty printer would. A newline in
                // JSON text is always layout: in a string it is `\n`.
                text.push_str(&item.replace('\n', "\n  "));
            } else {
                text.push_str(&item);
            }
        }
        Ok(text)
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

impl Printer {
    /// The encoder of `list(_, json, lines)`'s form when it is a streamed JSON one (not `--jq`,
    /// not rows).
    pub fn list_encoder(&self, json: bool, lines: bool) -> Option<Encoder> {
        (self.jq.is_none() && (lines || json || self.json)).then(|| Encoder {
            pretty: !lines && self.stdout_terminal,
            lines,
            masks: self.masks.clone(),
        })
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

    /// The next `n` elements as `Encoder::encode` made them (the streamed JSON forms).
    pub fn encoded(&mut self, text: &str, n: usize) -> Result<()> {
        if n == 0 {
            return Ok(());
        }
        match &mut self.form {
            Form::Lines => self.out.write_stdout(text)?,
            Form::Array { pretty, opened } => {
                let sep = match (*opened, *pretty) {
                    (false, true) => "[\n  ",
                    (true, true) => ",\n  ",
                    (false, false) => "[",
                    (true, false) => ",",
                };
                *opened = true;
                self.out.write_stdout(&format!("{sep}{text}"))?;
            }
            _ => unreachable!("only the streamed JSON forms have an encoder"),
        }
        self.count += n;
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;
    use serde_json::json;

    /// Page by page, off the printer or in it, the streamed array is the document the whole
    /// array encodes to, pretty or compact; the lines are its elements.
    #[test]
    fn a_streamed_array_is_the_whole_arrays_document() {
        let cli = crate::cli::Cli::parse_from(["pandapon", "config", "path"]);
        let pages: Vec<Vec<Value>> = vec![
            vec![json!({"orderId": 3305075341149010310u64, "t": "a\nb", "l": [1, {"skuId": 5}]})],
            vec![json!([]), json!({}), json!(12345678901234567890u64)],
            vec![],
            vec![json!("x\u{202e}y")],
        ];
        let all: Vec<Value> = pages.iter().flatten().cloned().collect();
        for pretty in [false, true] {
            let mut p = Printer::new(&cli.global);
            p.stdout_terminal = pretty;
            let want = super::super::encode(&Ids(&Value::Array(all.clone())), pretty).unwrap();
            let enc = p.list_encoder(true, false).unwrap();
            // What `encoded` writes, gathered instead of printed.
            let mut got = String::new();
            for page in &pages {
                let text = enc.encode(page).unwrap();
                if page.is_empty() {
                    continue;
                }
                got.push_str(match (got.is_empty(), pretty) {
                    (true, true) => "[\n  ",
                    (false, true) => ",\n  ",
                    (true, false) => "[",
                    (false, false) => ",",
                });
                got.push_str(&text);
            }
            got.push_str(if pretty { "\n]" } else { "]" });
            assert_eq!(got, want, "pretty {pretty}");
        }
        let p = Printer::new(&cli.global);
        let lines = p.list_encoder(false, true).unwrap().encode(&all).unwrap();
        let back: Vec<Value> = lines
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(back.len(), all.len());
        assert_eq!(back[0]["orderId"], "3305075341149010310", "ids as strings");
        assert!(lines.contains("\\u202e"), "no raw bidi control");
    }
}
