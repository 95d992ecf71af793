//! Memory: the allocator (`heap`: size-classed blocks with mark bitmaps and the inline
//! allocation states generated code uses), the mark-sweep collector (`gc`), the roots it
//! starts from (`roots`: module globals, runtime handles, the conservatively scanned native
//! stack), the weak reference table (`weak`) and valgrind's client requests.
//!
//! May use: `objects::value` for headers and kinds, and each object type's layout to trace
//! it; nothing above (protocols, modules).

pub mod gc;
#[cfg(test)]
mod gc_tests;
pub mod heap;
pub mod roots;
pub mod valgrind;
pub mod weak;
