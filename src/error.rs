//! Every failure the CLI can end with, and the one place that maps it to an exit code.

use std::fmt;

/// Documented in `--help` and README; scripts depend on these numbers.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0    success (an empty list too)
  1    the API answered with an error code
  2    usage error or bad input (nothing was sent)
  3    cancelled, or confirmation needed (use --yes off a terminal)
  4    credentials missing or rejected
  5    network, timeout or server failure (for a write: outcome unknown)
  130  interrupted (Ctrl-C, SIGTERM or SIGHUP)";

/// API codes that mean "who you are" was not accepted, not "what you asked" (exit 4).
/// PandaPon does not document its error codes; these are the HTTP-style ones the sandbox uses.
pub const AUTH_CODES: &[i64] = &[401, 403];

#[derive(Debug)]
pub enum Error {
    /// Bad flags, bad ids, unreadable files, malformed config: nothing was sent.
    Usage(String),
    /// The API answered with a code other than success.
    Api {
        code: i64,
        msg: String,
        request_id: Option<String>,
        hint: Option<String>,
    },
    /// Credentials missing locally.
    Credentials(String),
    /// The user declined, or a confirmation was needed and nobody could give it.
    Cancelled(String),
    /// Transport, timeout, or a server that did not answer with an envelope.
    Network {
        msg: String,
        /// The request may have changed something: the outcome is unknown.
        write: bool,
    },
    Interrupted,
    /// Left out before anything was sent, on what the API already said (an order's state, a
    /// render): a batch item on a terminal, or a guided walk that cannot go on. `exit` is what
    /// sending it would have ended with, so a terminal run exits as a script's run does.
    NotSent {
        why: String,
        exit: u8,
    },
    /// The API answered with success, and refused part of what was asked inside its answer
    /// (1688's per-merchant results, its `cantPayOrderList`): exit 1, as a refusal.
    Refused(String),
    /// The API answered without an error code, but its answer does not say the thing was
    /// done (a payment to finish at a URL, a `false`): exit 1, as a refusal would.
    Unconfirmed(String),
    /// Some items of a batch failed; each was reported as it came. Exits with the worst code.
    Batch {
        failed: usize,
        /// Of the failed, those skipped before sending.
        skipped: usize,
        total: usize,
        noun: &'static str,
        exit: u8,
    },
    /// `--dry-run` printed the request; the command stops there on purpose.
    DryRun,
    /// The reader of stdout went away (`| head`): a normal end.
    BrokenPipe,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A response that does not have the shape a table needs: a server-side failure (exit 5).
pub fn unexpected(msg: String) -> Error {
    Error::Network { msg, write: false }
}

impl Error {
    pub fn usage(msg: impl Into<String>) -> Self {
        Error::Usage(msg.into())
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::DryRun | Error::BrokenPipe => 0,
            Error::Api { code, .. } if AUTH_CODES.contains(code) => 4,
            Error::Api { .. } | Error::Refused(_) | Error::Unconfirmed(_) => 1,
            Error::Usage(_) => 2,
            Error::Cancelled(_) => 3,
            Error::Credentials(_) => 4,
            Error::Network { .. } => 5,
            Error::Interrupted => 130,
            Error::NotSent { exit, .. } | Error::Batch { exit, .. } => *exit,
        }
    }

    /// The line shown after "error: ", or None when the exit is silent.
    pub fn message(&self) -> Option<String> {
        match self {
            Error::DryRun | Error::BrokenPipe => None,
            _ => Some(self.to_string()),
        }
    }

    pub fn hint(&self) -> Option<&str> {
        match self {
            Error::Api { hint, .. } => hint.as_deref(),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m)
            | Error::Credentials(m)
            | Error::Cancelled(m)
            | Error::Refused(m)
            | Error::Unconfirmed(m) => f.write_str(m),
            Error::Api {
                code,
                msg,
                request_id,
                ..
            } => {
                let msg = if msg.is_empty() { "(no message)" } else { msg };
                match request_id {
                    Some(r) => write!(f, "{msg} (code {code}, requestId {r})"),
                    None => write!(f, "{msg} (code {code})"),
                }
            }
            Error::Network { msg, write } => {
                f.write_str(msg)?;
                if *write {
                    f.write_str(
                        "\nThe outcome is unknown: the request may or may not have taken effect. \
                         It was not retried. Check before trying again: `pandapon journal \
                         unresolved` shows what was sent and the read that shows its effect, and \
                         `pandapon journal reconcile` runs it (or look with `pandapon order list`, \
                         `pandapon after-sales list --order ID` or `pandapon address list`).",
                    )?;
                }
                Ok(())
            }
            Error::Interrupted => f.write_str("interrupted"),
            Error::NotSent { why, .. } => f.write_str(why),
            Error::Batch {
                failed,
                skipped,
                total,
                noun,
                ..
            } => {
                let what = if skipped == total {
                    "were skipped"
                } else if *skipped > 0 {
                    "failed or were skipped"
                } else {
                    "failed"
                };
                if failed == total {
                    write!(f, "all {total} {noun}s {what} (each is reported above)")?;
                } else {
                    write!(
                        f,
                        "{failed} of {total} {noun}s {what} (each is reported above)"
                    )?;
                }
                if skipped == total {
                    f.write_str("; nothing was sent")
                } else if failed < total {
                    f.write_str("; the others succeeded")
                } else {
                    Ok(())
                }
            }
            Error::DryRun => f.write_str("dry run: nothing was sent"),
            Error::BrokenPipe => f.write_str("broken pipe"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_documented_table() {
        let api = |code| Error::Api {
            code,
            msg: "x".into(),
            request_id: None,
            hint: None,
        };
        assert_eq!(api(500).exit_code(), 1);
        assert_eq!(api(401).exit_code(), 4);
        assert_eq!(Error::usage("x").exit_code(), 2);
        assert_eq!(Error::Cancelled("x".into()).exit_code(), 3);
        assert_eq!(Error::Credentials("x".into()).exit_code(), 4);
        let net = Error::Network {
            msg: "x".into(),
            write: false,
        };
        assert_eq!(net.exit_code(), 5);
        assert_eq!(Error::Interrupted.exit_code(), 130);
        assert_eq!(Error::DryRun.exit_code(), 0);
        assert!(Error::BrokenPipe.message().is_none());
        let skipped = Error::Batch {
            failed: 2,
            skipped: 2,
            total: 2,
            noun: "order",
            exit: 1,
        };
        assert_eq!(
            skipped.to_string(),
            "all 2 orders were skipped (each is reported above); nothing was sent"
        );
        let batch = Error::Batch {
            failed: 2,
            skipped: 0,
            total: 3,
            noun: "order",
            exit: 5,
        };
        assert_eq!(batch.exit_code(), 5);
        assert!(batch.to_string().starts_with("2 of 3 orders failed"));
    }

    #[test]
    fn api_error_reads_msg_code_request_id() {
        let e = Error::Api {
            code: 500,
            msg: "库存不足".into(),
            request_id: Some("abc".into()),
            hint: None,
        };
        assert_eq!(e.to_string(), "库存不足 (code 500, requestId abc)");
    }

    #[test]
    fn unknown_write_outcome_says_so() {
        let e = Error::Network {
            msg: "timed out".into(),
            write: true,
        };
        assert!(e.to_string().contains("outcome is unknown"));
    }
}
