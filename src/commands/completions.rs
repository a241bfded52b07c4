//! `pandapon completions SHELL`; the files in completions/ are this output, checked by a test.

use clap::CommandFactory;
use clap_complete::Shell;

use super::Ctx;
use crate::cli::Cli;
use crate::error::Result;

pub fn script(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "pandapon", &mut buf);
    String::from_utf8(buf).expect("completion scripts are UTF-8")
}

#[derive(clap::Args, Debug)]
#[command(after_help = crate::cli::help::examples("", &[
    "source <(pandapon completions bash)   # in ~/.bashrc",
    "pandapon completions fish > ~/.config/fish/completions/pandapon.fish",
]))]
pub struct Args {
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(Args { shell }: Args, ctx: &Ctx) -> Result<()> {
    ctx.printer.out(&script(shell))
}
