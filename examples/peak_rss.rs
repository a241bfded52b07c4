//! For `bench/run.sh` where `/usr/bin/time` is missing: runs a command and writes the peak
//! resident memory of the processes it waited for (getrusage RUSAGE_CHILDREN), in KiB, to
//! FILE, as `/usr/bin/time -f %M -o FILE` does. The command's own output is left alone.
//!
//! Usage: peak_rss FILE COMMAND [ARGS...]

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(file), Some(program)) = (args.next(), args.next()) else {
        eprintln!("usage: peak_rss FILE COMMAND [ARGS...]");
        return ExitCode::from(2);
    };
    let status = match Command::new(&program).args(args).status() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("peak_rss: cannot run {}: {e}", program.to_string_lossy());
            return ExitCode::from(127);
        }
    };
    // SAFETY: getrusage only writes into the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    // ru_maxrss is in KiB on Linux.
    if let Err(e) = std::fs::write(&file, format!("{}\n", usage.ru_maxrss)) {
        eprintln!("peak_rss: cannot write {}: {e}", file.to_string_lossy());
        return ExitCode::from(2);
    }
    ExitCode::from(status.code().unwrap_or(1).clamp(0, 255) as u8)
}
