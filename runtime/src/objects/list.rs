//! List objects: a growable vector of values.

use crate::memory::heap;
use crate::objects::value::{Header, HeapObject, Kind, Value};
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::ops::{Deref, DerefMut};

/// A list. References: every item of `items` (a Rust vector the object owns).
///
/// Generated code reads and writes items inline: `len` and `data` (`closc_abi::list`)
/// mirror the vector's length and buffer, and every change to the vector goes through
/// `items_mut`, whose guard brings them up to date when it is dropped. Python code never
/// runs while such a guard is alive (the runtime would otherwise fail its own borrows).
#[repr(C)]
pub struct ListObj {
    pub header: Header,
    len: Cell<usize>,
    data: Cell<*mut Value>,
    items: RefCell<Vec<Value>>,
}

/// Mutable access to a list's items; updates the mirrors when dropped.
pub struct ItemsMut<'a> {
    items: RefMut<'a, Vec<Value>>,
    list: &'a ListObj,
}

impl Deref for ItemsMut<'_> {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.items
    }
}

impl DerefMut for ItemsMut<'_> {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.items
    }
}

impl Drop for ItemsMut<'_> {
    fn drop(&mut self) {
        self.list.len.set(self.items.len());
        self.list.data.set(self.items.as_mut_ptr());
    }
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for ListObj {
    const KIND: Kind = Kind::List;
}

// The offsets of private fields that generated code uses (`abi::layout_contract` checks
// the others).
const _: () = {
    use closc_abi::list::{DATA, LEN};
    use std::mem::offset_of;
    assert!(offset_of!(ListObj, len) == LEN as usize);
    assert!(offset_of!(ListObj, data) == DATA as usize);
};

impl ListObj {
    /// The items, to read.
    pub fn items(&self) -> Ref<'_, Vec<Value>> {
        self.items.borrow()
    }

    /// The items, to change (see `ItemsMut`).
    pub fn items_mut(&self) -> ItemsMut<'_> {
        ItemsMut {
            items: self.items.borrow_mut(),
            list: self,
        }
    }

    /// The items without borrowing them, for the collector, which only reads: a guard may
    /// be alive in a suspended frame (an `append` that called `__eq__`, say).
    ///
    /// # Safety
    /// Nothing may change the items while the slice is in use.
    pub unsafe fn items_unborrowed(&self) -> &[Value] {
        &*self.items.as_ptr()
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).copied()
    }

    pub fn push(&self, v: Value) {
        self.items_mut().push(v);
    }

    /// A copy of the items (safe to hold while running Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

pub fn from_vec(mut items: Vec<Value>) -> Value {
    heap::new(ListObj {
        header: Header::new(Kind::List),
        len: Cell::new(items.len()),
        data: Cell::new(items.as_mut_ptr()),
        items: RefCell::new(items),
    })
}

pub fn new(items: &[Value]) -> Value {
    from_vec(items.to_vec())
}
