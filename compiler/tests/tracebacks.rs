//! Tracebacks: the whole stderr of a program ending in an uncaught exception, compared with
//! python3's (CPython 3.11) without the caret lines CPython draws under the failing
//! expression, which closc does not draw. Each program is `tests/tracebacks/<name>.py` or
//! `tests/tracebacks/<name>/main.py`.

mod common;

use common::workspace_root;
use std::path::{Path, PathBuf};
use std::process::Command;

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            if p.is_dir() {
                Some(p.join("main.py")).filter(|m| m.is_file())
            } else {
                p.extension().is_some_and(|e| e == "py").then_some(p)
            }
        })
        .collect();
    found.sort();
    found
}

/// CPython's stderr without the lines made only of carets and tildes.
fn without_carets(stderr: &str) -> String {
    stderr
        .lines()
        .filter(|l| {
            // Inside an exception group's box the carets follow its margin.
            let t = l.trim();
            let t = t.strip_prefix('|').map_or(t, str::trim);
            t.is_empty() || !t.chars().all(|c| matches!(c, '^' | '~'))
        })
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn tracebacks_match_cpython() {
    let root = workspace_root();
    let scratch = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let all = programs(&root.join("tests/tracebacks"));
    assert!(!all.is_empty(), "no traceback programs found");
    for program in &all {
        let program = std::path::absolute(program).unwrap();
        let dir = program.parent().unwrap();
        let python = Command::new("python3")
            .arg(&program)
            .current_dir(dir)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .output()
            .expect("python3 runs");
        let executable = scratch.path().join("program");
        let build = Command::new(env!("CARGO_BIN_EXE_closc"))
            .arg("build")
            .arg(&program)
            .arg("-o")
            .arg(&executable)
            .output()
            .unwrap();
        assert!(
            build.status.success(),
            "{}",
            String::from_utf8_lossy(&build.stderr)
        );
        let ours = Command::new(&executable).current_dir(dir).output().unwrap();
        let expected = without_carets(&String::from_utf8_lossy(&python.stderr));
        let got = String::from_utf8_lossy(&ours.stderr).to_string();
        if expected != got {
            failures.push(format!(
                "{}:\n--- python3\n{expected}--- closc\n{got}",
                program.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
