//! Module objects (CPython's `Objects/moduleobject.c`) and the registry of the modules
//! compiled into the executable, which module objects of those modules read their globals
//! through.

use crate::memory::heap;
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions;
use crate::objects::function::CodeObj;
use crate::objects::int;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use crate::protocols::call::{self, Kw};
use std::cell::{Cell, RefCell};

/// A module. References: `name`, `dict`, `slot_names`, `slot_index`.
///
/// A compiled module keeps its globals in the slots generated code reads and writes (in
/// the executable's static data, rooted there), which are authoritative; `dict`, its
/// namespace, holds the attributes without a slot and, as of its last `refresh`, the
/// slots' values, and passes writes made to it on to the slots. A native module has no
/// slots: `dict` holds everything.
#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    pub name: Value,
    pub dict: Value,
    /// The address of the first global slot, or 0.
    slots: usize,
    /// The slots' names (a tuple), and each name's slot index (a dict of ints); 0 when
    /// the module has no slots.
    slot_names: Value,
    slot_index: Value,
    /// True while the module's body runs (CPython's `__spec__._initializing`).
    pub initializing: Cell<bool>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for ModuleObj {
    const KIND: Kind = Kind::Module;
}

impl ModuleObj {
    /// References for the collector.
    pub fn references(&self) -> [Value; 4] {
        [self.name, self.dict, self.slot_names, self.slot_index]
    }

    fn attributes(&self) -> &DictObj {
        self.dict.get::<DictObj>().expect("a module's dict")
    }

    /// What tells this module's attribute cache entries from those of a freed module once
    /// at the same address: the address of its global slots (static data, one array per
    /// compiled module), 0 for a native module (whose entries check their dict keys).
    pub fn cache_identity(&self) -> u64 {
        self.slots as u64
    }

    /// The slot of global `name`, if the module has one.
    pub fn slot_of(&self, name: Value) -> Option<usize> {
        let index = self.slot_index.get::<DictObj>()?.get_str(name)?;
        index.is_small().then(|| index.small_value() as usize)
    }

    /// The global slot `index`, whose value is 0 while unbound.
    pub fn slot(&self, index: usize) -> &Cell<Value> {
        // SAFETY: `slots` points at the module's `slot_names.len()` global slots in the
        // executable's static data, which live as long as the process; `slot_of` only
        // gives indexes below that length.
        unsafe { &*(self.slots as *const Cell<Value>).add(index) }
    }

    /// The attribute `name`, if bound.
    pub fn get(&self, name: Value) -> Option<Value> {
        if let Some(i) = self.slot_of(name) {
            let v = self.slot(i).get();
            return (!v.is_null()).then_some(v);
        }
        self.attributes().get_str(name)
    }

    pub fn set(&self, name: Value, value: Value) -> PyResult<()> {
        if let Some(i) = self.slot_of(name) {
            self.slot(i).set(value);
        }
        if self.attributes().get_str(name).is_none() {
            // A new name goes after the globals bound so far, as in CPython.
            self.refresh();
        }
        self.attributes().set(name, value)
    }

    /// Unbinds `name`; false if it was not bound.
    pub fn remove(&self, name: Value) -> PyResult<bool> {
        let mut bound = false;
        if let Some(i) = self.slot_of(name) {
            bound = !self.slot(i).get().is_null();
            self.slot(i).set(Value::NULL);
        }
        Ok(self.attributes().remove(name)?.is_some() || bound)
    }

    /// Brings the namespace dict up to date with the global slots, which generated code
    /// writes directly: a bound slot's value is stored under its name (a name bound for
    /// the first time goes last, as CPython inserts it then), an unbound one's removed.
    fn refresh(&self) {
        let Some(names) = tuple::items(self.slot_names) else {
            return;
        };
        let attributes = self.attributes();
        for (i, &name) in names.iter().enumerate() {
            let v = self.slot(i).get();
            let result = if v.is_null() {
                attributes.remove(name).map(|_| ())
            } else {
                attributes.set(name, v)
            };
            result.expect("str keys hash");
        }
    }

    /// The bound names and values, in the namespace's order.
    pub fn entries(&self) -> Vec<(Value, Value)> {
        self.refresh();
        self.attributes().items()
    }

    /// `__dict__` and `globals()`: the namespace dict, up to date. Writes to it reach the
    /// module; assignments the module's code makes afterwards show at the next call.
    pub fn namespace(&self) -> Value {
        self.refresh();
        self.dict
    }

    pub fn name_str(&self) -> &'static str {
        pystr::as_str(self.name).unwrap_or("?")
    }
}

/// A module object named `name`: native (`slots` 0) or over a compiled module's slots.
pub fn new_module_object(name: Value, slots: usize, slot_names: Value) -> Value {
    let slot_index = if slots == 0 {
        Value::NULL
    } else {
        let index = dict::new();
        if let Some(d) = index.get::<DictObj>() {
            for (i, &n) in tuple::items(slot_names).unwrap_or(&[]).iter().enumerate() {
                d.set(n, int::from_i64(i as i64)).expect("str keys hash");
            }
        }
        index
    };
    let namespace = dict::new();
    let module = heap::new(ModuleObj {
        header: Header::new(Kind::Module),
        name,
        dict: namespace,
        slots,
        slot_names,
        slot_index,
        initializing: Cell::new(false),
    });
    if slots != 0 {
        if let Some(d) = namespace.get::<DictObj>() {
            d.module.set(module);
        }
    }
    module
}

/// A write to the namespace dict of `module` (see `DictObj::module`): `key` was bound to
/// `value`, or unbound when `value` is 0.
pub fn namespace_written(module: Value, key: Value, value: Value) {
    if let Some(m) = module.get::<ModuleObj>() {
        if let Some(i) = m.slot_of(key) {
            m.slot(i).set(value);
        }
    }
}

/// `module.name`: a bound global or attribute, `__dict__`, else the module's own
/// `__getattr__` (PEP 562), else AttributeError.
pub fn getattr(o: Value, m: &ModuleObj, name: Value) -> PyResult {
    if let Some(v) = m.get(name) {
        return Ok(v);
    }
    let n = pystr::as_str(name).unwrap_or("?");
    match n {
        "__dict__" => return Ok(m.namespace()),
        "__class__" => return Ok(crate::objects::types::type_of(o)),
        _ => {}
    }
    if let Some(hook) = m.get(pystr::intern("__getattr__")) {
        return call::call(hook, &[name], Kw::NONE);
    }
    let module = m.name_str();
    let message = if m.initializing.get() {
        format!("partially initialized module '{module}' has no attribute '{n}' (most likely due to a circular import)")
    } else {
        format!("module '{module}' has no attribute '{n}'")
    };
    exceptions::raise_attribute_error(o, n, &message)
}

/// `del module.name`.
pub fn delattr(o: Value, m: &ModuleObj, name: Value) -> PyResult<()> {
    if m.remove(name)? {
        return Ok(());
    }
    let n = pystr::as_str(name).unwrap_or("?");
    let module = m.name_str();
    exceptions::raise_attribute_error(o, n, &format!("module '{module}' has no attribute '{n}'"))
}

/// One module compiled into the executable, as `main` registers it. References: every
/// `Value` field.
#[derive(Clone, Copy)]
pub struct CompiledModule {
    pub name: Value,
    /// `__file__`, `__package__`, `__doc__`; 0 when the module has none.
    pub file: Value,
    pub package: Value,
    pub doc: Value,
    /// `__path__` (a list) for a package, else 0.
    pub path: Value,
    /// The code object of the module's body.
    pub body: Value,
    /// The module's source text, for tracebacks.
    pub source: Value,
    pub slot_names: Value,
    /// The address of the module's first global slot.
    pub slots: usize,
    /// The module object, once its import has begun; else 0.
    pub module: Value,
}

thread_local! {
    /// The compiled modules, in the compiler's order: `__main__` first.
    static COMPILED: RefCell<Vec<CompiledModule>> = const { RefCell::new(Vec::new()) };
}

/// The compiled modules, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    COMPILED.with(|c| {
        for m in c.borrow().iter() {
            for v in [
                m.name,
                m.file,
                m.package,
                m.doc,
                m.path,
                m.body,
                m.source,
                m.slot_names,
                m.module,
            ] {
                visit(v);
            }
        }
    });
}

pub fn register_compiled(module: CompiledModule) {
    COMPILED.with(|c| c.borrow_mut().push(module));
}

pub fn compiled(index: usize) -> Option<CompiledModule> {
    COMPILED.with(|c| c.borrow().get(index).copied())
}

pub fn compiled_index(name: &str) -> Option<usize> {
    COMPILED.with(|c| {
        c.borrow()
            .iter()
            .position(|m| pystr::as_str(m.name) == Some(name))
    })
}

pub fn set_compiled_module(index: usize, module: Value) {
    COMPILED.with(|c| c.borrow_mut()[index].module = module);
}

/// The module object of compiled module `index`, if its import has begun.
pub fn compiled_module(index: usize) -> Option<Value> {
    compiled(index).map(|m| m.module).filter(|m| !m.is_null())
}

/// The name of the module a code object belongs to (`__main__` outside a program).
pub fn module_name_of(code: &CodeObj) -> Value {
    compiled(code.module.get() as usize).map_or_else(|| pystr::intern("__main__"), |m| m.name)
}
