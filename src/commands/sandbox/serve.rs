//! `pandapon sandbox serve`: the sandbox in the foreground until Ctrl-C, its URL and public
//! account printed for other tools.

use std::net::{Ipv4Addr, SocketAddr};

use serde_json::json;

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::output::{Printer, View};
use crate::sandbox::options::SandboxArgs;
use crate::sandbox::{self, SANDBOX_ACCESS_KEY, SANDBOX_SECRET, SANDBOX_USER_ID};

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon sandbox serve",
    "pandapon sandbox serve --port 0 --fault taobao.order.pay=503*2 --latency-ms 200",
]))]
pub struct Args {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, default_value_t = 8787)]
    pub port: u16,
    #[command(flatten)]
    pub sandbox: SandboxArgs,
}

pub async fn run(Args { port, sandbox }: Args, ctx: &Ctx) -> Result<()> {
    let opts = sandbox
        .options(ctx.settings.catalogue.clone())
        .map_err(Error::usage)?;
    // Watch for Ctrl-C before telling anyone the URL: whoever reads it may send one at once.
    let stop = crate::interrupt()?;
    let running = sandbox::spawn(opts, SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .await
        .map_err(Error::usage)?;
    let out = &ctx.printer;
    let account = json!({
        "url": running.url,
        "accessKey": SANDBOX_ACCESS_KEY,
        "accessSecret": SANDBOX_SECRET,
        "userId": SANDBOX_USER_ID,
        "statePath": running.state_path,
        "callbackUrl": running.pusher.as_ref().map(|p| p.url().as_str()),
        "callbackLog": running.pusher.as_ref().map(|p| p.log_path()),
    });
    out.print(&View(&account, |out: &Printer| {
        out.line(&format!("PandaPon sandbox listening on {}", running.url))?;
        out.out(&format!(
            "  state file     {}\n  access key     {SANDBOX_ACCESS_KEY}\n  access secret  {SANDBOX_SECRET}\n  user id        {SANDBOX_USER_ID}\n\n\
             Point pandapon (or any client) at it:\n  export PANDAPON_BASE_URL={} PANDAPON_ACCESS_KEY={SANDBOX_ACCESS_KEY} \
             PANDAPON_ACCESS_SECRET={SANDBOX_SECRET} PANDAPON_USER_ID={SANDBOX_USER_ID}\n",
            running.state_path.display(),
            running.url
        ))?;
        if let Some(p) = &running.pusher {
            out.status(&format!(
                "Pushing order messages to {} (each push's end logged in {})",
                p.url(),
                p.log_path().display()
            ));
        }
        out.status("Ctrl-C stops it.");
        Ok(())
    }))?;
    stop.await;
    running.finish().await;
    out.status("Sandbox stopped.");
    Ok(())
}
