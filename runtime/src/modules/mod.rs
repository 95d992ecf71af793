//! The importable modules (CPython's `Modules/`), one file or folder per module, `builtins`
//! included, and the import system (`import.rs`). A module's classes are native classes
//! (`objects::native_class`) whose behaviour is their namespace of native methods, so
//! nothing outside this folder names a module's types.
//!
//! May use: `objects`, `protocols`, `memory`.

pub mod array;
pub mod asyncio;
pub mod atexit;
pub mod binascii;
pub mod builtins;
pub mod collections;
pub mod errno;
pub mod functools;
pub mod gc;
pub mod hashlib;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
mod math_special;
pub mod operator;
pub mod posix;
pub mod pwd;
pub mod random;
pub mod re;
pub mod r#struct;
pub mod structseq;
pub mod sys;
pub mod time;
pub mod traceback;

mod import;

pub use import::{import_from, import_name, import_star, run_main};

use crate::objects::function::{self, NativeFn};
use crate::objects::module::{new_module_object, ModuleObj};
use crate::objects::str as pystr;
use crate::objects::value::{none, Value};

fn new_native_module(name: &str, entries: &[(&'static str, Value)]) -> Value {
    let m = new_module_object(pystr::new(name), 0, Value::NULL);
    if let Some(m) = m.get::<ModuleObj>() {
        let dunders = [
            ("__name__", pystr::new(name)),
            ("__doc__", none()),
            ("__package__", pystr::new("")),
            ("__loader__", none()),
            ("__spec__", none()),
        ];
        for (k, v) in dunders.iter().chain(entries) {
            m.set(pystr::intern(k), *v).expect("str keys hash");
        }
    }
    m
}

/// The values the modules hold outside module objects, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    import::gc_roots(visit);
    asyncio::gc_roots(visit);
    io::gc_roots(visit);
    atexit::gc_roots(visit);
    re::gc_roots(visit);
}

/// A module entry holding a native function.
fn builtin(name: &'static str, f: NativeFn) -> (&'static str, Value) {
    (name, function::new_builtin(name, f))
}

/// Makes the entries of a native module.
type Entries = fn() -> Vec<(&'static str, Value)>;

/// The native modules, by name.
fn native_entries(name: &str) -> Option<Entries> {
    Some(match name {
        "sys" => sys::entries,
        "math" => math::entries,
        "functools" => functools::entries,
        "gc" => gc::entries,
        "io" => io::entries,
        "itertools" => itertools::entries,
        "_collections" => collections::entries,
        "operator" => operator::entries,
        "errno" => errno::entries,
        "_json" => json::entries,
        "asyncio" => asyncio::entries,
        "_random" => random::entries,
        "hashlib" => hashlib::entries,
        "posix" => posix::entries,
        "time" => time::entries,
        "pwd" => pwd::entries,
        "atexit" => atexit::entries,
        "traceback" => traceback::entries,
        "_sre" => re::entries,
        "struct" => r#struct::entries,
        "binascii" => binascii::entries,
        "array" => array::entries,
        _ => return None,
    })
}
