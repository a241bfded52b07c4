//! Flag > environment variable > profile file > default, resolved once.
//! Commands receive `Settings` and never read the environment themselves.

use std::fmt;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::ArgMatches;
use clap::parser::ValueSource;

use crate::api::catalogue::Catalogue;
use crate::api::transport::is_loopback;
use crate::cli::parse::parse_seconds;
use crate::cli::{ColorChoice, GlobalArgs};
use crate::config::{self, Address, Profile, TimestampUnit};
use crate::domain::Platform;
use crate::error::{Error, Result};
use crate::sandbox::options::SandboxArgs;
use crate::secret::Secret;

pub const DEFAULT_BASE_URL: &str = "https://api.pandapon.com";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_CONCURRENCY: usize = 8;
pub const MAX_CONCURRENCY: usize = 32;

pub const ENV_ACCESS_KEY: &str = "PANDAPON_ACCESS_KEY";
pub const ENV_ACCESS_SECRET: &str = "PANDAPON_ACCESS_SECRET";
pub const ENV_USER_ID: &str = "PANDAPON_USER_ID";
/// No flag: a limit for the journal's file, not for one command.
pub const ENV_JOURNAL_MAX_SIZE: &str = "PANDAPON_JOURNAL_MAX_SIZE";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    File {
        path: PathBuf,
        profile: String,
    },
    /// A top-level key of the file (`default_profile`).
    FileKey {
        path: PathBuf,
        key: &'static str,
    },
    /// `--sandbox`: the embedded sandbox's address and account.
    Sandbox,
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(n) => write!(f, "flag {n}"),
            Source::Env(n) => write!(f, "variable {n}"),
            Source::File { path, profile } => {
                write!(f, "file {} [profiles.{profile}]", path.display())
            }
            Source::FileKey { path, key } => write!(f, "file {} ({key})", path.display()),
            Source::Sandbox => f.write_str("sandbox (--sandbox)"),
            Source::Default => f.write_str("default"),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// Whether a person can answer prompts: stdin, stdout and stderr are terminals (prompts are
/// drawn on stderr: with `2>log` they could be neither seen nor answered) and no --no-input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interaction {
    Prompt,
    NoInput,
}

#[derive(Clone, Debug)]
pub struct Credentials {
    pub access_key: String,
    pub secret: Secret,
    pub user_id: String,
}

#[derive(Debug)]
pub struct Settings {
    pub config_path: Sourced<PathBuf>,
    pub config_exists: bool,
    pub profile: Sourced<String>,
    pub base_url: Sourced<String>,
    /// The platform the nouns act on (Taobao unless told otherwise).
    pub platform: Sourced<Platform>,
    /// `--insecure-http`: plain http:// to another machine is allowed (see `plain_http`).
    pub insecure_http: Sourced<bool>,
    pub timeout: Sourced<Duration>,
    pub timestamp_unit: Sourced<TimestampUnit>,
    /// Requests a batch keeps in flight.
    pub concurrency: Sourced<usize>,
    /// Where writes are recorded (`pandapon journal`).
    pub journal_path: PathBuf,
    /// Past this size (bytes) the journal moves to a numbered file.
    pub journal_max_size: Sourced<u64>,
    pub access_key: Option<Sourced<String>>,
    pub access_secret: Option<Sourced<Secret>>,
    pub user_id: Option<Sourced<String>>,
    pub address: Option<Address>,
    pub catalogue: Catalogue,
    pub dry_run: bool,
    pub yes: bool,
    /// Whether someone is there to answer a prompt, decided once (see `Interaction`).
    pub interaction: Interaction,
    /// Set with `--sandbox`: how to start the in-process sandbox.
    pub sandbox: Option<SandboxArgs>,
    pub warnings: Vec<String>,
    pub profile_missing: bool,
    /// Why the profile file could not be read, for the commands that need it.
    pub config_error: Option<String>,
    pub known_profiles: Vec<String>,
    /// Every secret value seen, so output can mask them even where they should not appear.
    pub secrets_to_mask: Vec<String>,
}

/// Where clap found a global flag's value.
fn clap_source(m: &ArgMatches, id: &str, flag: &'static str, env: &'static str) -> Option<Source> {
    match m.value_source(id)? {
        ValueSource::CommandLine => Some(Source::Flag(flag)),
        ValueSource::EnvVariable => Some(Source::Env(env)),
        _ => None,
    }
}

/// One setting through its layers, highest first: the flag or its variable (as clap found
/// them), the profile file (`file`, checked by `check`), the default. The winner keeps its source.
fn layered<T, F>(
    from_clap: Option<(T, Source)>,
    file: Option<F>,
    file_source: &Source,
    check: impl FnOnce(F) -> std::result::Result<T, String>,
    default: T,
) -> Result<Sourced<T>> {
    if let Some((value, source)) = from_clap {
        return Ok(Sourced { value, source });
    }
    match file {
        Some(v) => Ok(Sourced {
            value: check(v).map_err(|e| Error::usage(format!("{e} (in {file_source})")))?,
            source: file_source.clone(),
        }),
        None => Ok(Sourced {
            value: default,
            source: Source::Default,
        }),
    }
}

/// A global flag's value and where clap found it (the flag or its variable), if either was given.
fn from_clap<T>(
    value: Option<T>,
    m: &ArgMatches,
    id: &str,
    flag: &'static str,
    env: &'static str,
) -> Option<(T, Source)> {
    Some((value?, clap_source(m, id, flag, env)?))
}

/// A setting only a variable and the profile carry: set but empty counts as unset.
fn env_setting<T>(
    name: &'static str,
    parse: impl FnOnce(&str) -> std::result::Result<T, String>,
) -> Result<Option<(T, Source)>> {
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => parse(&v)
            .map(|t| Some((t, Source::Env(name))))
            .map_err(|e| Error::usage(format!("{e} (in variable {name})"))),
        _ => Ok(None),
    }
}

/// A credential from the environment: unset is "not here", set but empty is an error.
fn env_value(name: &'static str) -> Result<Option<String>> {
    match std::env::var(name) {
        Ok(v) if v.trim().is_empty() => Err(Error::Credentials(format!(
            "{name} is set but empty: give it a value, or unset it to use the profile file"
        ))),
        Ok(v) => Ok(Some(v.trim().to_string())),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(Error::Credentials(format!("{name} is not valid UTF-8")))
        }
    }
}

impl Settings {
    pub fn resolve(g: &GlobalArgs, m: &ArgMatches) -> Result<Settings> {
        let mut warnings = Vec::new();
        let mut secrets_to_mask = Vec::new();
        if let Ok(s) = std::env::var(ENV_ACCESS_SECRET) {
            secrets_to_mask.push(s);
        }

        let config_path =
            match from_clap(g.config.clone(), m, "config", "--config", "PANDAPON_CONFIG") {
                Some((value, source)) => Sourced { value, source },
                None => Sourced {
                    value: config::default_path(),
                    source: Source::Default,
                },
            };
        // A broken file stops only what needs the profile (see `credentials`): `config path`,
        // `completions`, `journal` or `--sandbox` still work, and say nothing of it.
        let (loaded, config_error) = match config::load(&config_path.value) {
            Ok(l) => (l, None),
            Err(e) => (
                config::Loaded {
                    file: None,
                    warnings: Vec::new(),
                    // The file did not load, but its secrets must still be masked wherever
                    // the error (or anything else) is printed.
                    secrets: config::secrets_in(&config_path.value),
                },
                Some(e.to_string()),
            ),
        };
        secrets_to_mask.extend(loaded.secrets);
        warnings.extend(loaded.warnings);
        let config_exists = config_path.value.exists();
        let file = loaded.file.unwrap_or_default();

        let profile = layered(
            from_clap(
                g.profile.clone(),
                m,
                "profile",
                "--profile",
                "PANDAPON_PROFILE",
            ),
            file.default_profile.clone(),
            &Source::FileKey {
                path: config_path.value.clone(),
                key: "default_profile",
            },
            Ok,
            "default".to_string(),
        )?;
        let from_file = Source::File {
            path: config_path.value.clone(),
            profile: profile.value.clone(),
        };
        // A profile asked for by name (or by default_profile) that is not in the file is an
        // error for anything that needs credentials, but not for `config init`, which creates it.
        let profile_missing =
            !file.profiles.contains_key(&profile.value) && profile.source != Source::Default;
        let prof: Profile = file
            .profiles
            .get(&profile.value)
            .cloned()
            .unwrap_or_default();
        let known_profiles: Vec<String> = file.profiles.keys().cloned().collect();

        let base_url = layered(
            from_clap(
                g.base_url.clone(),
                m,
                "base_url",
                "--base-url",
                "PANDAPON_BASE_URL",
            ),
            prof.base_url.clone(),
            &from_file,
            Ok,
            DEFAULT_BASE_URL.to_string(),
        )?;
        let platform = layered(
            from_clap(g.platform, m, "platform", "--platform", "PANDAPON_PLATFORM"),
            prof.platform.clone(),
            &from_file,
            |p| Platform::parse(&p),
            Platform::Taobao,
        )?;
        let insecure_http = layered(
            from_clap(
                g.insecure_http.then_some(true),
                m,
                "insecure_http",
                "--insecure-http",
                "PANDAPON_INSECURE_HTTP",
            ),
            prof.insecure_http,
            &from_file,
            Ok,
            false,
        )?;
        let base_url = Sourced {
            value: validate_base_url(&base_url.value, &base_url.source)?,
            source: base_url.source,
        };
        let timeout = layered(
            from_clap(g.timeout, m, "timeout", "--timeout", "PANDAPON_TIMEOUT"),
            prof.timeout,
            &from_file,
            |t| parse_seconds(&t.to_string()),
            DEFAULT_TIMEOUT,
        )?;
        let timestamp_unit = layered(
            None,
            prof.timestamp_unit,
            &from_file,
            Ok,
            TimestampUnit::Millis,
        )?;
        let concurrency = layered(
            from_clap(
                g.concurrency.map(usize::from),
                m,
                "concurrency",
                "--concurrency",
                "PANDAPON_CONCURRENCY",
            ),
            prof.concurrency,
            &from_file,
            |n| {
                usize::try_from(n)
                    .ok()
                    .filter(|n| (1..=MAX_CONCURRENCY).contains(n))
                    .ok_or_else(|| {
                        format!("concurrency must be between 1 and {MAX_CONCURRENCY}, got {n}")
                    })
            },
            DEFAULT_CONCURRENCY,
        )?;

        let journal_max_size = layered(
            env_setting(ENV_JOURNAL_MAX_SIZE, crate::journal::parse_max_size)?,
            prof.journal_max_size.clone(),
            &from_file,
            |v| crate::journal::parse_max_size(&v),
            crate::journal::DEFAULT_MAX_SIZE,
        )?;

        let cred =
            |env: &'static str, file_value: Option<String>| -> Result<Option<Sourced<String>>> {
                // The sandbox brings its own account: a broken variable cannot matter there.
                let from_env = match env_value(env) {
                    Err(_) if g.sandbox => None,
                    v => v?,
                };
                Ok(match from_env {
                    Some(v) => Some(Sourced {
                        value: v,
                        source: Source::Env(env),
                    }),
                    None => file_value
                        .filter(|v| !v.trim().is_empty())
                        .map(|v| Sourced {
                            value: v.trim().to_string(),
                            source: from_file.clone(),
                        }),
                })
            };
        let access_key = cred(ENV_ACCESS_KEY, prof.access_key.clone())?;
        let user_id = cred(ENV_USER_ID, prof.user_id.clone())?;
        let access_secret = cred(
            ENV_ACCESS_SECRET,
            prof.access_secret.as_ref().map(|s| s.expose().to_string()),
        )?
        .map(|s| Sourced {
            value: Secret::new(s.value),
            source: s.source,
        });

        let origin = format!(
            "[profiles.{}.endpoints] of {}",
            profile.value,
            config_path.value.display()
        );
        let catalogue = Catalogue::new(&prof.endpoints, &origin)?;

        // Prompts are drawn on stderr: with `2>log` they could not be seen nor answered.
        let interaction = if !g.no_input
            && std::io::stdin().is_terminal()
            && std::io::stdout().is_terminal()
            && std::io::stderr().is_terminal()
        {
            Interaction::Prompt
        } else {
            Interaction::NoInput
        };

        let sandbox = if g.sandbox {
            let mut sb = SandboxArgs::from_env().map_err(Error::Usage)?;
            // The variable wins over the profile, as everywhere.
            if sb.callback_url.is_none() {
                sb.callback_url = prof.callback_url.clone();
            }
            Some(sb)
        } else {
            None
        };

        Ok(Settings {
            sandbox,
            config_path,
            config_exists,
            profile,
            base_url,
            platform,
            insecure_http,
            timeout,
            timestamp_unit,
            concurrency,
            journal_path: crate::journal::default_path(),
            journal_max_size,
            access_key,
            access_secret,
            user_id,
            address: prof.address,
            catalogue,
            dry_run: g.dry_run,
            yes: g.yes,
            interaction,
            warnings,
            profile_missing,
            config_error,
            known_profiles,
            secrets_to_mask,
        })
    }

    /// The three credentials, or exit 4 naming what is missing and how to set it.
    pub fn credentials(&self) -> Result<Credentials> {
        self.check_profile()?;
        let mut missing = Vec::new();
        if self.access_key.is_none() {
            missing.push(("access key", ENV_ACCESS_KEY, "access_key"));
        }
        if self.access_secret.is_none() {
            missing.push(("access secret", ENV_ACCESS_SECRET, "access_secret"));
        }
        if self.user_id.is_none() {
            missing.push(("user id", ENV_USER_ID, "user_id"));
        }
        if !missing.is_empty() {
            let what: Vec<&str> = missing.iter().map(|m| m.0).collect();
            let vars: Vec<&str> = missing.iter().map(|m| m.1).collect();
            let keys: Vec<&str> = missing.iter().map(|m| m.2).collect();
            let file_note = if self.config_exists {
                format!(
                    "add {} to [profiles.{}] in {}",
                    keys.join(", "),
                    self.profile.value,
                    self.config_path.value.display()
                )
            } else {
                format!(
                    "run `pandapon config init` to create {}",
                    self.config_path.value.display()
                )
            };
            return Err(Error::Credentials(format!(
                "missing {}: set {}, or {file_note}. To try pandapon without an account, add --sandbox.",
                what.join(", "),
                vars.join(", "),
            )));
        }
        let secret = self.access_secret.as_ref().expect("checked above");
        let len = secret.value.expose().trim().chars().count();
        if len < crate::secret::MIN_SECRET_CHARS {
            return Err(Error::Credentials(format!(
                "the access secret (from {}) is {len} characters long; PandaPon's are 32. \
                 Copy the whole \"Access 密钥\" from the console again (`pandapon config init`)",
                secret.source
            )));
        }
        Ok(Credentials {
            access_key: self.access_key.clone().unwrap().value,
            secret: self.access_secret.clone().unwrap().value,
            user_id: self.user_id.clone().unwrap().value,
        })
    }
}

/// The interaction decisions every command asks, made here and nowhere else.
impl Settings {
    /// A person can be asked now: someone is there, and this is not a dry run (which never waits).
    pub fn may_prompt(&self) -> bool {
        self.interaction == Interaction::Prompt && !self.dry_run
    }

    /// A write is shown and confirmed by a person before it is sent (no --yes to skip that).
    pub fn will_confirm(&self) -> bool {
        self.may_prompt() && !self.yes
    }

    /// The first half of the confirmation rule, before any request (even a read): off a
    /// terminal without `--yes`, a write stops here with exit 3 and nothing sent. On a terminal
    /// the command goes on to show what it will do, then asks (`prompt::confirm_write`).
    pub fn gate(&self, action: &str) -> Result<()> {
        if self.yes || self.dry_run || self.interaction == Interaction::Prompt {
            return Ok(());
        }
        Err(Error::Cancelled(format!(
            "{action}: this needs confirmation, and nothing was sent. Re-run with --yes to proceed without a prompt."
        )))
    }
}

impl Settings {
    /// Points everything at a running sandbox, with its account.
    pub fn use_sandbox(&mut self, url: &str) {
        use crate::sandbox::{SANDBOX_ACCESS_KEY, SANDBOX_SECRET, SANDBOX_USER_ID};
        let s = |v: &str| Sourced {
            value: v.to_string(),
            source: Source::Sandbox,
        };
        self.base_url = s(url);
        self.access_key = Some(s(SANDBOX_ACCESS_KEY));
        self.user_id = Some(s(SANDBOX_USER_ID));
        self.access_secret = Some(Sourced {
            value: Secret::new(SANDBOX_SECRET),
            source: Source::Sandbox,
        });
        // The sandbox needs no profile, so a missing (or broken) one is no longer an error.
        self.profile_missing = false;
        self.config_error = None;
    }

    /// A profile that was asked for must exist.
    pub fn check_profile(&self) -> Result<()> {
        if let Some(e) = &self.config_error {
            return Err(Error::usage(e.clone()));
        }
        if !self.profile_missing {
            return Ok(());
        }
        let what = if self.config_exists {
            format!("is not in {}", self.config_path.value.display())
        } else {
            format!(
                "cannot be read: {} does not exist",
                self.config_path.value.display()
            )
        };
        let next = if self.known_profiles.is_empty() {
            format!(
                "create it with: pandapon config init --profile {}",
                self.profile.value
            )
        } else {
            format!("known profiles: {}", self.known_profiles.join(", "))
        };
        Err(Error::usage(format!(
            "profile \"{}\" (from {}) {what}; {next}",
            self.profile.value, self.profile.source
        )))
    }
}

impl Settings {
    /// A verb one platform does not have: exit 2 before anything is sent, naming the platform
    /// that has it.
    pub fn require_platform(&self, verb: &str, has: &[Platform]) -> Result<()> {
        let p = &self.platform;
        if has.contains(&p.value) {
            return Ok(());
        }
        let names: Vec<&str> = has.iter().map(|p| p.name()).collect();
        Err(Error::usage(format!(
            "`pandapon {verb}` is for {}, and the platform is {} (from {}); use --platform {}",
            names.join(" and "),
            p.value,
            p.source,
            names[0]
        )))
    }

    /// Plain HTTP is refused for a host other than this machine, before anything is sent: the
    /// signature covers the key, the time and the nonce but not the body, so a proxy on the way
    /// could change which order is paid. With `--insecure-http` it is allowed, and the warning
    /// returned is shown on every run that sends.
    pub fn check_transport(&self) -> Result<Option<String>> {
        plain_http(&self.base_url, &self.insecure_http)
    }
}

fn plain_http(url: &Sourced<String>, insecure: &Sourced<bool>) -> Result<Option<String>> {
    let parsed = reqwest::Url::parse(&url.value).ok();
    let Some(u) = parsed.filter(|u| u.scheme() == "http" && !is_loopback(u)) else {
        return Ok(None);
    };
    let host = u.host_str().unwrap_or_default();
    if insecure.value {
        return Ok(Some(format!(
            "sending over plain HTTP to {host} ({}): anyone on the network path can read and change the requests, including what is paid",
            insecure.source
        )));
    }
    Err(Error::usage(format!(
        "base URL \"{}\" (from {}) is plain http:// to {host}, another machine: anyone on the way \
         could read and change requests (which order is paid). Use https://, or --insecure-http \
         (PANDAPON_INSECURE_HTTP=1, or insecure_http = true in the profile) if you accept that",
        url.value, url.source
    )))
}

fn validate_base_url(url: &str, source: &Source) -> Result<String> {
    let u = url.trim().trim_end_matches('/');
    let ok = reqwest::Url::parse(u)
        .ok()
        .filter(|p| matches!(p.scheme(), "http" | "https") && p.host().is_some());
    match ok {
        Some(_) => Ok(u.to_string()),
        None => Err(Error::usage(format!(
            "base URL \"{url}\" (from {source}) is not an http:// or https:// URL"
        ))),
    }
}

/// Colour on a stream: `always`, or `auto` on a terminal without NO_COLOR.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_must_be_http() {
        assert_eq!(
            validate_base_url("http://127.0.0.1:8787/", &Source::Default).unwrap(),
            "http://127.0.0.1:8787"
        );
        assert!(validate_base_url("api.pandapon.com", &Source::Default).is_err());
        assert!(validate_base_url("ftp://x", &Source::Default).is_err());
    }

    #[test]
    fn sources_read_well() {
        let f = Source::File {
            path: "/c.toml".into(),
            profile: "work".into(),
        };
        assert_eq!(f.to_string(), "file /c.toml [profiles.work]");
        assert_eq!(
            Source::Env("PANDAPON_TIMEOUT").to_string(),
            "variable PANDAPON_TIMEOUT"
        );
    }
}
