//! `pandapon journal [--tail N]`: the local record of writes (see `crate::journal`).
//! Needs no credentials and sends nothing.

use std::path::Path;

use serde_json::Value;

use super::Ctx;
use crate::error::Result;
use crate::journal;
use crate::output::{Printer, Table, View, format};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only the last N entries
    #[arg(long, value_name = "N", value_parser = parse_tail)]
    tail: Option<usize>,
}

fn parse_tail(s: &str) -> std::result::Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "\"{s}\" is not a number of entries: expected 1 or more"
        )),
    }
}

pub fn run(Args { tail }: Args, ctx: &Ctx) -> Result<()> {
    let path = &ctx.settings.journal_path;
    let (mut entries, warnings) = journal::read(path)?;
    for w in &warnings {
        ctx.printer.warn(w);
    }
    if let Some(n) = tail {
        let skip = entries.len().saturating_sub(n);
        entries.drain(..skip);
    }
    // `--json` prints the entries whole, request bodies included; the table leaves them out.
    let all = Value::Array(entries);
    let entries = all.as_array().expect("built as an array");
    ctx.printer
        .print(&View(&all, |out: &Printer| table(out, entries, path)))
}

fn table(out: &Printer, entries: &[Value], path: &Path) -> Result<()> {
    if entries.is_empty() {
        out.status(&format!(
            "The journal is empty: no writes recorded in {}.",
            path.display()
        ));
        return Ok(());
    }
    let terminal = out.stdout_terminal;
    let mut t = Table::new(&[
        "Time",
        "Profile",
        "Operation",
        "Request",
        "Outcome",
        "Request id",
    ]);
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    for e in entries {
        let (outcome, request_id) = match &e["outcome"] {
            Value::String(s) => (s.clone(), String::new()),
            Value::Object(o) => {
                let code = o.get("code").map(|c| c.to_string()).unwrap_or_default();
                let msg = o.get("msg").and_then(Value::as_str).unwrap_or_default();
                (
                    format!("code {code} {msg}").trim_end().to_string(),
                    o.get("requestId")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                )
            }
            other => (other.to_string(), String::new()),
        };
        t.row(vec![
            format::time(&e["time"], terminal),
            text(&e["profile"]),
            text(&e["operation"]),
            format!("{} {}", text(&e["method"]), text(&e["path"])),
            outcome,
            request_id,
        ]);
    }
    out.table(&t)?;
    if terminal {
        out.status(&format!(
            "{} entr{} from {} (the request bodies: pandapon journal --json)",
            entries.len(),
            if entries.len() == 1 { "y" } else { "ies" },
            path.display()
        ));
    }
    Ok(())
}
