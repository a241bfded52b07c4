// mimalloc instead of the system allocator: a `--all` walk parses and prints megabytes of
// JSON in many small allocations, and glibc's malloc spent about a third of that time in
// its free lists (BENCHMARKS.md has the numbers). Its v2 line holds less memory than v3.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    // No transparent huge pages for this process (what `MIMALLOC_ALLOW_THP=0` does): a walk
    // reads its pages on a few threads, and each thread's first touch of mimalloc's memory
    // faulted in a 2 MiB page: a 10,000-order walk peaked at 45 MiB instead of 20
    // (BENCHMARKS.md, run 8).
    #[cfg(target_os = "linux")]
    // SAFETY: sets a flag of this process; no memory is passed.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    pandapon::main()
}
