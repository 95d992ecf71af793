//! Code objects, functions, cells, builtin (native) functions, bound methods and the
//! staticmethod / classmethod / property descriptors.

use crate::memory::heap;
use crate::objects::class::ClassObj;
use crate::objects::dict::DictObj;
use crate::objects::exception_group;
use crate::objects::exceptions::{self, type_error};
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{
    bool_value, none, not_implemented, Header, HeapObject, Kind, PyResult, Value,
};
use crate::protocols::call::Kw;
use crate::protocols::ops;
use std::cell::Cell;

/// Flag bits of a code object.
pub const CO_VARARGS: u64 = 1;
pub const CO_VARKEYWORDS: u64 = 2;
/// Calling the function makes a generator (the compiler's flag bit 2).
pub const CO_GENERATOR: u64 = 4;
/// Calling the function makes a coroutine, or with `CO_GENERATOR` an asynchronous
/// generator (the compiler's flag bit 3).
pub const CO_COROUTINE: u64 = 8;
/// The body of a generator, coroutine or asynchronous generator function has `try`, `with`
/// or `yield from` (the compiler's flag bit 4): closing it while suspended may run code, so
/// a suspended one needs finalizing.
pub const CO_CLEANUP: u64 = 16;
/// The generator body is stackless (`closc_abi::generator_frame`): its entry takes the
/// function and the frame, and returns at each `yield`.
pub const CO_STACKLESS: u64 = closc_abi::generator_frame::STACKLESS as u64;

/// `FunctionObj::direct_arity` of a function that generated code must not call directly.
pub const NO_DIRECT_CALL: u64 = u64::MAX;

/// A compiled function's code. References: `name`, `qualname` (strs), `varnames`,
/// `freevars`, `cellvars` (tuples of strs).
#[repr(C)]
pub struct CodeObj {
    pub header: Header,
    pub name: Value,
    pub qualname: Value,
    /// Native entry: `extern "C" fn(func, slot0, ..., slotN-1) -> Value` when the function
    /// has at most `closc_abi::call::MAX_REGISTER_SLOTS` parameter slots, otherwise
    /// `extern "C" fn(func, slots: *const Value) -> Value`.
    pub entry: usize,
    pub argcount: u64,
    pub kwonlycount: u64,
    pub flags: u64,
    pub varnames: Value,
    pub freevars: Value,
    /// Names of the locals that inner functions capture (set by `rt_code_set_cellvars`).
    pub cellvars: Cell<Value>,
    /// How many of the `argcount` positional parameters are positional-only (set by
    /// `rt_code_set_posonlycount`).
    pub posonlycount: Cell<u64>,
    /// `FunctionObj::direct_arity` of the functions made from this code.
    pub direct_arity: u64,
    /// Bit `i` set: closure entry `i` of the functions made from this code is the value of
    /// a variable captured by value, not a cell (set by `rt_code_set_value_freevars`).
    pub value_freevars: Cell<u64>,
    /// The index of the compiled module the code belongs to (set by `rt_code_set_module`).
    pub module: Cell<u64>,
    /// `co_firstlineno` (set by `rt_code_set_first_line`).
    pub first_line: Cell<u64>,
    /// The frame size in words of a stackless generator body (`CO_STACKLESS`; set by
    /// `rt_code_set_frame_words`).
    pub frame_words: Cell<u64>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for CodeObj {
    const KIND: Kind = Kind::Code;
}

impl CodeObj {
    /// Number of argument slots the entry expects.
    pub fn nslots(&self) -> usize {
        (self.argcount
            + self.kwonlycount
            + (self.flags & CO_VARARGS != 0) as u64
            + (self.flags & CO_VARKEYWORDS != 0) as u64) as usize
    }

    /// True when `entry` takes its parameter slots in registers, as
    /// `extern "C" fn(func, slot0, slot1, ...)`, rather than as an array.
    pub fn takes_registers(&self) -> bool {
        self.nslots() <= closc_abi::call::MAX_REGISTER_SLOTS
    }

    pub fn varnames(&self) -> &'static [Value] {
        tuple::items(self.varnames).unwrap_or(&[])
    }
}

pub fn new_code(
    name: Value,
    qualname: Value,
    entry: usize,
    counts: (u64, u64, u64),
    varnames: Value,
    freevars: Value,
) -> Value {
    let (argcount, kwonlycount, flags) = counts;
    let mut code = CodeObj {
        header: Header::new(Kind::Code),
        name,
        qualname,
        entry,
        argcount,
        kwonlycount,
        flags,
        varnames,
        freevars,
        cellvars: Cell::new(tuple::empty()),
        posonlycount: Cell::new(0),
        direct_arity: NO_DIRECT_CALL,
        value_freevars: Cell::new(0),
        module: Cell::new(0),
        first_line: Cell::new(0),
        frame_words: Cell::new(0),
    };
    if kwonlycount == 0 && flags == 0 && code.takes_registers() {
        code.direct_arity = argcount;
    }
    heap::new(code)
}

/// Records the cell variable names of a code object.
pub fn set_cellvars(code: Value, cellvars: Value) {
    if let Some(c) = code.get::<CodeObj>() {
        c.cellvars.set(cellvars);
    }
}

/// Records how many positional parameters of a code object are positional-only.
pub fn set_posonlycount(code: Value, n: u64) {
    if let Some(c) = code.get::<CodeObj>() {
        c.posonlycount.set(n.min(c.argcount));
    }
}

/// A function. Generated code reads `entry`, `direct_arity` and the captured cells, which
/// live inside the function object so that making a closure is one small allocation, and
/// writes every field when it makes one (`closc_abi::function`); what few functions use
/// lives in `extras`.
/// References: `code`, `defaults` (tuple or 0), `extras` (0 until needed) and the `ncells`
/// cells.
#[repr(C)]
pub struct FunctionObj {
    pub header: Header,
    pub entry: usize,
    /// The number of positional arguments with which generated code may call `entry`
    /// directly, passing them in registers; `NO_DIRECT_CALL` when every call must bind its
    /// arguments through the runtime (keyword-only parameters, `*args`, `**kwargs`,
    /// generators, or more parameters than fit in registers).
    pub direct_arity: u64,
    pub code: Value,
    pub defaults: Cell<Value>,
    extras: Cell<Value>,
    ncells: u64,
    pub(crate) cells: [Value; 0],
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for FunctionObj {
    const KIND: Kind = Kind::Function;
}

// The offsets of private fields that generated code uses (`abi::layout_contract` checks
// the others).
const _: () = {
    use closc_abi::function::{EXTRAS, NCELLS};
    use std::mem::offset_of;
    assert!(offset_of!(FunctionObj, extras) == EXTRAS as usize);
    assert!(offset_of!(FunctionObj, ncells) == NCELLS as usize);
};

/// The parts of a function that most functions never use, made on first need.
/// References: all fields (each 0 when unset).
#[repr(C)]
pub struct FunctionExtrasObj {
    pub header: Header,
    /// `__closure__`'s tuple, made on first use (CPython returns the same one each time).
    closure: Cell<Value>,
    kwdefaults: Cell<Value>,
    /// `__dict__`.
    dict: Cell<Value>,
    /// `__name__` and `__qualname__` once assigned (until then, the code's).
    name: Cell<Value>,
    qualname: Cell<Value>,
    /// `__doc__` and `__module__` once assigned (until then None and the name of the
    /// code's module).
    doc: Cell<Value>,
    module: Cell<Value>,
    /// `__annotations__`, once set or read (a read makes an empty dict, as CPython does).
    annotations: Cell<Value>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for FunctionExtrasObj {
    const KIND: Kind = Kind::FunctionExtras;
}

impl FunctionExtrasObj {
    /// References for the collector.
    pub fn references(&self) -> [Value; 8] {
        [
            self.annotations.get(),
            self.closure.get(),
            self.kwdefaults.get(),
            self.dict.get(),
            self.name.get(),
            self.qualname.get(),
            self.doc.get(),
            self.module.get(),
        ]
    }
}

impl FunctionObj {
    pub fn code(&self) -> &'static CodeObj {
        self.code.get::<CodeObj>().expect("function code object")
    }

    /// The extras, made now if the function has none yet.
    fn extras(&self) -> &FunctionExtrasObj {
        if self.extras.get().is_null() {
            self.extras.set(heap::new(FunctionExtrasObj {
                header: Header::new(Kind::FunctionExtras),
                closure: Cell::new(Value::NULL),
                kwdefaults: Cell::new(Value::NULL),
                dict: Cell::new(Value::NULL),
                name: Cell::new(Value::NULL),
                qualname: Cell::new(Value::NULL),
                doc: Cell::new(Value::NULL),
                module: Cell::new(Value::NULL),
                annotations: Cell::new(Value::NULL),
            }));
        }
        self.extras
            .get()
            .get::<FunctionExtrasObj>()
            .expect("function extras")
    }

    /// One field of the extras, if the function has extras and the field is set.
    fn extra(&self, field: impl Fn(&FunctionExtrasObj) -> Value) -> Option<Value> {
        self.extras
            .get()
            .get::<FunctionExtrasObj>()
            .map(field)
            .filter(|v| !v.is_null())
    }

    /// `__name__`.
    pub fn name(&self) -> Value {
        self.extra(|e| e.name.get())
            .unwrap_or_else(|| self.code().name)
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Value {
        self.extra(|e| e.qualname.get())
            .unwrap_or_else(|| self.code().qualname)
    }

    pub fn set_name(&self, name: Value) {
        self.extras().name.set(name);
    }

    pub fn set_qualname(&self, qualname: Value) {
        self.extras().qualname.set(qualname);
    }

    /// `__doc__`.
    pub fn doc(&self) -> Value {
        self.extra(|e| e.doc.get()).unwrap_or_else(none)
    }

    pub fn set_doc(&self, doc: Value) {
        self.extras().doc.set(doc);
    }

    /// `__module__`.
    pub fn module(&self) -> Value {
        self.extra(|e| e.module.get())
            .unwrap_or_else(|| super::module::module_name_of(self.code()))
    }

    pub fn set_module(&self, module: Value) {
        self.extras().module.set(module);
    }

    /// `__annotations__`: made empty on first read.
    pub fn annotations(&self) -> Value {
        let extras = self.extras();
        if extras.annotations.get().is_null() {
            extras.annotations.set(super::dict::new());
        }
        extras.annotations.get()
    }

    pub fn set_annotations(&self, annotations: Value) {
        self.extras().annotations.set(annotations);
    }

    /// The keyword-only defaults: a dict, or 0.
    pub fn kwdefaults(&self) -> Value {
        self.extra(|e| e.kwdefaults.get()).unwrap_or(Value::NULL)
    }

    pub fn set_kwdefaults(&self, kwdefaults: Value) {
        if !kwdefaults.is_null() || !self.extras.get().is_null() {
            self.extras().kwdefaults.set(kwdefaults);
        }
    }

    /// The attribute dict, if an attribute was ever set.
    pub fn existing_dict(&self) -> Option<&'static DictObj> {
        self.extra(|e| e.dict.get())?.get::<DictObj>()
    }

    /// The attribute dict, made on first use.
    pub fn dict(&self) -> &'static DictObj {
        let extras = self.extras();
        if extras.dict.get().is_null() {
            extras.dict.set(crate::objects::dict::new());
        }
        extras.dict.get().get::<DictObj>().expect("function dict")
    }

    pub fn qualname_str(&self) -> &'static str {
        pystr::as_str(self.qualname()).unwrap_or("?")
    }

    /// The closure entries, in `co_freevars` order: the cells of the variables the function
    /// captures, or their values when they are captured by value.
    pub fn cells(&self) -> &[Value] {
        // SAFETY: `new_function` allocated room for `ncells` values after the struct and
        // wrote them all.
        unsafe { std::slice::from_raw_parts(self.cells.as_ptr(), self.ncells as usize) }
    }

    /// `__closure__`: a tuple of the cells (always the same one), or None.
    pub fn closure_tuple(&self) -> Value {
        if self.ncells == 0 {
            return none();
        }
        let extras = self.extras();
        if extras.closure.get().is_null() {
            // Values captured by value get cells of their own here, made once: they look
            // like any cell, and the variable never changes.
            let values = self.code().value_freevars.get();
            let cells: Vec<Value> = self
                .cells()
                .iter()
                .enumerate()
                .map(|(i, &entry)| {
                    if i < 64 && values & (1 << i) != 0 {
                        new_cell(entry)
                    } else {
                        entry
                    }
                })
                .collect();
            extras.closure.set(tuple::new(&cells));
        }
        extras.closure.get()
    }

    /// References for the collector.
    pub fn references(&self) -> [Value; 3] {
        [self.code, self.defaults.get(), self.extras.get()]
    }
}

/// A new function over `code`, capturing `cells`.
pub fn new_function(code: Value, defaults: Value, kwdefaults: Value, cells: &[Value]) -> PyResult {
    let Some(c) = code.get::<CodeObj>() else {
        return type_error("function() argument 'code' must be code");
    };
    let size = std::mem::size_of::<FunctionObj>() + std::mem::size_of_val(cells);
    let p = heap::alloc(size, Kind::Function) as *mut FunctionObj;
    // SAFETY: `p` points to `size` fresh bytes: the struct followed by room for the cells.
    unsafe {
        p.write(FunctionObj {
            header: Header::new(Kind::Function),
            entry: c.entry,
            direct_arity: c.direct_arity,
            code,
            defaults: Cell::new(defaults),
            extras: Cell::new(Value::NULL),
            ncells: cells.len() as u64,
            cells: [],
        });
        let dst = (*p).cells.as_mut_ptr();
        // Volatile: a closure has few cells, and a call to memcpy would cost more than
        // the stores (the optimiser turns a plain loop into one).
        for (i, &cell) in cells.iter().enumerate() {
            std::ptr::write_volatile(dst.add(i), cell);
        }
        (*p).set_kwdefaults(kwdefaults);
    }
    Ok(Value(p as u64))
}

/// A cell holding a captured variable. Generated code reads and writes `value`
/// (`closc_abi::cell`).
/// References: `value` (0 when empty).
#[repr(C)]
pub struct CellObj {
    pub header: Header,
    pub value: Cell<Value>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for CellObj {
    const KIND: Kind = Kind::Cell;
}

pub fn new_cell(v: Value) -> Value {
    heap::new(CellObj {
        header: Header::new(Kind::Cell),
        value: Cell::new(v),
    })
}

/// A function implemented in Rust: positional arguments (the receiver first for methods)
/// and keyword arguments.
pub type NativeFn = fn(&[Value], Kw) -> PyResult;

/// A builtin function or method. References: `this` (the bound receiver, or 0).
#[repr(C)]
pub struct BuiltinObj {
    pub header: Header,
    pub name: &'static str,
    pub func: NativeFn,
    pub this: Value,
    /// The type the method belongs to ("" for plain functions).
    pub owner: &'static str,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for BuiltinObj {
    const KIND: Kind = Kind::Builtin;
}

pub fn new_builtin(name: &'static str, func: NativeFn) -> Value {
    new_method(name, func, Value::NULL, "")
}

/// A builtin method bound to `this` (or unbound when `this` is 0).
pub fn new_method(name: &'static str, func: NativeFn, this: Value, owner: &'static str) -> Value {
    heap::new(BuiltinObj {
        header: Header::new(Kind::Builtin),
        name,
        func,
        this,
        owner,
    })
}

/// A function bound to an object. References: `func`, `this`.
#[repr(C)]
pub struct BoundMethodObj {
    pub header: Header,
    pub func: Value,
    pub this: Value,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for BoundMethodObj {
    const KIND: Kind = Kind::BoundMethod;
}

/// `a == b` for two methods (None unless both are bound methods, or both builtin
/// functions): the same function bound to the same object, as in CPython.
pub fn method_eq(a: Value, b: Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.get::<BoundMethodObj>(), b.get::<BoundMethodObj>()) {
        return Some(x.this == y.this && x.func == y.func);
    }
    let (x, y) = (a.get::<BuiltinObj>()?, b.get::<BuiltinObj>()?);
    Some(
        x.this == y.this
            && x.func as usize == y.func as usize
            && x.name == y.name
            && x.owner == y.owner,
    )
}

/// The hash of a method, consistent with `method_eq` (None for other values).
pub fn method_hash(v: Value) -> Option<i64> {
    let (this, f) = if let Some(m) = v.get::<BoundMethodObj>() {
        (m.this, m.func.0 as i64)
    } else {
        let b = v.get::<BuiltinObj>()?;
        (b.this, b.func as usize as i64)
    };
    let h = (this.0 >> 4) as i64 ^ (f >> 4);
    Some(if h == -1 { -2 } else { h })
}

pub fn new_bound(func: Value, this: Value) -> Value {
    heap::new(BoundMethodObj {
        header: Header::new(Kind::BoundMethod),
        func,
        this,
    })
}

/// Which descriptor a `DescriptorObj` is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DescrKind {
    StaticMethod,
    ClassMethod,
    Property,
    /// A slot of `__slots__` (`objects::slots`), kept in this fixed word of the instances.
    Member(u32),
}

/// staticmethod, classmethod, property or member descriptor. References: `func` (the
/// wrapped function or getter; a member's class), `setter`, `deleter` (0 when absent),
/// `name`, the attribute a class body last bound a property to (CPython's `__set_name__`; 0
/// until then), which its errors quote, or a member's slot name, and a property's `doc` (0
/// for None). `getter_doc` says the doc came from the getter, so that a copy with another
/// getter takes that one's instead.
#[repr(C)]
pub struct DescriptorObj {
    pub header: Header,
    pub kind: DescrKind,
    pub func: Value,
    pub setter: Value,
    pub deleter: Value,
    pub name: Cell<Value>,
    pub doc: Cell<Value>,
    pub getter_doc: Cell<bool>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for DescriptorObj {
    const KIND: Kind = Kind::Descriptor;
}

pub fn new_descriptor(kind: DescrKind, func: Value, setter: Value, deleter: Value) -> Value {
    heap::new(DescriptorObj {
        header: Header::new(Kind::Descriptor),
        kind,
        func,
        setter,
        deleter,
        name: Cell::new(Value::NULL),
        doc: Cell::new(Value::NULL),
        getter_doc: Cell::new(false),
    })
}

/// `property(fget, fset, fdel, doc)` (absent ones 0): without a doc, the getter's
/// `__doc__` is the property's, as CPython's `property.__init__` takes it.
pub fn new_property(getter: Value, setter: Value, deleter: Value, doc: Value) -> PyResult {
    let p = new_descriptor(DescrKind::Property, getter, setter, deleter);
    let Some(d) = p.get::<DescriptorObj>() else {
        return Ok(p);
    };
    if !doc.is_null() && !doc.is_none() {
        d.doc.set(doc);
    } else if !getter.is_null() {
        let getter_doc =
            crate::protocols::attr::getattr_opt(getter, crate::objects::str::intern("__doc__"))?;
        if let Some(getter_doc) = getter_doc {
            d.doc.set(getter_doc);
            d.getter_doc.set(true);
        }
    }
    Ok(p)
}

pub fn descriptor_type(v: Value) -> TypeId {
    match v.get::<DescriptorObj>().map(|d| d.kind) {
        Some(DescrKind::StaticMethod) => TypeId::StaticMethod,
        Some(DescrKind::ClassMethod) => TypeId::ClassMethod,
        Some(DescrKind::Member(_)) => TypeId::MemberDescriptor,
        _ => TypeId::Property,
    }
}

/// The function inside a staticmethod or classmethod (or the value itself).
pub fn unwrap_descriptor(v: Value) -> Value {
    match v.get::<DescriptorObj>() {
        Some(d) if matches!(d.kind, DescrKind::StaticMethod | DescrKind::ClassMethod) => d.func,
        _ => v,
    }
}

/// The function inside a staticmethod (or the value itself).
pub fn unwrap_static(v: Value) -> Value {
    match v.get::<DescriptorObj>() {
        Some(d) if d.kind == DescrKind::StaticMethod => d.func,
        _ => v,
    }
}

fn exc_self(args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&e) if exceptions::is_exception(e) => Ok(e),
        _ => type_error(format!(
            "descriptor '{name}' requires a 'BaseException' object"
        )),
    }
}

fn exc_init(args: &[Value], kw: Kw) -> PyResult {
    let e = exc_self(args, "__init__")?;
    if !kw.is_empty() {
        return type_error(format!(
            "{}() takes no keyword arguments",
            types::type_name(e)
        ));
    }
    if let Some(obj) = e.get::<exceptions::ExceptionObj>() {
        obj.args.set(tuple::new(&args[1..]));
    }
    Ok(none())
}

/// `BaseException.add_note(note)`: appends to `__notes__`, which tracebacks print.
fn exc_add_note(args: &[Value], kw: Kw) -> PyResult {
    let e = exc_self(args, "add_note")?;
    crate::protocols::args::no_kw("add_note", kw)?;
    let [_, note] = args else {
        return type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ));
    };
    if note.kind() != Kind::Str {
        return type_error(format!(
            "note must be a str, not '{}'",
            types::type_name(*note)
        ));
    }
    let key = pystr::intern("__notes__");
    let notes = match crate::objects::class::own_attr(e, key) {
        Some(notes) => notes,
        None => {
            let notes = crate::objects::list::new(&[]);
            crate::objects::class::store_own_attr(e, key, notes)?;
            notes
        }
    };
    match notes.get::<crate::objects::list::ListObj>() {
        Some(l) => l.push(*note),
        None => return type_error("Cannot add note: __notes__ is not a list"),
    }
    Ok(none())
}

/// `BaseException.with_traceback(tb)`: sets `__traceback__`, returns the exception.
fn exc_with_traceback(args: &[Value], kw: Kw) -> PyResult {
    let e = exc_self(args, "with_traceback")?;
    crate::protocols::args::no_kw("with_traceback", kw)?;
    crate::protocols::args::method_count("BaseException.with_traceback", args, 1, 1)?;
    crate::protocols::traceback::set_traceback(e, args[1])?;
    Ok(e)
}

/// `ImportError.__init__(*args, name=None, path=None)`: `msg` is the one argument.
fn import_error_init(args: &[Value], kw: Kw) -> PyResult {
    let e = exc_self(args, "__init__")?;
    crate::protocols::args::check_kw("ImportError", kw, &["name", "path"])?;
    let rest = &args[1..];
    if let Some(obj) = e.get::<exceptions::ExceptionObj>() {
        obj.args.set(tuple::new(rest));
    }
    if let Some(d) = crate::objects::class::instance_dict(e) {
        let msg = if rest.len() == 1 { rest[0] } else { none() };
        d.set(pystr::intern("msg"), msg)?;
        d.set(pystr::intern("name"), kw.get("name").unwrap_or(none()))?;
        d.set(pystr::intern("path"), kw.get("path").unwrap_or(none()))?;
    }
    Ok(none())
}

/// `NameError.__init__(*args, name=None)` and `AttributeError.__init__(*args, name=None,
/// obj=None)`: the arguments, and the keyword-only attributes (`keywords`).
fn init_with_keywords(args: &[Value], kw: Kw, class: &str, keywords: &[&'static str]) -> PyResult {
    let e = exc_self(args, "__init__")?;
    crate::protocols::args::check_kw(class, kw, keywords)?;
    if let Some(obj) = e.get::<exceptions::ExceptionObj>() {
        obj.args.set(tuple::new(&args[1..]));
    }
    if let Some(d) = crate::objects::class::instance_dict(e) {
        for &name in keywords {
            d.set(pystr::intern(name), kw.get(name).unwrap_or(none()))?;
        }
    }
    Ok(none())
}

fn name_error_init(args: &[Value], kw: Kw) -> PyResult {
    init_with_keywords(args, kw, "NameError", &["name"])
}

fn attribute_error_init(args: &[Value], kw: Kw) -> PyResult {
    init_with_keywords(args, kw, "AttributeError", &["name", "obj"])
}

/// `SyntaxError.__init__(msg, (filename, lineno, offset, text[, end_lineno,
/// end_offset]))`.
fn syntax_error_init(args: &[Value], _kw: Kw) -> PyResult {
    let e = exc_self(args, "__init__")?;
    let rest = &args[1..];
    if let Some(obj) = e.get::<exceptions::ExceptionObj>() {
        obj.args.set(tuple::new(rest));
    }
    let details = rest.get(1).and_then(|d| tuple::items(*d)).unwrap_or(&[]);
    if rest.len() == 2 && !(4..=6).contains(&details.len()) {
        return crate::objects::exceptions::raise(
            crate::objects::exceptions::ExcKind::IndexError,
            "tuple index out of range",
        );
    }
    if let Some(d) = crate::objects::class::instance_dict(e) {
        let fields = [
            ("msg", rest.first().copied()),
            ("filename", details.first().copied()),
            ("lineno", details.get(1).copied()),
            ("offset", details.get(2).copied()),
            ("text", details.get(3).copied()),
            ("end_lineno", details.get(4).copied()),
            ("end_offset", details.get(5).copied()),
            ("print_file_and_line", None),
        ];
        for (name, value) in fields {
            d.set(pystr::intern(name), value.unwrap_or(none()))?;
        }
    }
    Ok(none())
}

/// `str()` of a SyntaxError: `msg (filename, line N)`, as far as it knows them.
fn syntax_error_str(args: &[Value], _kw: Kw) -> PyResult {
    let e = exc_self(args, "__str__")?;
    let attr = |name: &'static str| {
        crate::objects::class::own_attr(e, pystr::intern(name)).unwrap_or(none())
    };
    let msg = attr("msg");
    let text = if msg.is_none() {
        exceptions::base_str(e)?
    } else {
        ops::str_string(msg)?
    };
    let file = pystr::as_str(attr("filename")).map(|f| {
        std::path::Path::new(f)
            .file_name()
            .map_or(f.to_string(), |n| n.to_string_lossy().into_owned())
    });
    let line = crate::objects::int::as_int(attr("lineno")).and_then(|n| n.to_i64());
    Ok(pystr::new(&match (file, line) {
        (Some(f), Some(n)) => format!("{text} ({f}, line {n})"),
        (Some(f), None) => format!("{text} ({f})"),
        (None, Some(n)) => format!("{text} (line {n})"),
        (None, None) => text,
    }))
}

fn exc_str(args: &[Value], _kw: Kw) -> PyResult {
    let e = exc_self(args, "__str__")?;
    Ok(pystr::new(&exceptions::base_str(e)?))
}

fn exc_repr(args: &[Value], _kw: Kw) -> PyResult {
    let e = exc_self(args, "__repr__")?;
    Ok(pystr::new(&exceptions::base_repr(e)?))
}

fn key_error_str(args: &[Value], _kw: Kw) -> PyResult {
    let e = exc_self(args, "__str__")?;
    Ok(pystr::new(&exceptions::key_error_str(e)?))
}

/// `UnicodeDecodeError.__init__` and `UnicodeEncodeError.__init__`: the encoding, the object
/// (bytes-like or str), the start and end of the bad part and the reason, also kept as
/// the attributes of these names.
fn unicode_error_init(args: &[Value], _kw: Kw) -> PyResult {
    let e = exc_self(args, "__init__")?;
    let rest = &args[1..];
    let [encoding, object, start, end, reason] = rest else {
        return type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            rest.len()
        ));
    };
    let decoding = is_decode_error(e);
    let text = |n: usize, v: Value| -> PyResult<()> {
        if v.kind() == Kind::Str {
            return Ok(());
        }
        type_error(format!(
            "argument {n} must be str, not {}",
            types::type_name(v)
        ))
    };
    text(1, *encoding)?;
    let object = if decoding {
        crate::objects::bytes::new(&crate::objects::bytes::expect_buffer(*object)?)
    } else {
        text(2, *object)?;
        *object
    };
    let start = crate::protocols::args::index_arg(*start)?;
    let end = crate::protocols::args::index_arg(*end)?;
    text(5, *reason)?;
    if let Some(obj) = e.get::<exceptions::ExceptionObj>() {
        obj.args.set(tuple::new(rest));
    }
    if let Some(d) = crate::objects::class::instance_dict(e) {
        d.set(pystr::intern("encoding"), *encoding)?;
        d.set(pystr::intern("object"), object)?;
        d.set(pystr::intern("start"), crate::objects::int::from_i64(start))?;
        d.set(pystr::intern("end"), crate::objects::int::from_i64(end))?;
        d.set(pystr::intern("reason"), *reason)?;
    }
    Ok(none())
}

fn is_decode_error(e: Value) -> bool {
    crate::objects::class::is_subclass(
        types::type_of(e),
        types::exc_class(exceptions::ExcKind::UnicodeDecodeError),
    )
}

/// `str()` of a UnicodeDecodeError or UnicodeEncodeError: `'utf-8' codec can't decode byte
/// 0xff in position 0: invalid start byte`.
fn unicode_error_str(args: &[Value], _kw: Kw) -> PyResult {
    let e = exc_self(args, "__str__")?;
    let message =
        crate::objects::codecs::unicode_error_message(is_decode_error(e), exceptions::args_of(e))?;
    match message {
        Some(m) => Ok(pystr::new(&m)),
        None => Ok(pystr::new(&exceptions::base_str(e)?)),
    }
}

/// `OSError.__init__`: `errno`, `strerror`, `filename` and `filename2` from 2 to 5
/// arguments (a filename is then dropped from `args`); all None otherwise.
fn oserror_init(args: &[Value], _kw: Kw) -> PyResult {
    let e = exc_self(args, "__init__")?;
    let rest = &args[1..];
    let get = |i: usize| rest.get(i).copied().unwrap_or(none());
    let (errno, strerror, filename, filename2) = if (2..=5).contains(&rest.len()) {
        (rest[0], rest[1], get(2), get(4))
    } else {
        (none(), none(), none(), none())
    };
    if let Some(obj) = e.get::<exceptions::ExceptionObj>() {
        let kept = if filename.is_none() { rest } else { &rest[..2] };
        obj.args.set(tuple::new(kept));
    }
    if let Some(d) = crate::objects::class::instance_dict(e) {
        d.set(pystr::intern("errno"), errno)?;
        d.set(pystr::intern("strerror"), strerror)?;
        d.set(pystr::intern("filename"), filename)?;
        d.set(pystr::intern("filename2"), filename2)?;
    }
    Ok(none())
}

/// `OSError.__str__`: `[Errno 2] No such file: 'name'`.
fn oserror_str(args: &[Value], _kw: Kw) -> PyResult {
    let e = exc_self(args, "__str__")?;
    let attr = |name: &'static str| {
        crate::objects::class::own_attr(e, pystr::intern(name)).unwrap_or(none())
    };
    let (errno, strerror) = (attr("errno"), attr("strerror"));
    let (filename, filename2) = (attr("filename"), attr("filename2"));
    let text = if !filename.is_none() {
        let head = format!(
            "[Errno {}] {}: {}",
            ops::str_string(errno)?,
            ops::str_string(strerror)?,
            ops::repr_string(filename)?
        );
        if filename2.is_none() {
            head
        } else {
            format!("{head} -> {}", ops::repr_string(filename2)?)
        }
    } else if !errno.is_none() && !strerror.is_none() {
        format!(
            "[Errno {}] {}",
            ops::str_string(errno)?,
            ops::str_string(strerror)?
        )
    } else {
        exceptions::base_str(e)?
    };
    Ok(pystr::new(&text))
}

fn object_self(args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&o) => Ok(o),
        None => type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        )),
    }
}

fn object_init(args: &[Value], _kw: Kw) -> PyResult {
    object_self(args, "__init__")?;
    Ok(none())
}

fn object_new(args: &[Value], _kw: Kw) -> PyResult {
    let cls = object_self(args, "__new__")?;
    match cls.get::<ClassObj>() {
        Some(c) if c.layout == crate::objects::class::Layout::Object => {
            Ok(crate::objects::class::new_instance(cls))
        }
        Some(c) if c.layout == crate::objects::class::Layout::Exception => {
            Ok(exceptions::new_instance(cls, tuple::new(&args[1..])))
        }
        // A builtin type, or a class deriving from one: CPython names the nearest class
        // whose `__new__` is not written in Python.
        Some(c) => {
            let new = crate::objects::str::intern("__new__");
            let safe = c
                .mro()
                .iter()
                .filter_map(|k| k.get::<ClassObj>())
                .find(|k| k.lookup(new).is_none_or(|f| f.kind() != Kind::Function))
                .map_or("object", |k| k.name_str());
            type_error(format!(
                "object.__new__({}) is not safe, use {safe}.__new__()",
                c.name_str()
            ))
        }
        None => type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            types::type_name(cls)
        )),
    }
}

fn object_repr(args: &[Value], _kw: Kw) -> PyResult {
    let o = object_self(args, "__repr__")?;
    Ok(pystr::new(&ops::default_repr(o)))
}

fn object_str(args: &[Value], _kw: Kw) -> PyResult {
    let o = object_self(args, "__str__")?;
    // CPython's `object.__str__` calls the type's repr slot directly: a user `__repr__`
    // returning a non-str is reported by `str()` ("__str__ returned non-string").
    if ops::is_user_object(o) {
        let cls = crate::objects::class::instance_class(o);
        if let Some(f) = cls
            .get::<ClassObj>()
            .and_then(|c| c.lookup(pystr::intern("__repr__")))
        {
            return crate::protocols::call::call_with_self(f, o, &[], Kw::NONE);
        }
    }
    ops::repr(o)
}

fn object_eq(args: &[Value], _kw: Kw) -> PyResult {
    match args {
        [a, b] if a == b => Ok(bool_value(true)),
        [_, _] => Ok(not_implemented()),
        _ => type_error("expected 1 argument"),
    }
}

/// `object.__lt__` and the other orderings: always NotImplemented.
fn object_order(args: &[Value], _kw: Kw) -> PyResult {
    match args {
        [_, _] => Ok(not_implemented()),
        _ => type_error("expected 1 argument"),
    }
}

fn object_ne(args: &[Value], _kw: Kw) -> PyResult {
    match args {
        [a, b] => Ok(bool_value(!ops::eq(*a, *b)?)),
        _ => type_error("expected 1 argument"),
    }
}

fn object_hash(args: &[Value], _kw: Kw) -> PyResult {
    let o = object_self(args, "__hash__")?;
    Ok(crate::objects::int::from_i64((o.0 >> 4) as i64))
}

fn object_setattr(args: &[Value], _kw: Kw) -> PyResult {
    match args {
        [o, name, v] => {
            crate::protocols::attr::generic_setattr(*o, *name, *v)?;
            Ok(none())
        }
        _ => type_error("expected 2 arguments"),
    }
}

fn object_delattr(args: &[Value], _kw: Kw) -> PyResult {
    match args {
        [o, name] => {
            crate::protocols::attr::generic_delattr(*o, *name)?;
            Ok(none())
        }
        _ => type_error("expected 1 argument"),
    }
}

fn object_getattribute(args: &[Value], _kw: Kw) -> PyResult {
    match args {
        [o, name] => crate::protocols::attr::generic_getattr(*o, *name),
        _ => type_error("expected 1 argument"),
    }
}

/// Puts the native methods of `object` and the exception classes into their namespaces.
pub fn fill_builtin_dicts(object: Value, exceptions: &[Value]) {
    let put = |cls: Value, name: &'static str, f: NativeFn, owner: &'static str| {
        if let Some(c) = cls.get::<ClassObj>() {
            let m = new_method(name, f, Value::NULL, owner);
            c.dict()
                .set(pystr::intern(name), m)
                .expect("str keys hash without error");
            crate::objects::class::namespace_changed(cls);
        }
    };
    put(object, "__init__", object_init, "object");
    put(object, "__new__", object_new, "object");
    put(object, "__repr__", object_repr, "object");
    put(object, "__str__", object_str, "object");
    put(object, "__eq__", object_eq, "object");
    put(object, "__ne__", object_ne, "object");
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        put(object, name, object_order, "object");
    }
    put(object, "__hash__", object_hash, "object");
    put(object, "__setattr__", object_setattr, "object");
    put(object, "__delattr__", object_delattr, "object");
    put(object, "__getattribute__", object_getattribute, "object");
    let base = exceptions[exceptions::ExcKind::BaseException as usize];
    put(base, "__init__", exc_init, "BaseException");
    put(base, "__str__", exc_str, "BaseException");
    put(base, "__repr__", exc_repr, "BaseException");
    put(base, "add_note", exc_add_note, "BaseException");
    put(base, "with_traceback", exc_with_traceback, "BaseException");
    let import_error = exceptions[exceptions::ExcKind::ImportError as usize];
    put(import_error, "__init__", import_error_init, "ImportError");
    let name_error = exceptions[exceptions::ExcKind::NameError as usize];
    put(name_error, "__init__", name_error_init, "NameError");
    let attribute_error = exceptions[exceptions::ExcKind::AttributeError as usize];
    put(
        attribute_error,
        "__init__",
        attribute_error_init,
        "AttributeError",
    );
    let syntax_error = exceptions[exceptions::ExcKind::SyntaxError as usize];
    put(syntax_error, "__init__", syntax_error_init, "SyntaxError");
    put(syntax_error, "__str__", syntax_error_str, "SyntaxError");
    let key_error = exceptions[exceptions::ExcKind::KeyError as usize];
    put(key_error, "__str__", key_error_str, "KeyError");
    for kind in [
        exceptions::ExcKind::UnicodeDecodeError,
        exceptions::ExcKind::UnicodeEncodeError,
    ] {
        let class = exceptions[kind as usize];
        put(class, "__init__", unicode_error_init, "UnicodeError");
        put(class, "__str__", unicode_error_str, "UnicodeError");
    }
    let group = exceptions[exceptions::ExcKind::BaseExceptionGroup as usize];
    put(
        group,
        "__new__",
        exception_group::group_new,
        "BaseExceptionGroup",
    );
    put(
        group,
        "__init__",
        exception_group::group_init,
        "BaseExceptionGroup",
    );
    put(
        group,
        "__str__",
        exception_group::group_str,
        "BaseExceptionGroup",
    );
    put(
        group,
        "derive",
        exception_group::group_derive,
        "BaseExceptionGroup",
    );
    put(
        group,
        "split",
        exception_group::group_split,
        "BaseExceptionGroup",
    );
    put(
        group,
        "subgroup",
        exception_group::group_subgroup,
        "BaseExceptionGroup",
    );
    if let Some(c) = group.get::<ClassObj>() {
        let getitem = new_method(
            "__class_getitem__",
            exception_group::group_class_getitem,
            Value::NULL,
            "BaseExceptionGroup",
        );
        let getitem = new_descriptor(DescrKind::ClassMethod, getitem, Value::NULL, Value::NULL);
        c.dict()
            .set(pystr::intern("__class_getitem__"), getitem)
            .expect("str keys hash without error");
    }
    let os_error = exceptions[exceptions::ExcKind::OSError as usize];
    put(os_error, "__init__", oserror_init, "OSError");
    put(os_error, "__str__", oserror_str, "OSError");
}

/// The class-level name of a builtin type, for messages.
pub fn type_display(id: TypeId) -> &'static str {
    types::class_of(id)
        .get::<ClassObj>()
        .map_or("?", |c| c.name_str())
}
