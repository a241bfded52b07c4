//! `pandapon config path`: where the profile file is (whether or not it exists).

use serde_json::json;

use crate::commands::Ctx;
use crate::error::Result;
use crate::output::{Printer, View};

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon config path",
]))]
pub struct Args {}

pub fn run(_: Args, ctx: &Ctx) -> Result<()> {
    let path = ctx.settings.config_path.value.display().to_string();
    ctx.printer
        .print(&View(&json!(path), |out: &Printer| out.line(&path)))
}
