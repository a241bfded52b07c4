//! `pandapon sandbox serve|reset`.

use clap::Subcommand;
use std::path::PathBuf;

use std::net::{Ipv4Addr, SocketAddr};

use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::sandbox::{self, Options, SANDBOX_ACCESS_KEY, SANDBOX_SECRET, SANDBOX_USER_ID};

pub async fn run(cmd: SandboxCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        SandboxCommand::Reset { state, orders } => {
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
        SandboxCommand::Serve { port, sandbox } => {
            let opts = sandbox
                .options(ctx.settings.catalogue.clone())
                .map_err(Error::usage)?;
            serve(ctx, opts, port).await
        }
    }
}

async fn serve(ctx: &Ctx, opts: Options, port: u16) -> Result<()> {
    // Watch for Ctrl-C before telling anyone the URL: whoever reads it may send one at once.
    let stop = crate::interrupt()?;
    let running = sandbox::spawn(opts, SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .await
        .map_err(Error::usage)?;
    let out = &ctx.printer;
    if out.json {
        out.json(&json!({
            "url": running.url,
            "accessKey": SANDBOX_ACCESS_KEY,
            "accessSecret": SANDBOX_SECRET,
            "userId": SANDBOX_USER_ID,
            "statePath": running.state_path,
        }))?;
    } else {
        out.line(&format!("PandaPon sandbox listening on {}", running.url))?;
        out.out(&format!(
            "  state file     {}\n  access key     {SANDBOX_ACCESS_KEY}\n  access secret  {SANDBOX_SECRET}\n  user id        {SANDBOX_USER_ID}\n\n\
             Point pandapon (or any client) at it:\n  export PANDAPON_BASE_URL={} PANDAPON_ACCESS_KEY={SANDBOX_ACCESS_KEY} \
             PANDAPON_ACCESS_SECRET={SANDBOX_SECRET} PANDAPON_USER_ID={SANDBOX_USER_ID}\n",
            running.state_path.display(),
            running.url
        ))?;
        out.status("Ctrl-C stops it.");
    }
    stop.await;
    out.status("Sandbox stopped.");
    Ok(())
}

#[derive(Subcommand, Debug)]
pub enum SandboxCommand {
    /// Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)
    Serve {
        /// Port on 127.0.0.1 (0 picks a free one)
        #[arg(long, default_value_t = 8787)]
        port: u16,
        #[command(flatten)]
        sandbox: crate::sandbox::options::SandboxArgs,
    },
    /// Restore the seed data (the cart, orders and the rest)
    Reset {
        /// State file [default: <data dir>/pandapon/sandbox.json]
        #[arg(long, value_name = "FILE", env = "PANDAPON_SANDBOX_STATE")]
        state: Option<PathBuf>,
        /// Also generate this many synthetic orders (for volume tests and benchmarks)
        #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=1_000_000))]
        orders: u64,
    },
}
