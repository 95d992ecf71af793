//! Methods of the builtin types (list, dict, set, tuple, int, float, complex, property,
//! files; str methods live in `str_methods`, those of bytes and bytearray in
//! `bytes_methods`), and the set and dict operators built on them.

use crate::objects::bytes_methods;
use crate::objects::complex::{self, Complex, ComplexObj};
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{raise, raise_args, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::function::{self, DescrKind, DescriptorObj, NativeFn};
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::range::{self, RangeObj, SliceObj};
use crate::objects::set::{self, SetObj};
use crate::objects::str_methods;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{bool_value, none, Kind, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::sort;
use num_bigint::BigInt;
use std::cell::Cell;

/// A named native method.
pub struct Method {
    pub name: &'static str,
    pub func: NativeFn,
}

macro_rules! methods {
    ($table:ident: $($name:literal => $f:expr),* $(,)?) => {
        static $table: &[Method] = &[$(Method { name: $name, func: $f }),*];
    };
}

methods! { LIST_METHODS:
    "append" => list_append,
    "extend" => list_extend,
    "insert" => list_insert,
    "pop" => list_pop,
    "remove" => list_remove,
    "index" => list_index,
    "count" => list_count,
    "sort" => list_sort,
    "reverse" => list_reverse,
    "copy" => list_copy,
    "clear" => list_clear,
}

methods! { DICT_METHODS:
    "get" => dict_get,
    "keys" => dict_keys,
    "values" => dict_values,
    "items" => dict_items,
    "pop" => dict_pop,
    "setdefault" => dict_setdefault,
    "update" => dict_update,
    "copy" => dict_copy,
    "clear" => dict_clear,
    "popitem" => dict_popitem,
    "fromkeys" => dict_fromkeys,
}

methods! { SET_METHODS:
    "add" => set_add,
    "remove" => set_remove,
    "discard" => set_discard,
    "pop" => set_pop,
    "clear" => set_clear,
    "copy" => set_copy,
    "update" => set_update,
    "union" => set_union,
    "intersection" => set_intersection,
    "intersection_update" => set_intersection_update,
    "difference" => set_difference,
    "difference_update" => set_difference_update,
    "symmetric_difference" => set_symmetric_difference,
    "symmetric_difference_update" => set_symmetric_difference_update,
    "issubset" => set_issubset,
    "issuperset" => set_issuperset,
    "isdisjoint" => set_isdisjoint,
}

methods! { FROZENSET_METHODS:
    "copy" => set_copy,
    "union" => set_union,
    "intersection" => set_intersection,
    "difference" => set_difference,
    "symmetric_difference" => set_symmetric_difference,
    "issubset" => set_issubset,
    "issuperset" => set_issuperset,
    "isdisjoint" => set_isdisjoint,
}

methods! { TUPLE_METHODS:
    "index" => tuple_index,
    "count" => tuple_count,
}

methods! { RANGE_METHODS:
    "index" => range_index,
    "count" => range_count,
}

methods! { SLICE_METHODS:
    "indices" => slice_indices,
}

methods! { INT_METHODS:
    "as_integer_ratio" => int_as_integer_ratio,
    "bit_length" => int_bit_length,
    "bit_count" => int_bit_count,
    "conjugate" => int_conjugate,
    "to_bytes" => int_to_bytes,
    "from_bytes" => int_from_bytes,
}

methods! { FLOAT_METHODS:
    "is_integer" => float_is_integer,
    "as_integer_ratio" => float_as_integer_ratio,
    "hex" => float_hex,
    "fromhex" => float_fromhex,
    "conjugate" => float_conjugate,
}

methods! { COMPLEX_METHODS:
    "conjugate" => complex_conjugate,
    "__complex__" => complex_complex,
    "__getnewargs__" => complex_getnewargs,
}

methods! { PROPERTY_METHODS:
    "setter" => property_setter,
    "getter" => property_getter,
    "deleter" => property_deleter,
    "__get__" => descriptor_get,
    "__set__" => property_set,
    "__delete__" => property_delete,
    "__set_name__" => property_set_name,
}

methods! { METHOD_DESCRIPTOR_METHODS:
    "__get__" => descriptor_get,
}

methods! { FUNCTION_METHODS:
    "__get__" => function_get,
    "__call__" => function_call,
}

methods! { CALLABLE_METHODS:
    "__call__" => function_call,
}

/// What a builtin method is bound to when looked up on a value or on its type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Receiver {
    /// A plain method: bound to the value (unbound on the type).
    Instance,
    /// A classmethod (`dict.fromkeys`, `float.fromhex`): bound to the type either way.
    Class,
    /// A staticmethod (`str.maketrans`): never bound.
    Static,
}

pub fn receiver_kind(id: TypeId, name: &str) -> Receiver {
    // The type first: most calls are on types with none of these, and need no compare.
    match id {
        TypeId::Dict if name == "fromkeys" => Receiver::Class,
        TypeId::Float if name == "fromhex" => Receiver::Class,
        TypeId::Int | TypeId::Bool if name == "from_bytes" => Receiver::Class,
        TypeId::Bytes | TypeId::ByteArray if name == "fromhex" => Receiver::Class,
        TypeId::Str | TypeId::Bytes | TypeId::ByteArray if name == "maketrans" => Receiver::Static,
        _ => Receiver::Instance,
    }
}

/// The entry of builtin class `cls` (type `id`, named `owner`) for its native method
/// `name`, as its namespace keeps it: unbound, or bound to the class for a class method.
pub fn class_entry(cls: Value, id: TypeId, owner: &'static str, name: &str) -> Option<Value> {
    let m = find(id, name)?;
    let kind = receiver_kind(id, name);
    let this = if kind == Receiver::Class {
        cls
    } else {
        Value::NULL
    };
    let method = function::new_method(m.name, m.func, this, owner);
    if kind == Receiver::Static {
        // As CPython's `str.__dict__['maketrans']`: a staticmethod, so that an instance of
        // a subclass does not bind it.
        return Some(function::new_descriptor(
            function::DescrKind::StaticMethod,
            method,
            Value::NULL,
            Value::NULL,
        ));
    }
    Some(method)
}

/// Entries of the cache of `find`.
const FOUND_SLOTS: usize = 256;

thread_local! {
    /// Methods recently found, by type and by the address of the name's text (call sites
    /// pass the same interned str each time): `find` would otherwise compare the name
    /// with each entry of the type's table at every call (`s.isdigit()` in a loop). A hit
    /// is checked against the method's own name, so an address reused for other text
    /// only misses.
    static FOUND: [Cell<Option<(TypeId, &'static Method)>>; FOUND_SLOTS] =
        const { [const { Cell::new(None) }; FOUND_SLOTS] };
}

/// The native method `name` of builtin type `id`.
pub fn find(id: TypeId, name: &str) -> Option<&'static Method> {
    let address = name.as_ptr() as usize;
    let slot =
        ((address >> 3) ^ (address >> 11) ^ (id as usize).wrapping_mul(0x9e37)) % FOUND_SLOTS;
    if let Some((cached_id, m)) = FOUND.with(|f| f[slot].get()) {
        if cached_id == id && m.name == name {
            return Some(m);
        }
    }
    let found = find_named(id, name).or_else(|| crate::protocols::dunders::find(id, name));
    if let Some(m) = found {
        FOUND.with(|f| f[slot].set(Some((id, m))));
    }
    found
}

fn find_named(id: TypeId, name: &str) -> Option<&'static Method> {
    let table: &[Method] = match id {
        TypeId::Str => return str_methods::lookup(name),
        TypeId::Bytes | TypeId::ByteArray => return bytes_methods::lookup(id, name),
        TypeId::MemoryView => crate::objects::memoryview::METHODS,
        TypeId::List => LIST_METHODS,
        TypeId::Dict => DICT_METHODS,
        TypeId::Set => SET_METHODS,
        TypeId::FrozenSet => FROZENSET_METHODS,
        TypeId::Tuple => TUPLE_METHODS,
        TypeId::Range => RANGE_METHODS,
        TypeId::Slice => SLICE_METHODS,
        TypeId::Int | TypeId::Bool => INT_METHODS,
        TypeId::Float => FLOAT_METHODS,
        TypeId::Complex => COMPLEX_METHODS,
        TypeId::Property => PROPERTY_METHODS,
        TypeId::StaticMethod | TypeId::ClassMethod => METHOD_DESCRIPTOR_METHODS,
        TypeId::Function => FUNCTION_METHODS,
        TypeId::BuiltinFunction | TypeId::Method => CALLABLE_METHODS,
        TypeId::Generator => crate::objects::generator::METHODS,
        TypeId::Coroutine => crate::objects::coroutine::COROUTINE_METHODS,
        TypeId::AsyncGenerator => crate::objects::coroutine::ASYNC_GENERATOR_METHODS,
        TypeId::AsyncGenSend | TypeId::AsyncGenThrow => {
            crate::objects::coroutine::AWAITABLE_METHODS
        }
        TypeId::MemberDescriptor => crate::objects::slots::MEMBER_METHODS,
        _ => return None,
    };
    table.iter().find(|m| m.name == name)
}

/// The method names of builtin type `id` (for `dir()`).
pub fn names(id: TypeId) -> Vec<&'static str> {
    let mut names = crate::protocols::dunders::names(id);
    names.extend(named(id));
    names
}

fn named(id: TypeId) -> Vec<&'static str> {
    let table: &[Method] = match id {
        TypeId::Str => return crate::objects::str_methods::names(),
        TypeId::Bytes | TypeId::ByteArray => return bytes_methods::names(id),
        TypeId::MemoryView => crate::objects::memoryview::METHODS,
        TypeId::List => LIST_METHODS,
        TypeId::Dict => DICT_METHODS,
        TypeId::Set => SET_METHODS,
        TypeId::FrozenSet => FROZENSET_METHODS,
        TypeId::Tuple => TUPLE_METHODS,
        TypeId::Range => RANGE_METHODS,
        TypeId::Slice => SLICE_METHODS,
        TypeId::Int | TypeId::Bool => INT_METHODS,
        TypeId::Float => FLOAT_METHODS,
        TypeId::Complex => COMPLEX_METHODS,
        TypeId::Property => PROPERTY_METHODS,
        TypeId::StaticMethod | TypeId::ClassMethod => METHOD_DESCRIPTOR_METHODS,
        TypeId::Function => FUNCTION_METHODS,
        TypeId::BuiltinFunction | TypeId::Method => CALLABLE_METHODS,
        TypeId::MemberDescriptor => crate::objects::slots::MEMBER_METHODS,
        TypeId::Generator => crate::objects::generator::METHODS,
        TypeId::Coroutine => crate::objects::coroutine::COROUTINE_METHODS,
        TypeId::AsyncGenerator => crate::objects::coroutine::ASYNC_GENERATOR_METHODS,
        TypeId::AsyncGenSend | TypeId::AsyncGenThrow => {
            crate::objects::coroutine::AWAITABLE_METHODS
        }
        _ => &[],
    };
    table.iter().map(|m| m.name).collect()
}

/// The receiver of a method call, checked to be of the method's type.
fn receiver<T: crate::objects::value::HeapObject>(
    args: &[Value],
    method: &str,
    owner: TypeId,
) -> PyResult<&'static T> {
    match args.first().and_then(|v| v.get::<T>()) {
        Some(r) => Ok(r),
        None => match args.first() {
            Some(v) => type_error(format!(
                "descriptor '{method}' for '{}' objects doesn't apply to a '{}' object",
                function::type_display(owner),
                types::type_name(*v)
            )),
            None => type_error(format!(
                "unbound method {}.{method}() needs an argument",
                function::type_display(owner)
            )),
        },
    }
}

fn list_self(args: &[Value], method: &str) -> PyResult<&'static ListObj> {
    receiver::<ListObj>(args, method, TypeId::List)
}

fn list_append(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("list.append", kw)?;
    let l = list_self(args, "append")?;
    args::method_count("list.append", args, 1, 1)?;
    l.push(args[1]);
    Ok(none())
}

fn list_extend(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("list.extend", kw)?;
    let l = list_self(args, "extend")?;
    args::method_count("list.extend", args, 1, 1)?;
    let items = iter::collect_rooted(args[1])?;
    l.items_mut().extend(items.iter().copied());
    Ok(none())
}

fn list_insert(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("insert", kw)?;
    let l = list_self(args, "insert")?;
    if args.len() != 3 {
        return type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        ));
    }
    let i = args::index_arg(args[1])?;
    let mut items = l.items_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, args[2]);
    Ok(none())
}

fn list_pop(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("pop", kw)?;
    let l = list_self(args, "pop")?;
    if args.len() > 2 {
        return type_error(format!(
            "pop expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let i = match args.get(1) {
        Some(v) => args::index_arg(*v)?,
        None => -1,
    };
    let mut items = l.items_mut();
    if items.is_empty() {
        drop(items);
        return raise(ExcKind::IndexError, "pop from empty list");
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        drop(items);
        return raise(ExcKind::IndexError, "pop index out of range");
    }
    Ok(items.remove(j as usize))
}

fn find_in_list(l: &ListObj, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        if ops::eq(item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("list.remove", kw)?;
    let l = list_self(args, "remove")?;
    args::method_count("list.remove", args, 1, 1)?;
    match find_in_list(l, args[1], 0, usize::MAX)? {
        Some(i) => {
            // `__eq__` may have shortened the list: then nothing is left to remove at `i`,
            // as CPython's slice deletion finds.
            let mut items = l.items_mut();
            if i < items.len() {
                items.remove(i);
            }
            Ok(none())
        }
        None => value_error("list.remove(x): x not in list"),
    }
}

/// Resolves optional start/stop arguments of `index` against a length.
fn bounds(args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| -> usize {
        if v < 0 {
            (v + len as i64).max(0) as usize
        } else {
            (v as usize).min(len)
        }
    };
    let start = match args.first() {
        Some(v) => clamp(args::index_arg(*v)?),
        None => 0,
    };
    let stop = match args.get(1) {
        Some(v) => clamp(args::index_arg(*v)?),
        None => len,
    };
    Ok((start, stop))
}

fn list_index(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("index", kw)?;
    let l = list_self(args, "index")?;
    if args.len() < 2 || args.len() > 4 {
        return type_error(format!(
            "index expected at least 1 argument, got {}",
            args.len() - 1
        ));
    }
    let (start, stop) = bounds(&args[2..], l.len())?;
    match find_in_list(l, args[1], start, stop)? {
        Some(i) => Ok(int::from_u64(i as u64)),
        None => value_error(format!("{} is not in list", ops::repr_string(args[1])?)),
    }
}

fn list_count(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("list.count", kw)?;
    let l = list_self(args, "count")?;
    args::method_count("list.count", args, 1, 1)?;
    // The length is read at each step: `__eq__` may change the list.
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if ops::eq(item, args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(int::from_u64(n))
}

/// The `key=` and `reverse=` arguments of `sort` / `sorted`.
pub fn sort_options(name: &str, kw: Kw) -> PyResult<(Option<Value>, bool)> {
    if let Some((bad, _)) = kw.iter().find(|(k, _)| !matches!(*k, "key" | "reverse")) {
        return type_error(format!(
            "'{bad}' is an invalid keyword argument for {name}()"
        ));
    }
    let key = kw.get("key").filter(|k| !k.is_none());
    let reverse = match kw.get("reverse") {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    Ok((key, reverse))
}

fn list_sort(args: &[Value], kw: Kw) -> PyResult {
    let l = list_self(args, "sort")?;
    if args.len() > 1 {
        return type_error("sort() takes no positional arguments");
    }
    let (key, reverse) = sort_options("sort", kw)?;
    // As in CPython the list is empty while it is sorted; whatever the key function or a
    // comparison does to it meanwhile is discarded, and reported.
    let mut items = std::mem::take(&mut *l.items_mut());
    let r = sort::sort(&mut items, key, reverse);
    let modified = {
        let during = l.items();
        !during.is_empty() || during.capacity() > 0
    };
    *l.items_mut() = items;
    r?;
    if modified {
        return value_error("list modified during sort");
    }
    Ok(none())
}

fn list_reverse(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("reverse", kw)?;
    let l = list_self(args, "reverse")?;
    args::method_count("list.reverse", args, 0, 0)?;
    l.items_mut().reverse();
    Ok(none())
}

fn list_copy(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("copy", kw)?;
    let l = list_self(args, "copy")?;
    args::method_count("list.copy", args, 0, 0)?;
    Ok(list::from_vec(l.snapshot()))
}

fn list_clear(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("clear", kw)?;
    let l = list_self(args, "clear")?;
    args::method_count("list.clear", args, 0, 0)?;
    l.items_mut().clear();
    Ok(none())
}

fn dict_self(args: &[Value], method: &str) -> PyResult<&'static DictObj> {
    receiver::<DictObj>(args, method, TypeId::Dict)
}

fn dict_get(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("get", kw)?;
    let d = dict_self(args, "get")?;
    if args.len() < 2 || args.len() > 3 {
        return type_error(format!(
            "get expected at least 1 argument, got {}",
            args.len() - 1
        ));
    }
    Ok(d.get(args[1])?
        .unwrap_or(args.get(2).copied().unwrap_or(none())))
}

fn dict_keys(args: &[Value], _kw: Kw) -> PyResult {
    dict_self(args, "keys")?;
    Ok(iter::dict_view(args[0], iter::ViewMode::Keys))
}

fn dict_values(args: &[Value], _kw: Kw) -> PyResult {
    dict_self(args, "values")?;
    Ok(iter::dict_view(args[0], iter::ViewMode::Values))
}

fn dict_items(args: &[Value], _kw: Kw) -> PyResult {
    dict_self(args, "items")?;
    Ok(iter::dict_view(args[0], iter::ViewMode::Items))
}

fn dict_pop(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("pop", kw)?;
    let d = dict_self(args, "pop")?;
    if args.len() < 2 || args.len() > 3 {
        return type_error(format!(
            "pop expected at least 1 argument, got {}",
            args.len() - 1
        ));
    }
    match d.remove(args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(v) => Ok(*v),
            None => raise_args(ExcKind::KeyError, &[args[1]]),
        },
    }
}

fn dict_setdefault(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("setdefault", kw)?;
    let d = dict_self(args, "setdefault")?;
    if args.len() < 2 || args.len() > 3 {
        return type_error(format!(
            "setdefault expected at least 1 argument, got {}",
            args.len() - 1
        ));
    }
    if let Some(v) = d.get(args[1])? {
        return Ok(v);
    }
    let v = args.get(2).copied().unwrap_or(none());
    d.set(args[1], v)?;
    Ok(v)
}

/// `d.update(other)`: from a dict, an object with `keys()`, or an iterable of pairs.
pub fn dict_update_from(d: &DictObj, other: Value) -> PyResult<()> {
    if let Some(o) = other.get::<DictObj>() {
        for (k, v) in o.items() {
            d.set(k, v)?;
        }
        return Ok(());
    }
    if ops::is_user_object(other) && ops::user_method(other, "keys").is_some() {
        let keys = crate::protocols::call::call_method(
            other,
            crate::objects::str::new("keys"),
            &[],
            Kw::NONE,
        )?;
        for k in iter::collect(keys)? {
            let v = crate::protocols::item::getitem(other, k)?;
            d.set(k, v)?;
        }
        return Ok(());
    }
    // One pair at a time, as CPython's `PyDict_MergeFromSeq2`: each is inserted before the
    // next is asked for. The iterator and the pair are on the stack, which the collector
    // scans.
    let it = iter::iter(other)?;
    let mut n = 0;
    while let Some(item) = iter::next_rooted(it)? {
        let collected;
        // An exact tuple (what zip and items() yield) is its own sequence, as in CPython's
        // `PySequence_Fast`: no copy of its items.
        let pair = match crate::objects::tuple::items(item) {
            Some(items) => items,
            None => match iter::collect(item) {
                Ok(p) => {
                    collected = p;
                    &collected[..]
                }
                Err(_) => {
                    crate::objects::exceptions::take_pending();
                    return type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    ));
                }
            },
        };
        if pair.len() != 2 {
            return value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            ));
        }
        d.set(pair[0], pair[1])?;
        n += 1;
    }
    Ok(())
}

fn dict_update(args: &[Value], kw: Kw) -> PyResult {
    let d = dict_self(args, "update")?;
    if args.len() > 2 {
        return type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    if let Some(o) = args.get(1) {
        dict_update_from(d, *o)?;
    }
    for (k, v) in kw.iter() {
        d.set(crate::objects::str::new(k), v)?;
    }
    Ok(none())
}

fn dict_copy(args: &[Value], _kw: Kw) -> PyResult {
    Ok(dict_self(args, "copy")?.copy())
}

fn dict_clear(args: &[Value], _kw: Kw) -> PyResult {
    dict_self(args, "clear")?.clear();
    Ok(none())
}

fn dict_popitem(args: &[Value], _kw: Kw) -> PyResult {
    match dict_self(args, "popitem")?.pop_last() {
        Some((k, v)) => Ok(tuple::new(&[k, v])),
        None => raise(ExcKind::KeyError, "popitem(): dictionary is empty"),
    }
}

fn dict_fromkeys(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("fromkeys", kw)?;
    // A classmethod: the receiver is the class.
    let (cls, rest) = match args.split_first() {
        Some((&c, rest)) if c.kind() == Kind::Class => (c, rest),
        _ => (Value::NULL, args),
    };
    args::count("fromkeys", rest, 1, 2)?;
    let value = rest.get(1).copied().unwrap_or(none());
    // A class deriving from dict: an instance made by calling it, filled item by item.
    if cls
        .get::<crate::objects::class::ClassObj>()
        .is_some_and(|c| matches!(c.layout, crate::objects::class::Layout::Wrapped(_)))
    {
        let d = crate::protocols::call::call(cls, &[], Kw::NONE)?;
        for k in iter::collect(rest[0])? {
            crate::protocols::item::setitem(d, k, value)?;
        }
        return Ok(d);
    }
    let d = dict::new();
    if let Some(dd) = d.get::<DictObj>() {
        for k in iter::collect(rest[0])? {
            dd.set(k, value)?;
        }
    }
    Ok(d)
}

fn set_self(args: &[Value], method: &str) -> PyResult<&'static SetObj> {
    match args.first().and_then(|v| set::get(*v)) {
        Some(s) => Ok(s),
        None => receiver::<SetObj>(args, method, TypeId::Set),
    }
}

fn set_add(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("add", kw)?;
    let s = set_self(args, "add")?;
    args::method_count("set.add", args, 1, 1)?;
    s.add(args[1])?;
    Ok(none())
}

fn set_remove(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("remove", kw)?;
    let s = set_self(args, "remove")?;
    args::method_count("set.remove", args, 1, 1)?;
    if !s.discard(args[1])? {
        return raise_args(ExcKind::KeyError, &[args[1]]);
    }
    Ok(none())
}

fn set_discard(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("discard", kw)?;
    let s = set_self(args, "discard")?;
    args::method_count("set.discard", args, 1, 1)?;
    s.discard(args[1])?;
    Ok(none())
}

fn set_pop(args: &[Value], _kw: Kw) -> PyResult {
    match set_self(args, "pop")?.pop() {
        Some(v) => Ok(v),
        None => raise(ExcKind::KeyError, "pop from an empty set"),
    }
}

fn set_clear(args: &[Value], _kw: Kw) -> PyResult {
    set_self(args, "clear")?.clear();
    Ok(none())
}

/// A new set (or frozenset) holding the items of `v`, as `set(v)` builds it.
pub fn set_from(v: Value, frozen: bool) -> PyResult {
    let s = set::new(frozen);
    if let Some(target) = set::get(s) {
        update_internal(target, v)?;
    }
    Ok(s)
}

/// CPython's `set_update_internal`.
fn update_internal(target: &SetObj, other: Value) -> PyResult<()> {
    if let Some(o) = set::get(other) {
        return target.merge(o);
    }
    if let Some(d) = other.get::<DictObj>() {
        let entries: Vec<(i64, Value)> = d.table.borrow().live().map(|e| (e.hash, e.key)).collect();
        return target.add_dict_keys(&entries);
    }
    // The collector may run in the items' Python code: the set holds what it has.
    let it = iter::iter(other)?;
    while let Some(x) = iter::next_rooted(it)? {
        target.add(x)?;
    }
    Ok(())
}

fn same_kind_copy(s: &SetObj, v: Value) -> PyResult {
    s.copy_to(v.kind() == Kind::FrozenSet)
}

fn set_copy(args: &[Value], _kw: Kw) -> PyResult {
    let s = set_self(args, "copy")?;
    same_kind_copy(s, args[0])
}

fn set_update(args: &[Value], _kw: Kw) -> PyResult {
    let s = set_self(args, "update")?;
    for o in &args[1..] {
        update_internal(s, *o)?;
    }
    Ok(none())
}

fn set_union(args: &[Value], _kw: Kw) -> PyResult {
    let s = set_self(args, "union")?;
    let r = same_kind_copy(s, args[0])?;
    if let Some(t) = set::get(r) {
        for o in &args[1..] {
            if *o != args[0] {
                update_internal(t, *o)?;
            }
        }
    }
    Ok(r)
}

/// CPython's `set_intersection`.
fn intersection(a: Value, other: Value) -> PyResult {
    let s = set_self(&[a], "intersection")?;
    if a == other {
        return s.copy_to(a.kind() == Kind::FrozenSet);
    }
    let result = set::new(a.kind() == Kind::FrozenSet);
    let Some(r) = set::get(result) else {
        return Ok(result);
    };
    if let Some(o) = set::get(other) {
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        for (h, k) in small.entries() {
            if big.contains_hashed(k, h)? {
                r.add_hashed(k, h)?;
            }
        }
        return Ok(result);
    }
    let it = iter::iter(other)?;
    while let Some(k) = iter::next(it)? {
        let h = ops::hash(k)?;
        if s.contains_hashed(k, h)? {
            r.add_hashed(k, h)?;
        }
    }
    Ok(result)
}

fn set_intersection(args: &[Value], _kw: Kw) -> PyResult {
    let s = set_self(args, "intersection")?;
    if args.len() == 1 {
        return same_kind_copy(s, args[0]);
    }
    let mut r = args[0];
    for o in &args[1..] {
        r = intersection(r, *o)?;
    }
    Ok(r)
}

fn set_intersection_update(args: &[Value], _kw: Kw) -> PyResult {
    let s = set_self(args, "intersection_update")?;
    let mut r = args[0];
    for o in &args[1..] {
        r = intersection(r, *o)?;
    }
    if let Some(t) = set::get(r) {
        if !std::ptr::eq(t, s) {
            s.replace_with(t);
        }
    }
    Ok(none())
}

/// Removes every item of `other` from `s` (CPython's `set_difference_update_internal`).
fn difference_update_internal(s: &SetObj, other: Value) -> PyResult<()> {
    if let Some(o) = set::get(other) {
        if std::ptr::eq(s, o) {
            s.clear();
            return Ok(());
        }
        for (h, k) in o.entries() {
            s.discard_hashed(k, h)?;
        }
    } else {
        let it = iter::iter(other)?;
        while let Some(k) = iter::next(it)? {
            s.discard(k)?;
        }
    }
    s.purge_dummies();
    Ok(())
}

/// CPython's `set_difference`.
fn difference(a: Value, other: Value) -> PyResult {
    let s = set_self(&[a], "difference")?;
    let frozen = a.kind() == Kind::FrozenSet;
    let other_len = match (set::get(other), other.get::<DictObj>()) {
        (Some(o), _) => Some(o.len()),
        (None, Some(d)) => Some(d.len()),
        _ => None,
    };
    match other_len {
        Some(n) if (s.len() >> 2) <= n => {
            let result = set::new(frozen);
            if let Some(r) = set::get(result) {
                for (h, k) in s.entries() {
                    let present = match set::get(other) {
                        Some(o) => o.contains_hashed(k, h)?,
                        None => other
                            .get::<DictObj>()
                            .map(|d| d.get_hashed(k, h))
                            .transpose()?
                            .flatten()
                            .is_some(),
                    };
                    if !present {
                        r.add_hashed(k, h)?;
                    }
                }
            }
            Ok(result)
        }
        _ => {
            let result = s.copy_to(frozen)?;
            if let Some(r) = set::get(result) {
                difference_update_internal(r, other)?;
            }
            Ok(result)
        }
    }
}

fn set_difference(args: &[Value], _kw: Kw) -> PyResult {
    let s = set_self(args, "difference")?;
    match &args[1..] {
        [] => same_kind_copy(s, args[0]),
        [o] => difference(args[0], *o),
        [first, rest @ ..] => {
            let r = difference(args[0], *first)?;
            if let Some(t) = set::get(r) {
                for o in rest {
                    difference_update_internal(t, *o)?;
                }
            }
            Ok(r)
        }
    }
}

fn set_difference_update(args: &[Value], _kw: Kw) -> PyResult {
    let s = set_self(args, "difference_update")?;
    for o in &args[1..] {
        difference_update_internal(s, *o)?;
    }
    Ok(none())
}

/// CPython's `set_symmetric_difference_update`.
fn symmetric_update(s: &SetObj, other: Value) -> PyResult<()> {
    let other_set = match set::get(other) {
        Some(o) => o,
        None => match set::get(set_from(other, false)?) {
            Some(o) => o,
            None => return Ok(()),
        },
    };
    if std::ptr::eq(s, other_set) {
        s.clear();
        return Ok(());
    }
    for (h, k) in other_set.entries() {
        if !s.discard_hashed(k, h)? {
            s.add_hashed(k, h)?;
        }
    }
    Ok(())
}

fn set_symmetric_difference(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("symmetric_difference", kw)?;
    let s = set_self(args, "symmetric_difference")?;
    args::method_count("symmetric_difference", args, 1, 1)?;
    let result = set_from(args[1], args[0].kind() == Kind::FrozenSet)?;
    if let Some(r) = set::get(result) {
        for (h, k) in s.entries() {
            if !r.discard_hashed(k, h)? {
                r.add_hashed(k, h)?;
            }
        }
    }
    Ok(result)
}

fn set_symmetric_difference_update(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("symmetric_difference_update", kw)?;
    let s = set_self(args, "symmetric_difference_update")?;
    args::method_count("symmetric_difference_update", args, 1, 1)?;
    symmetric_update(s, args[1])?;
    Ok(none())
}

fn as_set(v: Value) -> PyResult<&'static SetObj> {
    match set::get(v) {
        Some(s) => Ok(s),
        None => set::get(set_from(v, false)?).map_or_else(|| type_error("expected a set"), Ok),
    }
}

fn is_subset(a: &SetObj, b: &SetObj) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !b.contains_hashed(k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issubset(args: &[Value], _kw: Kw) -> PyResult {
    let s = set_self(args, "issubset")?;
    args::method_count("issubset", args, 1, 1)?;
    Ok(bool_value(is_subset(s, as_set(args[1])?)?))
}

fn set_issuperset(args: &[Value], _kw: Kw) -> PyResult {
    let s = set_self(args, "issuperset")?;
    args::method_count("issuperset", args, 1, 1)?;
    Ok(bool_value(is_subset(as_set(args[1])?, s)?))
}

fn set_isdisjoint(args: &[Value], _kw: Kw) -> PyResult {
    let s = set_self(args, "isdisjoint")?;
    args::method_count("isdisjoint", args, 1, 1)?;
    for k in iter::collect(args[1])? {
        if s.contains(k)? {
            return Ok(bool_value(false));
        }
    }
    Ok(bool_value(true))
}

/// `a op b` for two sets: `-` (1), `|` (9), `^` (10), `&` (11).
pub fn set_operator(op: u32, a: Value, b: Value) -> PyResult {
    match op {
        1 => difference(a, b),
        9 => set_union(&[a, b], Kw::NONE),
        10 => set_symmetric_difference(&[a, b], Kw::NONE),
        _ => intersection(a, b),
    }
}

/// `a op= b` for a set.
pub fn set_inplace(op: u32, a: Value, b: Value) -> PyResult<()> {
    match op {
        1 => set_difference_update(&[a, b], Kw::NONE),
        9 => set_update(&[a, b], Kw::NONE),
        10 => set_symmetric_difference_update(&[a, b], Kw::NONE),
        _ => set_intersection_update(&[a, b], Kw::NONE),
    }
    .map(|_| ())
}

/// Set comparisons: equality and the subset orderings.
pub fn set_compare(op: u32, a: Value, b: Value) -> PyResult {
    let (x, y) = (as_set(a)?, as_set(b)?);
    let r = match op {
        0 => x.len() == y.len() && is_subset(x, y)?,
        1 => !(x.len() == y.len() && is_subset(x, y)?),
        2 => x.len() < y.len() && is_subset(x, y)?,
        3 => is_subset(x, y)?,
        4 => x.len() > y.len() && is_subset(y, x)?,
        _ => is_subset(y, x)?,
    };
    Ok(bool_value(r))
}

fn tuple_self(args: &[Value], method: &str) -> PyResult<&'static [Value]> {
    Ok(receiver::<tuple::TupleObj>(args, method, TypeId::Tuple)?.items())
}

fn tuple_index(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("index", kw)?;
    let items = tuple_self(args, "index")?;
    if args.len() < 2 {
        return type_error("index expected at least 1 argument, got 0");
    }
    let (start, stop) = bounds(&args[2..], items.len())?;
    for (i, &x) in items.iter().enumerate().take(stop).skip(start) {
        if ops::eq(x, args[1])? {
            return Ok(int::from_u64(i as u64));
        }
    }
    value_error("tuple.index(x): x not in tuple")
}

fn tuple_count(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("count", kw)?;
    let items = tuple_self(args, "count")?;
    args::method_count("tuple.count", args, 1, 1)?;
    let mut n = 0;
    for &x in items {
        if ops::eq(x, args[1])? {
            n += 1;
        }
    }
    Ok(int::from_u64(n))
}

/// The int receiver of an int method, borrowed: methods that only read it copy no digits.
fn int_self(args: &[Value], method: &str) -> PyResult<int::IntRef<'static>> {
    match args.first().and_then(|v| int::as_int(*v)) {
        Some(i) => Ok(i),
        None => type_error(format!(
            "descriptor '{method}' for 'int' objects doesn't apply to a '{}' object",
            args.first().map_or("NoneType", |v| types::type_name(*v))
        )),
    }
}

fn int_as_integer_ratio(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("as_integer_ratio", kw)?;
    let i = int_self(args, "as_integer_ratio")?;
    args::method_count("as_integer_ratio", args, 0, 0)?;
    Ok(tuple::new(&[int::from_big(i.to_big()), Value::small(1)]))
}

/// `slice.indices(length)`: the start, stop and step a slice resolves to over `length` items.
fn slice_indices(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("indices", kw)?;
    let s = receiver::<SliceObj>(args, "indices", TypeId::Slice)?;
    args::method_count("slice.indices", args, 1, 1)?;
    let length = args::index_arg(args[1])?;
    if length < 0 {
        return value_error("length should not be negative");
    }
    let (start, stop, step, _) = range::slice_indices(s, length as usize)?;
    Ok(tuple::new(&[
        int::from_i64(start),
        int::from_i64(stop),
        int::from_i64(step),
    ]))
}

fn range_self(args: &[Value], method: &str) -> PyResult<&'static RangeObj> {
    receiver::<RangeObj>(args, method, TypeId::Range)
}

/// `range.count(x)`: arithmetic for ints, comparisons with `==` for anything else.
fn range_count(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("count", kw)?;
    let r = range_self(args, "count")?;
    args::method_count("range.count", args, 1, 1)?;
    let x = args[1];
    if let Some(i) = int::as_int(x) {
        return Ok(Value::small(r.contains_big(&i.to_big()) as i64));
    }
    let mut n = 0;
    let it = iter::iter(args[0])?;
    while let Some(v) = iter::next(it)? {
        if ops::eq(v, x)? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

/// `range.index(x)`.
fn range_index(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("index", kw)?;
    let r = range_self(args, "index")?;
    args::method_count("range.index", args, 1, 1)?;
    let x = args[1];
    if let Some(i) = int::as_int(x) {
        let n = i.to_big();
        if !r.contains_big(&n) {
            return value_error(format!("{} is not in range", ops::repr_string(x)?));
        }
        let (start, _, step) = r.big_parts();
        return Ok(int::from_big((n - start) / step));
    }
    let it = iter::iter(args[0])?;
    let mut k = 0i64;
    while let Some(v) = iter::next(it)? {
        if ops::eq(v, x)? {
            return Ok(int::from_i64(k));
        }
        k += 1;
    }
    value_error("sequence.index(x): x not in sequence")
}

fn int_bit_length(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("int.bit_length", kw)?;
    args::function_count("int.bit_length", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let bits = match int_self(args, "bit_length")? {
        int::IntRef::Small(n) => u64::from(64 - n.unsigned_abs().leading_zeros()),
        int::IntRef::Big(b) => b.bits(),
    };
    Ok(int::from_u64(bits))
}

fn int_bit_count(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("int.bit_count", kw)?;
    args::function_count("int.bit_count", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let ones: u64 = match int_self(args, "bit_count")? {
        int::IntRef::Small(n) => u64::from(n.unsigned_abs().count_ones()),
        int::IntRef::Big(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| u64::from(d.count_ones()))
            .sum(),
    };
    Ok(int::from_u64(ones))
}

fn int_conjugate(args: &[Value], _kw: Kw) -> PyResult {
    Ok(int::from_big(int_self(args, "conjugate")?.to_big()))
}

/// The `byteorder` and `signed` arguments of `int.to_bytes` / `int.from_bytes`, after the
/// first (`first`, named `first_name`): whether the order is little-endian, and signed.
fn byte_order_args(
    name: &str,
    first_name: &str,
    rest: &[Value],
    kw: Kw,
) -> PyResult<(Option<Value>, bool, bool)> {
    args::check_kw(name, kw, &[first_name, "byteorder", "signed"])?;
    if rest.len() > 2 {
        return type_error(format!(
            "{name}() takes at most 2 positional arguments ({} given)",
            rest.len()
        ));
    }
    let first = rest.first().copied().or(kw.get(first_name));
    let little = match rest.get(1).copied().or(kw.get("byteorder")) {
        None => false,
        Some(v) => match crate::objects::str::as_str(v) {
            Some("little") => true,
            Some("big") => false,
            Some(_) => return value_error("byteorder must be either 'little' or 'big'"),
            None => {
                return type_error(format!(
                    "{name}() argument 'byteorder' must be str, not {}",
                    args::given_type(v)
                ))
            }
        },
    };
    let signed = match kw.get("signed") {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    Ok((first, little, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(args: &[Value], kw: Kw) -> PyResult {
    let n = int_self(args, "to_bytes")?;
    let n = n.as_big();
    let (length, little, signed) = byte_order_args("to_bytes", "length", &args[1..], kw)?;
    let length = match length {
        Some(v) => args::index_arg(v)?,
        None => 1,
    };
    if length < 0 {
        return value_error("length argument must be non-negative");
    }
    if !signed && n.sign() == num_bigint::Sign::Minus {
        return raise(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        );
    }
    let mut data = if signed {
        n.to_signed_bytes_be()
    } else {
        n.magnitude().to_bytes_be()
    };
    // The minimal encodings of 0 (and, unsigned, of any value) have no leading zero byte
    // that the length must hold.
    if !signed && data == [0] {
        data.clear();
    }
    if data.len() as i64 > length {
        return raise(ExcKind::OverflowError, "int too big to convert");
    }
    let fill = if n.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    let mut out = vec![fill; length as usize - data.len()];
    out.extend_from_slice(&data);
    if little {
        out.reverse();
    }
    Ok(crate::objects::bytes::new(&out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`: a classmethod (`args[0]` is
/// the class; `bool.from_bytes` gives a bool).
fn int_from_bytes(args: &[Value], kw: Kw) -> PyResult {
    let (cls, rest) = match args.split_first() {
        Some((c, rest)) if c.kind() == Kind::Class => (*c, rest),
        _ => (types::class_of(TypeId::Int), args),
    };
    let (source, little, signed) = byte_order_args("from_bytes", "bytes", rest, kw)?;
    let Some(source) = source else {
        return type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    let mut data = crate::objects::bytes::from_object(source)?;
    if little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
    };
    if cls == types::class_of(TypeId::Bool) {
        return Ok(bool_value(n.sign() != num_bigint::Sign::NoSign));
    }
    crate::objects::builtin_subclass::from_class_method(cls, int::from_big(n))
}

fn float_self(args: &[Value], method: &str) -> PyResult<f64> {
    match args.first().and_then(|v| float::as_f64(*v)) {
        Some(f) => Ok(f),
        None => type_error(format!(
            "descriptor '{method}' for 'float' objects doesn't apply to a '{}' object",
            args.first().map_or("NoneType", |v| types::type_name(*v))
        )),
    }
}

fn float_is_integer(args: &[Value], _kw: Kw) -> PyResult {
    let x = float_self(args, "is_integer")?;
    Ok(bool_value(x.is_finite() && x.fract() == 0.0))
}

fn float_hex(args: &[Value], _kw: Kw) -> PyResult {
    Ok(crate::objects::str::new(&float::to_hex(float_self(
        args, "hex",
    )?)))
}

/// `float.fromhex(s)` (a classmethod: `args[0]` is the class).
fn float_fromhex(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("fromhex", kw)?;
    let (cls, rest) = match args.split_first() {
        Some((&c, rest)) if c.kind() == Kind::Class => (c, rest),
        _ => (Value::NULL, args),
    };
    let [text] = rest else {
        return type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            rest.len()
        ));
    };
    let Some(s) = crate::objects::str::as_str(*text) else {
        return type_error("bad argument type for built-in operation");
    };
    match float::from_hex(s) {
        Some(Ok(x)) => crate::objects::builtin_subclass::from_class_method(cls, float::new(x)),
        Some(Err(())) => raise(
            ExcKind::OverflowError,
            "hexadecimal value too large to represent as a float",
        ),
        None => value_error("invalid hexadecimal floating-point string"),
    }
}

fn float_conjugate(args: &[Value], _kw: Kw) -> PyResult {
    Ok(float::new(float_self(args, "conjugate")?))
}

/// The receiver of a complex method, which takes no other argument.
fn complex_self(args: &[Value], method: &str) -> PyResult<Complex> {
    let z = receiver::<ComplexObj>(args, method, TypeId::Complex)?;
    args::method_count(&format!("complex.{method}"), args, 0, 0)?;
    Ok(Complex::new(z.real, z.imag))
}

fn complex_conjugate(args: &[Value], _kw: Kw) -> PyResult {
    let z = complex_self(args, "conjugate")?;
    Ok(complex::new(Complex::new(z.re, -z.im)))
}

fn complex_complex(args: &[Value], _kw: Kw) -> PyResult {
    complex_self(args, "__complex__")?;
    Ok(args[0])
}

fn complex_getnewargs(args: &[Value], _kw: Kw) -> PyResult {
    let z = complex_self(args, "__getnewargs__")?;
    Ok(tuple::new(&[float::new(z.re), float::new(z.im)]))
}

fn float_as_integer_ratio(args: &[Value], _kw: Kw) -> PyResult {
    let x = float_self(args, "as_integer_ratio")?;
    if x.is_nan() {
        return value_error("cannot convert NaN to integer ratio");
    }
    if x.is_infinite() {
        return raise(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        );
    }
    let mut m = x;
    let mut e = 0i64;
    while m.fract() != 0.0 {
        m *= 2.0;
        e += 1;
    }
    let num: BigInt = num_traits::FromPrimitive::from_f64(m).unwrap_or_default();
    let den = BigInt::from(1) << e as usize;
    let g = num_integer::Integer::gcd(&num, &den);
    let (n, d) = (&num / &g, &den / &g);
    Ok(tuple::new(&[int::from_big(n), int::from_big(d)]))
}

fn property_with(args: &[Value], which: u8) -> PyResult {
    let Some(d) = args.first().and_then(|v| v.get::<DescriptorObj>()) else {
        return type_error("expected a property");
    };
    let f = args.get(1).copied().unwrap_or(Value::NULL);
    let (g, s, del) = match which {
        0 => (f, d.setter, d.deleter),
        1 => (d.func, f, d.deleter),
        _ => (d.func, d.setter, f),
    };
    // CPython's `property_copy`: a doc taken from the getter is taken again from the
    // copy's getter; any other doc is kept.
    let doc = if d.getter_doc.get() && !g.is_null() {
        Value::NULL
    } else {
        d.doc.get()
    };
    let copy = function::new_property(g, s, del, doc)?;
    if let Some(c) = copy.get::<DescriptorObj>() {
        c.name.set(d.name.get());
    }
    Ok(copy)
}

/// `descriptor.__get__(instance, owner=None)` of staticmethod, classmethod and property.
fn descriptor_get(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("__get__", kw)?;
    args::method_count("__get__", args, 1, 2)?;
    let (descriptor, instance) = (args[0], args[1]);
    // A staticmethod or classmethod of a class deriving from it whose `__init__` did not
    // reach theirs wraps nothing.
    if let Some(d) = descriptor.get::<DescriptorObj>() {
        let what = match d.kind {
            DescrKind::StaticMethod => "staticmethod",
            DescrKind::ClassMethod => "classmethod",
            _ => "",
        };
        if !what.is_empty() && d.func.is_null() {
            return raise(
                ExcKind::RuntimeError,
                &format!("uninitialized {what} object"),
            );
        }
    }
    let owner = args.get(2).copied().filter(|o| !o.is_none());
    if instance.is_none() {
        return match owner {
            Some(owner) => crate::protocols::attr::bind_to_class(descriptor, owner),
            None => type_error("__get__(None, None) is invalid"),
        };
    }
    let owner = owner.unwrap_or_else(|| types::type_of(instance));
    crate::protocols::attr::bind(descriptor, instance, owner)
}

/// `function.__get__(instance, owner=None)`: the function itself for no instance, else a
/// method bound to the instance.
fn function_get(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("__get__", kw)?;
    args::method_count("__get__", args, 1, 2)?;
    let (func, instance) = (args[0], args[1]);
    if instance.is_none() {
        let owner = args.get(2).copied().filter(|o| !o.is_none());
        if owner.is_none() {
            return type_error("__get__(None, None) is invalid");
        }
        return Ok(func);
    }
    Ok(function::new_bound(func, instance))
}

/// `__call__(*args, **kwargs)` of functions, builtin functions and bound methods.
fn function_call(args: &[Value], kw: Kw) -> PyResult {
    match args.split_first() {
        Some((func, rest)) => crate::protocols::call::call(*func, rest, kw),
        None => type_error("descriptor '__call__' of 'function' object needs an argument"),
    }
}

fn property_set(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("__set__", kw)?;
    args::method_count("__set__", args, 2, 2)?;
    crate::protocols::attr::property_store_on(args[0], args[1], args[2]).map(|_| none())
}

fn property_delete(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("__delete__", kw)?;
    args::method_count("__delete__", args, 1, 1)?;
    crate::protocols::attr::property_store_on(args[0], args[1], Value::NULL).map(|_| none())
}

fn property_set_name(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("__set_name__", kw)?;
    let given = args.len().saturating_sub(1);
    if given != 2 {
        return type_error(format!(
            "__set_name__() takes 2 positional arguments but {given} were given"
        ));
    }
    if let Some(d) = args[0].get::<DescriptorObj>() {
        d.name.set(args[2]);
    }
    Ok(none())
}

fn property_getter(args: &[Value], _kw: Kw) -> PyResult {
    property_with(args, 0)
}

fn property_setter(args: &[Value], _kw: Kw) -> PyResult {
    property_with(args, 1)
}

fn property_deleter(args: &[Value], _kw: Kw) -> PyResult {
    property_with(args, 2)
}
