//! Operators with CPython semantics: arithmetic, comparison, truth, hashing, containment,
//! `len`, and the dunder-method protocol for instances of user classes.

use crate::objects::bytes::{self, ByteArrayObj, BytesObj};
use crate::objects::class::{self, ClassObj};
use crate::objects::complex;
use crate::objects::dict::DictObj;
use crate::objects::exceptions::{raise, type_error, value_error, ExcKind};
use crate::objects::float::{self, FloatObj};
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::memoryview;
use crate::objects::range::RangeObj;
use crate::objects::set;
use crate::objects::str::{self as pystr, StrObj};
use crate::objects::text_search;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, not_implemented, Kind, PyResult, Value};
use crate::protocols::call;
use crate::protocols::iter;
use std::cmp::Ordering;

pub use crate::protocols::repr::{default_repr, repr, repr_string, str, str_string};

/// `op` of `binary` for `+` (an index into `BINARY_DUNDERS`).
pub const OP_ADD: u32 = 0;
/// `op` of `binary` for `*`.
pub const OP_MUL: u32 = 2;

/// Dunder names of the binary operators, indexed by `op`.
const BINARY_DUNDERS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__or__", "__ror__", "__ior__"),
    ("__xor__", "__rxor__", "__ixor__"),
    ("__and__", "__rand__", "__iand__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
];

/// True for `__iadd__` and the other in-place operator methods.
pub fn is_in_place_dunder(name: &str) -> bool {
    name.starts_with("__i") && BINARY_DUNDERS.iter().any(|(_, _, i)| *i == name)
}

/// True for the binary operator methods (plain, reflected and in place) and the six rich
/// comparisons: the methods whose argument is the other operand.
pub fn is_operator_dunder(name: &str) -> bool {
    // Most names asked about are plain methods (`append`, `get`): one test settles them.
    if !name.starts_with("__") {
        return false;
    }
    BINARY_DUNDERS
        .iter()
        .any(|(p, r, i)| [p, r, i].contains(&&name))
        || matches!(
            name,
            "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__"
        )
}

const OP_SYMBOLS: [&str; 13] = [
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "@",
];

/// True for instances of user classes (which may define dunder methods).
pub fn is_user_object(v: Value) -> bool {
    v.is_object() && matches!(v.kind(), Kind::Instance | Kind::Exception)
}

/// True for a value whose type is a class of the program: an instance of one, or a class
/// whose metaclass is one (its dunders come from the metaclass).
pub fn has_program_type(v: Value) -> bool {
    is_user_object(v)
        || v.get::<ClassObj>()
            .is_some_and(|c| !c.metaclass.get().is_null())
}

/// The int an index-like value stands for: ints and bools as they are, objects through
/// `__index__` (which must return an int); None for other values.
pub fn index_value(v: Value) -> PyResult<Option<Value>> {
    if int::is_int(v) {
        return Ok(Some(v));
    }
    match call_dunder(v, "__index__", &[]) {
        Some(r) => {
            let r = r?;
            if int::is_int(r) {
                Ok(Some(r))
            } else {
                type_error(format!(
                    "__index__ returned non-int (type {})",
                    types::type_name(r)
                ))
            }
        }
        None => Ok(None),
    }
}

/// The float a user object converts to (CPython's `PyFloat_AsDouble` fallbacks):
/// `__float__` (which must return a float), else `__index__`; None without either.
pub fn float_value(v: Value) -> PyResult<Option<f64>> {
    if let Some(r) = call_dunder(v, "__float__", &[]) {
        let r = r?;
        return match float::as_f64(r) {
            Some(f) if r.kind() == Kind::Float => Ok(Some(f)),
            _ => type_error(format!(
                "{}.__float__ returned non-float (type {})",
                types::type_name(v),
                types::type_name(r)
            )),
        };
    }
    match index_value(v)? {
        Some(i) => Ok(Some(int::ref_to_f64(&int::as_int(i).expect("an int"))?)),
        None => Ok(None),
    }
}

/// Looks up a dunder defined by the user class of `v` (not by `object`).
pub fn user_method(v: Value, name: &'static str) -> Option<Value> {
    if v.is_object() && v.kind() == Kind::Class {
        return crate::objects::metaclass::metaclass_method(v, name);
    }
    if !is_user_object(v) {
        return None;
    }
    let cls = class::instance_class(v);
    cls.get::<ClassObj>()?.lookup_user(pystr::intern(name))
}

/// Calls the dunder `name` of `v` if its class defines it.
pub fn call_dunder(v: Value, name: &'static str, args: &[Value]) -> Option<PyResult> {
    call_dunder_from(Caller::Runtime, v, name, args)
}

/// Who asked for an operation that may call a user's dunder method: runtime code, which
/// may hold values the collector cannot see (the dunder then runs without collections), or
/// compiled code directly, whose values it sees (the dunder may collect, so that a method
/// that allocates a lot keeps memory bounded).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Caller {
    Runtime,
    CompiledCode,
}

/// `v.name(*args)` when `v`'s class defines `name`, from `caller`.
pub fn call_dunder_from(
    caller: Caller,
    v: Value,
    name: &'static str,
    args: &[Value],
) -> Option<PyResult> {
    let f = user_method(v, name)?;
    Some(match caller {
        Caller::Runtime => call::call_special(f, v, args),
        Caller::CompiledCode => call::call_special_rooted(f, v, args),
    })
}

fn float_operand(v: Value) -> Option<PyResult<f64>> {
    if let Some(f) = float::as_f64(v) {
        return Some(Ok(f));
    }
    int::as_int(v).map(|i| int::ref_to_f64(&i))
}

/// `a op b` for builtin types; `Ok(None)` when the types do not support it.
fn builtin_binary(op: u32, a: Value, b: Value) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (int::as_int(a), int::as_int(b)) {
        if (9..=11).contains(&op) && a.kind() == Kind::Bool && b.kind() == Kind::Bool {
            let (x, y) = (!x.is_zero(), !y.is_zero());
            return Ok(Some(bool_value(match op {
                9 => x | y,
                10 => x ^ y,
                _ => x & y,
            })));
        }
        return int::binary(op, &x, &y).transpose();
    }
    if a.kind() == Kind::Float || b.kind() == Kind::Float {
        if let (Some(x), Some(y)) = (float_operand(a), float_operand(b)) {
            return float::binary(op, x?, y?).transpose();
        }
    }
    if a.kind() == Kind::Complex || b.kind() == Kind::Complex {
        if let (Some(x), Some(y)) = (complex::operand(a), complex::operand(b)) {
            return complex::binary(op, x?, y?).transpose();
        }
    }
    match (op, a.kind()) {
        (0, Kind::Str) => {
            if let (Some(x), Some(y)) = (a.get::<StrObj>(), b.get::<StrObj>()) {
                return Ok(Some(pystr::concat(x, y)));
            }
        }
        (0, Kind::List) => {
            if let (Some(x), Some(y)) = (a.get::<ListObj>(), b.get::<ListObj>()) {
                let mut v = x.snapshot();
                v.extend(y.snapshot());
                return Ok(Some(list::from_vec(v)));
            }
        }
        (0, Kind::Tuple) => {
            if let (Some(x), Some(y)) = (tuple::items(a), tuple::items(b)) {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                return Ok(Some(tuple::new(&v)));
            }
        }
        (5, Kind::Str) => return crate::protocols::formatting::format_percent(a, b).map(Some),
        (9, Kind::Class | Kind::None) => {
            if let Some(u) = crate::objects::generic_alias::union(a, b)? {
                return Ok(Some(u));
            }
        }
        (0, Kind::Bytes | Kind::ByteArray) => {
            if let Some(r) = bytes::concat(a, b) {
                return Ok(Some(r));
            }
        }
        (5, Kind::Bytes | Kind::ByteArray) => {
            return crate::protocols::formatting::format_bytes_percent(a, b).map(Some)
        }
        (9..=11 | 1, Kind::Set | Kind::FrozenSet) if set::get(b).is_some() => {
            return crate::objects::methods::set_operator(op, a, b).map(Some);
        }
        (9, Kind::Dict) => {
            if let (Some(x), Some(y)) = (a.get::<DictObj>(), b.get::<DictObj>()) {
                let d = x.copy();
                if let Some(dd) = d.get::<DictObj>() {
                    for (k, v) in y.items() {
                        dd.set(k, v)?;
                    }
                }
                return Ok(Some(d));
            }
        }
        _ => {}
    }
    if matches!(op, 1 | 9..=11) && (a.kind() == Kind::DictView || b.kind() == Kind::DictView) {
        let as_set = |v: Value| -> PyResult<Value> {
            match v.kind() {
                Kind::Set | Kind::FrozenSet => Ok(v),
                _ => crate::objects::methods::set_from(v, false),
            }
        };
        return crate::objects::methods::set_operator(op, as_set(a)?, as_set(b)?).map(Some);
    }
    if op == 2 {
        if let Some(r) = repeat(a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = repeat(b, a)? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// True for the sequences `*` repeats.
fn is_repeatable(v: Value) -> bool {
    v.is_object()
        && matches!(
            v.kind(),
            Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
        )
}

/// `seq * n` for str, list, tuple, bytes and bytearray.
fn repeat(seq: Value, n: Value) -> PyResult<Option<Value>> {
    if !is_repeatable(seq) {
        return Ok(None);
    }
    let Some(count) = int::as_int(n) else {
        if is_user_object(n) {
            return Ok(None);
        }
        return type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            types::type_name(n)
        ));
    };
    let count = repeat_count(&count)?;
    Ok(Some(match seq.kind() {
        Kind::Str => {
            let s = pystr::as_str(seq).unwrap_or("");
            let fits = s
                .len()
                .checked_mul(count)
                .filter(|&n| n <= isize::MAX as usize);
            let Some(total) = fits else {
                return raise(ExcKind::OverflowError, "repeated string is too long");
            };
            if total == 0 {
                return Ok(Some(pystr::new("")));
            }
            let mut out = String::new();
            if out.try_reserve_exact(total).is_err() {
                return raise(ExcKind::MemoryError, "");
            }
            for _ in 0..count {
                out.push_str(s);
            }
            pystr::new(&out)
        }
        Kind::List => {
            let items = seq
                .get::<ListObj>()
                .map(|l| l.snapshot())
                .unwrap_or_default();
            list::from_vec(repeated(&items, count)?)
        }
        Kind::Bytes | Kind::ByteArray => {
            let data = bytes::repeated(&bytes::contents(seq), count)?;
            bytes::new_like(seq.kind() == Kind::ByteArray, data)
        }
        _ => tuple::new(&repeated(tuple::items(seq).unwrap_or(&[]), count)?),
    }))
}

/// `items` repeated `count` times, or CPython's MemoryError when that is more than the
/// machine can hold (rather than aborting the process).
/// The count of a sequence repetition (negative counts repeat nothing); like CPython, an
/// int beyond a machine word is refused whatever its sign.
fn repeat_count(n: &int::IntRef<'_>) -> PyResult<usize> {
    match n.to_i64() {
        Some(n) => Ok(n.max(0) as usize),
        None => raise(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        ),
    }
}

fn repeated(items: &[Value], count: usize) -> PyResult<Vec<Value>> {
    let limit = isize::MAX as usize / std::mem::size_of::<Value>();
    let Some(total) = items.len().checked_mul(count).filter(|&n| n <= limit) else {
        return raise(ExcKind::MemoryError, "");
    };
    if total == 0 {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return raise(ExcKind::MemoryError, "");
    }
    for _ in 0..count {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// The TypeError for operands `op` does not support; `inplace` for `op=` (CPython then
/// names the augmented operator).
fn binary_type_error(op: u32, a: Value, b: Value, inplace: bool) -> PyResult {
    let (ta, tb) = (types::type_name(a), types::type_name(b));
    if op == 0 {
        if let Kind::Str | Kind::List | Kind::Tuple = a.kind() {
            return type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"));
        }
        if bytes::is_bytes_or_bytearray(a) {
            return type_error(format!("can't concat {tb} to {ta}"));
        }
    }
    let sym = if inplace {
        format!("{}=", OP_SYMBOLS[op as usize])
    } else if op == 6 {
        "** or pow()".to_string()
    } else {
        OP_SYMBOLS[op as usize].to_string()
    };
    type_error(format!(
        "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
    ))
}

/// Tries `a.__op__(b)` then `b.__rop__(a)` for user objects.
fn dunder_binary(op: u32, a: Value, b: Value, caller: Caller) -> PyResult<Option<Value>> {
    let (name, rname, _) = BINARY_DUNDERS[op as usize];
    let b_first = is_user_object(b)
        && types::type_of(a) != types::type_of(b)
        && class::is_subclass(types::type_of(b), types::type_of(a))
        && user_method(b, rname).is_some();
    if b_first {
        if let Some(r) = call_dunder_from(caller, b, rname, &[a]) {
            let r = r?;
            if r != not_implemented() {
                return Ok(Some(r));
            }
        }
    }
    if let Some(r) = call_dunder_from(caller, a, name, &[b]) {
        let r = r?;
        if r != not_implemented() {
            return Ok(Some(r));
        }
    }
    if !b_first && types::type_of(a) != types::type_of(b) {
        if let Some(r) = call_dunder_from(caller, b, rname, &[a]) {
            let r = r?;
            if r != not_implemented() {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// Both operands as floats, when one is a float and the other a float or small int.
fn float_pair(a: Value, b: Value) -> Option<(f64, f64)> {
    let x = if a.is_small() {
        a.small_value() as f64
    } else {
        a.get::<FloatObj>()?.value
    };
    let y = if b.is_small() {
        if a.is_small() {
            return None;
        }
        b.small_value() as f64
    } else {
        b.get::<FloatObj>()?.value
    };
    Some((x, y))
}

/// The arithmetic of two small ints or of floats, without further dispatch.
fn fast_binary(op: u32, a: Value, b: Value) -> Option<PyResult> {
    if a.is_small() && b.is_small() {
        return int::small_binary(op, a.small_value(), b.small_value());
    }
    if op == 0 {
        if let (Some(x), Some(y)) = (a.get::<StrObj>(), b.get::<StrObj>()) {
            return Some(Ok(pystr::concat(x, y)));
        }
    }
    let (x, y) = float_pair(a, b)?;
    float::binary(op, x, y)
}

/// `a op b`.
pub fn binary(op: u32, a: Value, b: Value) -> PyResult {
    binary_op(op, a, b, false, Caller::Runtime)
}

/// `a op b` asked for by compiled code (see `Caller`).
pub fn binary_from_code(op: u32, a: Value, b: Value) -> PyResult {
    binary_op(op, a, b, false, Caller::CompiledCode)
}

/// `a op b`, or the fallback of `a op= b` when `inplace` (which only changes the message of
/// the TypeError).
fn binary_op(op: u32, a: Value, b: Value, inplace: bool, caller: Caller) -> PyResult {
    if let Some(r) = fast_binary(op, a, b) {
        return r;
    }
    if op as usize >= BINARY_DUNDERS.len() {
        return value_error(format!("bad binary operator {op}"));
    }
    if !is_user_object(a) && !is_user_object(b) {
        if let Some(r) = builtin_binary(op, a, b)? {
            return Ok(r);
        }
        return binary_type_error(op, a, b, inplace);
    }
    if !is_user_object(a) {
        if let Some(r) = builtin_binary(op, a, b)? {
            return Ok(r);
        }
    }
    match dunder_binary(op, a, b, caller)? {
        Some(r) => Ok(r),
        None if op == 2 => match repeat_by_index(a, b)? {
            Some(r) => Ok(r),
            None => binary_type_error(op, a, b, inplace),
        },
        None if op == 0 => match concat_subclass(a, b)? {
            Some(r) => Ok(r),
            None => binary_type_error(op, a, b, inplace),
        },
        None => binary_type_error(op, a, b, inplace),
    }
}

/// `seq + obj` once neither operand's `__add__` / `__radd__` handled it: CPython's
/// sequence concatenation accepts an instance of a subclass of the left operand's type
/// (`"a" + MyStr("b")`, `[1] + MyList([2])`).
fn concat_subclass(a: Value, b: Value) -> PyResult<Option<Value>> {
    if !matches!(a.kind(), Kind::Str | Kind::List | Kind::Tuple) {
        return Ok(None);
    }
    match crate::objects::builtin_subclass::base_value(b) {
        Some(base) if base.kind() == a.kind() => builtin_binary(0, a, base),
        _ => Ok(None),
    }
}

/// `seq * obj` or `obj * seq` once neither operand's `__mul__` / `__rmul__` handled it:
/// the count comes from `obj.__index__()`.
fn repeat_by_index(a: Value, b: Value) -> PyResult<Option<Value>> {
    let (seq, n) = match (is_repeatable(a), is_repeatable(b)) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return Ok(None),
    };
    match index_value(n)? {
        Some(count) => repeat(seq, count),
        None => type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            types::type_name(n)
        )),
    }
}

/// `a op= b`: mutates lists, sets and dicts in place; `__iop__` for user objects.
pub fn inplace(op: u32, a: Value, b: Value) -> PyResult {
    inplace_from(Caller::Runtime, op, a, b)
}

/// `a op= b` asked for by compiled code (see `Caller`).
pub fn inplace_from_code(op: u32, a: Value, b: Value) -> PyResult {
    inplace_from(Caller::CompiledCode, op, a, b)
}

fn inplace_from(caller: Caller, op: u32, a: Value, b: Value) -> PyResult {
    if let Some(r) = fast_binary(op, a, b) {
        return r;
    }
    if op as usize >= BINARY_DUNDERS.len() {
        return value_error(format!("bad binary operator {op}"));
    }
    match (op, a.kind()) {
        (0, Kind::List) => {
            let items = iter::collect_rooted(b)?;
            if let Some(l) = a.get::<ListObj>() {
                l.items_mut().extend(items.iter().copied());
            }
            return Ok(a);
        }
        (2, Kind::List) => {
            let count = if is_user_object(b) && user_method(b, "__rmul__").is_none() {
                index_value(b)?
            } else {
                Some(b)
            };
            if let Some(n) = count.and_then(int::as_int) {
                let n = repeat_count(&n)?;
                if let Some(l) = a.get::<ListObj>() {
                    let items = repeated(&l.snapshot(), n)?;
                    *l.items_mut() = items;
                }
                return Ok(a);
            }
        }
        (0, Kind::ByteArray) if !is_user_object(b) => {
            if let Some(ba) = a.get::<ByteArrayObj>() {
                if !bytes::extend_in_place(ba, b) {
                    return binary_type_error(0, a, b, true);
                }
            }
            return Ok(a);
        }
        (2, Kind::ByteArray) if int::is_int(b) => {
            let n = repeat_count(&int::as_int(b).expect("an int"))?;
            if let Some(ba) = a.get::<ByteArrayObj>() {
                let data = bytes::repeated(&ba.data(), n)?;
                *ba.data_mut() = data;
            }
            return Ok(a);
        }
        (1 | 9..=11, Kind::Set) if set::get(b).is_some() => {
            crate::objects::methods::set_inplace(op, a, b)?;
            return Ok(a);
        }
        (9, Kind::Dict) => {
            if let Some(d) = a.get::<DictObj>() {
                crate::objects::methods::dict_update_from(d, b)?;
                return Ok(a);
            }
        }
        _ => {}
    }
    if is_user_object(a) {
        let (_, _, iname) = BINARY_DUNDERS[op as usize];
        if let Some(r) = call_dunder_from(caller, a, iname, &[b]) {
            let r = r?;
            if r != not_implemented() {
                return Ok(r);
            }
        }
    }
    binary_op(op, a, b, true, caller)
}

/// `-a`, `+a`, `~a`, `not a`.
pub fn unary(op: u32, a: Value) -> PyResult {
    if op == 3 {
        return Ok(bool_value(!truthy(a)?));
    }
    if let Some(i) = int::as_int(a) {
        return Ok(match op {
            0 => int::negate(&i),
            1 => int::from_big(i.to_big()),
            _ => int::invert(&i),
        });
    }
    if let Some(f) = float::as_f64(a) {
        match op {
            0 => return Ok(float::new(-f)),
            1 => return Ok(a),
            _ => {}
        }
    }
    if let Some(z) = complex::as_complex(a) {
        match op {
            0 => return Ok(complex::new(complex::Complex::new(-z.re, -z.im))),
            1 => return Ok(a),
            _ => {}
        }
    }
    let (name, sym) = match op {
        0 => ("__neg__", "unary -"),
        1 => ("__pos__", "unary +"),
        _ => ("__invert__", "unary ~"),
    };
    if let Some(r) = call_dunder(a, name, &[]) {
        return r;
    }
    type_error(format!(
        "bad operand type for {sym}: '{}'",
        types::type_name(a)
    ))
}

/// Truth value.
pub fn truthy(v: Value) -> PyResult<bool> {
    if v.is_small() {
        return Ok(v.small_value() != 0);
    }
    Ok(match v.kind() {
        Kind::None => false,
        Kind::Bool | Kind::Int => !int::as_int(v).is_some_and(|i| i.is_zero()),
        Kind::Float => float::as_f64(v) != Some(0.0),
        Kind::Complex => complex::as_complex(v).is_some_and(|z| z.re != 0.0 || z.im != 0.0),
        Kind::Str => v.get::<StrObj>().is_some_and(|s| s.nbytes() > 0),
        Kind::Bytes | Kind::ByteArray => bytes::len(v) > 0,
        Kind::MemoryView => memoryview::len(v)? > 0,
        Kind::Tuple
        | Kind::List
        | Kind::Dict
        | Kind::Set
        | Kind::FrozenSet
        | Kind::Range
        | Kind::DictView => len(v)? > 0,
        Kind::Instance | Kind::Exception | Kind::Class if has_program_type(v) => {
            if let Some(base) = crate::objects::builtin_subclass::protocol_base(v) {
                return truthy(base);
            }
            let class = (v.kind() == Kind::Instance)
                .then(|| class::instance_class(v).get::<ClassObj>())
                .flatten();
            if class.is_some_and(ClassObj::always_true) {
                return Ok(true);
            }
            if let Some(r) = call_dunder(v, "__bool__", &[]) {
                let r = r?;
                return match r.kind() {
                    Kind::Bool => Ok(r == bool_value(true)),
                    _ => type_error(format!(
                        "__bool__ should return bool, returned {}",
                        types::type_name(r)
                    )),
                };
            }
            if user_method(v, "__len__").is_some() {
                return Ok(len(v)? > 0);
            }
            if let Some(class) = class {
                class.set_always_true();
            }
            true
        }
        _ => true,
    })
}

/// `len(v)`.
pub fn len(v: Value) -> PyResult<usize> {
    if v.is_object() {
        match v.kind() {
            Kind::Str => return Ok(v.get::<StrObj>().map_or(0, |s| s.len())),
            Kind::Tuple => return Ok(tuple::items(v).map_or(0, |t| t.len())),
            Kind::List => return Ok(v.get::<ListObj>().map_or(0, |l| l.len())),
            Kind::Dict => return Ok(v.get::<DictObj>().map_or(0, |d| d.len())),
            Kind::Set | Kind::FrozenSet => return Ok(set::get(v).map_or(0, |s| s.len())),
            Kind::Range => return v.get::<RangeObj>().map_or(Ok(0), |r| r.checked_len()),
            Kind::DictView => return Ok(iter::view_len(v)),
            Kind::Bytes | Kind::ByteArray => return Ok(bytes::len(v)),
            Kind::MemoryView => return memoryview::len(v),
            Kind::Instance | Kind::Exception | Kind::Class if has_program_type(v) => {
                if let Some(base) = crate::objects::builtin_subclass::protocol_base(v) {
                    return len(base);
                }
                if let Some(r) = call_dunder(v, "__len__", &[]) {
                    // CPython takes the result through `__index__`.
                    let r = r?;
                    let r = index_value(r)?.unwrap_or(r);
                    let Some(n) = int::as_int(r) else {
                        return type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            types::type_name(r)
                        ));
                    };
                    if n.is_negative() {
                        return value_error("__len__() should return >= 0");
                    }
                    return match n.to_i64() {
                        Some(n) => Ok(n as usize),
                        None => raise(
                            ExcKind::OverflowError,
                            "cannot fit 'int' into an index-sized integer",
                        ),
                    };
                }
            }
            _ => {}
        }
    }
    type_error(format!(
        "object of type '{}' has no len()",
        types::type_name(v)
    ))
}

/// Equality of builtin values that never runs user code; None when user code might run.
pub fn eq_fast(a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    if a.is_small() && b.is_small() {
        return Some(false);
    }
    match (a.kind(), b.kind()) {
        (Kind::Str, Kind::Str) => Some(pystr::as_str(a) == pystr::as_str(b)),
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            Some(*bytes::contents(a) == *bytes::contents(b))
        }
        (Kind::Str, k) | (k, Kind::Str) => {
            (!matches!(k, Kind::Instance | Kind::Exception)).then_some(false)
        }
        (Kind::Int | Kind::Bool, Kind::Int | Kind::Bool) => {
            let (x, y) = (int::as_int(a)?, int::as_int(b)?);
            Some(int::compare(&x, &y) == Ordering::Equal)
        }
        (Kind::Complex, _) => complex::equals(complex::as_complex(a)?, b),
        (_, Kind::Complex) => complex::equals(complex::as_complex(b)?, a),
        (Kind::Float, _) | (_, Kind::Float) => Some(number_cmp(a, b)? == Some(Ordering::Equal)),
        (Kind::BoundMethod, Kind::BoundMethod) | (Kind::Builtin, Kind::Builtin) => {
            crate::objects::function::method_eq(a, b)
        }
        // Flat tuples item by item while every pair is decided without running Python code
        // (the usual dict keys: tuples of ints and strs); identical items are equal, as
        // CPython's comparison assumes too. Nested tuples take the generic path, which
        // guards the recursion.
        (Kind::Tuple, Kind::Tuple) => {
            let (xs, ys) = (tuple::items(a)?, tuple::items(b)?);
            if xs.len() != ys.len() {
                return Some(false);
            }
            for (&x, &y) in xs.iter().zip(ys) {
                if x != y && (x.kind() == Kind::Tuple || !eq_fast(x, y)?) {
                    return (x.kind() != Kind::Tuple).then_some(false);
                }
            }
            Some(true)
        }
        _ => None,
    }
}

/// Orders two numbers (int, bool or float); outer None if either is not a number, inner
/// None when unordered (NaN).
fn number_cmp(a: Value, b: Value) -> Option<Option<Ordering>> {
    match (float::as_f64(a), float::as_f64(b)) {
        (Some(x), Some(y)) => Some(x.partial_cmp(&y)),
        (Some(x), None) => Some(float::compare_int(&int::as_int(b)?, x).map(Ordering::reverse)),
        (None, Some(y)) => Some(float::compare_int(&int::as_int(a)?, y)),
        (None, None) => {
            let (x, y) = (int::as_int(a)?, int::as_int(b)?);
            Some(Some(int::compare(&x, &y)))
        }
    }
}

/// `a == b` as a bool, with the identity shortcut containers use.
pub fn eq(a: Value, b: Value) -> PyResult<bool> {
    if let Some(r) = eq_fast(a, b) {
        return Ok(r);
    }
    let r = rich_compare(0, a, b)?;
    truthy(r)
}

/// Compares two tuples lexicographically with `op`.
fn sequence_compare(op: u32, x: &[Value], y: &[Value]) -> PyResult<Value> {
    items_compare(
        op,
        |i| x.get(i).copied(),
        |i| y.get(i).copied(),
        || x.len().cmp(&y.len()),
    )
}

/// Compares two lists lexicographically with `op`, as CPython does: lists of different
/// lengths are unequal without comparing items, and the lengths are read again after each
/// item comparison (an `__eq__` may change the lists).
fn list_compare(op: u32, x: &ListObj, y: &ListObj) -> PyResult<Value> {
    if x.len() != y.len() && op <= 1 {
        return Ok(bool_value(op == 1));
    }
    items_compare(op, |i| x.get(i), |i| y.get(i), || x.len().cmp(&y.len()))
}

/// The lexicographic comparison `op` of two sequences whose items `x(i)` and `y(i)` give
/// (None past the end) and whose lengths `lengths` compares once the items run out.
fn items_compare(
    op: u32,
    x: impl Fn(usize) -> Option<Value>,
    y: impl Fn(usize) -> Option<Value>,
    lengths: impl Fn() -> Ordering,
) -> PyResult<Value> {
    let _level = crate::protocols::call::enter_recursion(" in comparison")?;
    let mut i = 0;
    while let (Some(v), Some(w)) = (x(i), y(i)) {
        if !eq(v, w)? {
            return match op {
                0 => Ok(bool_value(false)),
                1 => Ok(bool_value(true)),
                _ => rich_compare(op, v, w),
            };
        }
        i += 1;
    }
    Ok(bool_value(ordering_matches(op, lengths())))
}

fn ordering_matches(op: u32, o: Ordering) -> bool {
    match op {
        0 => o == Ordering::Equal,
        1 => o != Ordering::Equal,
        2 => o == Ordering::Less,
        3 => o != Ordering::Greater,
        4 => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

const COMPARE_DUNDERS: [&str; 6] = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
const COMPARE_SYMBOLS: [&str; 6] = ["==", "!=", "<", "<=", ">", ">="];
/// The reflected comparison of each operator (`a < b` is `b > a`).
const SWAPPED: [u32; 6] = [0, 1, 4, 5, 2, 3];

/// Comparison of builtin values; None when the types do not compare.
fn builtin_compare(op: u32, a: Value, b: Value) -> PyResult<Option<Value>> {
    if let Some(o) = number_cmp(a, b) {
        return Ok(Some(bool_value(match o {
            Some(o) => ordering_matches(op, o),
            None => op == 1,
        })));
    }
    let (ka, kb) = (a.kind(), b.kind());
    if ka == Kind::Complex || kb == Kind::Complex {
        let equal = match (complex::as_complex(a), complex::as_complex(b)) {
            (Some(z), _) => complex::equals(z, b),
            (None, Some(z)) => complex::equals(z, a),
            (None, None) => None,
        };
        // Complex numbers have no order.
        if let (Some(e), 0 | 1) = (equal, op) {
            return Ok(Some(bool_value(e == (op == 0))));
        }
    }
    if ka == Kind::Str && kb == Kind::Str {
        let o = pystr::as_str(a).cmp(&pystr::as_str(b));
        return Ok(Some(bool_value(ordering_matches(op, o))));
    }
    if bytes::is_bytes_or_bytearray(a) && bytes::is_bytes_or_bytearray(b) {
        let o = bytes::contents(a).cmp(&bytes::contents(b));
        return Ok(Some(bool_value(ordering_matches(op, o))));
    }
    // A bytearray orders against a memoryview too (a bytes does not).
    if matches!(
        (ka, kb),
        (Kind::ByteArray, Kind::MemoryView) | (Kind::MemoryView, Kind::ByteArray)
    ) {
        if let (Some(x), Some(y)) = (bytes::buffer_or_none(a), bytes::buffer_or_none(b)) {
            return Ok(Some(bool_value(ordering_matches(op, x.cmp(&y)))));
        }
    }
    if op <= 1 && (ka == Kind::MemoryView || kb == Kind::MemoryView) {
        if let Some(r) = memoryview::compare(op, a, b)? {
            return Ok(Some(bool_value(r)));
        }
    }
    if ka == kb {
        match ka {
            Kind::Tuple => {
                let (x, y) = (
                    tuple::items(a).unwrap_or(&[]),
                    tuple::items(b).unwrap_or(&[]),
                );
                return sequence_compare(op, x, y).map(Some);
            }
            Kind::List => {
                if let (Some(x), Some(y)) = (a.get::<ListObj>(), b.get::<ListObj>()) {
                    return list_compare(op, x, y).map(Some);
                }
            }
            Kind::Dict if op <= 1 => {
                let _level = crate::protocols::call::enter_recursion(" in comparison")?;
                let e = dict_eq(a, b)?;
                return Ok(Some(bool_value(e == (op == 0))));
            }
            Kind::Range if op <= 1 => {
                let e = range_eq(a, b);
                return Ok(Some(bool_value(e == (op == 0))));
            }
            _ => {}
        }
    }
    if set::get(a).is_some() && set::get(b).is_some() {
        return crate::objects::methods::set_compare(op, a, b).map(Some);
    }
    let setlike = |k: Kind| matches!(k, Kind::Set | Kind::FrozenSet | Kind::DictView);
    if (ka == Kind::DictView || kb == Kind::DictView)
        && setlike(ka)
        && setlike(kb)
        && iter::view_is_setlike(a)
        && iter::view_is_setlike(b)
    {
        let as_set = |v: Value| match v.kind() {
            Kind::DictView => iter::view_as_set(v),
            _ => Ok(v),
        };
        return crate::objects::methods::set_compare(op, as_set(a)?, as_set(b)?).map(Some);
    }
    if op <= 1 {
        if a == b {
            return Ok(Some(bool_value(op == 0)));
        }
        if let Some(e) = crate::objects::function::method_eq(a, b) {
            return Ok(Some(bool_value(e == (op == 0))));
        }
        if !is_user_object(a) && !is_user_object(b) {
            return Ok(Some(bool_value(op == 1)));
        }
    }
    Ok(None)
}

fn dict_eq(a: Value, b: Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (a.get::<DictObj>(), b.get::<DictObj>()) else {
        return Ok(false);
    };
    if x.len() != y.len() {
        return Ok(false);
    }
    for (k, v) in x.items() {
        match y.get(k)? {
            Some(w) if eq(v, w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

fn range_eq(a: Value, b: Value) -> bool {
    let (Some(x), Some(y)) = (a.get::<RangeObj>(), b.get::<RangeObj>()) else {
        return false;
    };
    let (lx, ly) = (x.big_len(), y.big_len());
    let one = num_bigint::BigInt::from(1);
    let (sx, sy) = (x.big_parts(), y.big_parts());
    lx == ly && (lx == num_bigint::BigInt::from(0) || (sx.0 == sy.0 && (lx == one || sx.2 == sy.2)))
}

/// `a op b` for the six comparison operators (op 0..=5), returning what the comparison
/// returned (user `__eq__` may return anything).
pub fn rich_compare(op: u32, a: Value, b: Value) -> PyResult {
    if !is_user_object(a) && !is_user_object(b) {
        if let Some(r) = builtin_compare(op, a, b)? {
            return Ok(r);
        }
    } else {
        let (name, rname) = (
            COMPARE_DUNDERS[op as usize],
            COMPARE_DUNDERS[SWAPPED[op as usize] as usize],
        );
        let b_first = is_user_object(b)
            && types::type_of(a) != types::type_of(b)
            && class::is_subclass(types::type_of(b), types::type_of(a));
        let order: [(Value, &str, Value); 2] = if b_first {
            [(b, rname, a), (a, name, b)]
        } else {
            [(a, name, b), (b, rname, a)]
        };
        for (x, n, y) in order {
            if let Some(r) = call_dunder(x, n, &[y]) {
                let r = r?;
                if r != not_implemented() {
                    return Ok(r);
                }
            } else if op == 1 {
                // `object.__ne__`, which a class without `__ne__` inherits, inverts `__eq__`.
                if let Some(r) = call_dunder(x, "__eq__", &[y]) {
                    let r = r?;
                    if r != not_implemented() {
                        return Ok(bool_value(!truthy(r)?));
                    }
                }
            }
        }
        if op <= 1 {
            return Ok(bool_value((a == b) == (op == 0)));
        }
    }
    type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        COMPARE_SYMBOLS[op as usize],
        types::type_name(a),
        types::type_name(b)
    ))
}

/// `a < b` as a bool (sorting, min, max).
pub fn less_than(a: Value, b: Value) -> PyResult<bool> {
    if a.is_small() && b.is_small() {
        return Ok(a.small_value() < b.small_value());
    }
    let r = rich_compare(2, a, b)?;
    truthy(r)
}

/// `rt_compare`: the comparisons plus `in` / `not in`.
pub fn compare(op: u32, a: Value, b: Value) -> PyResult {
    if op <= 5 {
        if a.is_small() && b.is_small() {
            let o = a.small_value().cmp(&b.small_value());
            return Ok(bool_value(ordering_matches(op, o)));
        }
        if let (Some(x), Some(y)) = (a.get::<FloatObj>(), b.get::<FloatObj>()) {
            return Ok(bool_value(match x.value.partial_cmp(&y.value) {
                Some(o) => ordering_matches(op, o),
                None => op == 1,
            }));
        }
        // UTF-8 orders as code points do.
        if let (Some(x), Some(y)) = (a.get::<StrObj>(), b.get::<StrObj>()) {
            return Ok(bool_value(match op {
                0 => pystr::equal(a, b),
                1 => !pystr::equal(a, b),
                _ => ordering_matches(op, x.as_str().cmp(y.as_str())),
            }));
        }
    }
    match op {
        0..=5 => rich_compare(op, a, b),
        6 => Ok(bool_value(contains(b, a)?)),
        7 => Ok(bool_value(!contains(b, a)?)),
        _ => value_error(format!("bad comparison operator {op}")),
    }
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    if container.is_object() {
        match container.kind() {
            Kind::Str => {
                let Some(needle) = pystr::as_str(item) else {
                    return type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        types::type_name(item)
                    ));
                };
                return Ok(text_search::contains(
                    pystr::as_str(container).unwrap_or(""),
                    needle,
                ));
            }
            Kind::List => {
                let Some(l) = container.get::<ListObj>() else {
                    return Ok(false);
                };
                let mut i = 0;
                while let Some(x) = l.get(i) {
                    if eq(x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                return Ok(false);
            }
            Kind::Tuple => {
                for &x in tuple::items(container).unwrap_or(&[]) {
                    if eq(x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Kind::Dict => {
                return Ok(container
                    .get::<DictObj>()
                    .map(|d| d.get(item))
                    .transpose()?
                    .flatten()
                    .is_some())
            }
            Kind::Set | Kind::FrozenSet => {
                return set::get(container).map_or(Ok(false), |s| s.contains(item))
            }
            Kind::Range => {
                if let Some(r) = container.get::<RangeObj>() {
                    if let Some(i) = int::as_int(item) {
                        if !r.big {
                            return Ok(i.to_i64().is_some_and(|n| r.contains(n)));
                        }
                        return Ok(r.contains_big(&i.to_big()));
                    }
                }
            }
            Kind::DictView => return iter::view_contains(container, item),
            Kind::Bytes | Kind::ByteArray => return bytes::contains(container, item),
            Kind::Instance | Kind::Exception | Kind::Class if has_program_type(container) => {
                if let Some(base) = crate::objects::builtin_subclass::protocol_base(container) {
                    return contains(base, item);
                }
                if let Some(r) = call_dunder(container, "__contains__", &[item]) {
                    return truthy(r?);
                }
            }
            _ => {}
        }
    }
    let it = iter::iter_reworded(container, || {
        Some(format!(
            "argument of type '{}' is not iterable",
            types::type_name(container)
        ))
    })?;
    while let Some(x) = iter::next_rooted(it)? {
        if eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython's tuple hash (xxHash-based).
fn tuple_hash(items: &[Value]) -> PyResult<i64> {
    let mut acc = XXPRIME_5;
    for &x in items {
        let lane = hash(x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3527539));
    Ok(if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    })
}

/// CPython's frozenset hash.
fn frozenset_hash(v: Value) -> PyResult<i64> {
    let keys = set::get(v).map(|s| s.keys()).unwrap_or_default();
    let mut h: u64 = 0;
    for k in &keys {
        let x = hash(*k)? as u64;
        h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
    }
    h ^= (keys.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    Ok(if h == u64::MAX { 590923713 } else { h as i64 })
}

/// The identity hash CPython gives objects without `__hash__`.
pub fn identity_hash(v: Value) -> i64 {
    v.0.rotate_right(4) as i64
}

fn unhashable<T>(v: Value) -> PyResult<T> {
    type_error(format!("unhashable type: '{}'", types::type_name(v)))
}

/// `hash(v)`.
#[inline]
pub fn hash(v: Value) -> PyResult<i64> {
    if v.is_small() {
        return Ok(int::small_hash(v.small_value()));
    }
    hash_object(v)
}

fn hash_object(v: Value) -> PyResult<i64> {
    match v.kind() {
        Kind::Str => Ok(v.get::<StrObj>().map_or(0, |s| s.hash())),
        Kind::Bytes => Ok(v.get::<BytesObj>().map_or(0, |b| b.hash())),
        Kind::MemoryView => memoryview::hash(v),
        Kind::Int | Kind::Bool => Ok(int::as_int(v).map_or(0, |i| int::hash(&i))),
        Kind::Float => Ok(float::hash(
            v.get::<FloatObj>().map_or(0.0, |f| f.value),
            v.0,
        )),
        Kind::Complex => Ok(complex::as_complex(v).map_or(0, |z| complex::hash(z, v.0))),
        Kind::Tuple => tuple_hash(tuple::items(v).unwrap_or(&[])),
        Kind::FrozenSet => frozenset_hash(v),
        Kind::List | Kind::Dict | Kind::Set | Kind::DictView | Kind::Slice | Kind::ByteArray => {
            unhashable(v)
        }
        Kind::Range => {
            let Some(r) = v.get::<RangeObj>() else {
                return Ok(identity_hash(v));
            };
            let len = r.big_len();
            let items = if len == num_bigint::BigInt::from(0) {
                [int::from_big(len), none(), none()]
            } else if len == num_bigint::BigInt::from(1) {
                [int::from_big(len), r.values[0], none()]
            } else {
                [int::from_big(len), r.values[0], r.values[2]]
            };
            tuple_hash(&items)
        }
        Kind::Instance | Kind::Exception => {
            let cls = class::instance_class(v);
            let Some(c) = cls.get::<ClassObj>() else {
                return Ok(identity_hash(v));
            };
            let hname = pystr::intern("__hash__");
            let ename = pystr::intern("__eq__");
            for k in c.mro().iter().filter_map(|k| k.get::<ClassObj>()) {
                if k.layout == class::Layout::Builtin(types::TypeId::Object) {
                    break;
                }
                if let Some(f) = k.dict().get_str(hname) {
                    if f.is_none() {
                        return unhashable(v);
                    }
                    let r = call::call_special(f, v, &[])?;
                    let Some(i) = int::as_int(r) else {
                        return type_error("__hash__ method should return an integer");
                    };
                    // As CPython's `slot_tp_hash`: an int that fits a machine word is the
                    // hash itself (-1 excepted), a bigger one hashes as an int.
                    return Ok(match i.to_i64() {
                        Some(-1) => -2,
                        Some(h) => h,
                        None => int::hash(&i),
                    });
                }
                if k.dict().get_str(ename).is_some() {
                    return unhashable(v);
                }
            }
            Ok(identity_hash(v))
        }
        Kind::BoundMethod | Kind::Builtin => {
            Ok(crate::objects::function::method_hash(v).unwrap_or_else(|| identity_hash(v)))
        }
        _ => Ok(identity_hash(v)),
    }
}
