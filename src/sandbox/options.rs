//! The sandbox's knobs, one struct for both ways to start it: the flags of `sandbox serve` and
//! the variables `--sandbox` reads (the same names: clap reads both).

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser};

use super::Options;
use super::faults::Faults;
use crate::api::catalogue::Catalogue;

#[derive(Args, Debug, Clone, Default)]
pub struct SandboxArgs {
    /// State file [default: <data dir>/pandapon/sandbox.json]
    #[arg(long, value_name = "FILE", env = "PANDAPON_SANDBOX_STATE")]
    pub state: Option<PathBuf>,
    /// Delay every answer by this many milliseconds
    #[arg(
        long,
        value_name = "MS",
        default_value_t = 0,
        env = "PANDAPON_SANDBOX_LATENCY_MS"
    )]
    pub latency_ms: u64,
    /// Make an operation misbehave (OP "*" for all): OP=KIND always, OP=KIND*N the next N
    /// requests, OP=KIND+N all after the next N, OP=KIND%P P percent of distinct requests
    /// once each. Kinds: 500, 502, 503, 429 (any status), html, truncate, reset, hang,
    /// not-envelope, bad-types, huge
    #[arg(
        long,
        value_name = "OP=KIND",
        env = "PANDAPON_SANDBOX_FAULTS",
        value_delimiter = ','
    )]
    pub fault: Vec<String>,
    /// Run the server's clock this many seconds ahead (negative: behind)
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 0,
        allow_negative_numbers = true,
        env = "PANDAPON_SANDBOX_CLOCK_OFFSET"
    )]
    pub clock_offset: i64,
    /// Push order messages here when orders and after-sales change, as PandaPon would
    /// (profile key callback_url, for --sandbox)
    #[arg(long, value_name = "URL", env = "PANDAPON_SANDBOX_CALLBACK_URL")]
    pub callback_url: Option<String>,
    /// Milliseconds before each of the 5 pushes again of a message not answered 200 (PandaPon
    /// waits half an hour)
    #[arg(
        long,
        value_name = "MS",
        default_value_t = 5000,
        env = "PANDAPON_SANDBOX_CALLBACK_RETRY_MS"
    )]
    pub callback_retry_ms: u64,
    /// Append a JSON line for every answer to FILE: operation, page, status, code, fault
    #[arg(long, value_name = "FILE", env = "PANDAPON_SANDBOX_REQUEST_LOG")]
    pub request_log: Option<PathBuf>,
}

/// Only the variables: what `--sandbox` starts the in-process sandbox with.
#[derive(Parser)]
#[command(name = "pandapon --sandbox")]
struct FromEnv {
    #[command(flatten)]
    args: SandboxArgs,
}

impl SandboxArgs {
    /// The `PANDAPON_SANDBOX_*` variables, read and checked as `sandbox serve` reads them. A
    /// variable set to the empty string counts as unset.
    pub fn from_env() -> Result<SandboxArgs, String> {
        use clap::{CommandFactory, FromArgMatches};
        let cmd = crate::cli::without_empty_env(FromEnv::command());
        // clap names the flag; here only its variable can have been set.
        let names: Vec<(String, String)> = cmd
            .get_arguments()
            .filter_map(|a| {
                let env = a.get_env()?.to_string_lossy().into_owned();
                let value = a.get_value_names()?.first()?.to_string();
                Some((format!("'--{} <{value}>'", a.get_long()?), env))
            })
            .collect();
        let m = cmd.try_get_matches_from(["pandapon"]).map_err(|e| {
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or_default();
            let first = first.strip_prefix("error: ").unwrap_or(first);
            names
                .iter()
                .fold(first.to_string(), |s, (flag, env)| s.replace(flag, env))
        })?;
        FromEnv::from_arg_matches(&m)
            .map(|f| f.args)
            .map_err(|e| e.to_string())
    }

    pub fn state_path(&self) -> PathBuf {
        self.state.clone().unwrap_or_else(super::default_state_path)
    }

    /// The options to start the sandbox with; bad fault specs are the caller's error.
    pub fn options(&self, catalogue: Catalogue) -> Result<Options, String> {
        Ok(Options {
            state_path: self.state_path(),
            catalogue,
            latency: Duration::from_millis(self.latency_ms),
            faults: Faults::parse(&self.fault)?,
            clock_offset_secs: self.clock_offset,
            callback: self.callback()?,
            request_log: self.request_log.clone(),
        })
    }

    /// The callback URL checked; its log beside the state file (`sandbox.callbacks.jsonl`).
    fn callback(&self) -> Result<Option<super::callback::Callback>, String> {
        let Some(raw) = self
            .callback_url
            .as_deref()
            .filter(|u| !u.trim().is_empty())
        else {
            return Ok(None);
        };
        let url = reqwest::Url::parse(raw.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or_else(|| format!("callback URL \"{raw}\" is not an http:// or https:// URL"))?;
        Ok(Some(super::callback::Callback {
            url,
            retry_delay: Duration::from_millis(self.callback_retry_ms),
            log: self.state_path().with_extension("callbacks.jsonl"),
        }))
    }
}
