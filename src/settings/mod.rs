//! Flag > environment variable > profile file > default, resolved once.
//! Commands receive `Settings` and never read the environment themselves.

mod checks;
mod source;

use checks::validate_base_url;
pub use source::{Source, Sourced};
use source::{env_setting, env_value, from_clap, layered};

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::ArgMatches;

use crate::api::catalogue::Catalogue;
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
