//! The `closc` command line: build, run and (with `--emit`) show each stage of the pipeline.

use clap::{Parser, Subcommand, ValueEnum};
use closc::{bench, captures, codegen, diag, link, lower, parse, scopes};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "closc",
    version,
    about = "Compile Python 3.11 programs to native executables"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program into a standalone executable.
    Build {
        file: PathBuf,
        /// Output path (default: the file's stem, in the current directory).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Print one stage's output instead of building (obj writes FILE.o).
        #[arg(long, value_enum)]
        emit: Option<Stage>,
    },
    /// Compile a program into a temporary directory, run it and exit with its status.
    Run {
        file: PathBuf,
        /// Arguments passed to the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Time programs under python3 and as closc executables, alternately, and check their
    /// outputs agree.
    Bench {
        /// The programs to benchmark (e.g. bench/*.py).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Timed runs of each command per program.
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Also time this interpreter, e.g. pypy3 (repeatable; skipped if not on PATH).
        #[arg(long)]
        vs: Vec<String>,
        /// Also write the figures as JSON to this file.
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// Run a program and write its peak RSS (KiB) and wall time (s) to REPORT; `bench`
    /// runs every timed command through this.
    #[command(hide = true)]
    Measure {
        #[arg(long)]
        report: PathBuf,
        program: std::ffi::OsString,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<std::ffi::OsString>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Stage {
    Ast,
    Scopes,
    Ir,
    Clif,
    Obj,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build { file, output, emit } => build(&file, output, emit).map(|()| 0),
        Command::Run { file, args } => run(&file, &args),
        Command::Bench {
            files,
            runs,
            vs,
            json,
        } => {
            let options = bench::BenchOptions {
                files,
                runs,
                vs,
                json,
            };
            bench::bench(&options, &|source, output| {
                build(source, Some(output.to_path_buf()), None)
            })
            .map(|all_matched| if all_matched { 0 } else { 1 })
        }
        Command::Measure {
            report,
            program,
            args,
        } => bench::measure(&report, &program, &args),
    };
    match result {
        Ok(status) => ExitCode::from(status as u8),
        Err(message) => {
            eprint!("{message}");
            ExitCode::from(1)
        }
    }
}

fn read_source(file: &Path) -> Result<String, String> {
    std::fs::read_to_string(file)
        .map_err(|e| format!("closc: cannot read {}: {e}\n", file.display()))
}

fn render_all(file: &Path, source: &str, diagnostics: &[diag::Diagnostic]) -> String {
    let name = file.display().to_string();
    diagnostics
        .iter()
        .map(|d| diag::render(&name, source, d))
        .collect()
}

/// Runs the pipeline up to `emit` (or to the end) and writes the executable to `output`.
fn build(file: &Path, output: Option<PathBuf>, emit: Option<Stage>) -> Result<(), String> {
    let source = read_source(file)?;
    let fail = |d: Vec<diag::Diagnostic>| render_all(file, &source, &d);
    let module = parse::parse(&source).map_err(fail)?;
    if emit == Some(Stage::Ast) {
        println!("{module:#?}");
        return Ok(());
    }
    let mut scope_tree = scopes::analyze(&module).map_err(fail)?;
    captures::find_frozen(&module, &mut scope_tree);
    if emit == Some(Stage::Scopes) {
        print!("{}", scope_tree.dump());
        return Ok(());
    }
    let program = lower::lower(&module, &scope_tree).map_err(fail)?;
    if emit == Some(Stage::Ir) {
        print!("{program}");
        return Ok(());
    }
    let compiled = codegen::compile(&program, emit == Some(Stage::Clif))
        .map_err(|e| format!("closc: internal error: {e}\n"))?;
    if emit == Some(Stage::Clif) {
        print!("{}", compiled.clif);
        return Ok(());
    }
    let stem = file.file_stem().unwrap_or_default();
    if emit == Some(Stage::Obj) {
        let object_path = output.unwrap_or_else(|| PathBuf::from(stem).with_extension("o"));
        return std::fs::write(&object_path, &compiled.object)
            .map_err(|e| format!("closc: cannot write {}: {e}\n", object_path.display()));
    }
    let output = output.unwrap_or_else(|| PathBuf::from(stem));
    let runtime = link::find_runtime().map_err(|e| format!("closc: {e}\n"))?;
    let scratch = tempfile::tempdir().map_err(|e| format!("closc: {e}\n"))?;
    let object_path = scratch.path().join("program.o");
    std::fs::write(&object_path, &compiled.object).map_err(|e| format!("closc: {e}\n"))?;
    link::link(&object_path, &runtime, &output).map_err(|e| format!("closc: {e}\n"))
}

fn run(file: &Path, args: &[String]) -> Result<i32, String> {
    let scratch = tempfile::tempdir().map_err(|e| format!("closc: {e}\n"))?;
    let executable = scratch.path().join("program");
    build(file, Some(executable.clone()), None)?;
    let status = std::process::Command::new(&executable)
        .args(args)
        .status()
        .map_err(|e| format!("closc: cannot run the program: {e}\n"))?;
    Ok(status.code().unwrap_or(1))
}
