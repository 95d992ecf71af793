//! The C ABI called by generated code: thin `extern "C"` wrappers over the runtime
//! (see docs/runtime-abi.md). Failures return 0 with the exception pending.

use crate::memory::gc::RootedVec;
use crate::memory::roots;
use crate::modules;
use crate::modules::builtins;
use crate::objects::complex;
use crate::objects::dict::{self, DictObj};
use crate::objects::exception_group;
use crate::objects::exceptions::{self, raise, raise_args, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::function;
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::metaclass;
use crate::objects::methods;
use crate::objects::module;
use crate::objects::range;
use crate::objects::set;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{none, Kind, PyResult, Value};
use crate::protocols::attr;
use crate::protocols::attr_cache::{self, AttrCache};
use crate::protocols::call::{self, Kw};
use crate::protocols::formatting;
use crate::protocols::item;
use crate::protocols::iter;
use crate::protocols::ops;
use crate::startup;
use std::ffi::{c_char, CStr};

/// The value of a result: 0 when an exception is pending.
fn ret(r: PyResult) -> Value {
    r.unwrap_or(Value::NULL)
}

/// None, or 0 when an exception is pending.
fn ret_unit(r: PyResult<()>) -> Value {
    match r {
        Ok(()) => none(),
        Err(_) => Value::NULL,
    }
}

/// The `n` values at `p`.
fn values<'a>(p: *const Value, n: u64) -> &'a [Value] {
    if n == 0 || p.is_null() {
        return &[];
    }
    // SAFETY: generated code passes a pointer to `n` initialised values that stay alive
    // for the duration of the call.
    unsafe { std::slice::from_raw_parts(p, n as usize) }
}

/// The `len` bytes at `p`, which must be UTF-8.
fn text<'a>(p: *const u8, len: u64) -> &'a str {
    if len == 0 || p.is_null() {
        return "";
    }
    // SAFETY: the compiler emits string constants as `len` bytes of valid UTF-8 at `p`,
    // kept in the executable's read-only data.
    unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, len as usize)) }
}

#[no_mangle]
pub extern "C" fn rt_start(argc: i32, argv: *const *const c_char) {
    let mut args = Vec::with_capacity(argc.max(0) as usize);
    for i in 0..argc.max(0) as usize {
        // SAFETY: `main` passes the `argc` NUL-terminated strings the OS gave it.
        let s = unsafe { CStr::from_ptr(*argv.add(i)) };
        args.push(s.to_string_lossy().into_owned());
    }
    startup::start(args);
}

#[no_mangle]
pub extern "C" fn rt_register_roots(base: *mut Value, count: u64) {
    roots::register(base, count as usize);
}

#[no_mangle]
pub extern "C" fn rt_finish(result: Value) -> i32 {
    startup::finish(result)
}

#[no_mangle]
pub extern "C" fn rt_str_from_utf8(ptr: *const u8, len: u64) -> Value {
    // The constants live in the executable's data for as long as the process does.
    let s: &'static str = text(ptr, len);
    if pystr::looks_like_identifier(s) {
        return pystr::intern(s);
    }
    pystr::constant(s)
}

/// A bytes constant: the `len` bytes at `p`.
#[no_mangle]
pub extern "C" fn rt_bytes_new(p: *const u8, len: u64) -> Value {
    if len == 0 || p.is_null() {
        return crate::objects::bytes::new(&[]);
    }
    // SAFETY: the compiler emits bytes constants as `len` bytes at `p`, kept in the
    // executable's read-only data.
    let data = unsafe { std::slice::from_raw_parts(p, len as usize) };
    crate::objects::bytes::new(data)
}

#[no_mangle]
pub extern "C" fn rt_int_from_decimal(ptr: *const u8, len: u64) -> Value {
    let t = text(ptr, len);
    match int::parse_literal(t) {
        Some(v) => v,
        None => ret(value_error(format!("invalid int literal {t:?}"))),
    }
}

#[no_mangle]
pub extern "C" fn rt_float_new(x: f64) -> Value {
    float::new(x)
}

/// A complex constant (an imaginary literal).
#[no_mangle]
pub extern "C" fn rt_complex_new(real: f64, imag: f64) -> Value {
    complex::new(complex::Complex::new(real, imag))
}

#[no_mangle]
pub extern "C" fn rt_builtin(name: Value) -> Value {
    ret(builtins::lookup(pystr::as_str(name).unwrap_or("")))
}

#[no_mangle]
pub extern "C" fn rt_import(name: Value, top_level: u64) -> Value {
    ret(modules::import_name(name, top_level != 0))
}

#[no_mangle]
pub extern "C" fn rt_import_from(module: Value, name: Value) -> Value {
    ret(modules::import_from(module, name))
}

/// `from module import *` into compiled module `into`; None, or 0 with an exception.
#[no_mangle]
pub extern "C" fn rt_import_star(module: Value, into: u64) -> Value {
    ret(modules::import_star(module, into as usize).map(|()| none()))
}

/// Registers the next compiled module: its name, `__file__`, `__package__`, `__doc__`
/// and `__path__` folders (a tuple; each 0 when absent), its body's code object, its
/// source (for tracebacks), and its global slots (their names, and the address of the
/// first).
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn rt_module_register(
    name: Value,
    file: Value,
    package: Value,
    doc: Value,
    path: Value,
    body: Value,
    source: Value,
    slot_names: Value,
    slots: *mut Value,
) {
    let or_none = |v: Value| if v.is_null() { none() } else { v };
    module::register_compiled(module::CompiledModule {
        name,
        file,
        package: or_none(package),
        doc: or_none(doc),
        path: tuple::items(path).map_or(Value::NULL, list::new),
        body,
        source,
        slot_names,
        slots: slots as usize,
        module: Value::NULL,
    });
}

/// `globals()` in compiled module `index`.
#[no_mangle]
pub extern "C" fn rt_globals(index: u64) -> Value {
    match module::compiled_module(index as usize).and_then(|m| m.get::<module::ModuleObj>()) {
        Some(m) => m.namespace(),
        None => ret(raise(
            ExcKind::SystemError,
            "globals() of a module not imported",
        )),
    }
}

/// `locals()` of a function: a dict of the bound variables among `values`, named by the
/// tuple `names`; where `kinds` (a str) has `c`, the value is a cell whose content counts.
#[no_mangle]
pub extern "C" fn rt_locals(names: Value, kinds: Value, values: *const Value) -> Value {
    let names = tuple::items(names).unwrap_or(&[]);
    let kinds = pystr::as_str(kinds).unwrap_or("").as_bytes();
    // SAFETY: generated code passes one value per name, in a stack array.
    let values = unsafe { std::slice::from_raw_parts(values, names.len()) };
    let d = dict::new();
    for ((&name, &kind), &value) in names.iter().zip(kinds).zip(values) {
        let value = if kind == b'c' {
            value
                .get::<function::CellObj>()
                .map_or(Value::NULL, |c| c.value.get())
        } else {
            value
        };
        if !value.is_null() {
            if let Err(e) = d.get::<DictObj>().expect("a dict").set(name, value) {
                return ret(Err(e));
            }
        }
    }
    d
}

/// Records that the pending exception leaves function `func` at `line`.
#[no_mangle]
pub extern "C" fn rt_traceback_here(func: Value, line: u64) {
    crate::protocols::traceback::here(func, line);
}

/// Runs the main module's body; its result for `rt_finish`.
#[no_mangle]
pub extern "C" fn rt_run_main() -> Value {
    ret(modules::run_main())
}

#[no_mangle]
pub extern "C" fn rt_code_set_module(code: Value, index: u64) {
    if let Some(c) = code.get::<function::CodeObj>() {
        c.module.set(index);
    }
}

#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn rt_code_new(
    name: Value,
    qualname: Value,
    entry: *const u8,
    argcount: u64,
    kwonlycount: u64,
    flags: u64,
    varnames: Value,
    freevars: Value,
) -> Value {
    function::new_code(
        name,
        qualname,
        entry as usize,
        (argcount, kwonlycount, flags),
        varnames,
        freevars,
    )
}

/// A function over `code` capturing the `ncells` cells at `cells`.
#[no_mangle]
pub extern "C" fn rt_function_new(
    code: Value,
    defaults: Value,
    kwdefaults: Value,
    cells: *const Value,
    ncells: u64,
) -> Value {
    ret(function::new_function(
        code,
        defaults,
        kwdefaults,
        values(cells, ncells),
    ))
}

#[no_mangle]
pub extern "C" fn rt_cell_new(v: Value) -> Value {
    function::new_cell(v)
}

#[no_mangle]
pub extern "C" fn rt_call(callee: Value, args: *const Value, nargs: u64) -> Value {
    ret(call::call_rooted(callee, values(args, nargs), Kw::NONE))
}

#[no_mangle]
pub extern "C" fn rt_call_kw(
    callee: Value,
    args: *const Value,
    nargs: u64,
    kwnames: Value,
) -> Value {
    let names = tuple::items(kwnames).unwrap_or(&[]);
    let all = values(args, nargs + names.len() as u64);
    let (pos, kwvals) = all.split_at(nargs as usize);
    ret(call::call_rooted(
        callee,
        pos,
        Kw {
            names,
            values: kwvals,
        },
    ))
}

#[no_mangle]
pub extern "C" fn rt_call_ex(callee: Value, args: Value, kwargs: Value) -> Value {
    ret(call_ex(callee, args, kwargs))
}

fn call_ex(callee: Value, args: Value, kwargs: Value) -> PyResult {
    let pos = RootedVec::from_vec(match tuple::items(args) {
        Some(items) => items.to_vec(),
        None if !iter::has_iter_slot(args) => {
            return type_error(format!(
                "{} argument after * must be an iterable, not {}",
                call::function_str(callee)?,
                types::type_name(args)
            ))
        }
        None => iter::collect(args)?,
    });
    if kwargs.is_null() {
        return call::call_rooted(callee, &pos, Kw::NONE);
    }
    let Some(d) = kwargs.get::<DictObj>() else {
        return type_error(format!(
            "argument after ** must be a mapping, not {}",
            types::type_name(kwargs)
        ));
    };
    let (names, vals): (Vec<Value>, Vec<Value>) = d.items().into_iter().unzip();
    let (names, vals) = (RootedVec::from_vec(names), RootedVec::from_vec(vals));
    if names.iter().any(|n| n.kind() != Kind::Str) {
        return type_error("keywords must be strings");
    }
    call::call_rooted(
        callee,
        &pos,
        Kw {
            names: &names,
            values: &vals,
        },
    )
}

/// The `__call__` function to call with `callee` prepended, with `nargs` arguments in all,
/// when `callee` is an instance whose class defines `__call__` as a compiled function taking
/// them in registers and a frame is left for the call of `__call__` itself (CPython counts
/// it as a level of recursion): that frame is then taken from `closc_frames_left`, and the
/// caller gives it back after the call. 0 otherwise (then `rt_call` does the call). Never
/// raises.
#[no_mangle]
pub extern "C" fn rt_instance_call_function(callee: Value, nargs: u64) -> Value {
    call::instance_call_function(callee, nargs).unwrap_or(Value::NULL)
}

/// For a call of class `cls` with `nargs - 1` arguments: a new instance when the call is
/// only running `__init__` on it (`class::new_for_direct_init`), whose function (at
/// `closc_abi::class::INIT` in the class) generated code then calls directly with the
/// instance prepended; 0 otherwise (then `rt_call` does the call). Never raises.
#[no_mangle]
pub extern "C" fn rt_new_for_init(cls: Value, nargs: u64) -> Value {
    crate::objects::class::new_for_direct_init(cls, nargs).unwrap_or(Value::NULL)
}

/// Raises CPython's TypeError for an `__init__` (called directly by generated code) that
/// returned `result`, not None; returns 0.
#[no_mangle]
pub extern "C" fn rt_init_returned(result: Value) -> Value {
    ret(crate::objects::class::init_returned(result))
}

/// The compiled function to call with `obj` prepended for `obj.name(...)` at a site whose
/// cache knows it, or 0 (then `rt_call_method_cached` does the call). Never raises.
#[no_mangle]
pub extern "C" fn rt_method_for_direct_call(obj: Value, name: Value, cache: &AttrCache) -> Value {
    attr_cache::method_for_direct_call(obj, name, cache)
}

/// `super(cls, obj).name` ready for `rt_call_with_self` (or, tagged `WITHOUT_SELF`, for
/// `rt_call`), for a zero-argument `super().name(...)` whose `super` is `callee`; 0 with
/// an exception pending. See `attr_cache::super_method`.
#[no_mangle]
pub extern "C" fn rt_super_method(
    callee: Value,
    cls: Value,
    obj: Value,
    name: Value,
    cache: &AttrCache,
) -> Value {
    ret(attr_cache::super_method(callee, cls, obj, name, cache))
}

/// `f(this, *args)`, for a method found on a class (as a bound method would call it).
#[no_mangle]
pub extern "C" fn rt_call_with_self(
    f: Value,
    this: Value,
    args: *const Value,
    nargs: u64,
) -> Value {
    ret(call::call_with_self_rooted(
        f,
        this,
        values(args, nargs),
        Kw::NONE,
    ))
}

/// `obj.name(*args)` at a site whose cache is `cache` (see `attr_cache::AttrCache`). The
/// `nargs` arguments at `args` follow `obj` itself (`args[-1]`), so that a method taking
/// `obj` first gets them all without a copy (as CPython's vectorcall offset allows).
#[no_mangle]
pub extern "C" fn rt_call_method_cached(
    obj: Value,
    name: Value,
    args: *const Value,
    nargs: u64,
    cache: &AttrCache,
) -> Value {
    // SAFETY: generated code passes `args` one value into an array of `nargs + 1`
    // initialised values, the first of them `obj`, alive for the duration of the call.
    let with_object = unsafe { std::slice::from_raw_parts(args.sub(1), nargs as usize + 1) };
    debug_assert!(with_object[0] == obj);
    ret(attr_cache::call_method(obj, name, with_object, cache))
}

#[no_mangle]
pub extern "C" fn rt_binary(op: u32, a: Value, b: Value) -> Value {
    ret(ops::binary_from_code(op, a, b))
}

#[no_mangle]
pub extern "C" fn rt_inplace(op: u32, a: Value, b: Value) -> Value {
    ret(ops::inplace_from_code(op, a, b))
}

#[no_mangle]
pub extern "C" fn rt_unary(op: u32, a: Value) -> Value {
    ret(ops::unary(op, a))
}

#[no_mangle]
pub extern "C" fn rt_compare(op: u32, a: Value, b: Value) -> Value {
    ret(ops::compare(op, a, b))
}

/// 1 when `a` and `b` are strs of the same text, else 0 (generated code calls it for two
/// strs).
#[no_mangle]
pub extern "C" fn rt_str_equal(a: Value, b: Value) -> u64 {
    u64::from(pystr::equal(a, b))
}

#[no_mangle]
pub extern "C" fn rt_truthy(v: Value) -> i64 {
    match ops::truthy(v) {
        Ok(b) => b as i64,
        Err(_) => -1,
    }
}

#[no_mangle]
pub extern "C" fn rt_tuple_new(items: *const Value, n: u64) -> Value {
    tuple::new(values(items, n))
}

#[no_mangle]
pub extern "C" fn rt_list_new(items: *const Value, n: u64) -> Value {
    list::new(values(items, n))
}

#[no_mangle]
pub extern "C" fn rt_set_new(items: *const Value, n: u64) -> Value {
    let s = set::new(false);
    if let Some(target) = set::get(s) {
        for &v in values(items, n) {
            if target.add(v).is_err() {
                return Value::NULL;
            }
        }
    }
    s
}

#[no_mangle]
pub extern "C" fn rt_set_new_const(items: *const Value, n: u64) -> Value {
    ret(set::from_constants(values(items, n)))
}

#[no_mangle]
pub extern "C" fn rt_frozenset_new_const(items: *const Value, n: u64) -> Value {
    ret(set::frozen_constant(values(items, n)))
}

#[no_mangle]
pub extern "C" fn rt_dict_new(pairs: *const Value, npairs: u64) -> Value {
    let d = dict::new();
    if let Some(dd) = d.get::<DictObj>() {
        for kv in values(pairs, npairs * 2).chunks(2) {
            if dd.set(kv[0], kv[1]).is_err() {
                return Value::NULL;
            }
        }
    }
    d
}

#[no_mangle]
pub extern "C" fn rt_list_append(l: Value, v: Value) -> Value {
    match l.get::<ListObj>() {
        Some(list) => {
            list.push(v);
            none()
        }
        None => ret(type_error("rt_list_append on a non-list")),
    }
}

#[no_mangle]
pub extern "C" fn rt_list_extend(l: Value, iterable: Value) -> Value {
    let Some(list) = l.get::<ListObj>() else {
        return ret(type_error("rt_list_extend on a non-list"));
    };
    let items = iter::iter_reworded(iterable, || {
        (!iter::has_iter_slot(iterable)).then(|| {
            format!(
                "Value after * must be an iterable, not {}",
                types::type_name(iterable)
            )
        })
    })
    .and_then(iter::collect_rooted);
    match items {
        Ok(items) => {
            list.items_mut().extend(items.iter());
            none()
        }
        Err(_) => Value::NULL,
    }
}

#[no_mangle]
pub extern "C" fn rt_list_to_tuple(l: Value) -> Value {
    match l.get::<ListObj>() {
        Some(list) => tuple::new(&list.snapshot()),
        None => ret(type_error("rt_list_to_tuple on a non-list")),
    }
}

#[no_mangle]
pub extern "C" fn rt_set_add(s: Value, v: Value) -> Value {
    match set::get(s) {
        Some(target) => ret_unit(target.add(v)),
        None => ret(type_error("rt_set_add on a non-set")),
    }
}

#[no_mangle]
pub extern "C" fn rt_dict_update(d: Value, mapping: Value) -> Value {
    let Some(target) = d.get::<DictObj>() else {
        return ret(type_error("rt_dict_update on a non-dict"));
    };
    if mapping.get::<DictObj>().is_none() && !ops::is_user_object(mapping) {
        return ret(type_error(format!(
            "'{}' object is not a mapping",
            types::type_name(mapping)
        )));
    }
    ret_unit(methods::dict_update_from(target, mapping))
}

#[no_mangle]
pub extern "C" fn rt_kwargs_merge(callee: Value, d: Value, mapping: Value) -> Value {
    let Some(target) = d.get::<DictObj>() else {
        return ret(type_error("rt_kwargs_merge on a non-dict"));
    };
    ret_unit(call::merge_kwargs(callee, target, mapping))
}

#[no_mangle]
pub extern "C" fn rt_getitem(o: Value, key: Value) -> Value {
    // From compiled code, a user's `__getitem__` may let the collector run.
    if o.kind() == Kind::Instance {
        if let Some(r) = ops::call_dunder_from(ops::Caller::CompiledCode, o, "__getitem__", &[key])
        {
            return ret(r);
        }
    }
    ret(item::getitem(o, key))
}

#[no_mangle]
pub extern "C" fn rt_setitem(o: Value, key: Value, v: Value) -> Value {
    ret_unit(item::setitem(o, key, v))
}

#[no_mangle]
pub extern "C" fn rt_delitem(o: Value, key: Value) -> Value {
    ret_unit(item::delitem(o, key))
}

/// `o[start:stop:step]` (0 for an omitted part).
#[no_mangle]
pub extern "C" fn rt_getslice(o: Value, start: Value, stop: Value, step: Value) -> Value {
    match item::getslice(o, start, stop, step) {
        Some(result) => ret(result),
        None => rt_getitem(o, range::new_slice(start, stop, step)),
    }
}

/// `o[start:stop:step] = v` (0 for an omitted part).
#[no_mangle]
pub extern "C" fn rt_setslice(o: Value, start: Value, stop: Value, step: Value, v: Value) -> Value {
    match item::setslice(o, start, stop, step, v) {
        Some(result) => ret_unit(result),
        None => rt_setitem(o, range::new_slice(start, stop, step), v),
    }
}

#[no_mangle]
pub extern "C" fn rt_slice_new(start: Value, stop: Value, step: Value) -> Value {
    range::new_slice(start, stop, step)
}

/// `o.name` at a site whose cache is `cache` (see `attr_cache::AttrCache`).
#[no_mangle]
pub extern "C" fn rt_getattr_cached(o: Value, name: Value, cache: &AttrCache) -> Value {
    ret(attr_cache::getattr(o, name, cache))
}

/// `o.name = v` at a site whose cache is `cache` (see `attr_cache::AttrCache`).
#[no_mangle]
pub extern "C" fn rt_setattr_cached(o: Value, name: Value, v: Value, cache: &AttrCache) -> Value {
    ret_unit(attr_cache::setattr(o, name, v, cache))
}

#[no_mangle]
pub extern "C" fn rt_delattr(o: Value, name: Value) -> Value {
    ret_unit(attr::delattr(o, name))
}

#[no_mangle]
pub extern "C" fn rt_iter(o: Value) -> Value {
    ret(iter::iter(o))
}

#[no_mangle]
pub extern "C" fn rt_next(it: Value) -> Value {
    if let Some(item) = iter::next_list_item(it) {
        return item;
    }
    if let Some(item) = crate::objects::generator::next_stackless(it) {
        return item;
    }
    match iter::next_rooted(it) {
        Ok(Some(v)) => v,
        Ok(None) => Value::ITER_DONE,
        Err(_) => Value::NULL,
    }
}

/// Calls `f` with the items of a list or tuple, borrowed (no Python code may run in `f`);
/// None for other objects.
fn with_sequence_items<R>(o: Value, f: impl FnOnce(&[Value]) -> R) -> Option<R> {
    if let Some(items) = tuple::items(o) {
        return Some(f(items));
    }
    o.get::<ListObj>().map(|l| f(&l.items()))
}

/// Iterates `o` for at most `limit` items.
fn iterate_to_unpack(o: Value, limit: usize) -> PyResult<RootedVec> {
    let it = iter::iter_reworded(o, || {
        (!iter::has_iter_slot(o))
            .then(|| format!("cannot unpack non-iterable {} object", types::type_name(o)))
    })?;
    let mut out = RootedVec::new();
    while out.len() < limit {
        match iter::next_rooted(it)? {
            Some(v) => out.push(v),
            None => break,
        }
    }
    Ok(out)
}

/// Unpacks `o` into `out`, copying a list's or tuple's items straight from the object.
fn unpack(o: Value, n: usize, out: &mut [Value]) -> PyResult<()> {
    let mut fill = |items: &[Value]| {
        if items.len() == n {
            out.copy_from_slice(items);
        }
        items.len()
    };
    let got = match with_sequence_items(o, &mut fill) {
        Some(got) => got,
        None => fill(&iterate_to_unpack(o, n + 1)?),
    };
    if got < n {
        return value_error(format!(
            "not enough values to unpack (expected {n}, got {got})"
        ));
    }
    if got > n {
        return value_error(format!("too many values to unpack (expected {n})"));
    }
    Ok(())
}

/// The `n` writable slots at `out`.
fn out_slots<'a>(out: *mut Value, n: usize) -> &'a mut [Value] {
    if n == 0 || out.is_null() {
        return &mut [];
    }
    // SAFETY: generated code passes a buffer of `n` value slots that it owns exclusively
    // for the duration of the call.
    unsafe { std::slice::from_raw_parts_mut(out, n) }
}

#[no_mangle]
pub extern "C" fn rt_unpack(o: Value, n: u64, out: *mut Value) -> Value {
    let slots = out_slots(out, n as usize);
    ret_unit(unpack(o, n as usize, slots))
}

fn unpack_ex(o: Value, before: usize, after: usize, out: &mut [Value]) -> PyResult<()> {
    let mut fill = |items: &[Value]| {
        if items.len() < before + after {
            return Err(items.len());
        }
        out[..before].copy_from_slice(&items[..before]);
        let mid_end = items.len() - after;
        out[before] = list::new(&items[before..mid_end]);
        out[before + 1..].copy_from_slice(&items[mid_end..]);
        Ok(())
    };
    let filled = match with_sequence_items(o, &mut fill) {
        Some(filled) => filled,
        None => fill(&iterate_to_unpack(o, usize::MAX)?),
    };
    filled.or_else(|got| {
        value_error(format!(
            "not enough values to unpack (expected at least {}, got {got})",
            before + after
        ))
    })
}

#[no_mangle]
pub extern "C" fn rt_unpack_ex(o: Value, before: u64, after: u64, out: *mut Value) -> Value {
    let slots = out_slots(out, (before + after + 1) as usize);
    ret_unit(unpack_ex(o, before as usize, after as usize, slots))
}

#[no_mangle]
pub extern "C" fn rt_str(v: Value) -> Value {
    ret(ops::str(v))
}

#[no_mangle]
pub extern "C" fn rt_repr(v: Value) -> Value {
    ret(ops::repr(v))
}

#[no_mangle]
pub extern "C" fn rt_format(v: Value, spec: Value) -> Value {
    ret(formatting::builtin_format(v, spec))
}

#[no_mangle]
pub extern "C" fn rt_str_concat(parts: *const Value, n: u64) -> Value {
    match pystr::concat_all(values(parts, n)) {
        Some(s) => s,
        None => ret(type_error("rt_str_concat expects str parts")),
    }
}

#[no_mangle]
pub extern "C" fn rt_yield(value: Value, line: u64) -> Value {
    crate::objects::generator::yield_value(value, line)
}

#[no_mangle]
pub extern "C" fn rt_raise(exc: Value) -> Value {
    let _ = exceptions::raise_value(exc, None);
    Value::NULL
}

#[no_mangle]
pub extern "C" fn rt_raise_from(exc: Value, cause: Value) -> Value {
    let _ = exceptions::raise_value(exc, Some(cause));
    Value::NULL
}

#[no_mangle]
pub extern "C" fn rt_err_fetch() -> Value {
    exceptions::take_pending()
}

#[no_mangle]
pub extern "C" fn rt_err_restore(exc: Value) -> Value {
    exceptions::restore_pending(exc);
    Value::NULL
}

/// A bare `raise` outside the handlers of its own function.
#[no_mangle]
pub extern "C" fn rt_raise_handled() -> Value {
    match exceptions::handled() {
        Some(exc) => {
            exceptions::restore_pending(exc);
        }
        None => {
            let _ =
                exceptions::raise::<()>(ExcKind::RuntimeError, "No active exception to reraise");
        }
    }
    Value::NULL
}

#[no_mangle]
pub extern "C" fn rt_handler_enter(exc: Value) -> Value {
    exceptions::enter_handler(exc)
}

#[no_mangle]
pub extern "C" fn rt_handler_leave(prev: Value) {
    exceptions::leave_handler(prev);
}

#[no_mangle]
pub extern "C" fn rt_exc_matches(exc: Value, cls: Value) -> i64 {
    match exceptions::matches(exc, cls) {
        Ok(b) => b as i64,
        Err(_) => -1,
    }
}

/// `except* classes:` — the `(match, rest)` pair for the exception not yet handled
/// (`exception_group::except_star_match`); 0 with an exception pending.
#[no_mangle]
pub extern "C" fn rt_except_star_match(exc: Value, classes: Value) -> Value {
    exception_group::except_star_match(exc, classes).unwrap_or(Value::NULL)
}

/// What an `except*` statement raises after its clauses (None for nothing); 0 with an
/// exception pending.
#[no_mangle]
pub extern "C" fn rt_except_star_result(orig: Value, raised: Value) -> Value {
    exception_group::except_star_result(orig, raised).unwrap_or(Value::NULL)
}

/// The prologue's slow path (see `call::frame_check`): 1 to go on, 0 when RecursionError
/// was raised.
#[no_mangle]
pub extern "C" fn rt_frame_check() -> u64 {
    u64::from(call::frame_check())
}

#[no_mangle]
pub extern "C" fn rt_gc_safepoint() {
    if crate::memory::gc::safepoint() {
        crate::protocols::finalize::run_pending();
    }
}

#[no_mangle]
pub extern "C" fn rt_raise_name_error(name: Value) -> Value {
    rt_raise_name_error_in(name, call::current_function())
}

#[no_mangle]
pub extern "C" fn rt_raise_name_error_in(name: Value, func: Value) -> Value {
    let n = pystr::as_str(name).unwrap_or("?");
    ret(exceptions::raise_name_error(
        name,
        func,
        &format!("name '{n}' is not defined"),
    ))
}

#[no_mangle]
pub extern "C" fn rt_code_set_cellvars(code: Value, cellvars: Value) {
    function::set_cellvars(code, cellvars);
}

#[no_mangle]
pub extern "C" fn rt_code_set_first_line(code: Value, line: u64) {
    if let Some(c) = code.get::<function::CodeObj>() {
        c.first_line.set(line);
    }
}

/// Makes the frame of a stackless generator body (`generator_frame`) `words` long.
#[no_mangle]
pub extern "C" fn rt_code_set_frame_words(code: Value, words: u64) {
    if let Some(c) = code.get::<function::CodeObj>() {
        c.frame_words.set(words);
    }
}

#[no_mangle]
pub extern "C" fn rt_code_set_posonlycount(code: Value, n: u64) {
    function::set_posonlycount(code, n);
}

/// Records which closure entries of the functions made from `code` hold values, not cells
/// (bit `i` for free variable `i`).
#[no_mangle]
pub extern "C" fn rt_code_set_value_freevars(code: Value, mask: u64) {
    if let Some(c) = code.get::<function::CodeObj>() {
        c.value_freevars.set(mask);
    }
}

#[no_mangle]
pub extern "C" fn rt_raise_unbound_local(name: Value) -> Value {
    let n = pystr::as_str(name).unwrap_or("?");
    ret(raise(
        ExcKind::UnboundLocalError,
        &format!("cannot access local variable '{n}' where it is not associated with a value"),
    ))
}

#[no_mangle]
pub extern "C" fn rt_raise_unbound_free(name: Value) -> Value {
    let n = pystr::as_str(name).unwrap_or("?");
    ret(exceptions::raise_name_error(
        name,
        call::current_function(),
        &format!(
            "cannot access free variable '{n}' where it is not associated with a value in enclosing scope"
        ),
    ))
}

#[no_mangle]
pub extern "C" fn rt_assert_fail(msg: Value) -> Value {
    let args: &[Value] = if msg.is_null() {
        &[]
    } else {
        std::slice::from_ref(&msg)
    };
    ret(raise_args(ExcKind::AssertionError, args))
}

#[no_mangle]
pub extern "C" fn rt_class_new(
    name: Value,
    qualname: Value,
    bases: Value,
    namespace: Value,
    kwargs: Value,
    attributes: Value,
) -> Value {
    let made = metaclass::build(name, qualname, bases, namespace, kwargs);
    if let Ok(cls) = made {
        if let Some(c) = cls.get::<crate::objects::class::ClassObj>() {
            c.expect_attributes(tuple::items(attributes).unwrap_or(&[]));
        }
    }
    ret(made)
}

/// The namespace a class body runs in (its metaclass's `__prepare__`, or a new dict).
#[no_mangle]
pub extern "C" fn rt_class_namespace(name: Value, bases: Value, kwargs: Value) -> Value {
    ret(metaclass::prepare(name, bases, kwargs))
}

/// The layouts and kinds generated code relies on, as `closc_abi` defines them (see
/// docs/runtime-abi.md), checked when the runtime is compiled so that a change here cannot
/// silently break compiled programs. The offsets of private fields are checked beside their
/// structs (`ListObj`, `TupleObj`, `FunctionObj`, `InstanceObj`, `AttrCache`, the allocator's
/// `Fast`).
mod layout_contract {
    use crate::memory::gc::needs_finalizer;
    use crate::objects::class::{ClassObj, InstanceObj};
    use crate::objects::float::FloatObj;
    use crate::objects::function::{CellObj, CodeObj, FunctionObj};
    use crate::objects::list::ListObj;
    use crate::objects::str::StrObj;
    use crate::objects::tuple::TupleObj;
    use crate::objects::value::{Header, HeapObject, Kind};
    use crate::protocols::iter::{RangeIterObj, SeqIterObj};
    use closc_abi::{
        cell, class, code, float, function, header, instance, kind, range_iterator,
        sequence_iterator, str, tuple,
    };
    use std::mem::{offset_of, size_of};

    const _: () = {
        assert!(size_of::<Header>() == header::SIZE);
        assert!(offset_of!(Header, kind) == header::KIND as usize);

        assert!(CellObj::KIND as u32 == kind::CELL);
        assert!(offset_of!(CellObj, value) == cell::VALUE as usize);
        assert!(!needs_finalizer(Kind::Cell));

        assert!(FloatObj::KIND as u32 == kind::FLOAT);
        assert!(offset_of!(FloatObj, value) == float::VALUE as usize);

        assert!(StrObj::KIND as u32 == kind::STR);
        assert!(offset_of!(StrObj, nchars) == str::NCHARS as usize);

        assert!(TupleObj::KIND as u32 == kind::TUPLE);
        assert!(offset_of!(TupleObj, len) == tuple::LEN as usize);

        assert!(ListObj::KIND as u32 == kind::LIST);

        assert!(offset_of!(CodeObj, entry) == code::ENTRY as usize);
        assert!(offset_of!(CodeObj, direct_arity) == code::DIRECT_ARITY as usize);

        assert!(FunctionObj::KIND as u32 == kind::FUNCTION);
        assert!(offset_of!(FunctionObj, entry) == function::ENTRY as usize);
        assert!(offset_of!(FunctionObj, direct_arity) == function::DIRECT_ARITY as usize);
        assert!(offset_of!(FunctionObj, code) == function::CODE as usize);
        assert!(offset_of!(FunctionObj, defaults) == function::DEFAULTS as usize);
        assert!(offset_of!(FunctionObj, cells) == function::CELLS as usize);
        assert!(!needs_finalizer(Kind::Function));

        assert!(InstanceObj::KIND as u32 == kind::INSTANCE);
        assert!(offset_of!(InstanceObj, class) == instance::CLASS as usize);
        assert!(offset_of!(ClassObj, tag) == class::TAG as usize);
        assert!(offset_of!(ClassObj, init) == class::INIT as usize);

        assert!(SeqIterObj::KIND as u32 == kind::SEQUENCE_ITERATOR);
        assert!(offset_of!(SeqIterObj, seq) == sequence_iterator::SEQUENCE as usize);
        assert!(offset_of!(SeqIterObj, pos) == sequence_iterator::POSITION as usize);
        assert!(offset_of!(SeqIterObj, reverse) == sequence_iterator::REVERSE as usize);

        assert!(RangeIterObj::KIND as u32 == kind::RANGE_ITERATOR);
        assert!(offset_of!(RangeIterObj, next) == range_iterator::NEXT as usize);
        assert!(offset_of!(RangeIterObj, step) == range_iterator::STEP as usize);
        assert!(offset_of!(RangeIterObj, remaining) == range_iterator::REMAINING as usize);
        assert!(offset_of!(RangeIterObj, big) == range_iterator::BIG as usize);
    };
}
