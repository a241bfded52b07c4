//! pandapon: a command-line client for the PandaPon OpenAPI.

#![deny(clippy::print_stdout, clippy::print_stderr, clippy::exit)]

pub mod api;
pub mod cli;
pub mod commands;
pub mod config;
pub mod domain;
pub mod error;
pub mod files;
pub mod journal;
pub mod local;
pub mod messages;
pub mod output;
pub mod prompt;
pub mod sandbox;
pub mod secret;
pub mod settings;
pub mod stop;

use std::process::ExitCode;

use clap::FromArgMatches;

use crate::commands::Ctx;
use crate::error::Error;
use crate::output::Printer;
use crate::settings::Settings;

/// Parse, resolve settings once, run the command, map the outcome to an exit code.
pub fn main() -> ExitCode {
    let matches = match cli::Cli::matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let cli = cli::Cli::from_arg_matches(&matches).expect("clap validated the arguments");
    let mut printer = Printer::new(&cli.global);
    // A bad --jq is a usage error before anything is read or sent.
    if let Some(expr) = &cli.global.jq {
        match output::jq::Jq::new(expr) {
            Ok(jq) => printer.jq = Some(jq),
            Err(e) => return fail(&printer, &e),
        }
    }
    // Prompts draw on stderr: --color never and NO_COLOR reach them too.
    dialoguer::console::set_colors_enabled_stderr(printer.stderr_color());
    // Before anything can fail: an error about the settings must not show the secret either.
    printer.mask_values(std::env::var(settings::ENV_ACCESS_SECRET).ok());
    // A panic while resolving is reported (and masked) too; installed again below with the
    // profile's secrets once they are known.
    install_panic_hook(printer.clone());
    let settings = match Settings::resolve(&cli.global, &matches) {
        Ok(s) => s,
        Err(e) => return fail(&printer, &e),
    };
    printer.mask_values(settings.secrets_to_mask.iter().cloned());
    if let Some(s) = &settings.access_secret {
        printer.mask_values([s.value.expose().to_string()]);
    }
    install_panic_hook(printer.clone());
    debug_panic(&settings);
    for w in &settings.warnings {
        printer.warn(w);
    }
    if let (Some(_), Some(e)) = (&settings.sandbox, &settings.config_error) {
        printer.warn(&format!("{e} (ignored: --sandbox needs no profile)"));
    }
    let mut ctx = Ctx { settings, printer };

    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let e = Error::Network {
                msg: format!("cannot start the async runtime: {e}"),
                write: false,
            };
            return fail(&ctx.printer, &e);
        }
    };
    let result = rt.block_on(async {
        let interrupted = interrupt()?;
        // Raised from a task of its own, so the command below is polled (biased) once more
        // after it: a batch that watches `stop` reports what it did before it is dropped.
        tokio::spawn(async move {
            interrupted.await;
            stop::raise();
        });
        let sandbox = match ctx.settings.sandbox.clone() {
            Some(sb) => Some(start_sandbox(&mut ctx.settings, sb).await?),
            None => None,
        };
        // The sandbox's first pushes of order messages finish before the process ends.
        let finish = async {
            if let Some(s) = &sandbox {
                s.finish().await;
            }
        };
        // A command that handles Ctrl-C itself (listen, sandbox serve) stops cleanly over
        // several steps: the signal must not cut it short.
        let r = if commands::handles_interrupt(&cli.command) {
            commands::run(cli.command, &ctx).await
        } else {
            tokio::select! {
                // Biased: a batch of writes that watches `stop` gets to report first.
                biased;
                r = commands::run(cli.command, &ctx) => r,
                _ = stop::requested() => Err(Error::Interrupted),
            }
        };
        finish.await;
        r
    });
    // A prompt may still hold a blocking thread after Ctrl-C: do not wait for it.
    rt.shutdown_background();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::Interrupted) if journal::write_interrupted() => {
            let e = Error::Network {
                msg: "interrupted while a write was in flight".into(),
                write: true,
            };
            ctx.printer.error(&e);
            ExitCode::from(Error::Interrupted.exit_code())
        }
        Err(e) => fail(&ctx.printer, &e),
    }
}

/// Resolves on Ctrl-C. The handler is installed when this is called, not when it is first
/// awaited, so a signal that arrives just after (say, once `sandbox serve` has printed its URL)
/// is never left to the default action of killing the process.
///
/// SIGTERM and SIGHUP (a `timeout`, a closed terminal) end the command the same way, so a
/// write in flight still leaves its journal line.
pub fn interrupt() -> Result<impl std::future::Future<Output = ()>, Error> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let watch = |kind: SignalKind| {
            signal(kind).map_err(|e| Error::usage(format!("cannot watch for Ctrl-C: {e}")))
        };
        let (mut int, mut term, mut hup) = (
            watch(SignalKind::interrupt())?,
            watch(SignalKind::terminate())?,
            watch(SignalKind::hangup())?,
        );
        Ok(async move {
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
                _ = hup.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

/// `--sandbox`: the sandbox in this process, on a free loopback port, for this one command.
async fn start_sandbox(
    settings: &mut Settings,
    sb: sandbox::options::SandboxArgs,
) -> Result<sandbox::Running, Error> {
    let opts = sb
        .options(settings.catalogue.clone())
        .map_err(Error::Usage)?;
    let running = sandbox::spawn(opts, ([127, 0, 0, 1], 0).into())
        .await
        .map_err(Error::Usage)?;
    settings.use_sandbox(&running.url);
    Ok(running)
}

fn fail(printer: &Printer, e: &Error) -> ExitCode {
    printer.error(e);
    ExitCode::from(e.exit_code())
}

/// Test-only, in debug builds alone (release builds have no such variable): with
/// `PANDAPON_DEBUG_PANIC` set, panic with the access secret in the message, so that a test
/// can see the panic hook print one masked line (tests/hardening.rs).
#[cfg(debug_assertions)]
fn debug_panic(settings: &Settings) {
    if std::env::var_os("PANDAPON_DEBUG_PANIC").is_some() {
        let secret = settings
            .access_secret
            .as_ref()
            .map(|s| s.value.expose().to_string())
            .unwrap_or_default();
        panic!("deliberate panic (PANDAPON_DEBUG_PANIC) holding the secret {secret}");
    }
}

#[cfg(not(debug_assertions))]
fn debug_panic(_: &Settings) {}

/// A panic is a bug: say so in one line, masked like everything else, without a backtrace dump.
fn install_panic_hook(printer: Printer) {
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        printer.error(&Error::usage(format!(
            "internal error{at}: {msg}. This is a bug in pandapon; please report it."
        )));
    }));
}
