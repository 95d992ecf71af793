//! Linking: the object files and the runtime static library become an executable via `cc`.

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn link(objects: &[PathBuf], runtime: &Path, output: &Path) -> Result<(), String> {
    let status = Command::new("cc")
        .args(objects)
        .arg(runtime)
        .args(["-o"])
        .arg(output)
        .args(["-lm", "-lpthread", "-ldl", "-Wl,--gc-sections", "-s"])
        .status()
        .map_err(|e| format!("cannot run cc: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cc failed ({status})"))
    }
}
