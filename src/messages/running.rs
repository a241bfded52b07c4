//! Where a running `listen` says it is, for `trigger`: `listen.json` in its inbox (0600, it
//! holds the secret path), written once it listens and removed when it stops. A listener
//! killed without a chance to remove it is recognised by its process id.

use std::fs;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::files;

pub const LISTEN_STATE: &str = "listen.json";

/// Its URL and process id.
#[derive(Serialize, Deserialize, Debug)]
pub struct ListenState {
    pub url: String,
    pub pid: u32,
}

pub fn write_listen_state(dir: &Path, s: &ListenState) -> io::Result<()> {
    let text = serde_json::to_vec(s).expect("encodes");
    files::write_private(&dir.join(LISTEN_STATE), &text)
}

pub fn remove_listen_state(dir: &Path) {
    let _ = fs::remove_file(dir.join(LISTEN_STATE));
}

/// The listener recorded for `dir`, and whether its process is still running.
pub fn read_listen_state(dir: &Path) -> Option<(ListenState, bool)> {
    let text = fs::read(dir.join(LISTEN_STATE)).ok()?;
    let s: ListenState = serde_json::from_slice(&text).ok()?;
    let alive = process_alive(s.pid);
    Some((s, alive))
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // Signal 0 checks that the process exists; EPERM means it does, under another user.
    // SAFETY: kill with signal 0 sends nothing.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_alive(_: u32) -> bool {
    true
}
