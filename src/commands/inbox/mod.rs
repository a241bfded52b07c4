//! `pandapon inbox list|show|replay`: the order messages `listen` kept (`messages::inbox`).
//! Needs no credentials and sends nothing to PandaPon.

pub mod list;
pub mod replay;
pub mod show;
pub mod view;

use std::path::PathBuf;

use clap::Subcommand;

use super::Ctx;
use crate::error::{Error, Result};
use crate::messages::inbox::{self, Loaded};

#[derive(Subcommand, Debug)]
pub enum InboxCommand {
    /// List the messages received, oldest first
    List(list::Args),
    /// Show one message: what arrived, what it says, who accepted it
    Show(show::Args),
    /// Post messages again to an app (by id, or every pending one)
    Replay(replay::Args),
}

pub async fn run(cmd: InboxCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        InboxCommand::List(a) => list::run(a, ctx),
        InboxCommand::Show(a) => show::run(a, ctx),
        InboxCommand::Replay(a) => replay::run(a, ctx).await,
    }
}

/// Which inbox: shared by `listen`, `inbox` and `trigger` (which finds the listener by it).
#[derive(clap::Args, Debug, Clone)]
pub struct InboxDir {
    /// The inbox directory [default: <data dir>/pandapon/inbox]
    #[arg(long, value_name = "DIR", env = "PANDAPON_INBOX")]
    pub inbox: Option<PathBuf>,
}

impl InboxDir {
    pub fn path(&self) -> PathBuf {
        self.inbox.clone().unwrap_or_else(inbox::default_dir)
    }
}

/// The inbox read, its skipped lines reported as warnings.
pub fn load(ctx: &Ctx, dir: &std::path::Path) -> Result<Loaded> {
    let l = inbox::load(dir)
        .map_err(|e| Error::usage(format!("cannot read the inbox {}: {e}", dir.display())))?;
    for w in &l.warnings {
        ctx.printer.warn(w);
    }
    Ok(l)
}

/// Where a message stands, in words.
pub fn state(l: &Loaded, r: &inbox::Record) -> String {
    match (r.duplicate_of, l.deliveries.get(&r.id)) {
        (Some(first), _) => format!("duplicate of {first}"),
        (None, Some(_)) => "delivered".into(),
        (None, None) => "pending".into(),
    }
}
