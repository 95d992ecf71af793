//! A fixed batch of closc's random-program tester (tests/fuzz/run.py, which needs python3
//! 3.11): generated programs must agree with python3, and mutated ones must be refused with a
//! diagnostic or compile into executables that neither crash nor hang. Longer campaigns with
//! fresh seeds are run by hand (see DEVELOPERS.md).

mod common;

use common::workspace_root;
use std::process::Command;

fn run_batch(mode_args: &[&str]) {
    let root = workspace_root();
    let mismatches = tempfile::tempdir().unwrap();
    let output = Command::new("python3")
        .arg(root.join("tests/fuzz/run.py"))
        .args(mode_args)
        .arg("--closc")
        .arg(env!("CARGO_BIN_EXE_closc"))
        .arg("--out")
        .arg(mismatches.path())
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        let mut reports = String::new();
        for entry in std::fs::read_dir(mismatches.path()).unwrap() {
            let folder = entry.unwrap().path();
            let program = std::fs::read_to_string(folder.join("prog.py")).unwrap_or_default();
            let report = std::fs::read_to_string(folder.join("report.txt")).unwrap_or_default();
            reports.push_str(&format!("{report}\n--- program\n{program}\n"));
        }
        panic!("{stdout}{stderr}\n{reports}");
    }
    eprint!("{stdout}");
}

#[test]
fn generated_programs_agree_with_python3() {
    run_batch(&["--seed", "1", "--count", "50"]);
}

#[test]
fn mutated_programs_never_crash_the_compiler_or_the_executable() {
    run_batch(&["--mutate", "--seed", "1", "--count", "100"]);
}
