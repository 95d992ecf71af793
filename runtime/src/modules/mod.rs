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
pub mod weakref;

mod import;

pub use import::{dunder_import, import_from, import_name, import_star, run_main};

use crate::objects::function::{self, NativeFn};
use crate::objects::module::{new_module_object, ModuleObj};
use crate::objects::str as pystr;
use crate::objects::value::{none, Value};
use std::cell::RefCell;

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

thread_local! {
    /// The native modules the program may import, by name, as its `main` registers them.
    static NATIVE: RefCell<Vec<(&'static str, Entries)>> = const { RefCell::new(Vec::new()) };
}

/// The native module `name`, if the program registered it.
fn native_entries(name: &str) -> Option<Entries> {
    NATIVE.with(|n| n.borrow().iter().find(|(n, _)| *n == name).map(|&(_, e)| e))
}

/// True for the module object the runtime made for native module `name` (the one
/// `sys.modules` holds), which CPython's repr calls built in.
pub fn is_native_module(name: &'static str, module: Value) -> bool {
    native_entries(name).is_some()
        && import::sys_modules()
            .get::<crate::objects::dict::DictObj>()
            .and_then(|modules| modules.get_str(pystr::intern(name)))
            == Some(module)
}

/// Defines, for each native module, the C function `closc_native_<name>` that makes it
/// importable. A program's `main` calls those of the modules it imports and no others,
/// so the linker leaves the code of the rest out of the executable.
macro_rules! native_modules {
    ($($symbol:ident => $name:literal, $entries:path;)*) => {
        $(
            #[no_mangle]
            pub extern "C" fn $symbol() {
                NATIVE.with(|n| n.borrow_mut().push(($name, $entries)));
            }
        )*
    };
}

native_modules! {
    closc_native_sys => "sys", sys::entries;
    closc_native_builtins => "builtins", builtins::entries;
    closc_native_math => "math", math::entries;
    closc_native__functools => "_functools", functools::entries;
    closc_native_gc => "gc", gc::entries;
    closc_native_io => "io", io::entries;
    closc_native_itertools => "itertools", itertools::entries;
    closc_native__collections => "_collections", collections::entries;
    closc_native_operator => "operator", operator::entries;
    closc_native_errno => "errno", errno::entries;
    closc_native__json => "_json", json::entries;
    closc_native_asyncio => "asyncio", asyncio::entries;
    closc_native__random => "_random", random::entries;
    closc_native_hashlib => "hashlib", hashlib::entries;
    closc_native_posix => "posix", posix::entries;
    closc_native_time => "time", time::entries;
    closc_native_pwd => "pwd", pwd::entries;
    closc_native_atexit => "atexit", atexit::entries;
    closc_native_traceback => "traceback", traceback::entries;
    closc_native__sre => "_sre", re::entries;
    closc_native_struct => "struct", r#struct::entries;
    closc_native_binascii => "binascii", binascii::entries;
    closc_native_array => "array", array::entries;
    closc_native__weakref => "_weakref", weakref::entries;
}
