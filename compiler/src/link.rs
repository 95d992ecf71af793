//! Linking: the object file and the runtime static library become an executable via `cc`.
//! The runtime library is embedded in the `closc` binary (see `build.rs`), so closc works
//! wherever it is installed or copied.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime library, as built for this closc.
static RUNTIME_ARCHIVE: &[u8] = include_bytes!(env!("CLOSC_RUNTIME_ARCHIVE"));

/// The runtime library as a file `cc` can read: kept in the user's cache folder under a name
/// that carries the archive's hash, so it is written once per closc build rather than once
/// per program. Without a usable cache folder it is written into `scratch`.
pub fn runtime_library(scratch: &Path) -> Result<PathBuf, String> {
    let name = format!("libclosc_runtime-{}.a", env!("CLOSC_RUNTIME_HASH"));
    if let Some(cache) = cache_folder() {
        let cached = cache.join(&name);
        let complete =
            std::fs::metadata(&cached).is_ok_and(|m| m.len() == RUNTIME_ARCHIVE.len() as u64);
        if complete || write_atomically(&cache, &cached).is_ok() {
            return Ok(cached);
        }
    }
    let path = scratch.join(name);
    std::fs::write(&path, RUNTIME_ARCHIVE)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// `$XDG_CACHE_HOME/closc`, else `~/.cache/closc`.
fn cache_folder() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cache")))?;
    Some(base.join("closc"))
}

/// Writes the archive to `target` through a temporary file renamed into place, so that a
/// concurrent closc never links a half-written archive.
fn write_atomically(folder: &Path, target: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    let mut temporary = tempfile::NamedTempFile::new_in(folder)?;
    std::io::Write::write_all(&mut temporary, RUNTIME_ARCHIVE)?;
    temporary.persist(target).map_err(|e| e.error)?;
    Ok(())
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
