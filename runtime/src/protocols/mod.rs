//! The protocols that cut across types (CPython's `Python/` and `Objects/abstract.c`):
//! attribute access and its caches, calls and argument binding, operators and the dunder
//! protocol, iteration, subscription, `repr`/`str`/formatting, sorting, `match` tests,
//! context managers and the suggestions of NameError and AttributeError.
//!
//! May use: `objects`, `memory`; never a particular library module.

pub mod args;
pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod context;
pub mod dunders;
pub mod finalize;
pub mod format_spec;
pub mod formatting;
pub mod item;
pub mod iter;
pub mod matching;
pub mod ops;
// The variants of `PrintfErrorKind` are named after the Python exceptions they stand for.
#[allow(clippy::enum_variant_names)]
pub mod printf;
pub mod repr;
pub mod sort;
pub mod suggest;
pub mod traceback;
