//! closc: an ahead-of-time compiler from Python 3.11 to native executables.
//!
//! The pipeline is a sequence of small passes, each with a typed input and output:
//! `parse` (source to syntax tree) → `scopes` (symbol table, with `captures` marking the
//! variables closures can capture by value) → `lower` (closure conversion to closc's IR) → `codegen` (Cranelift object file) → `link` (`cc` with the runtime library).
//! Codegen consults three analyses of the IR: `unboxed` (raw floats), `int_clone` (functions
//! also compiled over machine integers) and `stackless` (generator bodies compiled as
//! resumable functions, and what each `yield` saves).

pub mod bench;
pub mod cache;
pub mod captures;
pub mod codegen;
pub mod diag;
pub mod future;
pub mod int_clone;
pub mod ir;
pub mod link;
pub mod lower;
pub mod modules;
pub mod parse;
pub mod patterns;
pub mod scopes;
pub mod shipped;
pub mod stackless;
pub mod unboxed;

use diag::Diagnostic;

/// The front half of the pipeline for a program of one file (its imports are not
/// followed): source text to IR, or every problem found.
pub fn compile_to_ir(source: &str) -> Result<ir::Module, Vec<Diagnostic>> {
    let program = modules::Program::single(source)?;
    let scopes = front_end(&program, &[0])
        .map_err(|errors| errors.into_iter().map(|(_, d)| d).collect::<Vec<_>>())?;
    lower::lower(&program, &[0], &scopes)
        .map_err(|errors| errors.into_iter().map(|(_, d)| d).collect())
}

/// Scope analysis (with its checks) of the modules `members` (indices into the program's
/// modules), and the variables captured by value; problems come with their module's index.
pub fn front_end(
    program: &modules::Program,
    members: &[usize],
) -> Result<Vec<scopes::ScopeTree>, Vec<(usize, Diagnostic)>> {
    let mut trees = Vec::new();
    let mut errors = Vec::new();
    for &index in members {
        let module = &program.modules[index];
        match scopes::analyze(&module.ast) {
            Ok(mut tree) => {
                captures::find_frozen(&module.ast, &mut tree);
                trees.push(tree);
            }
            Err(found) => errors.extend(found.into_iter().map(|d| (index, d))),
        }
    }
    if errors.is_empty() {
        Ok(trees)
    } else {
        Err(errors)
    }
}
