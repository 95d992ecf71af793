//! closc-runtime: the objects, operators, builtins and allocator linked into every
//! executable closc builds. Generated code uses only the C ABI in `abi`.
//!
//! The folders follow CPython's: `objects` (one file per type), `protocols` (what cuts
//! across types), `modules` (one file per importable module, `builtins` included) and
//! `memory` (allocator and collector). At the top: the C ABI surface (`abi`), process start
//! and finish (`startup`) and standard output and error (`output`).

mod abi;
mod memory;
mod modules;
mod objects;
mod output;
mod protocols;
mod startup;
#[cfg(test)]
mod tests;
