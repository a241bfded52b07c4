//! One module per noun. Each command takes the resolved settings and the printer, and
//! returns `Result<()>`; `error.rs` turns any error into the exit code.

pub mod cart;
pub mod completions;
pub mod config;
pub mod sandbox;

use std::io::Read;

use serde_json::Value;

use crate::api::Client;
use crate::cli::Command;
use crate::error::{Error, Result};
use crate::output::Printer;
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
        Command::Config(c) => config::run(c, ctx).await,
        Command::Sandbox(c) => sandbox::run(c, ctx).await,
        Command::Completions { shell } => completions::run(shell, ctx),
    }
}

/// A response that does not have the shape a table needs: a server-side failure (exit 5).
pub fn unexpected(msg: String) -> Error {
    Error::Network { msg, write: false }
}

/// `--input FILE|-`: a JSON object sent as the request body, checked before anything is sent.
pub fn read_json_input(arg: &str) -> Result<Value> {
    let (name, text) = if arg == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::usage(format!("cannot read the JSON body from stdin: {e}")))?;
        ("stdin".to_string(), s)
    } else {
        let t = std::fs::read_to_string(arg)
            .map_err(|e| Error::usage(format!("cannot read the JSON body from {arg}: {e}")))?;
        (arg.to_string(), t)
    };
    let v: Value = serde_json::from_str(&text).map_err(|e| {
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
