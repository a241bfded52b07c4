//! The one place that prints. Stdout carries results (a table, lines, or JSON); stderr
//! carries errors, warnings, progress and logs. Every byte written passes `mask`, so a
//! secret cannot reach either stream even by mistake; text for a person also passes `clean`,
//! so what a server sends cannot drive the terminal.
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod clean;
pub mod fit;
pub mod format;
pub mod ids;
pub mod jq;
pub mod list;
mod observe;
pub mod progress;
pub mod table;
pub mod transcode;

use std::borrow::Cow;
use std::io::{IsTerminal, Write};

use serde::Serialize;
use serde_json::Value;

use crate::cli::GlobalArgs;
use crate::error::{Error, Result};
use crate::settings::use_color;
use ids::Ids;
pub use table::Table;

/// What a command hands to the printer. The printer chooses the form (`--json`, or a table on a
/// terminal and tab-separated rows in a pipe), so no command decides it.
pub trait Render {
    /// The `--json` document: in most commands the API's `data` exactly as it came.
    fn json(&self) -> Cow<'_, Value>;
    /// The form for a person or a pipe: tables and lines on stdout, status lines on stderr.
    fn human(&self, out: &Printer) -> Result<()>;
}

/// The API's data, drawn for a person by the closure.
pub struct View<'a, F>(pub &'a Value, pub F);

impl<'a, F: Fn(&Printer) -> Result<()>> View<'a, F> {
    /// `View(data, f)` with the closure's argument type inferred (a bare tuple struct cannot
    /// tell the compiler `f` takes any `&Printer`).
    pub fn new(data: &'a Value, draw: F) -> Self {
        View(data, draw)
    }
}

impl<F: Fn(&Printer) -> Result<()>> Render for View<'_, F> {
    fn json(&self) -> Cow<'_, Value> {
        Cow::Borrowed(self.0)
    }
    fn human(&self, out: &Printer) -> Result<()> {
        (self.1)(out)
    }
}

/// The API's data for scripts; for a person, one status line ("Added to the cart.").
pub struct Done<'a>(pub &'a Value, pub String);

impl Render for Done<'_> {
    fn json(&self) -> Cow<'_, Value> {
        Cow::Borrowed(self.0)
    }
    fn human(&self, out: &Printer) -> Result<()> {
        out.status(&self.1);
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct Printer {
    pub json: bool,
    pub stdout_terminal: bool,
    stderr_terminal: bool,
    color_out: bool,
    color_err: bool,
    verbose: bool,
    debug: bool,
    /// `--header`: tab-separated tables start with their column names.
    tsv_header: bool,
    masks: Vec<String>,
    /// `--jq`: applied to every JSON document printed (see `emit_json`).
    pub jq: Option<jq::Jq>,
    /// Whether long work may show a progress bar (see `progress`).
    bars: bool,
    /// The bar being drawn, which output goes around.
    drawn: progress::Slot,
}

impl Printer {
    pub fn new(g: &GlobalArgs) -> Self {
        let stdout_terminal = std::io::stdout().is_terminal();
        let stderr_terminal = std::io::stderr().is_terminal();
        // --jq filters the --json document, so it implies --json.
        let json = g.json || g.jq.is_some();
        Printer {
            json,
            stdout_terminal,
            stderr_terminal,
            color_out: !json && use_color(g.color, stdout_terminal),
            color_err: use_color(g.color, stderr_terminal),
            verbose: g.verbose || g.debug,
            debug: g.debug,
            tsv_header: g.header,
            masks: Vec::new(),
            jq: None,
            // For a person at a terminal: not when JSON goes into a pipe (a script runs it).
            bars: stderr_terminal && (stdout_terminal || !json),
            drawn: progress::Slot::default(),
        }
    }

    /// Values to blank out of everything printed (the access secret), in every form output
    /// may quote them (see `secret::mask_forms`; too short a value is no mask).
    pub fn mask_values(&mut self, values: impl IntoIterator<Item = String>) {
        self.masks.extend(
            values
                .into_iter()
                .flat_map(|v| crate::secret::mask_forms(&v)),
        );
        self.masks.sort_by_key(|m| std::cmp::Reverse(m.len()));
        self.masks.dedup();
    }

    pub fn mask<'a>(&self, s: &'a str) -> Cow<'a, str> {
        crate::secret::mask_all(s, &self.masks)
    }

    /// Text for a person to stdout (cleaned, masked). A closed pipe ends the program quietly.
    pub fn out(&self, s: &str) -> Result<()> {
        self.write_stdout(&clean::clean(s))
    }

    /// Stdout as given but masked: JSON and drawn tables, whose content was cleaned or encoded
    /// on the way in and whose escapes (bold headers) are our own.
    fn write_stdout(&self, s: &str) -> Result<()> {
        self.write_masked(self.mask(s).as_bytes())
    }

    /// Writes text already masked (`write_stdout` masks it).
    fn write_masked(&self, text: &[u8]) -> Result<()> {
        self.write_with(|o| o.write_all(text))
    }

    /// Runs `write` on stdout, then flushes it. On the terminal a progress bar is drawn on, the
    /// bar is cleared around it; into a pipe, straight. `write` must not print through the
    /// printer: stdout and the bar are held while it runs.
    fn write_with(
        &self,
        write: impl FnOnce(&mut std::io::StdoutLock<'static>) -> std::io::Result<()>,
    ) -> Result<()> {
        let write = || {
            let mut o = std::io::stdout().lock();
            write(&mut o).and_then(|_| o.flush())
        };
        let written = if self.stdout_terminal {
            self.drawn.around(write)
        } else {
            write()
        };
        written.map_err(|e| match e.kind() {
            std::io::ErrorKind::BrokenPipe => Error::BrokenPipe,
            _ => Error::Network {
                msg: format!("cannot write to stdout: {e}"),
                write: false,
            },
        })
    }

    /// Lines of text for a person. On a terminal each is fitted to its width (`fit::paragraph`:
    /// broken between facts and words, never inside an id); `out` writes text as it is.
    pub fn line(&self, s: &str) -> Result<()> {
        self.out(&self.fitted(s))
    }

    /// `s` with a newline after each of its lines, each fitted to the terminal, if any.
    fn fitted(&self, s: &str) -> String {
        let mut text = String::with_capacity(s.len() + 1);
        for l in s.split('\n') {
            match self.width() {
                Some(w) => {
                    for piece in fit::paragraph(l, w) {
                        text.push_str(&piece);
                        text.push('\n');
                    }
                }
                None => {
                    text.push_str(l);
                    text.push('\n');
                }
            }
        }
        text
    }

    /// `--json` or the human form of `r`: the one place that chooses.
    pub fn print(&self, r: &dyn Render) -> Result<()> {
        if self.json {
            self.json(r.json().as_ref())
        } else {
            r.human(self)
        }
    }

    /// JSON on stdout: pretty for a person, one compact line for a pipe; ids as strings
    /// (`ids`), then `--jq` if given.
    pub fn json(&self, v: &Value) -> Result<()> {
        // The filter parses the text again: compact is quicker to read than pretty.
        let pretty = self.stdout_terminal && self.jq.is_none();
        let text = encode_masked(&Ids(v), pretty, &self.masks)?;
        self.emit_json(text)
    }

    /// JSON on stdout exactly as given (no id strings, no `--jq`): what will be sent, which
    /// must not look different from what goes on the wire (`--dry-run --json`).
    pub fn json_exact(&self, v: &Value) -> Result<()> {
        let mut text = encode_masked(v, self.stdout_terminal, &self.masks)?;
        text.push('\n');
        self.write_stdout(&text)
    }

    /// A whole JSON document's text (masked, ids already strings) to stdout, through `--jq`
    /// when given: each result on a line of its own, a string as raw text (like `gh --jq`
    /// and `jq -r`), anything else as JSON.
    fn emit_json(&self, mut text: String) -> Result<()> {
        let Some(jq) = &self.jq else {
            text.push('\n');
            return self.write_stdout(&text);
        };
        let mut out = String::new();
        for v in jq.run(&text)? {
            match v {
                Value::String(s) if self.stdout_terminal => out.push_str(&clean::clean(&s)),
                // Piped: the bytes as they are, for the next command to use.
                Value::String(s) => out.push_str(&s),
                other => out.push_str(&encode_masked(&other, self.stdout_terminal, &self.masks)?),
            }
            out.push('\n');
        }
        self.write_stdout(&out)
    }

    /// One compact JSON document on a line of its own, on a terminal too: a stream of them
    /// (`listen --json`) is read line by line. Ids are strings and `--jq` applies to each, as
    /// for `json`.
    pub fn json_line(&self, v: &Value) -> Result<()> {
        let text = encode_masked(&Ids(v), false, &self.masks)?;
        self.emit_json(text)
    }

    /// An empty array to fill with `JsonArray::push` and print with `print_json_array`.
    pub fn json_array(&self) -> JsonArray {
        JsonArray {
            text: String::new(),
            pretty: self.stdout_terminal && self.jq.is_none(),
            len: 0,
            reserved: false,
            masks: self.masks.clone(),
        }
    }

    /// Prints the array in one write, exactly as `json` prints a `Vec` of the same values.
    pub fn print_json_array(&self, a: JsonArray) -> Result<()> {
        let mut text = a.finish();
        text.pop();
        self.emit_json(text)
    }

    pub fn table(&self, t: &Table) -> Result<()> {
        self.table_headed(t, self.tsv_header)
    }

    /// More rows of a piped table already begun (a streamed `--all`): `--header`'s line was
    /// printed with the first of them.
    pub fn table_continued(&self, t: &Table) -> Result<()> {
        self.table_headed(t, false)
    }

    fn table_headed(&self, t: &Table, header: bool) -> Result<()> {
        let width = if self.stdout_terminal {
            terminal_width()
        } else {
            None
        };
        self.write_with(|o| self.draw(t, width, header, o))
    }

    /// `t` drawn into `o`, masked. Masked cell by cell before drawing: a long value wrapped
    /// across lines would slip past masking the drawn text. The drawn pieces are masked too,
    /// as all of stdout is (`write_stdout`): each is whole lines, and no cell holds a line
    /// break, so no secret is split between two pieces.
    fn draw(
        &self,
        t: &Table,
        width: Option<u16>,
        header: bool,
        o: &mut dyn Write,
    ) -> std::io::Result<()> {
        let t = t.masked(&self.masks);
        t.render_in_pieces(
            self.stdout_terminal,
            self.color_out,
            width,
            header,
            &mut |p| o.write_all(self.mask(p).as_bytes()),
        )
    }

    /// The terminal's width, when stdout is one that reports it: what a line may fill
    /// before it wraps (see `fit`).
    pub fn width(&self) -> Option<usize> {
        if self.stdout_terminal {
            terminal_width().map(usize::from)
        } else {
            None
        }
    }

    /// A heading or summary line that belongs with a table: plain off a terminal, fitted to
    /// it as `line` is.
    pub fn heading(&self, s: &str) -> Result<()> {
        let s = self.fitted(&clean::clean(s));
        if self.color_out {
            let lines: String = s
                .lines()
                .map(|l| format!("\u{1b}[1m{l}\u{1b}[0m\n"))
                .collect();
            self.write_stdout(&lines)
        } else {
            self.write_stdout(&s)
        }
    }

    fn err_line(&self, s: &str) {
        let line = format!("{}\n", self.mask(s));
        self.drawn.around(|| {
            let mut e = std::io::stderr().lock();
            let _ = e.write_all(line.as_bytes());
        });
    }

    /// Progress of long work, `total` things named `what` (see `progress`): a bar on a
    /// terminal's stderr, nothing elsewhere. Dropping it clears the bar.
    pub fn progress(&self, what: &str, total: Option<u64>) -> progress::Progress {
        if self.bars {
            progress::Progress::new(&self.drawn, what, total)
        } else {
            progress::Progress::none()
        }
    }

    /// Prose on stderr (a status, a warning, an error), fitted to a terminal as `line` is;
    /// `label` ("error:" and its colour) painted after fitting, its escapes taking no width.
    fn err_prose(&self, label: Option<(&str, &str)>, s: &str) {
        let s = clean::clean(s);
        let plain = match label {
            Some((l, _)) => format!("{l} {s}"),
            None => s.into_owned(),
        };
        let width = self.stderr_terminal.then(terminal_width).flatten();
        let mut lines: Vec<String> = match width {
            Some(w) => plain
                .split('\n')
                .flat_map(|l| fit::paragraph(l, usize::from(w)))
                .collect(),
            None => vec![plain],
        };
        if let (Some((l, code)), Some(first)) = (label, lines.first_mut())
            && let Some(rest) = first.strip_prefix(l)
        {
            *first = format!("{}{rest}", self.paint(l, code));
        }
        self.err_line(&lines.join("\n"));
    }

    /// Human status on stderr ("Deleted 2 items."): never mixed into stdout results.
    pub fn status(&self, s: &str) {
        self.err_prose(None, s);
    }

    pub fn warn(&self, s: &str) {
        self.err_prose(Some(("warning:", "33")), s);
    }

    pub fn error(&self, e: &Error) {
        if let Some(m) = e.message() {
            self.err_prose(Some(("error:", "31")), &m);
            if let Some(h) = e.hint() {
                self.err_prose(Some(("hint:", "36")), h);
            }
        }
    }

    /// One item of a batch failed: `error: order 123: <why>`, and its hint.
    pub fn error_about(&self, what: &str, e: &Error) {
        if let Some(m) = e.message() {
            // "order 999: order 999 does not exist" says it twice; the message alone will do.
            let id = what.rsplit(' ').next().unwrap_or(what);
            if names(&clean::clean(&m), id) {
                self.err_prose(Some(("error:", "31")), &m);
            } else {
                self.err_prose(Some(("error:", "31")), &format!("{what}: {m}"));
            }
            if let Some(h) = e.hint() {
                self.err_prose(Some(("hint:", "36")), h);
            }
        }
    }

    /// `-v`: one line per request and response.
    pub fn log(&self, s: &str) {
        if self.verbose {
            self.err_line(&format!("{} {}", self.paint("*", "2"), clean::clean(s)));
        }
    }

    /// `--debug`: headers, bodies, the signed string.
    pub fn debug(&self, s: &str) {
        if self.debug {
            self.err_line(&clean::clean(s));
        }
    }

    /// Whether stderr gets colour (prompts follow it too).
    pub fn stderr_color(&self) -> bool {
        self.color_err
    }

    pub fn is_debug(&self) -> bool {
        self.debug
    }

    fn paint(&self, s: &str, code: &str) -> String {
        if self.color_err {
            format!("\u{1b}[{code}m{s}\u{1b}[0m")
        } else {
            s.to_string()
        }
    }
}

/// `encode`, with the masks applied inside strings when the text holds one: the document stays
/// valid JSON and numbers (ids) are never touched.
fn encode_masked<T: Serialize + ?Sized>(v: &T, pretty: bool, masks: &[String]) -> Result<String> {
    let text = encode(v, pretty)?;
    if !masks.iter().any(|m| text.contains(m.as_str())) {
        return Ok(text);
    }
    let mut value =
        serde_json::to_value(v).map_err(|e| Error::usage(format!("cannot encode JSON: {e}")))?;
    crate::secret::mask_json(&mut value, masks);
    encode(&value, pretty)
}

fn encode<T: Serialize + ?Sized>(v: &T, pretty: bool) -> Result<String> {
    if pretty {
        serde_json::to_string_pretty(v)
    } else {
        serde_json::to_string(v)
    }
    .map(clean::json_text)
    .map_err(|e| Error::usage(format!("cannot encode JSON: {e}")))
}

/// A JSON array built one element at a time, as text: `--all` keeps tens of megabytes less
/// this way than holding every parsed page until the end. It is still printed only when
/// complete, so a walk that fails half-way prints nothing on stdout.
pub struct JsonArray {
    text: String,
    pretty: bool,
    len: usize,
    reserved: bool,
    masks: Vec<String>,
}

impl JsonArray {
    pub fn push(&mut self, v: &Value) -> Result<()> {
        let item = encode_masked(&Ids(v), self.pretty, &self.masks)?;
        let sep = match (self.len, self.pretty) {
            (0, true) => "[\n  ",
            (_, true) => ",\n  ",
            (0, false) => "[",
            (_, false) => ",",
        };
        self.text.push_str(sep);
        if self.pretty {
            // Nested one level deeper, as serde_json's pretty printer would. A newline in
            // JSON text is always layout: inside a string it is escaped as `\n`.
            self.text.push_str(&item.replace('\n', "\n  "));
        } else {
            self.text.push_str(&item);
        }
        self.len += 1;
        Ok(())
    }

    /// Makes room for `total` pages as long as the ones so far, once.
    pub fn expect_pages(&mut self, total: u64) {
        if !self.reserved {
            self.reserved = true;
            let more = (self.text.len() as u64).saturating_mul(total.saturating_sub(1));
            // A hint, not a promise: never more than 256 MiB ahead.
            self.text.reserve(more.min(256 << 20) as usize + 4096);
        }
    }

    /// The whole text, closed and ending in a newline.
    fn finish(mut self) -> String {
        self.text.push_str(match (self.len, self.pretty) {
            (0, _) => "[]\n",
            (_, true) => "\n]\n",
            (_, false) => "]\n",
        });
        self.text
    }
}

/// A pty without a size (CI runners, `script`) reports 0 columns: then do not wrap at all.
/// Whether `text` mentions `id` as a whole word (not "2" inside "r2").
fn names(text: &str, id: &str) -> bool {
    !id.is_empty()
        && text.match_indices(id).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + id.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
        .filter(|&w| w >= 20)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn a_json_array_built_piecewise_prints_like_a_vec() {
        let cli = crate::cli::Cli::parse_from(["pandapon", "config", "path"]);
        let values: Vec<serde_json::Value> = vec![
            serde_json::json!({"id": "1", "lines": [{"qty": 2, "t": "a\nb"}], "e": [], "o": {}}),
            serde_json::json!(12345678901234567890u64),
            serde_json::json!([]),
        ];
        for pretty in [false, true] {
            let mut p = Printer::new(&cli.global);
            p.stdout_terminal = pretty;
            for n in 0..=values.len() {
                let mut a = p.json_array();
                for v in &values[..n] {
                    a.push(v).unwrap();
                }
                let mut want = encode(&Ids(&Value::Array(values[..n].to_vec())), pretty).unwrap();
                want.push('\n');
                assert_eq!(a.finish(), want, "pretty {pretty}, {n} elements");
            }
        }
    }

    #[test]
    fn ids_are_found_as_whole_words() {
        assert!(names("order 999 does not exist", "999"));
        assert!(!names("余额不足 (code 500, requestId r2)", "2"));
        assert!(!names("order 9990 does not exist", "999"));
    }

    /// A table long enough to be written in several pieces has the secret masked in every
    /// one, drawn or tab-separated.
    #[test]
    fn a_drawn_table_is_masked_in_every_piece() {
        let cli = crate::cli::Cli::parse_from(["pandapon", "config", "path"]);
        let mut p = Printer::new(&cli.global);
        let secret = "topsecret-0123456";
        p.mask_values([secret.to_string()]);
        let mut t = Table::new(&["ID", "Note"]);
        for i in 0..6000 {
            t.row(vec![
                format!("{i}"),
                format!("衬衫 {secret} 北欧风陶瓷马克杯带盖勺"),
            ]);
        }
        for terminal in [true, false] {
            p.stdout_terminal = terminal;
            let mut out = Vec::new();
            p.draw(&t, None, false, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(
                !terminal || text.len() > 3 * 64 * 1024,
                "several pieces: {}",
                text.len()
            );
            assert!(!text.contains(secret), "terminal {terminal}");
            assert_eq!(text.matches(crate::secret::MASK).count(), 6000);
        }
    }

    #[test]
    fn masks_every_occurrence_longest_first_and_never_short_values() {
        let cli = crate::cli::Cli::parse_from(["pandapon", "config", "path"]);
        let mut p = Printer::new(&cli.global);
        p.mask_values([
            "abc".to_string(),
            "topsecret-0123456".to_string(),
            "topsecret-0123456-long".to_string(),
        ]);
        assert_eq!(
            p.mask("x topsecret-0123456-long y topsecret-0123456 abc"),
            format!("x {m} y {m} abc", m = crate::secret::MASK)
        );
    }
}
