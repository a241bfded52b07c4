//! One module per noun. Each command takes the resolved settings and the printer, and
//! returns `Result<()>`; `error.rs` turns any error into the exit code.

pub mod address;
pub mod after_sales;
pub mod api;
pub mod auth;
pub mod batch;
pub mod cart;
pub mod completions;
pub mod config;
pub mod freight;
pub mod goods;
pub mod image;
pub mod inbox;
pub mod journal;
pub mod list;
pub mod listen;
pub mod man;
pub mod order;
pub mod sandbox;
pub mod shipping;
pub mod trigger;
pub mod walk;

use serde_json::Value;

use crate::api::types::{Page, into_page};
use crate::api::{Call, Client};
use crate::cli::Command;
use crate::domain::value;
pub use crate::error::unexpected;
use crate::error::{Error, Result};
use crate::output::{Printer, Table, format};
use crate::settings::Settings;

pub struct Ctx {
    pub settings: Settings,
    pub printer: Printer,
}

impl Ctx {
    pub fn client(&self) -> Result<Client<'_>> {
        Client::new(&self.settings, &self.printer)
    }
}

pub async fn run(cmd: Command, ctx: &Ctx) -> Result<()> {
    match cmd {
        Command::Cart(c) => cart::run(c, ctx).await,
        Command::Order(c) => order::run(c, ctx).await,
        Command::AfterSales(c) => after_sales::run(c, ctx).await,
        Command::Address(c) => address::run(c, ctx).await,
        Command::Goods(c) => goods::run(c, ctx).await,
        Command::Freight(c) => freight::run(c, ctx).await,
        Command::Journal(a) => journal::run(a, ctx).await,
        Command::Listen(a) => listen::run(a, ctx).await,
        Command::Inbox(c) => inbox::run(c, ctx).await,
        Command::Trigger(a) => trigger::run(a, ctx).await,
        Command::Config(c) => config::run(c, ctx).await,
        Command::Sandbox(c) => sandbox::run(c, ctx).await,
        Command::Completions(a) => completions::run(a, ctx),
        Command::Api(a) => api::run(a, ctx).await,
        Command::Auth(c) => auth::run(c, ctx).await,
        Command::Doctor(a) => auth::status::run(a, ctx).await,
        Command::Man(a) => man::run(a, ctx),
    }
}

/// The command a next-step hint names: `pandapon`, with `--platform 1688` when that came from
/// the flag (from the variable or the profile, it holds for the next command too).
pub fn pandapon(ctx: &Ctx) -> String {
    let p = &ctx.settings.platform;
    match p.source {
        crate::settings::Source::Flag(_) if p.value != crate::domain::Platform::Taobao => {
            format!("pandapon --platform {}", p.value)
        }
        _ => "pandapon".to_string(),
    }
}

/// Commands that stop cleanly on Ctrl-C themselves (answering what is in flight), so the
/// signal must not cut them short.
pub fn handles_interrupt(cmd: &Command) -> bool {
    matches!(
        cmd,
        Command::Listen(_) | Command::Sandbox(sandbox::SandboxCommand::Serve(_))
    )
}

/// See `Settings::gate`.
pub fn gate(ctx: &Ctx, action: &str) -> Result<()> {
    ctx.settings.gate(action)
}

/// Ids as given, each once, in order: a repeated id would be ordered, paid or counted twice.
pub fn unique_ids<T: PartialEq + std::fmt::Display>(ctx: &Ctx, ids: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(ids.len());
    let mut repeated: Vec<String> = Vec::new();
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        } else if !repeated.contains(&id.to_string()) {
            repeated.push(id.to_string());
        }
    }
    if !repeated.is_empty() {
        ctx.printer.warn(&format!(
            "{} given more than once; each id is used once",
            repeated.join(", ")
        ));
    }
    out
}

/// Whether the command should show details and ask (see `Settings::will_confirm`).
pub fn will_ask(ctx: &Ctx) -> bool {
    ctx.settings.will_confirm()
}

pub async fn fetch_page(client: &Client<'_>, call: Call, what: &str) -> Result<Page> {
    let data = client.call(call).await?;
    into_page(data, what).map_err(unexpected)
}

/// A page for a walk (`list::print_all`), its elements left as the JSON text they came as:
/// the walk parses them for rows, and copies them for `--json`.
pub async fn fetch_walk_page(client: &Client<'_>, call: Call, what: &str) -> Result<Page> {
    let data = client.call_data(call).await?;
    if Page::read_at_once(&data) || data.text().len() < crate::api::client::OFF_THREAD_BYTES {
        return Page::from_data(&data, what).map_err(unexpected);
    }
    // Finding a large page's list is a pass over it: beside the other pages (`off_thread`).
    let what = what.to_string();
    crate::api::off_thread(move || Page::from_data(&data, &what))
        .await
        .map_err(unexpected)
}

/// After one page of a list: "Page 1 of 3 · 41 orders · next page: --page 2 (or --all)".
/// (The command line, filters and all, is the user's to repeat; only the page changes.)
pub fn next_page_hint(ctx: &Ctx, p: &Page, page_no: u32, noun: &str) {
    paging_status(ctx, p.total_pages, p.total_records, page_no, noun);
}

/// A response of unknown shape as a two-column table of its fields.
pub fn print_fields(ctx: &Ctx, data: &Value) -> Result<()> {
    let rows = format::flatten(data);
    if rows.is_empty() {
        ctx.printer.status("The API returned no details.");
        return Ok(());
    }
    let mut t = Table::new(&["Field", "Value"]);
    for (k, v) in rows {
        t.row(vec![k, v]);
    }
    ctx.printer.table(&t)
}

/// A write the API answered with a bare `false` was not done: exit 1 (`Error::Unconfirmed`),
/// naming what was not done and the read that shows the state. 1688's writes answer a boolean
/// (docs/api.md#alibaba-orders); a success message after `false` would send a script on as if
/// it had worked.
pub fn refused_with_false(data: &Value, not_done: impl FnOnce() -> String) -> Result<()> {
    if data == &Value::Bool(false) {
        return Err(Error::Unconfirmed(not_done()));
    }
    Ok(())
}

/// `--since` after `--until` can match nothing: refused before anything is sent.
pub fn check_period(since: Option<i64>, until: Option<i64>, noun: &str) -> Result<()> {
    match (since, until) {
        (Some(s), Some(u)) if s > u => Err(Error::usage(format!(
            "--since is later than --until: no {noun} could match; swap them"
        ))),
        _ => Ok(()),
    }
}

/// "No orders." or, when filters were given, "No orders match --status X --since ...": an empty
/// answer to a filtered list should not read as an empty account.
pub fn none_found(noun: &str, filters: &[(&str, Option<String>)]) -> String {
    let given: Vec<String> = filters
        .iter()
        .filter_map(|(flag, v)| v.as_ref().map(|v| format!("{flag} {v}")))
        .collect();
    if given.is_empty() {
        format!("No {noun}.")
    } else {
        format!("No {noun} match {}.", given.join(" "))
    }
}

/// Whether `page_no` lies past the last page of a list that has something in it; then says so,
/// instead of letting an empty page read as an empty list.
pub fn past_the_end(
    ctx: &Ctx,
    total_pages: Option<u64>,
    total_records: Option<u64>,
    page_no: u32,
    noun: &str,
) -> bool {
    let has_some = total_records.is_some_and(|r| r > 0) || total_pages.is_some_and(|t| t > 0);
    if page_no <= 1 || !has_some || total_pages.is_some_and(|t| u64::from(page_no) <= t) {
        return false;
    }
    // "1 order", not "1 orders": the nouns given are plurals ending in s.
    let counted = |r: u64| match noun.strip_suffix('s') {
        Some(one) if r == 1 => format!("1 {one}"),
        _ => format!("{r} {noun}"),
    };
    let how_many = match (total_records, total_pages) {
        (Some(r), Some(t)) => format!(
            ": {} on {t} page{}",
            counted(r),
            if t == 1 { "" } else { "s" }
        ),
        (Some(r), None) => format!(": {} in all", counted(r)),
        (None, Some(t)) => format!(": the last page is {t}"),
        (None, None) => String::new(),
    };
    ctx.printer
        .status(&format!("Page {page_no} is past the end{how_many}."));
    true
}

pub fn paging_status(
    ctx: &Ctx,
    total_pages: Option<u64>,
    total_records: Option<u64>,
    page_no: u32,
    noun: &str,
) {
    if let Some(total) = total_pages.filter(|&t| t > u64::from(page_no)) {
        let records = total_records
            .map(|r| format!(" · {r} {noun}"))
            .unwrap_or_default();
        ctx.printer.status(&format!(
            "Page {page_no} of {total}{records} · next page: --page {} (or --all)",
            page_no + 1
        ));
    }
}

/// A write the API accepted (no error code) whose answer pandapon cannot read. Not exit 5:
/// that reads "outcome unknown" and a script's retry would create or pay a second time. Exit 1,
/// saying it was accepted and where to look before doing it again. 1688's answer shapes are
/// largely inferred (docs/api.md#alibaba-orders), so this is a real case, not a theory.
pub fn accepted_unreadable(what: &str, check: String, msg: String) -> Error {
    Error::Unconfirmed(format!(
        "{what} was accepted by the API (no error code), but its answer could not be read ({msg}); \
         do not send it again before checking: {check}"
    ))
}

/// A table row read from `data[i]`: one with none of the fields the table shows is not the
/// record the API documents, and printing it as a blank row would hide that.
pub fn checked_row(row: Vec<String>, path: &str, what: &str, fields: &str) -> Result<Vec<String>> {
    if row.iter().all(|c| c.is_empty()) {
        return Err(unexpected(format!(
            "unexpected response: {path} has none of the fields of {what} ({fields})"
        )));
    }
    Ok(row)
}

/// An id read from a record: a whole number or a non-empty string, as sent (digits kept).
pub fn checked_id(v: Option<&Value>, path: &str, what: &str) -> Result<String> {
    let v = v.unwrap_or(&Value::Null);
    let whole = |v: &Value| !v.is_number() || v.is_u64();
    value::id_text(v).filter(|_| whole(v)).ok_or_else(|| {
        let got = match v {
            Value::Null => "nothing".to_string(),
            other => other.to_string().chars().take(40).collect(),
        };
        unexpected(format!(
            "unexpected response: {path} should be {what}, got {got}"
        ))
    })
}

/// The largest `--input` body: far more than any request body, and still small to hold.
pub const MAX_INPUT_BYTES: u64 = 16 << 20;

/// `--input FILE|-`: a JSON object sent as the request body, checked before anything is sent.
/// Read with a limit and off the async runtime (`local`): `/dev/zero` or an endless
/// pipe is refused, and a FIFO nobody writes to still gives way to Ctrl-C.
pub async fn read_json_input(arg: &str) -> Result<Value> {
    let name = if arg == "-" { "stdin" } else { arg };
    let read = if arg == "-" {
        crate::local::read_stdin(MAX_INPUT_BYTES).await
    } else {
        crate::local::read_file(arg, MAX_INPUT_BYTES).await
    };
    let bytes = read
        .map_err(|e| Error::usage(format!("cannot read the JSON body from {name}: {e}")))?
        .ok_or_else(|| {
            Error::usage(format!(
                "the JSON body in {name} is larger than {}; nothing was sent (is it the file you meant?)",
                crate::local::size_text(MAX_INPUT_BYTES)
            ))
        })?;
    let max = crate::domain::json::MAX_VALUES;
    crate::domain::json::check(&bytes, max).map_err(|n| {
        Error::usage(format!(
            "the JSON body in {name} holds about {n} values, more than the {max} pandapon parses; nothing was sent"
        ))
    })?;
    let v: Value = serde_json::from_slice(&bytes).map_err(|e| {
        Error::usage(format!(
            "invalid JSON in {name} at line {}, column {}: {e}",
            e.line(),
            e.column()
        ))
    })?;
    if !v.is_object() {
        return Err(Error::usage(format!(
            "the body in {name} must be a JSON object {{...}}"
        )));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_whole_numbers_or_text() {
        let id = |v: Value| checked_id(Some(&v), "data[0].refundId", "an id");
        assert_eq!(
            id(serde_json::json!(3305075341149010310u64)).unwrap(),
            "3305075341149010310"
        );
        assert_eq!(id(serde_json::json!("TQ123")).unwrap(), "TQ123");
        for bad in [
            serde_json::json!(1.5),
            serde_json::json!(-3),
            serde_json::json!(true),
            serde_json::json!(""),
        ] {
            assert!(id(bad.clone()).is_err(), "{bad}");
        }
        assert!(checked_id(None, "p", "an id").is_err());
    }

    #[test]
    fn nothing_found_names_the_filters_given() {
        assert_eq!(none_found("orders", &[("--status", None)]), "No orders.");
        assert_eq!(
            none_found(
                "orders",
                &[
                    ("--status", Some("FOO".into())),
                    ("--since", None),
                    ("--until", Some("2026-05-01T15:59:59Z".into()))
                ]
            ),
            "No orders match --status FOO --until 2026-05-01T15:59:59Z."
        );
    }
}
