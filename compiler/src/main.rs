//! The `closc` command line: build, run and (with `--emit`) show each stage of the pipeline.

use clap::{Parser, Subcommand, ValueEnum};
use closc::{bench, cache, codegen, diag, link, lower, modules};
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
        /// Also look for imported modules in DIR (after the program's folder; repeatable).
        #[arg(short = 'I', long = "path", value_name = "DIR")]
        include: Vec<PathBuf>,
        /// Keep symbols, named py:MODULE.QUALNAME, and write DWARF line tables mapping the
        /// machine code to the .py lines (for perf, gdb, addr2line).
        #[arg(short = 'g')]
        debug: bool,
    },
    /// Compile a program into a temporary directory, run it and exit with its status.
    Run {
        file: PathBuf,
        /// Also look for imported modules in DIR (after the program's folder; repeatable).
        #[arg(short = 'I', long = "path", value_name = "DIR")]
        include: Vec<PathBuf>,
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
        /// Also time this interpreter (repeatable; skipped if not on PATH). pypy3 is timed
        /// by default when it is on PATH.
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
        Command::Build {
            file,
            output,
            emit,
            include,
            debug,
        } => build(&file, output, emit, &include, debug).map(|()| 0),
        Command::Run {
            file,
            include,
            args,
        } => run(&file, &include, &args),
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
                build(source, Some(output.to_path_buf()), None, &[], false)
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

/// Renders problems found in the program's modules, module by module.
fn render_errors(program: &modules::Program, errors: Vec<(usize, diag::Diagnostic)>) -> String {
    let mut by_module: Vec<(usize, Vec<diag::Diagnostic>)> = Vec::new();
    for (module, diagnostic) in errors {
        match by_module.iter_mut().find(|(m, _)| *m == module) {
            Some((_, found)) => found.push(diagnostic),
            None => by_module.push((module, vec![diagnostic])),
        }
    }
    by_module
        .into_iter()
        .map(|(module, found)| program.diagnostics(module, found).render())
        .collect()
}

/// Prints each module's stage output, with a header per module when there are several.
fn print_per_module(program: &modules::Program, mut show: impl FnMut(usize) -> String) {
    for (index, module) in program.modules.iter().enumerate() {
        if program.modules.len() > 1 {
            println!("# module {} ({})", module.name, module.display);
        }
        print!("{}", show(index));
    }
}

/// Runs the pipeline up to `emit` (or to the end) and writes the executable to `output`,
/// with symbols and line tables if `debug`.
fn build(
    file: &Path,
    output: Option<PathBuf>,
    emit: Option<Stage>,
    include: &[PathBuf],
    debug: bool,
) -> Result<(), String> {
    let program = modules::load(file, include).map_err(|failure| match failure {
        Ok(errors) => errors.iter().map(|e| e.render()).collect(),
        Err(message) => message,
    })?;
    for (module, warning) in &program.warnings {
        let m = &program.modules[*module];
        eprint!(
            "{}",
            diag::render_as("warning", &m.display, &m.source, warning)
        );
    }
    if emit == Some(Stage::Ast) {
        print_per_module(&program, |i| format!("{:#?}\n", program.modules[i].ast));
        return Ok(());
    }
    // A build compiles the program's own modules into one object and links each shipped
    // module's cached object; the views of `--emit` show every module as one unit.
    let (members, shipped): (Vec<usize>, Vec<usize>) = if emit.is_some() {
        ((0..program.modules.len()).collect(), Vec::new())
    } else {
        (0..program.modules.len()).partition(|&i| !program.modules[i].shipped)
    };
    let scope_trees =
        closc::front_end(&program, &members).map_err(|errors| render_errors(&program, errors))?;
    if emit == Some(Stage::Scopes) {
        print_per_module(&program, |i| scope_trees[i].dump());
        return Ok(());
    }
    let program_ir = lower::lower(&program, &members, &scope_trees)
        .map_err(|errors| render_errors(&program, errors))?;
    if emit == Some(Stage::Ir) {
        print!("{program_ir}");
        return Ok(());
    }
    let shipped_inits: Vec<String> = shipped
        .iter()
        .map(|&i| codegen::shipped_init_symbol(&program.modules[i].name))
        .collect();
    let unit = codegen::Unit::Program {
        natives: &program.natives,
        shipped_inits: &shipped_inits,
    };
    let compiled = codegen::compile(&program_ir, &unit, emit == Some(Stage::Clif), debug)
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
    let scratch = tempfile::tempdir().map_err(|e| format!("closc: {e}\n"))?;
    let runtime = cache::runtime_library(scratch.path()).map_err(|e| format!("closc: {e}\n"))?;
    let object_path = scratch.path().join("program.o");
    std::fs::write(&object_path, &compiled.object).map_err(|e| format!("closc: {e}\n"))?;
    let mut objects = vec![object_path];
    for (&index, init) in shipped.iter().zip(&shipped_inits) {
        // Objects with debug information are cached apart: without -g nothing changes.
        let suffix = if debug { "g.o" } else { "o" };
        let name = format!("{}.{suffix}", program.modules[index].name);
        let object = cache::cached(&name, scratch.path(), || {
            compile_shipped(&program, index, init, debug)
        });
        objects.push(object.map_err(|e| format!("closc: {e}\n"))?);
    }
    link::link(&objects, &runtime, &output, debug).map_err(|e| format!("closc: {e}\n"))
}

/// The object file of the shipped module `index`: a unit of its own, which any program that
/// imports the module can link; with line tables if `debug`.
fn compile_shipped(
    program: &modules::Program,
    index: usize,
    init: &str,
    debug: bool,
) -> Result<Vec<u8>, String> {
    let scope_trees =
        closc::front_end(program, &[index]).map_err(|errors| render_errors(program, errors))?;
    let module_ir = lower::lower(program, &[index], &scope_trees)
        .map_err(|errors| render_errors(program, errors))?;
    let compiled = codegen::compile(&module_ir, &codegen::Unit::Shipped { init }, false, debug)
        .map_err(|e| format!("internal error: {e}\n"))?;
    Ok(compiled.object)
}

fn run(file: &Path, include: &[PathBuf], args: &[String]) -> Result<i32, String> {
    let scratch = tempfile::tempdir().map_err(|e| format!("closc: {e}\n"))?;
    let executable = scratch.path().join("program");
    build(file, Some(executable.clone()), None, include, false)?;
    let status = std::process::Command::new(&executable)
        .args(args)
        .status()
        .map_err(|e| format!("closc: cannot run the program: {e}\n"))?;
    Ok(status.code().unwrap_or(1))
}
