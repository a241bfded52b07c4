//! Flag > environment variable > profile file > default, resolved once.
//! Commands receive `Settings` and never read the environment themselves.

use std::fmt;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::ArgMatches;
use clap::parser::ValueSource;

use crate::api::catalogue::Catalogue;
use crate::cli::{ColorChoice, GlobalArgs, parse_seconds};
use crate::config::{self, Address, Profile, TimestampUnit};
use crate::error::{Error, Result};
use crate::secret::Secret;

pub const DEFAULT_BASE_URL: &str = "https://api.pandapon.com";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_CONCURRENCY: usize = 8;
pub const MAX_CONCURRENCY: usize = 32;

pub const ENV_ACCESS_KEY: &str = "PANDAPON_ACCESS_KEY";
pub const ENV_ACCESS_SECRET: &str = "PANDAPON_ACCESS_SECRET";
pub const ENV_USER_ID: &str = "PANDAPON_USER_ID";

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

/// The in-process sandbox's knobs; the same variables `sandbox serve` reads.
#[derive(Clone, Debug)]
pub struct SandboxSettings {
    pub state_path: PathBuf,
    pub latency: Duration,
    pub faults: Vec<String>,
    pub clock_offset_secs: i64,
}

impl SandboxSettings {
    fn from_env() -> Result<SandboxSettings> {
        let var = |n: &str| std::env::var(n).ok().filter(|v| !v.trim().is_empty());
        let num = |n: &'static str| -> Result<i64> {
            var(n).map_or(Ok(0), |v| {
                v.trim()
                    .parse()
                    .map_err(|_| Error::usage(format!("{n} must be a whole number, got \"{v}\"")))
            })
        };
        Ok(SandboxSettings {
            state_path: var("PANDAPON_SANDBOX_STATE")
                .map(PathBuf::from)
                .unwrap_or_else(crate::sandbox::default_state_path),
            latency: Duration::from_millis(num("PANDAPON_SANDBOX_LATENCY_MS")?.max(0) as u64),
            faults: var("PANDAPON_SANDBOX_FAULTS")
                .map(|v| v.split(',').map(str::to_string).collect())
                .unwrap_or_default(),
            clock_offset_secs: num("PANDAPON_SANDBOX_CLOCK_OFFSET")?,
        })
    }
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
    pub timeout: Sourced<Duration>,
    pub timestamp_unit: Sourced<TimestampUnit>,
    /// Requests a batch keeps in flight.
    pub concurrency: Sourced<usize>,
    /// Where writes are recorded (`pandapon journal`).
    pub journal_path: PathBuf,
    pub access_key: Option<Sourced<String>>,
    pub access_secret: Option<Sourced<Secret>>,
    pub user_id: Option<Sourced<String>>,
    pub address: Option<Address>,
    pub catalogue: Catalogue,
    pub dry_run: bool,
    pub yes: bool,
    /// Someone is at the terminal and may be asked (stdin, stdout and stderr are terminals, no
    /// --no-input).
    pub interactive: bool,
    /// Set with `--sandbox`: how to start the in-process sandbox.
    pub sandbox: Option<SandboxSettings>,
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

        let config_path = match (
            &g.config,
            clap_source(m, "config", "--config", "PANDAPON_CONFIG"),
        ) {
            (Some(p), Some(source)) => Sourced {
                value: p.clone(),
                source,
            },
            _ => Sourced {
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

        let explicit_profile = clap_source(m, "profile", "--profile", "PANDAPON_PROFILE");
        let profile = match (&g.profile, explicit_profile) {
            (Some(p), Some(source)) => Sourced {
                value: p.clone(),
                source,
            },
            _ => match &file.default_profile {
                Some(p) => Sourced {
                    value: p.clone(),
                    source: Source::FileKey {
                        path: config_path.value.clone(),
                        key: "default_profile",
                    },
                },
                None => Sourced {
                    value: "default".into(),
                    source: Source::Default,
                },
            },
        };
        let from_file = |_: &()| Source::File {
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

        let base_url = match (
            &g.base_url,
            clap_source(m, "base_url", "--base-url", "PANDAPON_BASE_URL"),
        ) {
            (Some(u), Some(source)) => Sourced {
                value: u.clone(),
                source,
            },
            _ => match &prof.base_url {
                Some(u) => Sourced {
                    value: u.clone(),
                    source: from_file(&()),
                },
                None => Sourced {
                    value: DEFAULT_BASE_URL.into(),
                    source: Source::Default,
                },
            },
        };
        let base_url = Sourced {
            value: validate_base_url(&base_url.value, &base_url.source)?,
            source: base_url.source,
        };

        let timeout = match (
            g.timeout,
            clap_source(m, "timeout", "--timeout", "PANDAPON_TIMEOUT"),
        ) {
            (Some(t), Some(source)) => Sourced { value: t, source },
            _ => match prof.timeout {
                Some(t) => Sourced {
                    value: parse_seconds(&t.to_string())
                        .map_err(|e| Error::usage(format!("{e} (in {})", from_file(&()))))?,
                    source: from_file(&()),
                },
                None => Sourced {
                    value: DEFAULT_TIMEOUT,
                    source: Source::Default,
                },
            },
        };

        let timestamp_unit = match prof.timestamp_unit {
            Some(u) => Sourced {
                value: u,
                source: from_file(&()),
            },
            None => Sourced {
                value: TimestampUnit::Millis,
                source: Source::Default,
            },
        };

        let concurrency = match (
            g.concurrency,
            clap_source(m, "concurrency", "--concurrency", "PANDAPON_CONCURRENCY"),
        ) {
            (Some(n), Some(source)) => Sourced {
                value: usize::from(n),
                source,
            },
            _ => match prof.concurrency {
                Some(n) => Sourced {
                    value: usize::try_from(n)
                        .ok()
                        .filter(|n| (1..=MAX_CONCURRENCY).contains(n))
                        .ok_or_else(|| {
                            Error::usage(format!(
                                "concurrency must be between 1 and {MAX_CONCURRENCY}, got {n} (in {})",
                                from_file(&())
                            ))
                        })?,
                    source: from_file(&()),
                },
                None => Sourced {
                    value: DEFAULT_CONCURRENCY,
                    source: Source::Default,
                },
            },
        };

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
                            source: from_file(&()),
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
        let interactive = !g.no_input
            && std::io::stdin().is_terminal()
            && std::io::stdout().is_terminal()
            && std::io::stderr().is_terminal();

        let sandbox = if g.sandbox {
            Some(SandboxSettings::from_env()?)
        } else {
            None
        };

        Ok(Settings {
            sandbox,
            config_path,
            config_exists,
            profile,
            base_url,
            timeout,
            timestamp_unit,
            concurrency,
            journal_path: crate::journal::default_path(),
            access_key,
            access_secret,
            user_id,
            address: prof.address,
            catalogue,
            dry_run: g.dry_run,
            yes: g.yes,
            interactive,
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
        Ok(Credentials {
            access_key: self.access_key.clone().unwrap().value,
            secret: self.access_secret.clone().unwrap().value,
            user_id: self.user_id.clone().unwrap().value,
        })
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
