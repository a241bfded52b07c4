//! `pandapon sandbox reset`: the sandbox's state file back to the seed data.

use std::path::PathBuf;

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::sandbox;

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon sandbox reset",
    "pandapon sandbox reset --orders 1000",
]))]
pub struct Args {
    /// State file [default: <data dir>/pandapon/sandbox.json]
    #[arg(long, value_name = "FILE", env = "PANDAPON_SANDBOX_STATE")]
    pub state: Option<PathBuf>,
    /// Also generate this many synthetic orders (for volume tests and benchmarks)
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=1_000_000))]
    pub orders: u64,
}

pub fn run(Args { state, orders }: Args, ctx: &Ctx) -> Result<()> {
    let path = state.unwrap_or_else(sandbox::default_state_path);
    if ctx.settings.dry_run {
        ctx.printer.status(&format!(
            "dry run: would reset the sandbox data in {} to the seed; nothing was changed.",
            path.display()
        ));
        return Ok(());
    }
    sandbox::reset(path.clone(), orders).map_err(Error::usage)?;
    let extra = if orders > 0 {
        format!(" with {orders} more orders")
    } else {
        String::new()
    };
    ctx.printer.status(&format!(
        "Sandbox data reset to the seed{extra} ({}).",
        path.display()
    ));
    Ok(())
}
