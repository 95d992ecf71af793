//! closc-runtime: the objects, operators, builtins and allocator linked into every
//! executable closc builds. Generated code uses only the C ABI in `abi`.

mod abi;
mod args;
mod attr;
mod attr_cache;
mod builtins;
mod call;
mod class;
mod collections;
mod context;
mod dict;
mod dunders;
mod exceptions;
mod float;
mod float_repr;
mod format_spec;
mod formatting;
mod function;
mod functools;
mod gc;
#[cfg(test)]
mod gc_tests;
mod generator;
mod heap;
mod int;
mod item;
mod iter;
mod itertools;
mod list;
mod matching;
mod methods;
mod modules;
mod operator;
mod ops;
mod output;
// The variants of `PrintfErrorKind` are named after the Python exceptions they stand for.
#[allow(clippy::enum_variant_names)]
mod printf;
mod range;
mod repr;
mod roots;
mod set;
mod sort;
mod startup;
mod stdlib;
mod str;
mod str_methods;
mod suggest;
mod super_obj;
#[cfg(test)]
mod tests;
mod tuple;
mod types;
mod unicode;
#[rustfmt::skip]
mod unicode_data;
mod valgrind;
mod value;
