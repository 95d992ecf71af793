//! Tuple objects: a length and the items inline after the header.

use crate::memory::heap;
use crate::objects::builtin_subclass;
use crate::objects::class;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use crate::protocols::iter;
use std::borrow::Cow;

/// A tuple. References: `len` items stored inline after the struct (`closc_abi::tuple`).
#[repr(C)]
pub struct TupleObj {
    pub header: Header,
    pub len: u64,
    items: [Value; 0],
}

// The offset of a private field that generated code uses (`abi::layout_contract` checks
// the others).
const _: () = assert!(std::mem::offset_of!(TupleObj, items) == closc_abi::tuple::ITEMS as usize);

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for TupleObj {
    const KIND: Kind = Kind::Tuple;
}

impl TupleObj {
    pub fn items(&self) -> &'static [Value] {
        // SAFETY: `new` wrote `len` initialised items right after the struct; tuples are
        // immutable and never move.
        unsafe { std::slice::from_raw_parts(self.items.as_ptr(), self.len as usize) }
    }
}

/// The empty tuple: one static object, as CPython has one (`() is tuple([])`).
pub static EMPTY: TupleObj = TupleObj {
    header: Header::new_static(Kind::Tuple),
    len: 0,
    items: [],
};

pub fn new(items: &[Value]) -> Value {
    if items.is_empty() {
        return Value::from_ref(&EMPTY);
    }
    let size = std::mem::size_of::<TupleObj>() + std::mem::size_of_val(items);
    let p = heap::alloc(size, Kind::Tuple) as *mut TupleObj;
    // SAFETY: `p` points to `size` fresh bytes: the struct followed by room for the items.
    unsafe {
        p.write(TupleObj {
            header: Header::new(Kind::Tuple),
            len: items.len() as u64,
            items: [],
        });
        let dst = (*p).items.as_mut_ptr();
        if items.len() <= 4 {
            // Short tuples (closures, pairs) are the common case: no call to memcpy.
            for (i, &v) in items.iter().enumerate() {
                std::ptr::write_volatile(dst.add(i), v);
            }
        } else {
            std::ptr::copy_nonoverlapping(items.as_ptr(), dst, items.len());
        }
    }
    Value(p as u64)
}

pub fn empty() -> Value {
    new(&[])
}

/// The items of a tuple value.
pub fn items(v: Value) -> Option<&'static [Value]> {
    v.get::<TupleObj>().map(|t| t.items())
}

/// The items of a tuple or of an instance of a class deriving from tuple (CPython's
/// `PyTuple_Check`): a subclass's base tuple, or a namedtuple's fields, which it keeps as
/// attributes and gives through its `__iter__`.
pub fn items_of_instance(v: Value) -> PyResult<Option<Cow<'static, [Value]>>> {
    if let Some(t) = items(v) {
        return Ok(Some(Cow::Borrowed(t)));
    }
    if let Some(t) = builtin_subclass::base_value(v).and_then(items) {
        return Ok(Some(Cow::Borrowed(t)));
    }
    if v.kind() == Kind::Instance && class::is_instance(v, types::class_of(TypeId::Tuple)) {
        return Ok(Some(Cow::Owned(iter::collect(v)?)));
    }
    Ok(None)
}
