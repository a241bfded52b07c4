//! The journal's files on disk: appending one record durably, rotating past the size limit,
//! finding the rotated files, and telling whether the process that wrote a record still runs.

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Appends `record` (one JSON line, newline included) to `path` and flushes it to disk before
/// returning: the file with fsync, and the directory too when this created the file (or moved
/// the old one aside), so a record that was acknowledged survives a crash or power loss.
///
/// The record goes out in one `write` on a file opened with O_APPEND: the kernel places it at
/// the end as a unit, so concurrent pandapon processes never interleave records. A file whose
/// last line was cut short by a crash gets a newline first, so the torn line stays one bad
/// line and does not swallow this record too.
pub fn append(path: &Path, record: &[u8], max_size: u64) -> io::Result<Option<String>> {
    let (mut f, mut created, warning) = open(path)?;
    let len = f.metadata()?.len();
    if max_size > 0 && len > 0 && len + record.len() as u64 > max_size {
        // A failed rotation must not cost the record: it then goes to the long file.
        if rotate(path, max_size, record.len() as u64).unwrap_or(false) {
            (f, created, _) = open(path)?;
        }
    }
    // Looking at the last byte and appending must be one step: another process's write in
    // progress shows a size that ends mid-line, and a newline added for it would split the
    // file with a blank line. The lock is released when `f` is closed.
    f.lock()?;
    let mut line = Vec::with_capacity(record.len() + 1);
    if !ends_with_newline(&mut f)? {
        line.push(b'\n');
    }
    line.extend_from_slice(record);
    let n = f.write(&line)?;
    if n != line.len() {
        return Err(io::Error::other(format!(
            "only {n} of {} bytes reached the disk",
            line.len()
        )));
    }
    f.sync_data()?;
    if created && let Some(dir) = path.parent() {
        crate::files::sync_dir(dir);
    }
    Ok(warning)
}

/// Opens the journal to append (and read its last byte), 0600, never through a symlink.
/// Says whether it was created, and whether its mode lets others read it.
fn open(path: &Path) -> io::Result<(File, bool, Option<String>)> {
    let existed = fs::symlink_metadata(path).is_ok();
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
    let dir_existed = dir.is_none_or(Path::exists);
    let (f, warning) = crate::files::open_append_private(path)?;
    if !dir_existed && let Some(parent) = dir.and_then(Path::parent) {
        crate::files::sync_dir(parent);
    }
    Ok((f, !existed, warning))
}

fn ends_with_newline(f: &mut File) -> io::Result<bool> {
    let len = f.metadata()?.len();
    if len == 0 {
        return Ok(true);
    }
    // With O_APPEND the position does not matter to the write that follows.
    let mut last = [0u8; 1];
    f.seek(SeekFrom::Start(len - 1))?;
    f.read(&mut last).map(|n| n == 0 || last[0] == b'\n')
}

/// Moves the journal aside to the next numbered file (`journal.1.jsonl`, `journal.2.jsonl`,
/// ...: the higher, the newer), under a lock so that two processes past the limit at once
/// rotate once. False when another process rotated it first.
fn rotate(path: &Path, max_size: u64, incoming: u64) -> io::Result<bool> {
    let lock_path = sibling(path, "lock");
    let lock = crate::files::open_lock_file(&lock_path)?;
    lock.lock()?;
    let len = match fs::symlink_metadata(path) {
        Ok(m) => m.len(),
        Err(_) => return Ok(false),
    };
    if len == 0 || len + incoming <= max_size {
        return Ok(false);
    }
    let next = rotated(path).last().map_or(1, |(n, _)| n + 1);
    fs::rename(path, numbered(path, next))?;
    if let Some(dir) = path.parent() {
        crate::files::sync_dir(dir);
    }
    Ok(true)
}

/// `journal.jsonl` -> `journal.<n>.jsonl`.
fn numbered(path: &Path, n: u64) -> PathBuf {
    sibling(path, &format!("{n}.jsonl"))
}

fn sibling(path: &Path, ext: &str) -> PathBuf {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("journal");
    path.with_file_name(format!("{stem}.{ext}"))
}

/// The rotated files beside `path`, oldest first, with their numbers.
pub fn rotated(path: &Path) -> Vec<(u64, PathBuf)> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("journal");
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(u64, PathBuf)> = entries
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let n = name
                .strip_prefix(stem)?
                .strip_prefix('.')?
                .strip_suffix(".jsonl")?;
            // Digits only: "journal.lock" and stray names are not journal files.
            (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                .then(|| Some((n.parse().ok()?, dir.join(&name))))
                .flatten()
        })
        .collect();
    found.sort();
    found
}

/// Every file of the journal, oldest first: the rotated ones, then the current one.
pub fn all_files(path: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = rotated(path).into_iter().map(|(_, p)| p).collect();
    files.push(path.to_path_buf());
    files
}

/// This process, as a record names its writer: the pid, and when the process started (so a
/// pid the system has since given to another process is not taken for the writer).
pub fn this_process() -> (u32, Option<u64>) {
    let pid = std::process::id();
    (pid, start_time(pid))
}

/// Linux: the start time in clock ticks since boot, field 22 of /proc/PID/stat.
fn start_time(pid: u32) -> Option<u64> {
    stat(pid)?.nth(19)?.parse().ok()
}

/// The fields of /proc/PID/stat after the name, from field 3 (the state) on.
fn stat(pid: u32) -> Option<std::vec::IntoIter<String>> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The name (field 2) is in parentheses and may hold spaces: count from after it.
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<String> = rest.split_whitespace().map(String::from).collect();
    Some(fields.into_iter())
}

/// Linux: a process killed but not yet reaped by its parent (a zombie) runs no more.
fn zombie(pid: u32) -> bool {
    stat(pid)
        .and_then(|mut f| f.next())
        .is_some_and(|state| state == "Z" || state == "X")
}

/// Whether the process that wrote a record may still be running on this machine. When in
/// doubt (another machine, no way to tell), yes: a write is never called finished by mistake.
pub fn still_running(pid: u64, started: Option<u64>, host: Option<&str>) -> bool {
    if host.is_some_and(|h| Some(h) != hostname().as_deref()) {
        return true;
    }
    let Ok(pid) = u32::try_from(pid) else {
        return false;
    };
    if !alive(pid) || zombie(pid) {
        return false;
    }
    match (started, start_time(pid)) {
        (Some(then), Some(now)) => then == now,
        _ => true,
    }
}

#[cfg(unix)]
fn alive(pid: u32) -> bool {
    let Ok(p) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // Signal 0 only checks: EPERM means it exists but is someone else's.
    let r = unsafe { libc::kill(p, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn alive(_: u32) -> bool {
    true
}

/// The machine's name, recorded beside the pid: a pid means nothing on another machine.
pub fn hostname() -> Option<String> {
    #[cfg(unix)]
    {
        let mut buf = [0u8; 256];
        let r = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
        if r != 0 {
            return None;
        }
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        String::from_utf8(buf[..end].to_vec()).ok()
    }
    #[cfg(not(unix))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_torn_last_line_gets_a_newline_before_the_next_record() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("journal.jsonl");
        fs::write(&p, "{\"a\":1}\n{\"torn\":").unwrap();
        append(&p, b"{\"b\":2}\n", 0).unwrap();
        assert_eq!(
            fs::read_to_string(&p).unwrap(),
            "{\"a\":1}\n{\"torn\":\n{\"b\":2}\n"
        );
    }

    #[test]
    fn past_the_limit_the_file_moves_to_the_next_number() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("journal.jsonl");
        let rec = b"{\"0123456789\":\"0123456789\"}\n";
        for _ in 0..7 {
            append(&p, rec, 64).unwrap();
        }
        // Two records fit in 64 bytes: files of 2, 2, 2 and the current one with 1.
        let files = all_files(&p);
        let names: Vec<String> = files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "journal.1.jsonl",
                "journal.2.jsonl",
                "journal.3.jsonl",
                "journal.jsonl"
            ]
        );
        let lines: usize = files
            .iter()
            .map(|f| fs::read_to_string(f).unwrap().lines().count())
            .sum();
        assert_eq!(lines, 7);
        assert!(files.iter().all(|f| fs::metadata(f).unwrap().len() <= 64));
        // The lock file and strays are not journal files.
        fs::write(dir.path().join("journal.x.jsonl"), "").unwrap();
        assert_eq!(rotated(&p).len(), 3);
    }

    #[test]
    fn this_process_is_running_and_a_dead_one_is_not() {
        let (pid, started) = this_process();
        assert!(still_running(pid.into(), started, hostname().as_deref()));
        #[cfg(target_os = "linux")]
        {
            assert!(started.is_some());
            // The same pid with another start time is another process.
            assert!(!still_running(pid.into(), started.map(|s| s + 1), None));
        }
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        assert!(!still_running(gone.into(), None, None));
        assert!(still_running(1, None, Some("some-other-machine")));
    }
}
