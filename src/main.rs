// mimalloc instead of the system allocator: a `--all` walk parses and prints megabytes of
// JSON in many small allocations, and glibc's malloc spent about a third of that time in
// its free lists (BENCHMARKS.md has the numbers). Its v2 line holds less memory than v3.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    pandapon::main()
}
