//! The inbox's message log: lines appended and synced, into space written as zeros ahead of
//! time.
//!
//! Syncing an append that grows a file changes its size, and on ext4 (data=ordered) that
//! sync waits for a journal commit, which waits for whatever other programs wrote: measured
//! here beside a compiler, 100–400 ms now and then. Overwriting blocks already written and
//! synced changes no metadata, so `fdatasync` flushes only our own data (p99 under 10 ms on
//! the same disk). So the file always ends in zeros that were written and synced beforehand,
//! by a thread of its own, well before they are needed; readers stop at the last non-zero
//! byte (`data`).

use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;

#[cfg(unix)]
use std::os::unix::fs::FileExt;

use crate::files;

/// Zeros written ahead in one go: a quarter of what the log holds, 1 to 32 MiB, so a fresh
/// inbox costs little and a big one grows rarely. More are asked for when half are left.
fn chunk(end: u64) -> u64 {
    (end / 4).clamp(1 << 20, 32 << 20)
}

/// The bytes of a log that hold records: everything before its zero tail.
pub fn data(bytes: &[u8]) -> &[u8] {
    let end = bytes.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    &bytes[..end]
}

#[derive(Default)]
struct Space {
    /// Written as zeros and synced up to here: safe to overwrite with a cheap sync.
    ready: u64,
    /// Asked for up to here.
    wanted: u64,
    stop: bool,
    failed: Option<String>,
}

struct Shared {
    space: Mutex<Space>,
    changed: Condvar,
}

pub struct Log {
    file: File,
    /// Where the next record goes.
    end: u64,
    /// A killed writer left a half line: the next write starts with a newline.
    torn: bool,
    shared: Arc<Shared>,
    grower: Option<JoinHandle<()>>,
}

impl Log {
    /// Opens (or creates, 0600, never through a link) the log and finds where its records end.
    pub fn open(path: &Path) -> io::Result<Log> {
        let file = files::open_lock_file(path)?;
        let bytes = std::fs::read(path)?;
        let end = data(&bytes).len() as u64;
        let torn = end > 0 && bytes[end as usize - 1] != b'\n';
        let shared = Arc::new(Shared {
            space: Mutex::new(Space {
                // Zeros already there may not have been synced: only what is synced counts.
                ready: end,
                wanted: end,
                ..Space::default()
            }),
            changed: Condvar::new(),
        });
        let grower_file = file.try_clone()?;
        let s = shared.clone();
        let grower = std::thread::Builder::new()
            .name("inbox-space".into())
            .spawn(move || grow(grower_file, end, &s))?;
        let log = Log {
            file,
            end,
            torn,
            shared,
            grower: Some(grower),
        };
        // The first space before the first message, so none waits for it.
        log.want(end);
        log.wait_for(end + 1);
        Ok(log)
    }

    fn want(&self, upto: u64) {
        let mut sp = self.shared.space.lock().expect("not poisoned");
        let c = chunk(upto);
        if upto + c / 2 > sp.wanted {
            sp.wanted = upto + c;
            self.shared.changed.notify_all();
        }
    }

    /// Until the zeros reach `upto` (or making them failed: the write then lands all the same,
    /// only its sync is slower).
    fn wait_for(&self, upto: u64) {
        let mut sp = self.shared.space.lock().expect("not poisoned");
        while sp.ready < upto && sp.failed.is_none() {
            sp = self.shared.changed.wait(sp).expect("not poisoned");
        }
    }

    /// Writes `bytes` (whole lines) at the end and syncs them. Waits for zeros ahead only if a
    /// burst used up all that were ready, which at a few kilobytes a message does not happen.
    pub fn append_synced(&mut self, bytes: &[u8]) -> io::Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        let mut buf = Vec::with_capacity(bytes.len() + 1);
        if self.torn {
            buf.push(b'\n');
        }
        buf.extend_from_slice(bytes);
        let upto = self.end + buf.len() as u64;
        self.want(upto);
        self.wait_for(upto);
        let written = write_at(&self.file, &buf, self.end).and_then(|_| self.file.sync_data());
        match written {
            Ok(()) => {
                self.end = upto;
                self.torn = false;
                Ok(())
            }
            Err(e) => {
                // Part of it may be there: skip past it and start the next write on a new line.
                self.end = upto;
                self.torn = true;
                Err(e)
            }
        }
    }
}

impl Drop for Log {
    fn drop(&mut self) {
        {
            let mut sp = self.shared.space.lock().expect("not poisoned");
            sp.stop = true;
            self.shared.changed.notify_all();
        }
        if let Some(g) = self.grower.take() {
            let _ = g.join();
        }
    }
}

/// The space thread: writes zeros from `from` up to what is wanted, syncs, tells the writer.
/// Zeros a previous writer left past the records are written again: nobody knows whether they
/// were synced.
fn grow(file: File, mut from: u64, s: &Shared) {
    let zeros = vec![0u8; 1 << 20];
    loop {
        let target = {
            let mut sp = s.space.lock().expect("not poisoned");
            while !sp.stop && sp.wanted <= sp.ready {
                sp = s.changed.wait(sp).expect("not poisoned");
            }
            if sp.stop {
                return;
            }
            sp.wanted
        };
        let mut at = from;
        let mut result = Ok(());
        while at < target && result.is_ok() {
            let n = (target - at).min(zeros.len() as u64) as usize;
            result = write_at(&file, &zeros[..n], at);
            at += n as u64;
        }
        let result = result.and_then(|_| file.sync_all());
        let mut sp = s.space.lock().expect("not poisoned");
        match result {
            Ok(()) => {
                sp.ready = target;
                from = target;
            }
            Err(e) => sp.failed = Some(e.to_string()),
        }
        s.changed.notify_all();
        if sp.failed.is_some() {
            return;
        }
    }
}

#[cfg(unix)]
fn write_at(f: &File, buf: &[u8], at: u64) -> io::Result<()> {
    f.write_all_at(buf, at)
}

#[cfg(not(unix))]
fn write_at(mut f: &File, buf: &[u8], at: u64) -> io::Result<()> {
    use std::io::{Seek, SeekFrom, Write};
    f.seek(SeekFrom::Start(at))?;
    f.write_all(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_go_before_the_zeros_and_a_torn_line_is_closed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.jsonl");
        let mut log = Log::open(&path).unwrap();
        log.append_synced(b"{\"a\":1}\n").unwrap();
        log.append_synced(b"{\"b\":2}\n").unwrap();
        drop(log);
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.len() >= 1 << 20, "space written ahead");
        assert_eq!(data(&bytes), b"{\"a\":1}\n{\"b\":2}\n");
        // A writer killed mid-record: its half line, then the zeros.
        let f = files::open_lock_file(&path).unwrap();
        write_at(&f, b"{\"c\":", 16).unwrap();
        let mut log = Log::open(&path).unwrap();
        log.append_synced(b"{\"d\":4}\n").unwrap();
        drop(log);
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(data(&bytes), b"{\"a\":1}\n{\"b\":2}\n{\"c\":\n{\"d\":4}\n");
    }
}
