//! The differential suite: every program of `tests/programs` is compiled with closc, run, and
//! compared with the stdout, exit status and last stderr line that python3 produced for it
//! (recorded in the `.expected` file beside it by `tests/regen.py`).

mod common;

use common::workspace_root;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a program may run before it counts as hung. Under `CLOSC_GC_STRESS` a collection
/// follows nearly every allocation, which makes allocation-heavy programs tens of times
/// slower, so they get longer.
fn program_timeout() -> Duration {
    let stress = std::env::var_os("CLOSC_GC_STRESS").is_some_and(|v| !v.is_empty() && v != "0");
    Duration::from_secs(if stress { 60 } else { 20 })
}

struct Expected {
    exit: i32,
    stderr_last_line: String,
    stdout: String,
}

fn parse_expected(text: &str) -> Expected {
    let mut exit = None;
    let mut stderr_last_line = None;
    let mut rest = text;
    while let Some((line, tail)) = rest.split_once('\n') {
        rest = tail;
        if let Some(v) = line.strip_prefix("exit: ") {
            exit = Some(v.parse().expect("exit status is a number"));
        } else if let Some(v) = line.strip_prefix("stderr: ") {
            stderr_last_line = Some(v.to_string());
        } else if line == "stderr:" {
            stderr_last_line = Some(String::new());
        } else if line == "--- stdout" {
            break;
        }
    }
    Expected {
        exit: exit.expect("an exit line"),
        stderr_last_line: stderr_last_line.expect("a stderr line"),
        stdout: rest.to_string(),
    }
}

/// The programs of the corpus: `tests/programs/<topic>/<name>.py`, and the programs of
/// several files, `tests/programs/<topic>/<name>/main.py` (the folder's other files are
/// its modules).
fn programs(root: &Path) -> Vec<PathBuf> {
    let sorted = |dir: &Path| {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        entries
    };
    let mut out = Vec::new();
    for topic in sorted(root).into_iter().filter(|p| p.is_dir()) {
        for path in sorted(&topic) {
            if path.is_dir() {
                let main = path.join("main.py");
                if main.is_file() {
                    out.push(main);
                }
            } else if path.extension().is_some_and(|e| e == "py") {
                out.push(path);
            }
        }
    }
    out
}

fn last_line(text: &str) -> String {
    text.lines().last().unwrap_or("").to_string()
}

fn run_with_timeout(mut command: Command) -> Result<std::process::Output, String> {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    // Drain both pipes while the program runs: one that fills a pipe would otherwise block
    // and never exit.
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as _));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as _));
    let start = Instant::now();
    let timeout = program_timeout();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {timeout:?}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Ok(std::process::Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}

/// Checks one program; returns a description of the mismatch, if any.
fn check(program: &Path, scratch: &Path) -> Result<(), String> {
    let expected_path = program.with_extension("expected");
    let expected_text = std::fs::read_to_string(&expected_path)
        .map_err(|_| "no .expected file: run tests/regen.py".to_string())?;
    let expected = parse_expected(&expected_text);
    // The folder and the stem: a program of several files is always `<name>/main.py`.
    let folder = program
        .parent()
        .and_then(Path::file_name)
        .unwrap_or_default();
    let stem = program.file_stem().unwrap_or_default();
    let name = format!("{}-{}", folder.to_string_lossy(), stem.to_string_lossy());
    let executable = scratch.join(format!("{name}-{}", std::process::id()));
    let build = Command::new(env!("CARGO_BIN_EXE_closc"))
        .arg("build")
        .arg(program)
        .arg("-o")
        .arg(&executable)
        .output()
        .map_err(|e| e.to_string())?;
    let build_stderr = String::from_utf8_lossy(&build.stderr).to_string();
    if let Some(message) = expected.stderr_last_line.strip_prefix("SyntaxError: ") {
        if expected.stdout.is_empty() && expected.exit == 1 {
            return if build.status.success() {
                Err(format!("expected a compile error: {message}"))
            } else if !build_stderr.contains(message) {
                Err(format!(
                    "expected compile error `{message}`, got:\n{build_stderr}"
                ))
            } else {
                Ok(())
            };
        }
    }
    if !build.status.success() {
        return Err(format!("closc build failed:\n{build_stderr}"));
    }
    let mut command = Command::new(&executable);
    command.current_dir(program.parent().unwrap());
    // The program gets the words of `<name>.args` as arguments when there is one.
    let args_path = program.with_extension("args");
    if args_path.is_file() {
        let args = std::fs::read_to_string(&args_path).map_err(|e| e.to_string())?;
        command.args(args.split_whitespace());
    }
    // The program reads `<name>.stdin` when there is one, else an empty stdin.
    let stdin_path = program.with_extension("stdin");
    if stdin_path.is_file() {
        let stdin = std::fs::File::open(&stdin_path).map_err(|e| e.to_string())?;
        command.stdin(stdin);
    } else {
        command.stdin(Stdio::null());
    }
    let output = run_with_timeout(command);
    let _ = std::fs::remove_file(&executable);
    let output = output?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let exit = output.status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if stdout != expected.stdout {
        problems.push(format!(
            "stdout differs\n--- expected\n{}--- got\n{}",
            expected.stdout, stdout
        ));
    }
    if exit != expected.exit {
        problems.push(format!("exit status {exit}, expected {}", expected.exit));
    }
    if last_line(&stderr) != expected.stderr_last_line {
        problems.push(format!(
            "stderr last line `{}`, expected `{}`",
            last_line(&stderr),
            expected.stderr_last_line
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn differential_programs() {
    let root = workspace_root();
    let mut all = programs(&root.join("tests/programs"));
    let filter = std::env::var("CLOSC_TEST_FILTER").unwrap_or_default();
    all.retain(|p| p.to_string_lossy().contains(&filter));
    assert!(!all.is_empty(), "no test programs found");
    let scratch = tempfile::tempdir().unwrap();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(program) = all.get(i) else { break };
                if let Err(problem) = check(program, scratch.path()) {
                    let relative = program.strip_prefix(&root).unwrap_or(program);
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("{}: {problem}", relative.display()));
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    for failure in &failures {
        eprintln!("FAIL {failure}\n");
    }
    eprintln!(
        "{} of {} programs passed",
        all.len() - failures.len(),
        all.len()
    );
    assert!(failures.is_empty(), "{} programs failed", failures.len());
}
