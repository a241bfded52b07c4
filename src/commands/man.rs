//! `pandapon man [COMMAND]`: a manual page in roff, generated from the same clap definition as
//! `--help` (clap_mangen). `man/` holds every page, kept fresh by `tests/transcripts.rs`.

use clap::CommandFactory;

use super::Ctx;
use crate::cli::Cli;
use crate::error::{Error, Result};

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "pandapon man | man -l -",
    "pandapon man order pay > pandapon-order-pay.1",
]))]
pub struct Args {
    /// The command whose page to print, as typed after `pandapon` (e.g. `order pay`)
    /// [default: pandapon itself]
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

pub fn run(a: Args, ctx: &Ctx) -> Result<()> {
    ctx.printer.out(&page(&a.command)?)
}

/// The whole tree as the pages are made from: built (so each subcommand knows its full name,
/// `pandapon-order-pay`) and without clap's `help` subcommand, which has no page.
fn tree() -> clap::Command {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// The page of the command at `path` (the words after `pandapon`).
pub fn page(path: &[String]) -> Result<String> {
    let mut cmd = tree();
    for (i, word) in path.iter().enumerate() {
        let found = cmd
            .get_subcommands()
            .find(|c| c.get_name() == word || c.get_all_aliases().any(|a| a == word))
            .cloned();
        cmd = found.ok_or_else(|| {
            let known: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
            let at = if i == 0 {
                "pandapon".to_string()
            } else {
                format!("pandapon {}", path[..i].join(" "))
            };
            Error::usage(format!(
                "no command \"{word}\" in `{at}`; it has: {}",
                known.join(", ")
            ))
        })?;
    }
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd)
        // The default names the subcommand alone ("pay 0.1.0").
        .source(format!("pandapon {}", env!("CARGO_PKG_VERSION")))
        .render(&mut out)
        .map_err(|e| Error::usage(format!("cannot render the manual page: {e}")))?;
    String::from_utf8(out).map_err(|e| Error::usage(format!("manual page is not UTF-8: {e}")))
}

/// Every page: the words that name its command, and its file name in `man/`
/// (`pandapon-order-pay.1`).
pub fn all_pages() -> Vec<(Vec<String>, String)> {
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
        let file = format!(
            "{}.1",
            cmd.get_display_name().unwrap_or_else(|| cmd.get_name())
        );
        out.push((path.clone(), file));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(&tree(), &mut Vec::new(), &mut out);
    out
}
