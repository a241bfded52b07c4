//! Where a setting came from, and the one helper that walks its layers.

use std::fmt;
use std::path::PathBuf;

use clap::ArgMatches;
use clap::parser::ValueSource;

use crate::error::{Error, Result};

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

/// Where clap found a global flag's value.
pub(super) fn clap_source(
    m: &ArgMatches,
    id: &str,
    flag: &'static str,
    env: &'static str,
) -> Option<Source> {
    match m.value_source(id)? {
        ValueSource::CommandLine => Some(Source::Flag(flag)),
        ValueSource::EnvVariable => Some(Source::Env(env)),
        _ => None,
    }
}

/// One setting through its layers, highest first: the flag or its variable (as clap found
/// them), the profile file (`file`, checked by `check`), the default. The winner keeps its source.
pub(super) fn layered<T, F>(
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
pub(super) fn from_clap<T>(
    value: Option<T>,
    m: &ArgMatches,
    id: &str,
    flag: &'static str,
    env: &'static str,
) -> Option<(T, Source)> {
    Some((value?, clap_source(m, id, flag, env)?))
}

/// A setting only a variable and the profile carry: set but empty counts as unset.
pub(super) fn env_setting<T>(
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
pub(super) fn env_value(name: &'static str) -> Result<Option<String>> {
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
