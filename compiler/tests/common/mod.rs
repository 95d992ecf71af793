//! What the integration tests share: where the workspace is, and the runtime library the
//! programs they compile link against.

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Builds the runtime library the programs link against, in release mode, and returns it.
pub fn runtime_library() -> PathBuf {
    let root = workspace_root();
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "-p", "closc-runtime"])
        .current_dir(&root)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building the runtime failed");
    root.join("target/release/libclosc_runtime.a")
}
