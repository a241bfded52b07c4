//! The memory a dense answer takes (issue 17, item 9), in a test binary of its own.
//!
//! A process started by this one begins its peak-memory count at this process's own peak (on
//! Linux the count survives the exec), so nothing here may hold much: the server below streams
//! its answer from a small buffer, and no other test shares the binary.

mod common;

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};

use common::*;

/// Every connection gets one page of `[0,0,...]` just under the 16 MiB answer limit
/// (`totalPage` 4, so `--all` walks on), written from a 64 KiB buffer. Returns the URL and
/// the body's length.
fn dense_server() -> (String, usize) {
    const ZEROS: usize = (16 << 20) / 2 - 64;
    let head = br#"{"code":200,"msg":"ok","data":{"totalPage":4,"data":["#;
    let tail = b"0]}}";
    let len = head.len() + 2 * (ZEROS - 1) + tail.len();
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    std::thread::spawn(move || {
        let block: &'static [u8] = b"0,".repeat(32 << 10).leak();
        for mut s in l.incoming().flatten() {
            std::thread::spawn(move || {
                let mut req = [0u8; 8192];
                let _ = s.read(&mut req);
                let _ = write!(
                    s,
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len}\r\nconnection: close\r\n\r\n"
                );
                let _ = s.write_all(head);
                let mut left = 2 * (ZEROS - 1);
                while left > 0 {
                    let n = left.min(block.len());
                    if s.write_all(&block[..n]).is_err() {
                        return;
                    }
                    left -= n;
                }
                let _ = s.write_all(tail);
            });
        }
    });
    (format!("http://{addr}"), len)
}

/// Runs `cmd` to the end; its output (stdout's first MiB), stdout's whole length, and its peak
/// resident memory in MiB (wait4 on its pid).
#[allow(clippy::zombie_processes)] // reaped by wait4, which std does not know of
fn run_measured(mut cmd: Command) -> (Output, usize, i64) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    // Not all of it kept: this process's peak would become the next child's.
    let o = std::thread::spawn(move || {
        let mut v = Vec::new();
        (&mut out).take(1 << 20).read_to_end(&mut v).unwrap();
        let rest = std::io::copy(&mut out, &mut std::io::sink()).unwrap();
        let len = v.len() + rest as usize;
        (v, len)
    });
    let e = std::thread::spawn(move || {
        let mut v = Vec::new();
        err.read_to_end(&mut v).unwrap();
        v
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as libc::pid_t);
    use std::os::unix::process::ExitStatusExt;
    let (stdout, len) = o.join().unwrap();
    let output = Output {
        status: std::process::ExitStatus::from_raw(status),
        stdout,
        stderr: e.join().unwrap(),
    };
    (output, len, usage.ru_maxrss / 1024)
}

/// Four pages of `[0,0,...]` just under the 16 MiB answer limit: before, 774 MiB for one and
/// 1.4 GiB for `--all`; now refused before parsing, in about the memory of the body. A walk's
/// `--json` does not parse its elements (it copies the list's text): it prints all four
/// pages, in the memory of the answers in flight, not fifty times it.
#[test]
fn a_dense_answer_is_refused_in_bounded_memory() {
    let (url, len) = dense_server();
    assert!(len < 16 << 20);
    let env = Sandboxed::new();
    let cmd = env.cmd(&url);
    let command = |args: &[&str]| {
        let mut c = Command::new(assert_cmd::cargo::cargo_bin("pandapon"));
        for (k, v) in cmd.get_envs() {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        c.args(args);
        c
    };
    for args in [
        &["--json", "order", "list"][..],
        &["order", "list", "--all"],
    ] {
        let (o, _, peak_mb) = run_measured(command(args));
        assert_eq!(o.status.code(), Some(5), "{args:?}: {}", stderr(&o));
        // The bytes counted are `data`'s (the body less its envelope).
        let says = "more than the 1048576 pandapon parses at once; refusing it";
        assert!(stderr(&o).contains(says), "{}", stderr(&o));
        assert_eq!(stdout(&o), "");
        assert!(peak_mb < 64, "{args:?}: peak memory {peak_mb} MiB");
    }
    // Copying 64 MB takes a debug build a while: more than the tests' usual 5 s an answer.
    let args = [
        "--json",
        "--concurrency",
        "2",
        "--timeout",
        "120",
        "order",
        "list",
        "--all",
    ];
    let (o, printed, peak_mb) = run_measured(command(&args));
    assert!(o.status.success(), "{}", stderr(&o));
    // `[`, four pages of zeros with a comma between each, `]` and a newline.
    let zeros = (16 << 20) / 2 - 64;
    assert_eq!(printed, 2 * 4 * zeros + 2);
    assert!(stdout(&o).starts_with("[0,0,0,"));
    // Two answers on the wire, one being copied and its copy (91 MiB measured, debug build).
    assert!(peak_mb < 128, "{args:?}: peak memory {peak_mb} MiB");
}
