//! `pandapon config show`: every resolved setting and where it came from, the secret masked.

use std::borrow::Cow;

use serde_json::{Map, Value, json};

use crate::commands::Ctx;
use crate::error::Result;
use crate::output::{Printer, Render, Table};
use crate::secret::MASK;
use crate::settings::{Source, Sourced};

/// The table's columns, on a terminal and piped.
pub const COLUMNS: &[&str] = &["Setting", "Value", "Source"];

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::list("", &[("", COLUMNS)], &[
    "pandapon config show",
    "pandapon --profile work config show --header | cut -f1,3",
]))]
pub struct Args {}

/// One setting as shown: its name, its value for a person, where it came from.
struct Row {
    key: String,
    value: String,
    source: String,
}

/// A resolved setting, its value shown by `show`.
fn row<T>(key: &str, s: &Sourced<T>, show: impl FnOnce(&T) -> String) -> Row {
    Row {
        key: key.to_string(),
        value: show(&s.value),
        source: s.source.to_string(),
    }
}

/// A setting that may have no value anywhere.
fn maybe<T>(key: &'static str, s: Option<&Sourced<T>>, show: impl FnOnce(&T) -> String) -> Row {
    s.map_or_else(
        || Row {
            key: key.to_string(),
            value: "(not set)".into(),
            source: "—".into(),
        },
        |s| row(key, s, show),
    )
}

/// The rows as a table, or as `{key: {value, source}}` for `--json`.
struct Rows(Vec<Row>);

impl Render for Rows {
    fn json(&self) -> Cow<'_, Value> {
        let mut m = Map::new();
        for r in &self.0 {
            m.insert(r.key.clone(), json!({"value": r.value, "source": r.source}));
        }
        Cow::Owned(Value::Object(m))
    }

    fn human(&self, out: &Printer) -> Result<()> {
        let mut t = Table::new(COLUMNS);
        for r in &self.0 {
            t.row(vec![r.key.clone(), r.value.clone(), r.source.clone()]);
        }
        out.table(&t)
    }
}

pub fn run(_: Args, ctx: &Ctx) -> Result<()> {
    let s = &ctx.settings;
    // The address and the endpoint overrides are read from the profile, with no layers.
    let file_src = Source::File {
        path: s.config_path.value.clone(),
        profile: s.profile.value.clone(),
    };
    let mut rows = vec![
        row("config", &s.config_path, |p| {
            let missing = if s.config_exists {
                ""
            } else {
                " (does not exist)"
            };
            format!("{}{missing}", p.display())
        }),
        row("profile", &s.profile, String::clone),
        row("platform", &s.platform, |p| p.name().into()),
        row("base_url", &s.base_url, String::clone),
        row("timeout", &s.timeout, |t| format!("{} s", t.as_secs_f64())),
        row("timestamp_unit", &s.timestamp_unit, |u| u.as_str().into()),
        row("concurrency", &s.concurrency, usize::to_string),
        Row {
            key: "journal".into(),
            value: s.journal_path.display().to_string(),
            source: "XDG_DATA_HOME, else the user data directory".into(),
        },
        row("journal_max_size", &s.journal_max_size, |n| {
            crate::cli::parse::show_size(*n)
        }),
        maybe("access_key", s.access_key.as_ref(), String::clone),
        // Not even its length: "set" is all a person needs to know.
        maybe("access_secret", s.access_secret.as_ref(), |_| {
            format!("{MASK} (set)")
        }),
        maybe("user_id", s.user_id.as_ref(), String::clone),
    ];
    // The address field by field under the keys the profile uses (and the --address-* flags).
    let given: Vec<(&str, &str)> = s
        .address
        .iter()
        .flat_map(|a| a.fields())
        .filter_map(|(k, v)| Some((k, v?)))
        .collect();
    if given.is_empty() {
        rows.push(maybe::<String>("address", None, String::clone));
    }
    for (k, v) in given {
        rows.push(Row {
            key: format!("address.{k}"),
            value: v.to_string(),
            source: file_src.to_string(),
        });
    }

    let overrides: Vec<String> = s
        .catalogue
        .routes()
        .iter()
        .filter(|r| r.overridden)
        .map(|r| format!("{} = {} {}", r.key, r.method, r.path))
        .collect();
    if !overrides.is_empty() {
        rows.push(Row {
            key: "endpoints".into(),
            value: overrides.join("; "),
            source: file_src.to_string(),
        });
    }

    if let Err(e) = s.check_profile() {
        ctx.printer.warn(&e.to_string());
    }
    ctx.printer.print(&Rows(rows))
}
