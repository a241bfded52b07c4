//! `pandapon config init|show|path`: the profile file and the resolved settings.

mod init;
mod path;
mod show;

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    /// Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)
    Init(init::Args),
    /// Show the resolved settings and where each came from (the secret masked)
    Show(show::Args),
    /// Print the path of the profile file
    Path(path::Args),
}

pub async fn run(cmd: ConfigCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        ConfigCommand::Path(a) => path::run(a, ctx),
        ConfigCommand::Show(a) => show::run(a, ctx),
        ConfigCommand::Init(a) => init::run(a, ctx).await,
    }
}
