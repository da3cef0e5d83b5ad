//! The command line: clap commands, each a thin call into the library.
//! (Skeleton: the CLI helper implements this module.)

use std::process::ExitCode;

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    ExitCode::SUCCESS
}
