//! List objects: a growable vector of values.

use crate::heap;
use crate::value::{Header, HeapObject, Kind, Value};
use std::cell::RefCell;

/// A list. References: every item of `items` (a Rust vector the object owns).
#[repr(C)]
pub struct ListObj {
    pub header: Header,
    pub items: RefCell<Vec<Value>>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for ListObj {
    const KIND: Kind = Kind::List;
}

impl ListObj {
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).copied()
    }

    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }

    /// A copy of the items (safe to hold while running Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

pub fn from_vec(items: Vec<Value>) -> Value {
    heap::new(ListObj {
        header: Header::new(Kind::List),
        items: RefCell::new(items),
    })
}

pub fn new(items: &[Value]) -> Value {
    from_vec(items.to_vec())
}
