//! The inbox: every order message `listen` acknowledged, on disk before the acknowledgement.
//!
//! `<data dir>/pandapon/inbox/` (0700) holds two append-only files (0600, never opened through
//! a link): `messages.jsonl`, one record per message received (followed by zeros written
//! ahead, see `log.rs`), and `deliveries.jsonl`, one record per message an app accepted
//! (forward, exec or replay). A message without a delivery is pending. Records are whole lines
//! written in one go and synced (`fdatasync`) before the sender is answered; a process killed
//! mid-write leaves at most one half line at the end, which the reader skips with a warning
//! naming it and the next writer closes with a newline.
//!
//! One thread writes: it takes whatever is queued, writes it in one go and syncs once (group
//! commit), so 200 messages a second cost a handful of syncs, not 200.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::log::{self, Log};
use crate::domain::message::{self, Message, Received};
use crate::files;

pub const MESSAGES: &str = "messages.jsonl";
pub const DELIVERIES: &str = "deliveries.jsonl";
/// Held by the one `listen` that may append messages (ids are its to give).
const LOCK: &str = "listen.lock";

/// `$XDG_DATA_HOME/pandapon/inbox`.
pub fn default_dir() -> PathBuf {
    crate::config::data_dir().join("inbox")
}

/// One message as kept: what arrived (`raw`, byte for byte, and its content type) and what
/// was read from it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    pub id: u64,
    /// RFC 3339, UTC, to the millisecond.
    pub received_at: String,
    pub from: String,
    pub content_type: String,
    /// The same for every push of the same message (see `Message::content_key`).
    pub content_key: String,
    /// The earlier record with the same content: PandaPon pushed it again.
    pub duplicate_of: Option<u64>,
    pub message_type: String,
    pub message_platform: i64,
    pub timestamp: String,
    pub order_id: Option<String>,
    pub refund_id: Option<String>,
    pub raw: String,
}

impl Record {
    /// The message read again from what arrived (it was checked when it did).
    pub fn message(&self) -> Option<Message> {
        match message::parse(self.raw.as_bytes()) {
            Ok(Received::Message(m)) => Some(m),
            _ => None,
        }
    }
}

/// An app accepted a message.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Delivery {
    pub id: u64,
    pub at: String,
    /// The URL, or `exec: CMD`.
    pub to: String,
    /// The HTTP status (none for exec).
    pub status: Option<u16>,
    pub attempts: u32,
}

/// What arrived, before it has an id.
pub struct Incoming {
    pub message: Message,
    pub raw: String,
    pub from: String,
    pub content_type: String,
}

/// The inbox as read: records in the order received, who accepted what, and what was skipped.
#[derive(Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    pub deliveries: HashMap<u64, Vec<Delivery>>,
    pub warnings: Vec<String>,
}

impl Loaded {
    pub fn is_pending(&self, r: &Record) -> bool {
        r.duplicate_of.is_none() && !self.deliveries.contains_key(&r.id)
    }

    pub fn pending(&self) -> impl Iterator<Item = &Record> {
        self.records.iter().filter(|r| self.is_pending(r))
    }

    pub fn find(&self, id: u64) -> Option<&Record> {
        self.records.iter().find(|r| r.id == id)
    }
}

/// Reads both files. A line that is not a record (a half-written one, at the end after a
/// kill) is skipped and named; a missing inbox is an empty one.
pub fn load(dir: &Path) -> io::Result<Loaded> {
    let mut out = Loaded::default();
    for (line, at) in lines(&dir.join(MESSAGES), &mut out.warnings)? {
        match serde_json::from_str::<Record>(&line) {
            Ok(r) => out.records.push(r),
            Err(_) => out.warnings.push(skipped(&at, &line)),
        }
    }
    for (line, at) in lines(&dir.join(DELIVERIES), &mut out.warnings)? {
        match serde_json::from_str::<Delivery>(&line) {
            Ok(d) => out.deliveries.entry(d.id).or_default().push(d),
            Err(_) => out.warnings.push(skipped(&at, &line)),
        }
    }
    Ok(out)
}

fn skipped(at: &str, line: &str) -> String {
    if line.trim_start().starts_with('{') && !line.trim_end().ends_with('}') {
        format!("{at}: skipped a half-written record (a listener stopped while writing it)")
    } else {
        format!("{at}: skipped a line that is not an inbox record")
    }
}

/// The non-blank lines of a file with "path:line" for each.
fn lines(path: &Path, warnings: &mut Vec<String>) -> io::Result<Vec<(String, String)>> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    // The message log ends in zeros written ahead (`log.rs`): not lines.
    for (i, l) in log::data(&bytes).split(|&b| b == b'\n').enumerate() {
        let at = format!("{}:{}", path.display(), i + 1);
        if l.iter().all(|b| b.is_ascii_whitespace() || *b == 0) {
            if l.contains(&0) {
                warnings.push(format!(
                    "{at}: skipped a line of zero bytes (a write the system lost)"
                ));
            }
            continue;
        }
        match String::from_utf8(l.to_vec()) {
            Ok(s) => out.push((s, at)),
            Err(_) => warnings.push(format!("{at}: skipped a line that is not text")),
        }
    }
    Ok(out)
}

/// Opens a log to append, after closing a half line a killed writer left, so the next record
/// starts on a line of its own.
fn open_log(path: &Path) -> io::Result<File> {
    let (mut f, _) = files::open_append_private(path)?;
    let mut r = files::open_lock_file(path)?;
    let len = r.seek(SeekFrom::End(0))?;
    if len > 0 {
        r.seek(SeekFrom::Start(len - 1))?;
        let mut last = [0u8; 1];
        r.read_exact(&mut last)?;
        if last[0] != b'\n' {
            f.write_all(b"\n")?;
        }
    }
    Ok(f)
}

fn now_rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
        .unwrap_or_default()
}

pub fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

/// Appends delivery records from a process that is not the listener (`inbox replay`).
pub fn append_deliveries(dir: &Path, ds: &[Delivery]) -> io::Result<()> {
    if ds.is_empty() {
        return Ok(());
    }
    files::create_private_dir(dir)?;
    let mut f = open_log(&dir.join(DELIVERIES))?;
    f.write_all(&encode_lines(ds))?;
    f.sync_data()
}

fn encode_lines<T: Serialize>(items: &[T]) -> Vec<u8> {
    let mut buf = Vec::new();
    for x in items {
        serde_json::to_writer(&mut buf, x).expect("records encode");
        buf.push(b'\n');
    }
    buf
}

pub fn delivery(id: u64, to: &str, status: Option<u16>, attempts: u32) -> Delivery {
    Delivery {
        id,
        at: now_rfc3339(now_ms()),
        to: to.to_string(),
        status,
        attempts,
    }
}

/// The listener's hold on an inbox: only one may give ids. Released when dropped.
#[derive(Debug)]
pub struct Lock(#[allow(dead_code)] File);

pub fn lock(dir: &Path) -> Result<Lock, String> {
    files::create_private_dir(dir)
        .map_err(|e| format!("cannot create the inbox {}: {e}", dir.display()))?;
    let f = files::open_lock_file(&dir.join(LOCK))
        .map_err(|e| format!("cannot open the inbox lock in {}: {e}", dir.display()))?;
    match f.try_lock() {
        Ok(()) => Ok(Lock(f)),
        Err(fs::TryLockError::WouldBlock) => Err(format!(
            "another `pandapon listen` is using the inbox {}; stop it, or give this one another inbox (--inbox DIR)",
            dir.display()
        )),
        Err(fs::TryLockError::Error(e)) => {
            Err(format!("cannot lock the inbox {}: {e}", dir.display()))
        }
    }
}

enum Job {
    Store(
        Incoming,
        tokio::sync::oneshot::Sender<Result<Record, String>>,
    ),
    Delivered(Delivery),
    Stop,
}

/// Hands records to the writer thread; cheap to clone.
#[derive(Clone)]
pub struct Store {
    tx: mpsc::Sender<Job>,
}

impl Store {
    /// Stores a message, answering once it is synced to disk (or could not be).
    pub async fn store(&self, m: Incoming) -> Result<Record, String> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        self.tx
            .send(Job::Store(m, tx))
            .map_err(|_| "the inbox is closed".to_string())?;
        rx.await.map_err(|_| "the inbox is closed".to_string())?
    }

    /// Records that an app accepted a message (synced with the next batch).
    pub fn delivered(&self, d: Delivery) {
        let _ = self.tx.send(Job::Delivered(d));
    }
}

pub struct Writer {
    pub store: Store,
    thread: Option<JoinHandle<()>>,
}

impl Writer {
    /// Starts the writer for `dir`, going on from what `existing` holds (ids, contents seen).
    /// `told` is called on the writer thread with each record once it is synced, in order,
    /// and when a sync is slow.
    pub fn start(
        dir: &Path,
        existing: &Loaded,
        told: impl Fn(Written) + Send + 'static,
    ) -> io::Result<Writer> {
        files::create_private_dir(dir)?;
        let messages = Log::open(&dir.join(MESSAGES))?;
        let deliveries = open_log(&dir.join(DELIVERIES))?;
        let mut seen = HashMap::new();
        for r in &existing.records {
            seen.entry(r.content_key.clone()).or_insert(r.id);
        }
        let next = existing.records.iter().map(|r| r.id).max().unwrap_or(0) + 1;
        let (tx, rx) = mpsc::channel();
        let mut w = Thread {
            messages,
            deliveries,
            seen,
            next,
        };
        let thread = std::thread::Builder::new()
            .name("inbox-writer".into())
            .spawn(move || w.run(rx, told))?;
        Ok(Writer {
            store: Store { tx },
            thread: Some(thread),
        })
    }

    /// Finishes what was queued before this call, then stops the thread.
    pub fn stop(mut self) {
        let _ = self.store.tx.send(Job::Stop);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

struct Thread {
    messages: Log,
    deliveries: File,
    seen: HashMap<String, u64>,
    next: u64,
}

/// What the writer tells the listener.
pub enum Written {
    /// A record synced to disk, in the order received.
    Stored(Box<Record>),
    /// Writing and syncing a batch took `took`: the disk is slow, and PandaPon allows 1000 ms.
    SlowSync {
        took: std::time::Duration,
        messages: usize,
    },
}

/// A sync this slow is reported.
const SLOW_SYNC: std::time::Duration = std::time::Duration::from_millis(100);

/// At most this many jobs per sync: a bound on how long the first of them waits.
const BATCH: usize = 512;

impl Thread {
    fn run(&mut self, rx: mpsc::Receiver<Job>, told: impl Fn(Written)) {
        while let Ok(first) = rx.recv() {
            let mut jobs = vec![first];
            while jobs.len() < BATCH {
                match rx.try_recv() {
                    Ok(j) => jobs.push(j),
                    Err(_) => break,
                }
            }
            let stop = jobs.iter().any(|j| matches!(j, Job::Stop));
            self.batch(jobs, &told);
            if stop {
                return;
            }
        }
    }

    fn batch(&mut self, jobs: Vec<Job>, told: &impl Fn(Written)) {
        let mut records = Vec::new();
        let mut waiting = Vec::new();
        let mut delivered = Vec::new();
        let mut added = Vec::new();
        for j in jobs {
            match j {
                Job::Store(m, reply) => {
                    let r = self.record(m);
                    if r.duplicate_of.is_none() {
                        added.push(r.content_key.clone());
                    }
                    records.push(r);
                    waiting.push(reply);
                }
                Job::Delivered(d) => delivered.push(d),
                Job::Stop => {}
            }
        }
        let started = std::time::Instant::now();
        let written = self.messages.append_synced(&encode_lines(&records));
        let took = started.elapsed();
        if took >= SLOW_SYNC && !records.is_empty() {
            told(Written::SlowSync {
                took,
                messages: records.len(),
            });
        }
        if !delivered.is_empty() {
            // A lost delivery record only means the message is offered again: not fatal.
            let _ = write_synced(&mut self.deliveries, &encode_lines(&delivered));
        }
        match written {
            Ok(()) => {
                for (r, reply) in records.into_iter().zip(waiting) {
                    // The sender may have given up waiting: the record is kept all the same.
                    let _ = reply.send(Ok(r.clone()));
                    told(Written::Stored(Box::new(r)));
                }
            }
            Err(e) => {
                // Not acknowledged: PandaPon pushes them again, and they must not count as seen.
                for k in added {
                    self.seen.remove(&k);
                }
                let why = format!("cannot write to the inbox: {e}");
                for reply in waiting {
                    let _ = reply.send(Err(why.clone()));
                }
            }
        }
    }

    fn record(&mut self, m: Incoming) -> Record {
        let key = m.message.content_key();
        let id = self.next;
        self.next += 1;
        let duplicate_of = match self.seen.get(&key) {
            Some(&first) => Some(first),
            None => {
                self.seen.insert(key.clone(), id);
                None
            }
        };
        Record {
            id,
            received_at: now_rfc3339(now_ms()),
            from: m.from,
            content_type: m.content_type,
            content_key: key,
            duplicate_of,
            order_id: m.message.order_id(),
            refund_id: m.message.refund_id(),
            message_type: m.message.message_type,
            message_platform: m.message.platform.message_code(),
            timestamp: m.message.timestamp,
            raw: m.raw,
        }
    }
}

/// One write of whole lines, then a sync of the data. A short write leaves a half line, which
/// the next write must not continue: it starts with a newline then.
fn write_synced(f: &mut File, bytes: &[u8]) -> io::Result<()> {
    if bytes.is_empty() {
        return Ok(());
    }
    match f.write_all(bytes).and_then(|_| f.sync_data()) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = f.write_all(b"\n");
            Err(e)
        }
    }
}

/// The record as `--json` shows it: the stored fields, the body decoded, `raw` left out.
pub fn record_json(r: &Record, pending: bool) -> Value {
    let mut v = serde_json::to_value(r).expect("encodes");
    let o = v.as_object_mut().expect("an object");
    o.remove("raw");
    o.insert("pending".into(), pending.into());
    if let Some(m) = r.message() {
        o.insert("messageBody".into(), Value::Object(m.body));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Platform;

    fn incoming(order: &str) -> Incoming {
        let raw = message::envelope(
            "ORDER_CREATE",
            Platform::Taobao,
            serde_json::json!({"orderId": order}),
            false,
            1,
        )
        .to_string();
        let Ok(Received::Message(message)) = message::parse(raw.as_bytes()) else {
            panic!()
        };
        Incoming {
            message,
            raw,
            from: "127.0.0.1:1".into(),
            content_type: "application/json".into(),
        }
    }

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
    }

    #[cfg(unix)]
    #[test]
    fn stored_records_survive_a_torn_tail_and_duplicates_are_marked() {
        let dir = tempfile::tempdir().unwrap();
        let w = Writer::start(dir.path(), &Loaded::default(), |_| {}).unwrap();
        let (a, b, c) = rt().block_on(async {
            (
                w.store.store(incoming("1")).await.unwrap(),
                w.store.store(incoming("2")).await.unwrap(),
                w.store.store(incoming("1")).await.unwrap(),
            )
        });
        w.store
            .delivered(delivery(b.id, "http://app", Some(200), 1));
        w.stop();
        assert_eq!((a.id, b.id, c.id), (1, 2, 3));
        assert_eq!(c.duplicate_of, Some(1));
        // A kill in the middle of the next record.
        let path = dir.path().join(MESSAGES);
        let end = log::data(&fs::read(&path).unwrap()).len() as u64;
        let f = fs::OpenOptions::new().write(true).open(&path).unwrap();
        std::os::unix::fs::FileExt::write_all_at(&f, br#"{"id":4,"receivedAt":"2026"#, end)
            .unwrap();
        let l = load(dir.path()).unwrap();
        assert_eq!(l.records.len(), 3);
        assert_eq!(l.warnings.len(), 1, "{:?}", l.warnings);
        assert!(l.warnings[0].contains("messages.jsonl:4: skipped a half-written record"));
        let pending: Vec<u64> = l.pending().map(|r| r.id).collect();
        assert_eq!(pending, vec![1]);
        // The next listener goes on after it, on a line of its own.
        let w = Writer::start(dir.path(), &l, |_| {}).unwrap();
        let d = rt().block_on(w.store.store(incoming("9"))).unwrap();
        w.stop();
        assert_eq!(d.id, 4);
        let l = load(dir.path()).unwrap();
        assert_eq!(l.records.len(), 4);
        assert_eq!(l.warnings.len(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(&dir.path().join(DELIVERIES)), 0o600);
        }
    }

    #[test]
    fn one_listener_per_inbox() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path()).unwrap();
        assert!(
            lock(dir.path())
                .unwrap_err()
                .contains("another `pandapon listen`")
        );
        drop(held);
        assert!(lock(dir.path()).is_ok());
    }
}
