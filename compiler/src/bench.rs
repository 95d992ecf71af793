//! `closc bench`: times programs under python3 and as closc executables, and checks they agree.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, IsTerminal};
use std::os::raw::{c_int, c_long};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::Instant;

/// What `closc bench` measures and where it writes the figures.
pub struct BenchOptions {
    /// The Python programs to benchmark.
    pub files: Vec<PathBuf>,
    /// Timed runs of each command per program (the command line's default is 5).
    pub runs: usize,
    /// Further interpreters to compare with, e.g. `pypy3`: a program on PATH, optionally followed
    /// by arguments that go before the file.
    pub vs: Vec<String>,
    /// Where to write the figures as JSON, besides the table on stdout.
    pub json: Option<PathBuf>,
}

/// The interpreter whose output is the specification and whose time is the baseline.
const REFERENCE: &str = "python3";

/// The interpreter compared with by default, when it is on PATH.
const DEFAULT_RIVAL: &str = "pypy3";

/// Builds each program with `build(source, executable)`, runs it once to warm up and then
/// `options.runs` times alternately under python3, as the executable and under each `--vs`
/// interpreter, and prints a table of medians, speedups, peak memory and build times.
///
/// Returns `Ok(false)` when a program failed to build, or when a run's stdout or exit status
/// differed from python3's (each such difference is reported on stderr as `MISMATCH: ...`).
pub fn bench(
    options: &BenchOptions,
    build: &dyn Fn(&Path, &Path) -> Result<(), String>,
) -> Result<bool, String> {
    if options.runs == 0 {
        return Err("closc: --runs must be at least 1\n".to_string());
    }
    let progress = Progress::new();
    let python = Interpreter::find(REFERENCE)
        .ok_or_else(|| format!("closc: {REFERENCE} not found on PATH\n"))?;
    let rival_found = find_program(DEFAULT_RIVAL).is_some();
    let (commands, note) = compared_commands(&options.vs, rival_found);
    if let Some(note) = note {
        progress.note(&note);
    }
    let mut interpreters = Vec::new();
    for command in &commands {
        match Interpreter::find(command) {
            Some(interpreter) => interpreters.push(interpreter),
            None => progress.note(&format!("note: `{command}` not found on PATH; skipping it")),
        }
    }
    let scratch = tempfile::Builder::new()
        .prefix("closc-bench")
        .tempdir()
        .map_err(|e| format!("closc: cannot create a temporary directory: {e}\n"))?;

    let mut reports = Vec::new();
    let mut failures = Vec::new();
    for (index, file) in options.files.iter().enumerate() {
        let name = display_name(file);
        let step = format!("[{}/{}] {name}", index + 1, options.files.len());
        progress.show(&format!("{step}: build"));
        let stem = file.file_stem().unwrap_or_default().to_string_lossy();
        let executable = scratch.path().join(format!("{index}-{stem}"));
        let started = Instant::now();
        let built = build(file, &executable);
        let build_ms = started.elapsed().as_secs_f64() * 1000.0;
        if let Err(error) = built {
            progress.note(&format!("BUILD FAILED: {name}:\n{}", error.trim_end()));
            failures.push(name);
            continue;
        }
        let mut invocations = vec![python.invocation(file)];
        invocations.push(Invocation {
            label: "closc".to_string(),
            program: executable.into_os_string(),
            args: Vec::new(),
        });
        invocations.extend(interpreters.iter().map(|i| i.invocation(file)));
        let session = Session {
            name: &name,
            step: &step,
            runs: options.runs,
            scratch: scratch.path(),
            progress: &progress,
        };
        reports.push(ProgramReport {
            measured: session.measure(&invocations)?,
            name,
            path: file.display().to_string(),
            build_ms,
        });
    }
    progress.clear();

    let labels: Vec<String> = interpreters.into_iter().map(|i| i.label).collect();
    print!("{}", render_table(&reports, &labels));
    if !failures.is_empty() {
        println!("\nnot benchmarked (build failed): {}", failures.join(", "));
    }
    if let Some(path) = &options.json {
        let json = render_json(options.runs, &reports, &labels, &failures);
        std::fs::write(path, json)
            .map_err(|e| format!("closc: cannot write {}: {e}\n", path.display()))?;
    }
    let all_matched = reports.iter().all(ProgramReport::all_matched);
    Ok(failures.is_empty() && all_matched)
}

/// The interpreters to time besides python3: those asked for with `--vs`, preceded by
/// `DEFAULT_RIVAL` when it was not asked for but is on PATH (`rival_found`); and a note to
/// print when it is missing.
fn compared_commands(asked: &[String], rival_found: bool) -> (Vec<String>, Option<String>) {
    let asked_for_rival = asked
        .iter()
        .any(|command| command.split_whitespace().next() == Some(DEFAULT_RIVAL));
    if asked_for_rival {
        (asked.to_vec(), None)
    } else if rival_found {
        let mut commands = vec![DEFAULT_RIVAL.to_string()];
        commands.extend_from_slice(asked);
        (commands, None)
    } else {
        let note = format!("note: `{DEFAULT_RIVAL}` is not on PATH: no PyPy column");
        (asked.to_vec(), Some(note))
    }
}

/// The name a program goes by in the progress line and the table: its file name.
fn display_name(file: &Path) -> String {
    match file.file_name() {
        Some(name) => name.to_string_lossy().into_owned(),
        None => file.display().to_string(),
    }
}

/// An interpreter found on PATH, with the arguments that go before the program's file.
struct Interpreter {
    label: String,
    program: PathBuf,
    args: Vec<String>,
}

impl Interpreter {
    /// Resolves `command` (a program name or path, then arguments), or `None` if it is not found.
    fn find(command: &str) -> Option<Interpreter> {
        let mut words = command.split_whitespace();
        let program = find_program(words.next()?)?;
        Some(Interpreter {
            label: command.to_string(),
            program,
            args: words.map(String::from).collect(),
        })
    }

    fn invocation(&self, file: &Path) -> Invocation {
        let mut args: Vec<OsString> = self.args.iter().map(OsString::from).collect();
        args.push(file.as_os_str().to_owned());
        Invocation {
            label: self.label.clone(),
            program: self.program.clone().into_os_string(),
            args,
        }
    }
}

/// Finds an executable file: `name` itself if it contains a `/`, otherwise in a PATH directory.
fn find_program(name: &str) -> Option<PathBuf> {
    let is_executable = |path: &Path| {
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    if name.contains('/') {
        let path = PathBuf::from(name);
        return is_executable(&path).then_some(path);
    }
    let path_variable = std::env::var_os("PATH")?;
    std::env::split_paths(&path_variable)
        .map(|directory| directory.join(name))
        .find(|candidate| is_executable(candidate))
}

/// One command line that runs a benchmark program.
struct Invocation {
    label: String,
    program: OsString,
    args: Vec<OsString>,
}

/// What one run of an invocation did and cost.
struct Outcome {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    seconds: f64,
    peak_rss_kib: i64,
}

/// Runs `invocation` once with its stdout and stderr sent to files in `scratch`, and measures
/// its wall time and peak resident set size.
///
/// Linux counts the pages of the process a child was forked from in the child's peak RSS,
/// so a child of this process (grown by compiling) would report at least its size. The
/// program therefore runs as the child of a fresh, small `closc measure`, which reports
/// the figures.
fn run_once(invocation: &Invocation, scratch: &Path) -> Result<Outcome, String> {
    let fail = |e: io::Error| format!("closc: cannot run {}: {e}\n", invocation.label);
    let stdout_path = scratch.join("stdout");
    let stderr_path = scratch.join("stderr");
    let report_path = scratch.join("measure");
    let stdout = File::create(&stdout_path).map_err(fail)?;
    let stderr = File::create(&stderr_path).map_err(fail)?;
    let status = Command::new(std::env::current_exe().map_err(fail)?)
        .arg("measure")
        .arg("--report")
        .arg(&report_path)
        .arg(&invocation.program)
        .args(&invocation.args)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .status()
        .map_err(fail)?;
    let report = std::fs::read_to_string(&report_path).map_err(fail)?;
    let _ = std::fs::remove_file(&report_path);
    let (peak_rss_kib, seconds) = report
        .split_once(' ')
        .and_then(|(rss, seconds)| Some((rss.parse().ok()?, seconds.parse().ok()?)))
        .ok_or_else(|| format!("closc: cannot run {}: bad measurement\n", invocation.label))?;
    Ok(Outcome {
        status,
        stdout: std::fs::read(&stdout_path).map_err(fail)?,
        stderr: std::fs::read(&stderr_path).map_err(fail)?,
        seconds,
        peak_rss_kib,
    })
}

/// `closc measure`: runs `program` with `args` (inheriting stdin, stdout and stderr), writes
/// "peak-RSS-KiB seconds" to `report`, and returns the program's exit status (128 plus the
/// signal number if a signal ended it).
pub fn measure(report: &Path, program: &std::ffi::OsStr, args: &[OsString]) -> Result<i32, String> {
    let fail = |e: io::Error| format!("closc: cannot run {}: {e}\n", program.to_string_lossy());
    let started = Instant::now();
    let pid = Command::new(program).args(args).spawn().map_err(fail)?.id();
    let (status, peak_rss_kib) = wait_with_peak_rss(pid).map_err(fail)?;
    let seconds = started.elapsed().as_secs_f64();
    std::fs::write(report, format!("{peak_rss_kib} {seconds}")).map_err(fail)?;
    Ok(status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0)))
}

/// Linux's `struct rusage` on x86_64 and aarch64: two `struct timeval`s, then 14 longs.
#[repr(C)]
struct Rusage {
    user_time: [c_long; 2],
    system_time: [c_long; 2],
    max_rss_kib: c_long,
    other_counters: [c_long; 13],
}

extern "C" {
    fn wait4(pid: c_int, status: *mut c_int, options: c_int, usage: *mut Rusage) -> c_int;
}

/// Reaps the child `pid`, returning its exit status and peak resident set size in KiB.
fn wait_with_peak_rss(pid: u32) -> io::Result<(ExitStatus, i64)> {
    let pid = c_int::try_from(pid).map_err(|_| io::Error::other("process id out of range"))?;
    let mut status: c_int = 0;
    let mut usage = Rusage {
        user_time: [0; 2],
        system_time: [0; 2],
        max_rss_kib: 0,
        other_counters: [0; 13],
    };
    loop {
        // SAFETY: both pointers come from live, exclusive borrows of values whose layout is the
        // C `int` and `struct rusage` that wait4 writes; it keeps neither pointer.
        let reaped = unsafe { wait4(pid, &mut status, 0, &mut usage) };
        if reaped == pid {
            return Ok((ExitStatus::from_raw(status), usage.max_rss_kib));
        }
        let error = io::Error::last_os_error();
        if error.kind() != io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
}

/// Describes how `actual` differs from `expected` in exit status or stdout, or `None` if it
/// does not.
fn describe_mismatch(expected: &Outcome, actual: &Outcome) -> Option<String> {
    let mut problems = Vec::new();
    if actual.status != expected.status {
        problems.push(format!("{} instead of {}", actual.status, expected.status));
    }
    if actual.stdout != expected.stdout {
        let expected_text = String::from_utf8_lossy(&expected.stdout);
        let actual_text = String::from_utf8_lossy(&actual.stdout);
        let expected_lines: Vec<&str> = expected_text.lines().collect();
        let actual_lines: Vec<&str> = actual_text.lines().collect();
        let shown = |lines: &[&str], line: usize| match lines.get(line) {
            Some(text) => format!("{text:?}"),
            None => "the end of output".to_string(),
        };
        let first_difference = (0..expected_lines.len().max(actual_lines.len()))
            .find(|&line| expected_lines.get(line) != actual_lines.get(line));
        problems.push(match first_difference {
            Some(line) => format!(
                "stdout line {} is {} instead of {}",
                line + 1,
                shown(&actual_lines, line),
                shown(&expected_lines, line)
            ),
            None => "stdout differs in line endings".to_string(),
        });
    }
    if problems.is_empty() {
        return None;
    }
    let stderr = String::from_utf8_lossy(&actual.stderr);
    if let Some(last) = stderr.lines().rev().find(|l| !l.trim().is_empty()) {
        problems.push(format!("its stderr ends with {last:?}"));
    }
    Some(problems.join("; "))
}

/// The figures of one invocation over the timed runs of one program.
struct Measured {
    label: String,
    seconds: Vec<f64>,
    peak_rss_kib: i64,
    /// Whether every run's stdout and exit status equalled python3's warm-up run.
    matched: bool,
}

impl Measured {
    fn median(&self) -> f64 {
        median(&self.seconds)
    }

    fn peak_rss_mb(&self) -> f64 {
        self.peak_rss_kib as f64 / 1024.0
    }
}

/// The context shared by the runs of one program.
struct Session<'a> {
    name: &'a str,
    step: &'a str,
    runs: usize,
    scratch: &'a Path,
    progress: &'a Progress,
}

impl Session<'_> {
    /// Warms up each invocation (the first, python3, provides the expected output), then times
    /// `runs` rounds that run every invocation in turn.
    fn measure(&self, invocations: &[Invocation]) -> Result<Vec<Measured>, String> {
        self.progress.show(&format!("{}: warm-up", self.step));
        let expected = run_once(&invocations[0], self.scratch)?;
        let mut measured: Vec<Measured> = invocations
            .iter()
            .map(|invocation| Measured {
                label: invocation.label.clone(),
                seconds: Vec::with_capacity(self.runs),
                peak_rss_kib: 0,
                matched: true,
            })
            .collect();
        for (invocation, figures) in invocations.iter().zip(&mut measured).skip(1) {
            let outcome = run_once(invocation, self.scratch)?;
            self.check(&expected, &outcome, figures, "warm-up");
        }
        for round in 1..=self.runs {
            self.progress
                .show(&format!("{}: run {round}/{}", self.step, self.runs));
            for (invocation, figures) in invocations.iter().zip(&mut measured) {
                let outcome = run_once(invocation, self.scratch)?;
                figures.seconds.push(outcome.seconds);
                figures.peak_rss_kib = figures.peak_rss_kib.max(outcome.peak_rss_kib);
                self.check(&expected, &outcome, figures, &format!("run {round}"));
            }
        }
        Ok(measured)
    }

    /// Reports the first run of an invocation whose output differs from python3's.
    fn check(&self, expected: &Outcome, outcome: &Outcome, figures: &mut Measured, run: &str) {
        if !figures.matched {
            return;
        }
        if let Some(difference) = describe_mismatch(expected, outcome) {
            figures.matched = false;
            self.progress.note(&format!(
                "MISMATCH: {}: {} ({run}) differs from {REFERENCE}: {difference}",
                self.name, figures.label
            ));
        }
    }
}

/// The figures of one program.
struct ProgramReport {
    name: String,
    path: String,
    build_ms: f64,
    /// python3 first, the executable second, then each `--vs` interpreter found, in order.
    measured: Vec<Measured>,
}

impl ProgramReport {
    fn python(&self) -> &Measured {
        &self.measured[0]
    }

    fn closc(&self) -> &Measured {
        &self.measured[1]
    }

    fn others(&self) -> &[Measured] {
        &self.measured[2..]
    }

    /// What the executable is compared with: python3, then each `--vs` interpreter.
    fn baselines(&self) -> impl Iterator<Item = &Measured> {
        std::iter::once(self.python()).chain(self.others())
    }

    /// How many times faster the executable ran than `baseline`; `None` if either's output
    /// differed from python3's.
    fn speedup_over(&self, baseline: &Measured) -> Option<f64> {
        let closc = self.closc();
        (baseline.matched && closc.matched).then(|| baseline.median() / closc.median())
    }

    fn all_matched(&self) -> bool {
        self.measured.iter().all(|m| m.matched)
    }
}

/// The median of `values`, which must not be empty.
fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    if sorted.len().is_multiple_of(2) {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    } else {
        sorted[middle]
    }
}

/// The geometric mean of `values`, or `None` if there are none.
fn geometric_mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mean_log = values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64;
    Some(mean_log.exp())
}

/// The geometric means of the speedups over python3 and over each of `interpreters` `--vs`
/// interpreters, skipping mismatches.
fn mean_speedups(reports: &[ProgramReport], interpreters: usize) -> Vec<Option<f64>> {
    (0..=interpreters)
        .map(|baseline| {
            let speedups: Vec<f64> = reports
                .iter()
                .filter_map(|report| {
                    let baseline = report.baselines().nth(baseline)?;
                    report.speedup_over(baseline)
                })
                .collect();
            geometric_mean(&speedups)
        })
        .collect()
}

fn speedup_cell(speedup: Option<f64>) -> String {
    match speedup {
        Some(value) => format!("{value:.2}"),
        None => "MISMATCH".to_string(),
    }
}

fn mean_cell(mean: Option<f64>) -> String {
    match mean {
        Some(value) => format!("{value:.2}"),
        None => "-".to_string(),
    }
}

/// The table printed on stdout: a Markdown table with one row per program and a final row of
/// geometric means of the speedups.
fn render_table(reports: &[ProgramReport], interpreters: &[String]) -> String {
    let mut header: Vec<String> = [
        "program",
        "python3 median (s)",
        "closc median (s)",
        "speedup (x)",
        "python3 peak RSS (MB)",
        "closc peak RSS (MB)",
        "build (ms)",
    ]
    .map(String::from)
    .to_vec();
    for label in interpreters {
        header.push(format!("{label} median (s)"));
        header.push(format!("speedup vs {label} (x)"));
    }
    let mut rows: Vec<Vec<String>> = reports
        .iter()
        .map(|report| {
            let mut row = vec![
                report.name.clone(),
                format!("{:.3}", report.python().median()),
                format!("{:.3}", report.closc().median()),
                speedup_cell(report.speedup_over(report.python())),
                format!("{:.1}", report.python().peak_rss_mb()),
                format!("{:.1}", report.closc().peak_rss_mb()),
                format!("{:.0}", report.build_ms),
            ];
            for other in report.others() {
                row.push(format!("{:.3}", other.median()));
                row.push(speedup_cell(report.speedup_over(other)));
            }
            row
        })
        .collect();
    let mean_speedups = mean_speedups(reports, interpreters.len());
    let mut means: Vec<String> = [
        "geometric mean",
        "",
        "",
        &mean_cell(mean_speedups[0]),
        "",
        "",
        "",
    ]
    .map(String::from)
    .to_vec();
    for mean in &mean_speedups[1..] {
        means.push(String::new());
        means.push(mean_cell(*mean));
    }
    rows.push(means);
    format_columns(&header, &rows)
}

/// Lays out a Markdown table with padded columns: the first left-aligned, the rest right-aligned.
fn format_columns(header: &[String], rows: &[Vec<String>]) -> String {
    let widths: Vec<usize> = (0..header.len())
        .map(|column| {
            std::iter::once(header)
                .chain(rows.iter().map(Vec::as_slice))
                .map(|row| row[column].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| {
        let mut text = String::from("|");
        for (column, (cell, &width)) in cells.iter().zip(&widths).enumerate() {
            if column == 0 {
                write!(text, " {cell:<width$} |").unwrap();
            } else {
                write!(text, " {cell:>width$} |").unwrap();
            }
        }
        text + "\n"
    };
    let mut table = line(header);
    table.push('|');
    for (column, &width) in widths.iter().enumerate() {
        if column == 0 {
            write!(table, "{}|", "-".repeat(width + 2)).unwrap();
        } else {
            write!(table, "{}:|", "-".repeat(width + 1)).unwrap();
        }
    }
    table.push('\n');
    for row in rows {
        table += &line(row);
    }
    table
}

/// The figures as JSON: seconds, megabytes (MiB) and milliseconds, `null` where a speedup is
/// not meaningful because an output differed from python3's.
fn render_json(
    runs: usize,
    reports: &[ProgramReport],
    interpreters: &[String],
    build_failures: &[String],
) -> String {
    let mut json = format!("{{\n  \"runs\": {runs},\n  \"programs\": [");
    for (index, report) in reports.iter().enumerate() {
        json += if index == 0 { "\n" } else { ",\n" };
        write!(
            json,
            "    {{\n      \"program\": {},\n      \"path\": {},\n      \"build_ms\": {},\n      \"commands\": [",
            json_string(&report.name),
            json_string(&report.path),
            json_number(report.build_ms)
        )
        .unwrap();
        for (position, measured) in report.measured.iter().enumerate() {
            let times: Vec<String> = measured.seconds.iter().map(|&s| json_number(s)).collect();
            write!(
                json,
                "{}\n        {{\"command\": {}, \"matched\": {}, \"median_s\": {}, \"peak_rss_mb\": {}, \"times_s\": [{}]}}",
                if position == 0 { "" } else { "," },
                json_string(&measured.label),
                measured.matched,
                json_number(measured.median()),
                json_number(measured.peak_rss_mb()),
                times.join(", ")
            )
            .unwrap();
        }
        let speedups: Vec<String> = report
            .baselines()
            .map(|baseline| {
                let speedup = report.speedup_over(baseline);
                format!(
                    "{}: {}",
                    json_string(&baseline.label),
                    json_optional(speedup)
                )
            })
            .collect();
        write!(
            json,
            "\n      ],\n      \"speedups\": {{{}}}\n    }}",
            speedups.join(", ")
        )
        .unwrap();
    }
    let means: Vec<String> = std::iter::once(REFERENCE)
        .chain(interpreters.iter().map(String::as_str))
        .zip(mean_speedups(reports, interpreters.len()))
        .map(|(label, mean)| format!("{}: {}", json_string(label), json_optional(mean)))
        .collect();
    let failures: Vec<String> = build_failures.iter().map(|f| json_string(f)).collect();
    write!(
        json,
        "\n  ],\n  \"geometric_mean_speedups\": {{{}}},\n  \"build_failures\": [{}]\n}}\n",
        means.join(", "),
        failures.join(", ")
    )
    .unwrap();
    json
}

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            c if u32::from(c) < 0x20 => write!(quoted, "\\u{:04x}", u32::from(c)).unwrap(),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// `value` as a JSON number, or `null` if it is infinite or NaN (which JSON cannot express).
fn json_number(value: f64) -> String {
    if value.is_finite() {
        format!("{value}")
    } else {
        "null".to_string()
    }
}

fn json_optional(value: Option<f64>) -> String {
    value.map_or_else(|| "null".to_string(), json_number)
}

/// The progress line on stderr, redrawn in place; silent when stderr is not a terminal.
struct Progress {
    live: bool,
}

impl Progress {
    fn new() -> Progress {
        Progress {
            live: io::stderr().is_terminal(),
        }
    }

    fn show(&self, text: &str) {
        if self.live {
            eprint!("\r\x1b[K{text}");
        }
    }

    fn clear(&self) {
        if self.live {
            eprint!("\r\x1b[K");
        }
    }

    /// Prints `message` on stderr on a line of its own; the next `show` redraws the progress.
    fn note(&self, message: &str) {
        self.clear();
        eprintln!("{message}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measured(label: &str, seconds: &[f64], peak_rss_kib: i64, matched: bool) -> Measured {
        Measured {
            label: label.to_string(),
            seconds: seconds.to_vec(),
            peak_rss_kib,
            matched,
        }
    }

    fn outcome(code: i32, stdout: &str, stderr: &str) -> Outcome {
        Outcome {
            status: ExitStatus::from_raw(code << 8),
            stdout: stdout.as_bytes().to_vec(),
            stderr: stderr.as_bytes().to_vec(),
            seconds: 0.0,
            peak_rss_kib: 0,
        }
    }

    fn sample_reports() -> Vec<ProgramReport> {
        vec![
            ProgramReport {
                name: "fib.py".to_string(),
                path: "bench/fib.py".to_string(),
                build_ms: 812.4,
                measured: vec![
                    measured("python3", &[1.0, 1.2, 0.9], 10240, true),
                    measured("closc", &[0.1, 0.1, 0.2], 2048, true),
                    measured("pypy3", &[0.2, 0.3, 0.2], 81920, true),
                ],
            },
            ProgramReport {
                name: "trees.py".to_string(),
                path: "bench/trees.py".to_string(),
                build_ms: 95.0,
                measured: vec![
                    measured("python3", &[2.0], 20480, true),
                    measured("closc", &[0.5], 4096, false),
                    measured("pypy3", &[1.0], 51200, true),
                ],
            },
        ]
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(median(&[7.5]), 7.5);
    }

    #[test]
    fn geometric_mean_of_speedups() {
        assert_eq!(geometric_mean(&[]), None);
        let mean = geometric_mean(&[2.0, 8.0]).unwrap();
        assert!((mean - 4.0).abs() < 1e-12);
        let mean = geometric_mean(&[0.5, 2.0, 1.0]).unwrap();
        assert!((mean - 1.0).abs() < 1e-12);
    }

    #[test]
    fn table_has_aligned_columns_and_a_mean_row() {
        let table = render_table(&sample_reports(), &["pypy3".to_string()]);
        let expected = "\
| program        | python3 median (s) | closc median (s) | speedup (x) | python3 peak RSS (MB) | closc peak RSS (MB) | build (ms) | pypy3 median (s) | speedup vs pypy3 (x) |
|----------------|-------------------:|-----------------:|------------:|----------------------:|--------------------:|-----------:|-----------------:|---------------------:|
| fib.py         |              1.000 |            0.100 |       10.00 |                  10.0 |                 2.0 |        812 |            0.200 |                 2.00 |
| trees.py       |              2.000 |            0.500 |    MISMATCH |                  20.0 |                 4.0 |         95 |            1.000 |             MISMATCH |
| geometric mean |                    |                  |       10.00 |                       |                     |            |                  |                 2.00 |
";
        assert_eq!(table, expected);
    }

    #[test]
    fn table_without_programs_still_has_a_mean_row() {
        let table = render_table(&[], &[]);
        assert_eq!(table.lines().count(), 3);
        assert!(table
            .lines()
            .last()
            .unwrap()
            .starts_with("| geometric mean |"));
        assert!(table.contains("|           - |"));
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_string("fib.py"), "\"fib.py\"");
        assert_eq!(
            json_string("a \"b\" \\c\nd\te\r"),
            "\"a \\\"b\\\" \\\\c\\nd\\te\\r\""
        );
        assert_eq!(json_string("\u{1}\u{1f}é"), "\"\\u0001\\u001fé\"");
    }

    #[test]
    fn json_numbers_avoid_nan_and_infinity() {
        assert_eq!(json_number(0.25), "0.25");
        assert_eq!(json_number(3.0), "3");
        assert_eq!(json_number(f64::INFINITY), "null");
        assert_eq!(json_number(f64::NAN), "null");
        assert_eq!(json_optional(None), "null");
    }

    #[test]
    fn json_report_has_every_figure() {
        let json = render_json(
            3,
            &sample_reports(),
            &["pypy3".to_string()],
            &["bad \"one\".py".to_string()],
        );
        assert!(json.starts_with("{\n  \"runs\": 3,\n  \"programs\": [\n    {\n"));
        assert!(json.contains("\"program\": \"fib.py\""));
        assert!(json.contains("\"build_ms\": 812.4"));
        assert!(json.contains(
            "{\"command\": \"closc\", \"matched\": false, \"median_s\": 0.5, \"peak_rss_mb\": 4, \"times_s\": [0.5]}"
        ));
        assert!(json.contains("\"speedups\": {\"python3\": 10, \"pypy3\": 2}"));
        assert!(json.contains("\"speedups\": {\"python3\": null, \"pypy3\": null}"));
        // exp(ln 10) is not exactly 10.
        assert!(json.contains("\"geometric_mean_speedups\": {\"python3\": 10.0000"));
        assert!(json.contains(", \"pypy3\": 2},\n"));
        assert!(json.ends_with("\"build_failures\": [\"bad \\\"one\\\".py\"]\n}\n"));
    }

    #[test]
    fn measure_reports_the_status_rss_and_time() {
        let report = std::env::temp_dir().join(format!("closc-measure-{}", std::process::id()));
        let status = super::measure(
            &report,
            std::ffi::OsStr::new("sh"),
            &["-c".into(), "exit 3".into()],
        );
        assert_eq!(status, Ok(3));
        let text = std::fs::read_to_string(&report).expect("a report");
        let (rss, seconds) = text.split_once(' ').expect("two figures");
        assert!(rss.parse::<i64>().expect("KiB") > 0);
        assert!(seconds.parse::<f64>().expect("seconds") >= 0.0);
        let killed = super::measure(
            &report,
            std::ffi::OsStr::new("sh"),
            &["-c".into(), "kill -9 $$".into()],
        );
        assert_eq!(killed, Ok(128 + 9));
        let _ = std::fs::remove_file(&report);
    }

    #[test]
    fn mismatch_names_the_first_differing_line_and_the_status() {
        let expected = outcome(0, "1\n2\n3\n", "");
        assert!(describe_mismatch(&expected, &outcome(0, "1\n2\n3\n", "noise")).is_none());
        assert_eq!(
            describe_mismatch(&expected, &outcome(0, "1\n5\n3\n", "")).unwrap(),
            "stdout line 2 is \"5\" instead of \"2\""
        );
        assert_eq!(
            describe_mismatch(&expected, &outcome(1, "1\n", "Traceback\nZeroDivisionError\n"))
                .unwrap(),
            "exit status: 1 instead of exit status: 0; stdout line 2 is the end of output instead of \"2\"; \
             its stderr ends with \"ZeroDivisionError\""
        );
    }

    #[test]
    fn pypy_is_compared_with_when_present() {
        let owned = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(compared_commands(&[], true), (owned(&["pypy3"]), None));
        assert_eq!(
            compared_commands(&owned(&["python3.12"]), true),
            (owned(&["pypy3", "python3.12"]), None)
        );
        assert_eq!(
            compared_commands(&owned(&["pypy3 -O"]), true),
            (owned(&["pypy3 -O"]), None)
        );
        let (commands, note) = compared_commands(&[], false);
        assert!(commands.is_empty());
        assert!(note.unwrap().contains("pypy3"));
        // Asked for explicitly, a missing pypy3 gets the usual "not found" note instead.
        assert_eq!(
            compared_commands(&owned(&["pypy3"]), false),
            (owned(&["pypy3"]), None)
        );
    }

    #[test]
    fn missing_programs_are_not_found() {
        assert!(Interpreter::find("closc-bench-no-such-interpreter").is_none());
        assert!(Interpreter::find("").is_none());
        let shell = Interpreter::find("sh -e").unwrap();
        assert_eq!(shell.args, ["-e"]);
        let invocation = shell.invocation(Path::new("x.py"));
        assert_eq!(invocation.args, ["-e", "x.py"]);
    }
}
