//! The object types, one file per builtin type (CPython's `Objects/`): the value
//! representation and object headers (`value`), each type's layout, constructors and
//! methods, and the type objects themselves (`types`).
//!
//! May use: `memory` (allocation, rooting) and the `protocols` that cut across types;
//! never a particular library module.

pub mod builtin_subclass;
pub mod bytes;
pub mod bytes_methods;
pub mod class;
pub mod codecs;
pub mod complex;
pub mod coroutine;
pub mod dict;
pub mod exception_group;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod float_repr;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod list;
pub mod memoryview;
pub mod metaclass;
pub mod methods;
pub mod module;
pub mod native_class;
pub mod range;
pub mod set;
pub mod slots;
pub mod str;
pub mod str_methods;
pub mod super_obj;
pub mod text_search;
pub mod tuple;
pub mod types;
pub mod unicode;
#[rustfmt::skip]
pub mod unicode_data;
pub mod value;
