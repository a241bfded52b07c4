//! Reading what the user points pandapon at (the profile file, `--input FILE|-`, `--image
//! FILE`, a secret on stdin): with a size limit, found by reading (a device such as /dev/zero
//! or a pipe says size 0), and from the async runtime on a blocking thread, so that Ctrl-C,
//! SIGTERM and SIGHUP still end the command (exit 130) while a FIFO or an idle pipe waits.

use std::fs::File;
use std::io::{self, Read};

/// At most `limit` bytes of `r`; `None` when it holds more.
pub fn read_at_most(r: impl Read, limit: u64) -> io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    r.take(limit.saturating_add(1)).read_to_end(&mut buf)?;
    Ok((buf.len() as u64 <= limit).then_some(buf))
}

/// `read_at_most` of the file at `path`, on a blocking thread (opening a FIFO waits too).
pub async fn read_file(path: &str, limit: u64) -> io::Result<Option<Vec<u8>>> {
    let path = path.to_string();
    off_runtime(move || read_at_most(File::open(&path)?, limit)).await
}

/// `read_at_most` of stdin, on a blocking thread.
pub async fn read_stdin(limit: u64) -> io::Result<Option<Vec<u8>>> {
    off_runtime(move || read_at_most(io::stdin().lock(), limit)).await
}

async fn off_runtime(
    f: impl FnOnce() -> io::Result<Option<Vec<u8>>> + Send + 'static,
) -> io::Result<Option<Vec<u8>>> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|e| Err(io::Error::other(e.to_string())))
}

/// A limit for a message: "16 MiB", "64 KiB".
pub fn size_text(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{} KiB", bytes >> 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_up_to_the_limit_and_no_further() {
        assert_eq!(
            read_at_most(&b"12345"[..], 5).unwrap(),
            Some(b"12345".to_vec())
        );
        assert_eq!(read_at_most(&b"123456"[..], 5).unwrap(), None);
        // An endless source stops one byte past the limit.
        assert_eq!(read_at_most(io::repeat(0), 1 << 20).unwrap(), None);
        assert_eq!(size_text(16 << 20), "16 MiB");
        assert_eq!(size_text(64 << 10), "64 KiB");
    }
}
