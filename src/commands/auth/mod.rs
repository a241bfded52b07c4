//! `pandapon auth status` (also `pandapon doctor`): are the credentials, the clock and the
//! network fine? One signed cheap read answers it, for a person or a CI job.

pub mod status;

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

#[derive(Subcommand, Debug)]
pub enum AuthCommand {
    /// Check the credentials with one signed read: where each came from, the round trip, the clock
    Status(status::Args),
}

pub async fn run(cmd: AuthCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        AuthCommand::Status(a) => status::run(a, ctx).await,
    }
}
