//! `pandapon sandbox serve|reset`: the embedded sandbox, for other tools and for a fresh start.

mod reset;
mod serve;

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

#[derive(Subcommand, Debug)]
pub enum SandboxCommand {
    /// Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)
    Serve(serve::Args),
    /// Restore the seed data (the cart, orders and the rest)
    Reset(reset::Args),
}

pub async fn run(cmd: SandboxCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        SandboxCommand::Reset(a) => reset::run(a, ctx),
        SandboxCommand::Serve(a) => serve::run(a, ctx).await,
    }
}
