//! The dunder methods of the builtin types as attributes: `"x".__add__("y")`,
//! `[1].__len__()`, `int.__add__(1, 2)`, `iter(x).__next__()`. Like CPython's slot
//! wrappers, each runs the operation its type implements, and a binary or comparison
//! method returns `NotImplemented` for an operand its type does not handle
//! (`(1).__add__(1.0)`, `(1).__eq__("a")`).

use crate::modules::builtins;
use crate::objects::exceptions::{raise_args, type_error, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::methods::Method;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{bool_value, none, not_implemented, Kind, PyResult, Value};
use crate::protocols::call::{self, Kw};
use crate::protocols::formatting;
use crate::protocols::item;
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::repr;

// Families of builtin types sharing one table of dunders.
const INT: u8 = 0;
const FLOAT: u8 = 1;
const STR: u8 = 2;
const LIST: u8 = 3;
const TUPLE: u8 = 4;
const DICT: u8 = 5;
const SET: u8 = 6;
const FROZENSET: u8 = 7;
const RANGE: u8 = 8;
const ITERATOR: u8 = 9;
const KEYS_VIEW: u8 = 10;
const VALUES_VIEW: u8 = 11;
const OTHER: u8 = 12;
const COMPLEX: u8 = 13;
const BYTES: u8 = 14;
const BYTEARRAY: u8 = 15;
const MEMORYVIEW: u8 = 16;

// Method codes: 0..=12 the binary operators in `rt_binary` order, then the same reflected
// (`__radd__`), in place (`__iadd__`), the six comparisons, then the rest.
const R: u16 = 13;
const I: u16 = 26;
const CMP: u16 = 39;
const LEN: u16 = 45;
const GETITEM: u16 = 46;
const SETITEM: u16 = 47;
const DELITEM: u16 = 48;
const CONTAINS: u16 = 49;
const ITER: u16 = 50;
const REVERSED: u16 = 51;
const HASH: u16 = 52;
const BOOL: u16 = 53;
const TO_INT: u16 = 54;
const TO_FLOAT: u16 = 55;
const INDEX: u16 = 56;
const NEG: u16 = 57;
const POS: u16 = 58;
const ABS: u16 = 59;
const INVERT: u16 = 60;
const REPR: u16 = 61;
const TO_STR: u16 = 62;
const FORMAT: u16 = 63;
const ROUND: u16 = 64;
const TRUNC: u16 = 65;
const FLOOR: u16 = 66;
const CEIL: u16 = 67;
const DIVMOD: u16 = 68;
const RDIVMOD: u16 = 69;
const NEXT: u16 = 70;

const BINARY: [&str; 13] = [
    "__add__",
    "__sub__",
    "__mul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__lshift__",
    "__rshift__",
    "__or__",
    "__xor__",
    "__and__",
    "__matmul__",
];
const REFLECTED: [&str; 13] = [
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__rtruediv__",
    "__rfloordiv__",
    "__rmod__",
    "__rpow__",
    "__rlshift__",
    "__rrshift__",
    "__ror__",
    "__rxor__",
    "__rand__",
    "__rmatmul__",
];
const INPLACE: [&str; 13] = [
    "__iadd__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__ior__",
    "__ixor__",
    "__iand__",
    "__imatmul__",
];
const COMPARE: [&str; 6] = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];

const fn name(k: u16) -> &'static str {
    match k {
        0..=12 => BINARY[k as usize],
        13..=25 => REFLECTED[(k - R) as usize],
        26..=38 => INPLACE[(k - I) as usize],
        39..=44 => COMPARE[(k - CMP) as usize],
        LEN => "__len__",
        GETITEM => "__getitem__",
        SETITEM => "__setitem__",
        DELITEM => "__delitem__",
        CONTAINS => "__contains__",
        ITER => "__iter__",
        REVERSED => "__reversed__",
        HASH => "__hash__",
        BOOL => "__bool__",
        TO_INT => "__int__",
        TO_FLOAT => "__float__",
        INDEX => "__index__",
        NEG => "__neg__",
        POS => "__pos__",
        ABS => "__abs__",
        INVERT => "__invert__",
        REPR => "__repr__",
        TO_STR => "__str__",
        FORMAT => "__format__",
        ROUND => "__round__",
        TRUNC => "__trunc__",
        FLOOR => "__floor__",
        CEIL => "__ceil__",
        DIVMOD => "__divmod__",
        RDIVMOD => "__rdivmod__",
        _ => "__next__",
    }
}

macro_rules! table {
    ($table:ident, $fam:expr, [$($k:expr),* $(,)?]) => {
        static $table: &[Method] = &[$(Method { name: name($k), func: dunder::<$fam, { $k }> }),*];
    };
}

// Operators: 0 + 1 - 2 * 3 / 4 // 5 % 6 ** 7 << 8 >> 9 | 10 ^ 11 &.
table! { INT_DUNDERS, INT, [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    R, R + 1, R + 2, R + 3, R + 4, R + 5, R + 6, R + 7, R + 8, R + 9, R + 10, R + 11,
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    DIVMOD, RDIVMOD, HASH, BOOL, TO_INT, TO_FLOAT, INDEX, NEG, POS, ABS, INVERT, REPR, TO_STR,
    FORMAT, ROUND, TRUNC, FLOOR, CEIL,
]}
table! { FLOAT_DUNDERS, FLOAT, [
    0, 1, 2, 3, 4, 5, 6, R, R + 1, R + 2, R + 3, R + 4, R + 5, R + 6,
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    DIVMOD, RDIVMOD, HASH, BOOL, TO_INT, TO_FLOAT, NEG, POS, ABS, REPR, TO_STR, FORMAT, ROUND,
    TRUNC, FLOOR, CEIL,
]}
table! { COMPLEX_DUNDERS, COMPLEX, [
    0, 1, 2, 3, 6, R, R + 1, R + 2, R + 3, R + 6,
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    HASH, BOOL, NEG, POS, ABS, REPR, TO_STR, FORMAT,
]}
table! { STR_DUNDERS, STR, [
    0, 2, 5, R + 2, R + 5, CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, GETITEM, CONTAINS, ITER, HASH, REPR, TO_STR, FORMAT,
]}
table! { LIST_DUNDERS, LIST, [
    0, 2, R + 2, I, I + 2, CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, GETITEM, SETITEM, DELITEM, CONTAINS, ITER, REVERSED, REPR, TO_STR, FORMAT,
]}
table! { TUPLE_DUNDERS, TUPLE, [
    0, 2, R + 2, CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, GETITEM, CONTAINS, ITER, HASH, REPR, TO_STR, FORMAT,
]}
table! { DICT_DUNDERS, DICT, [
    9, R + 9, I + 9, CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, GETITEM, SETITEM, DELITEM, CONTAINS, ITER, REVERSED, REPR, TO_STR, FORMAT,
]}
table! { SET_DUNDERS, SET, [
    1, 9, 10, 11, R + 1, R + 9, R + 10, R + 11, I + 1, I + 9, I + 10, I + 11,
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, CONTAINS, ITER, REPR, TO_STR, FORMAT,
]}
table! { FROZENSET_DUNDERS, FROZENSET, [
    1, 9, 10, 11, R + 1, R + 9, R + 10, R + 11,
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, CONTAINS, ITER, HASH, REPR, TO_STR, FORMAT,
]}
table! { RANGE_DUNDERS, RANGE, [
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, GETITEM, CONTAINS, ITER, REVERSED, HASH, BOOL, REPR, TO_STR, FORMAT,
]}
table! { ITERATOR_DUNDERS, ITERATOR, [
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    ITER, NEXT, HASH, REPR, TO_STR, FORMAT,
]}
table! { KEYS_VIEW_DUNDERS, KEYS_VIEW, [
    1, 9, 10, 11, R + 1, R + 9, R + 10, R + 11,
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, CONTAINS, ITER, REVERSED, REPR, TO_STR, FORMAT,
]}
table! { VALUES_VIEW_DUNDERS, VALUES_VIEW, [
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, ITER, REVERSED, HASH, REPR, TO_STR, FORMAT,
]}
table! { BYTES_DUNDERS, BYTES, [
    0, 2, 5, R + 2, CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, GETITEM, CONTAINS, ITER, HASH, REPR, TO_STR, FORMAT,
]}
table! { BYTEARRAY_DUNDERS, BYTEARRAY, [
    0, 2, 5, R + 2, I, I + 2, CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, GETITEM, SETITEM, DELITEM, CONTAINS, ITER, REPR, TO_STR, FORMAT,
]}
table! { MEMORYVIEW_DUNDERS, MEMORYVIEW, [
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    LEN, GETITEM, SETITEM, DELITEM, ITER, HASH, REPR, TO_STR, FORMAT,
]}
table! { OTHER_DUNDERS, OTHER, [
    CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5,
    HASH, REPR, TO_STR, FORMAT,
]}

fn family(id: TypeId) -> Option<u8> {
    Some(match id {
        TypeId::Int | TypeId::Bool => INT,
        TypeId::Float => FLOAT,
        TypeId::Complex => COMPLEX,
        TypeId::Str => STR,
        TypeId::List => LIST,
        TypeId::Tuple => TUPLE,
        TypeId::Dict => DICT,
        TypeId::Set => SET,
        TypeId::FrozenSet => FROZENSET,
        TypeId::Range => RANGE,
        TypeId::Bytes => BYTES,
        TypeId::ByteArray => BYTEARRAY,
        TypeId::MemoryView => MEMORYVIEW,
        TypeId::ListIterator
        | TypeId::ListReverseIterator
        | TypeId::TupleIterator
        | TypeId::StrIterator
        | TypeId::StrAsciiIterator
        | TypeId::Reversed
        | TypeId::RangeIterator
        | TypeId::DictKeyIterator
        | TypeId::DictValueIterator
        | TypeId::DictItemIterator
        | TypeId::SetIterator
        | TypeId::BytesIterator
        | TypeId::ByteArrayIterator
        | TypeId::MemoryIterator
        | TypeId::Enumerate
        | TypeId::Zip
        | TypeId::Map
        | TypeId::Filter
        | TypeId::Generator
        | TypeId::AsyncGenSend
        | TypeId::AsyncGenThrow => ITERATOR,
        TypeId::DictKeys | TypeId::DictItems => KEYS_VIEW,
        TypeId::DictValues => VALUES_VIEW,
        TypeId::NoneType
        | TypeId::NotImplementedType
        | TypeId::Ellipsis
        | TypeId::Slice
        | TypeId::Cell
        | TypeId::Code
        | TypeId::Function
        | TypeId::BuiltinFunction
        | TypeId::Method
        | TypeId::Module
        | TypeId::StaticMethod
        | TypeId::ClassMethod
        | TypeId::Property
        | TypeId::MemberDescriptor
        | TypeId::FileState
        | TypeId::Coroutine
        | TypeId::AsyncGenerator => OTHER,
        TypeId::Object | TypeId::Type | TypeId::Super => return None,
    })
}

fn table(fam: u8) -> &'static [Method] {
    match fam {
        INT => INT_DUNDERS,
        FLOAT => FLOAT_DUNDERS,
        COMPLEX => COMPLEX_DUNDERS,
        STR => STR_DUNDERS,
        LIST => LIST_DUNDERS,
        TUPLE => TUPLE_DUNDERS,
        DICT => DICT_DUNDERS,
        SET => SET_DUNDERS,
        FROZENSET => FROZENSET_DUNDERS,
        RANGE => RANGE_DUNDERS,
        ITERATOR => ITERATOR_DUNDERS,
        KEYS_VIEW => KEYS_VIEW_DUNDERS,
        VALUES_VIEW => VALUES_VIEW_DUNDERS,
        BYTES => BYTES_DUNDERS,
        BYTEARRAY => BYTEARRAY_DUNDERS,
        MEMORYVIEW => MEMORYVIEW_DUNDERS,
        _ => OTHER_DUNDERS,
    }
}

/// The dunder method `name` of builtin type `id`.
pub fn find(id: TypeId, name: &str) -> Option<&'static Method> {
    if !name.starts_with("__") {
        return None;
    }
    table(family(id)?).iter().find(|m| m.name == name)
}

/// The dunder method names of builtin type `id`.
pub fn names(id: TypeId) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = family(id)
        .map_or(&[][..], table)
        .iter()
        .map(|m| m.name)
        .collect();
    if unhashable(id) {
        names.push("__hash__");
    }
    names
}

/// Types whose `__hash__` is None.
pub fn unhashable(id: TypeId) -> bool {
    matches!(
        id,
        TypeId::List
            | TypeId::Dict
            | TypeId::Set
            | TypeId::Slice
            | TypeId::DictKeys
            | TypeId::DictItems
            | TypeId::ByteArray
    )
}

fn family_of(v: Value) -> Option<u8> {
    if ops::is_user_object(v) {
        return None;
    }
    family(types::type_id(v))
}

/// Whether `other` is an operand type that family `fam`'s binary operators handle.
fn accepts(fam: u8, other: Value) -> bool {
    match fam {
        INT => int::is_int(other),
        FLOAT => int::is_int(other) || float::as_f64(other).is_some(),
        COMPLEX => int::is_int(other) || matches!(other.kind(), Kind::Float | Kind::Complex),
        SET | FROZENSET => matches!(family_of(other), Some(SET | FROZENSET)),
        KEYS_VIEW => true,
        BYTES | BYTEARRAY | MEMORYVIEW => {
            matches!(family_of(other), Some(BYTES | BYTEARRAY | MEMORYVIEW))
        }
        _ => family_of(other) == Some(fam),
    }
}

fn owner(fam: u8, this: Value) -> &'static str {
    match fam {
        INT => "int",
        FLOAT => "float",
        COMPLEX => "complex",
        STR => "str",
        LIST => "list",
        TUPLE => "tuple",
        DICT => "dict",
        SET => "set",
        FROZENSET => "frozenset",
        RANGE => "range",
        BYTES => "bytes",
        BYTEARRAY => "bytearray",
        MEMORYVIEW => "memoryview",
        _ => types::type_name(this),
    }
}

fn expect(rest: &[Value], n: usize) -> PyResult<()> {
    if rest.len() == n {
        return Ok(());
    }
    type_error(format!(
        "expected {n} argument{}, got {}",
        if n == 1 { "" } else { "s" },
        rest.len()
    ))
}

fn call_builtin(name: &str, args: &[Value]) -> PyResult {
    call::call(builtins::lookup(name)?, args, Kw::NONE)
}

/// A sequence repetition count: an int or an object with `__index__`.
fn repeat_count(v: Value) -> PyResult<Value> {
    match ops::index_value(v)? {
        Some(n) => Ok(n),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(v)
        )),
    }
}

fn binary(fam: u8, op: u32, this: Value, other: Value, reflected: bool) -> PyResult {
    let (a, b) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    match (fam, op) {
        (STR | LIST | TUPLE, 0) => {
            if accepts(fam, other) {
                return ops::binary(0, a, b);
            }
            let t = owner(fam, this);
            type_error(format!(
                "can only concatenate {t} (not \"{}\") to {t}",
                types::type_name(other)
            ))
        }
        (BYTES | BYTEARRAY, 0) => {
            if accepts(fam, other) {
                return ops::binary(0, a, b);
            }
            type_error(format!(
                "can't concat {} to {}",
                types::type_name(other),
                owner(fam, this)
            ))
        }
        (STR | LIST | TUPLE | BYTES | BYTEARRAY, 2) => ops::binary(2, this, repeat_count(other)?),
        (STR | BYTES | BYTEARRAY, 5) if !reflected => ops::binary(5, this, other),
        _ if accepts(fam, other) => ops::binary(op, a, b),
        _ => Ok(not_implemented()),
    }
}

fn inplace(fam: u8, op: u32, this: Value, other: Value) -> PyResult {
    match (fam, op) {
        (LIST, 0) | (DICT, 9) => ops::inplace(op, this, other),
        (LIST | BYTEARRAY, 2) => ops::inplace(2, this, repeat_count(other)?),
        (BYTEARRAY, 0) => ops::inplace(0, this, other),
        _ if accepts(fam, other) => ops::inplace(op, this, other),
        _ => Ok(not_implemented()),
    }
}

fn compare(fam: u8, op: u32, this: Value, other: Value) -> PyResult {
    let ordered = matches!(
        fam,
        INT | FLOAT | STR | LIST | TUPLE | SET | FROZENSET | KEYS_VIEW | BYTES | BYTEARRAY
    );
    if op >= 2 && !ordered {
        return Ok(not_implemented());
    }
    let handled = match fam {
        ITERATOR | VALUES_VIEW | OTHER => false,
        // bytes compares with bytes only; bytearray with any bytes-like object.
        BYTES => family_of(other) == Some(BYTES),
        _ => accepts(fam, other),
    };
    if handled {
        return ops::rich_compare(op, this, other);
    }
    // object's identity comparison.
    Ok(if this == other {
        bool_value(op == 0)
    } else {
        not_implemented()
    })
}

fn dunder<const F: u8, const K: u16>(args: &[Value], kw: Kw) -> PyResult {
    let name = name(K);
    if !kw.is_empty() {
        return type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    let Some((&this, rest)) = args.split_first() else {
        return type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            owner(F, none())
        ));
    };
    if family_of(this) != Some(F) && !(F == FROZENSET && family_of(this) == Some(SET)) {
        return type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            owner(F, this),
            types::type_name(this)
        ));
    }
    match K {
        0..=12 if K == 6 && rest.len() == 2 => call_builtin("pow", &[this, rest[0], rest[1]]),
        0..=12 => {
            expect(rest, 1)?;
            binary(F, K as u32, this, rest[0], false)
        }
        13..=25 => {
            expect(rest, 1)?;
            binary(F, (K - R) as u32, this, rest[0], true)
        }
        26..=38 => {
            expect(rest, 1)?;
            inplace(F, (K - I) as u32, this, rest[0])
        }
        39..=44 => {
            expect(rest, 1)?;
            compare(F, (K - CMP) as u32, this, rest[0])
        }
        LEN => {
            expect(rest, 0)?;
            Ok(int::from_u64(ops::len(this)? as u64))
        }
        GETITEM => {
            expect(rest, 1)?;
            item::getitem(this, rest[0])
        }
        SETITEM => {
            expect(rest, 2)?;
            item::setitem(this, rest[0], rest[1])?;
            Ok(none())
        }
        DELITEM => {
            expect(rest, 1)?;
            item::delitem(this, rest[0])?;
            Ok(none())
        }
        CONTAINS => {
            expect(rest, 1)?;
            Ok(bool_value(ops::contains(this, rest[0])?))
        }
        ITER => {
            expect(rest, 0)?;
            iter::iter(this)
        }
        NEXT => {
            expect(rest, 0)?;
            match iter::next(this)? {
                Some(v) => Ok(v),
                None => raise_args(ExcKind::StopIteration, &[]),
            }
        }
        HASH => {
            expect(rest, 0)?;
            Ok(int::from_i64(ops::hash(this)?))
        }
        BOOL => {
            expect(rest, 0)?;
            Ok(bool_value(ops::truthy(this)?))
        }
        INDEX => {
            expect(rest, 0)?;
            Ok(int::from_big(
                int::as_int(this).map(|i| i.to_big()).unwrap_or_default(),
            ))
        }
        NEG | POS | INVERT => {
            expect(rest, 0)?;
            ops::unary(
                match K {
                    NEG => 0,
                    POS => 1,
                    _ => 2,
                },
                this,
            )
        }
        REPR => {
            expect(rest, 0)?;
            repr::repr(this)
        }
        TO_STR => {
            expect(rest, 0)?;
            repr::str(this)
        }
        FORMAT => {
            expect(rest, 1)?;
            if rest[0].kind() != Kind::Str {
                return type_error(format!(
                    "__format__() argument must be str, not {}",
                    types::type_name(rest[0])
                ));
            }
            formatting::builtin_format(this, rest[0])
        }
        FLOOR | CEIL if F == FLOAT => {
            expect(rest, 0)?;
            let x = float::as_f64(this).unwrap_or(0.0);
            let y = if K == FLOOR { x.floor() } else { x.ceil() };
            call_builtin("int", &[float::new(y)])
        }
        TO_INT | TRUNC | FLOOR | CEIL => {
            expect(rest, 0)?;
            call_builtin("int", &[this])
        }
        TO_FLOAT => {
            expect(rest, 0)?;
            call_builtin("float", &[this])
        }
        ABS | REVERSED => {
            expect(rest, 0)?;
            call_builtin(if K == ABS { "abs" } else { "reversed" }, &[this])
        }
        ROUND => {
            if rest.len() > 1 {
                return type_error(format!(
                    "__round__ expected at most 1 argument, got {}",
                    rest.len()
                ));
            }
            let mut full = vec![this];
            full.extend_from_slice(rest);
            call_builtin("round", &full)
        }
        DIVMOD | RDIVMOD => {
            expect(rest, 1)?;
            let other = rest[0];
            if !accepts(F, other) {
                return Ok(not_implemented());
            }
            if K == DIVMOD {
                call_builtin("divmod", &[this, other])
            } else {
                call_builtin("divmod", &[other, this])
            }
        }
        _ => type_error(format!("{name} is not supported")),
    }
}
