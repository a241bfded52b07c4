//! What the client tells whoever watches it: the request a dry run would send, each attempt,
//! each answer, each retry. The API layer never prints; the output side implements this
//! (`output::Printer`) and decides what `-v`, `--debug` and `--dry-run` show.
//!
//! Everything handed over is already masked: the signature and the access secret never leave
//! the client in these values.

use std::time::Duration;

use serde_json::Value;

use super::catalogue::Method;
use crate::error::Result;

/// A request as it may be shown: the signature masked in the headers and the URL.
pub struct Shown<'a> {
    pub method: Method,
    pub url: &'a reqwest::Url,
    /// In the order the docs list them.
    pub headers: &'a [(&'static str, String)],
    pub body: Option<&'a Value>,
    /// What was signed, the secret's place marked (docs/api.md#signing).
    pub string_to_sign: &'a str,
}

/// An answer as it may be shown.
pub struct Answer<'a> {
    pub status: u16,
    pub elapsed: Duration,
    pub bytes: usize,
    /// The envelope's code and requestId, when the body was one.
    pub code: Option<i64>,
    pub request_id: Option<&'a str>,
    pub content_type: Option<&'a str>,
    /// The start of the body, masked; only when the observer asked for bodies.
    pub body_preview: Option<String>,
}

pub trait Observer: Sync {
    /// `--dry-run`: the request that would have been sent. The call then ends.
    fn dry_run(&self, request: &Shown<'_>) -> Result<()>;
    /// An attempt is about to leave (`attempt` counts from 1).
    fn sending(&self, request: &Shown<'_>, attempt: u32);
    /// Whether `Answer::body_preview` is wanted (it costs a copy of the body's start).
    fn wants_bodies(&self) -> bool;
    fn answered(&self, answer: &Answer<'_>);
    /// A safe read failed in a way worth another try, after `wait`.
    fn retrying(&self, why: &str, wait: Duration);
    /// A write was sent but its journal record could not be completed.
    fn unrecorded(&self, why: &str);
    /// Something the person should know about how requests are sent (plain HTTP allowed).
    fn warning(&self, what: &str);
}

/// Watches nothing: for code that calls the API without a person to tell (tests, tools).
pub struct Silent;

impl Observer for Silent {
    fn dry_run(&self, _: &Shown<'_>) -> Result<()> {
        Ok(())
    }
    fn sending(&self, _: &Shown<'_>, _: u32) {}
    fn wants_bodies(&self) -> bool {
        false
    }
    fn answered(&self, _: &Answer<'_>) {}
    fn retrying(&self, _: &str, _: Duration) {}
    fn unrecorded(&self, _: &str) {}
    fn warning(&self, _: &str) {}
}
