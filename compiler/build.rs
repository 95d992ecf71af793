//! Builds the runtime library that closc links every program with, so the `closc` binary can
//! embed it (`cache.rs`) and work wherever it is copied or installed, and names the build:
//! `CLOSC_BUILD_ID` hashes everything the code closc generates depends on (its sources, the
//! shipped modules, the runtime library), so cached object files of one build are never
//! linked by another.
//!
//! Cargo cannot hand a build script another crate's static library (artifact dependencies
//! are unstable), so this runs a nested `cargo build` of the runtime crate, always in release
//! mode, in a target folder of its own: sharing the outer build's folder would deadlock on its
//! lock.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let workspace = manifest_dir
        .parent()
        .expect("the compiler is a workspace member");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let target_dir = out_dir.join("runtime-target");
    for input in [
        "runtime",
        "abi",
        "Cargo.lock",
        "Cargo.toml",
        "compiler/src",
        "lib",
    ] {
        println!("cargo:rerun-if-changed={}", workspace.join(input).display());
    }

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut nested = Command::new(cargo);
    nested
        .args(["build", "--release", "-p", "closc-runtime", "--target-dir"])
        .arg(&target_dir)
        .current_dir(workspace)
        // `cargo clippy` sets a wrapper for workspace crates: the archive must be a real build.
        .env_remove("RUSTC_WORKSPACE_WRAPPER");
    // Share the outer build's job slots, so nested and outer compilers together stay within
    // `-j`.
    if let Some(flags) = std::env::var_os("CARGO_MAKEFLAGS") {
        nested.env("MAKEFLAGS", flags);
    }
    let status = nested.status().expect("cargo runs");
    assert!(status.success(), "building the runtime library failed");

    let archive = target_dir.join("release/libclosc_runtime.a");
    let bytes = std::fs::read(&archive).expect("cargo wrote the runtime library");
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    for input in ["compiler/src", "lib", "abi/src", "Cargo.lock"] {
        hash_files(&workspace.join(input), &mut hasher);
    }
    println!(
        "cargo:rustc-env=CLOSC_RUNTIME_ARCHIVE={}",
        archive.display()
    );
    println!("cargo:rustc-env=CLOSC_BUILD_ID={:016x}", hasher.finish());
}

/// Feeds the names and contents of `path` (a file, or a folder's files in sorted order) to
/// `hasher`.
fn hash_files(path: &Path, hasher: &mut impl Hasher) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .expect("the folder is readable")
            .map(|entry| entry.expect("the folder is readable").path())
            .collect();
        entries.sort();
        for entry in entries {
            hash_files(&entry, hasher);
        }
    } else {
        path.file_name().hash(hasher);
        std::fs::read(path)
            .expect("the file is readable")
            .hash(hasher);
    }
}
