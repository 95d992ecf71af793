//! The importable modules (CPython's `Modules/`), one file or folder per module, `builtins`
//! included; here the module objects and `import`. A module's classes are native classes
//! (`objects::native_class`) whose behaviour is their namespace of native methods, so
//! nothing outside this folder names a module's types.
//!
//! May use: `objects`, `protocols`, `memory`.

pub mod builtins;
pub mod collections;
pub mod functools;
pub mod itertools;
pub mod math;
pub mod operator;
pub mod sys;

use crate::memory::heap;
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{raise, ExcKind};
use crate::objects::function::{self, NativeFn};
use crate::objects::str as pystr;
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use std::cell::RefCell;

/// A module. References: `name`, `dict`.
#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    pub name: Value,
    pub dict: Value,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for ModuleObj {
    const KIND: Kind = Kind::Module;
}

thread_local! {
    /// The imported modules, by name.
    static IMPORTED: RefCell<Vec<(&'static str, Value)>> = const { RefCell::new(Vec::new()) };
}

/// The imported modules, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    IMPORTED.with(|s| s.borrow().iter().for_each(|&(_, m)| visit(m)));
}

fn new_module(name: &str, entries: &[(&'static str, Value)]) -> Value {
    let d = dict::new();
    if let Some(dd) = d.get::<DictObj>() {
        for (k, v) in entries {
            dd.set(pystr::intern(k), *v).expect("str keys hash");
        }
        dd.set(pystr::intern("__name__"), pystr::new(name))
            .expect("str keys hash");
    }
    heap::new(ModuleObj {
        header: Header::new(Kind::Module),
        name: pystr::new(name),
        dict: d,
    })
}

/// A module entry holding a native function.
fn builtin(name: &'static str, f: NativeFn) -> (&'static str, Value) {
    (name, function::new_builtin(name, f))
}

/// `import name`.
pub fn import(name: Value) -> PyResult {
    let n = pystr::as_str(name).unwrap_or("");
    type Entries = fn() -> Vec<(&'static str, Value)>;
    let (key, entries): (&'static str, Entries) = match n {
        "sys" => ("sys", sys::entries),
        "math" => ("math", math::entries),
        "functools" => ("functools", functools::entries),
        "itertools" => ("itertools", itertools::entries),
        "collections" => ("collections", collections::entries),
        "operator" => ("operator", operator::entries),
        _ => {
            return raise(
                ExcKind::ModuleNotFoundError,
                &format!("No module named '{n}'"),
            )
        }
    };
    if let Some(m) = IMPORTED.with(|s| s.borrow().iter().find(|(k, _)| *k == key).map(|e| e.1)) {
        return Ok(m);
    }
    let m = new_module(key, &entries());
    IMPORTED.with(|s| s.borrow_mut().push((key, m)));
    Ok(m)
}
