fn main() -> std::process::ExitCode {
    pandapon::main()
}
