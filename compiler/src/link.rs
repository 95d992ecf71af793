//! Linking: the object file and the runtime static library become an executable via `cc`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime library's file name, as Cargo builds it.
const RUNTIME_LIBRARY: &str = "libclosc_runtime.a";

/// Finds the runtime library: `CLOSC_RUNTIME` when set (the test harness pins its own build),
/// else the one built beside the `closc` executable (`target/<profile>/`), or in the release
/// directory when closc itself is a debug or test build.
pub fn find_runtime() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("CLOSC_RUNTIME") {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe().map_err(|e| format!("cannot locate closc itself: {e}"))?;
    let mut candidates = Vec::new();
    for dir in exe.ancestors().skip(1).take(3) {
        candidates.push(dir.join(RUNTIME_LIBRARY));
        candidates.push(dir.join("release").join(RUNTIME_LIBRARY));
    }
    candidates.into_iter().find(|p| p.is_file()).ok_or_else(|| {
        format!(
            "cannot find the runtime library {RUNTIME_LIBRARY} next to {}; \
                 build it with `cargo build --release`",
            exe.display()
        )
    })
}

pub fn link(object: &Path, runtime: &Path, output: &Path) -> Result<(), String> {
    let status = Command::new("cc")
        .arg(object)
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
