//! closc: an ahead-of-time compiler from Python 3.11 to native executables.
//!
//! The pipeline is a sequence of small passes, each with a typed input and output:
//! `parse` (source to syntax tree) → `scopes` (symbol table, with `captures` marking the
//! variables closures can capture by value) → `lower` (closure conversion to closc's IR) → `codegen` (Cranelift object file) → `link` (`cc` with the runtime library).
//! Codegen consults two analyses of the IR: `unboxed` (raw floats) and `int_clone` (functions
//! also compiled over machine integers).

pub mod bench;
pub mod captures;
pub mod codegen;
pub mod diag;
pub mod int_clone;
pub mod ir;
pub mod link;
pub mod lower;
pub mod parse;
pub mod patterns;
pub mod scopes;
pub mod unboxed;

use diag::Diagnostic;

/// The front half of the pipeline: source text to IR, or every problem found.
pub fn compile_to_ir(source: &str) -> Result<ir::Module, Vec<Diagnostic>> {
    let module = parse::parse(source)?;
    let mut scopes = scopes::analyze(&module)?;
    captures::find_frozen(&module, &mut scopes);
    lower::lower(&module, &scopes)
}
