//! The checks made on resolved settings: credentials, the interaction rule, the profile,
//! the platform and the transport.

use crate::api::transport::is_loopback;
use crate::domain::Platform;
use crate::error::{Error, Result};
use crate::secret::Secret;

use super::{
    Credentials, ENV_ACCESS_KEY, ENV_ACCESS_SECRET, ENV_USER_ID, Interaction, Settings, Source,
    Sourced,
};

impl Settings {
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

pub(super) fn validate_base_url(url: &str, source: &Source) -> Result<String> {
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
