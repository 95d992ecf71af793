//! closc's cache folder (`$XDG_CACHE_HOME/closc`, else `~/.cache/closc`): what a closc
//! build makes once and every program it compiles links, kept in a folder named after the
//! build (`CLOSC_BUILD_ID`, a hash of closc's sources, its shipped modules and its runtime
//! library; see `build.rs`): the runtime library embedded in the binary, written out for
//! `cc`, and the object file of each shipped module (`units.rs`).
//!
//! Files are written to a temporary name and renamed into place, so concurrent closc
//! processes never read half a file. Without a usable cache folder everything goes into
//! the build's scratch folder instead.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The runtime library, as built for this closc.
static RUNTIME_ARCHIVE: &[u8] = include_bytes!(env!("CLOSC_RUNTIME_ARCHIVE"));

/// Folders of other closc builds unused for this long are removed when a new one is made,
/// so that rebuilding closc does not fill the disk.
const STALE_AFTER: Duration = Duration::from_secs(2 * 24 * 3600);

/// A build's folder is marked as used (its modification time set) at most this often.
const MARK_USED_EVERY: Duration = Duration::from_secs(3600);

/// The runtime library as a file `cc` can read.
pub fn runtime_library(scratch: &Path) -> Result<PathBuf, String> {
    cached("libclosc_runtime.a", scratch, || {
        Ok(RUNTIME_ARCHIVE.to_vec())
    })
}

/// The file `name` of this closc build's cache, made by `make` if it is not there yet.
pub fn cached(
    name: &str,
    scratch: &Path,
    make: impl FnOnce() -> Result<Vec<u8>, String>,
) -> Result<PathBuf, String> {
    let folder = build_folder();
    if let Some(path) = folder.as_ref().map(|f| f.join(name)) {
        if path.is_file() {
            return Ok(path);
        }
    }
    let bytes = make()?;
    if let Some(folder) = folder {
        let path = folder.join(name);
        if write_atomically(&folder, &path, &bytes).is_ok() {
            return Ok(path);
        }
    }
    let path = scratch.join(name);
    std::fs::write(&path, &bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// This build's folder in the cache, made (and the stale folders of other builds removed)
/// if it does not exist yet, else marked as used; None without a usable cache folder.
fn build_folder() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cache")))?
        .join("closc");
    let folder = base.join(env!("CLOSC_BUILD_ID"));
    match std::fs::metadata(&folder).and_then(|m| m.modified()) {
        Ok(modified) => {
            if modified.elapsed().is_ok_and(|age| age > MARK_USED_EVERY) {
                // Best effort: a folder left unmarked is only removed sooner.
                let _ =
                    std::fs::File::open(&folder).and_then(|f| f.set_modified(SystemTime::now()));
            }
        }
        Err(_) => {
            std::fs::create_dir_all(&folder).ok()?;
            remove_stale_builds(&base, &folder);
        }
    }
    Some(folder)
}

fn remove_stale_builds(base: &Path, current: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|modified| modified.elapsed().is_ok_and(|age| age > STALE_AFTER));
        if stale && path != current && path.is_dir() {
            let _ = std::fs::remove_dir_all(path);
        }
    }
}

fn write_atomically(folder: &Path, target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut temporary = tempfile::NamedTempFile::new_in(folder)?;
    std::io::Write::write_all(&mut temporary, bytes)?;
    temporary.persist(target).map_err(|e| e.error)?;
    Ok(())
}
