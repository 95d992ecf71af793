//! Linking: the object files and the runtime static library become an executable via `cc`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Links `objects` with `runtime` into `output`, stripped unless `keep_symbols` (`-g`: the
/// symbols and debug sections of the program and the runtime stay for profilers and debuggers).
pub fn link(
    objects: &[PathBuf],
    runtime: &Path,
    output: &Path,
    keep_symbols: bool,
) -> Result<(), String> {
    let mut command = Command::new("cc");
    command
        .args(objects)
        .arg(runtime)
        .args(["-o"])
        .arg(output)
        .args(["-lm", "-lpthread", "-ldl", "-Wl,--gc-sections"]);
    if !keep_symbols {
        command.arg("-s");
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cc: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cc failed ({status})"))
    }
}
