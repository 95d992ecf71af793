//! The object allocator: every object is created through `alloc` (bump allocation in chunks).
//!
//! Objects are never moved. Nothing is freed yet; a tracing collector will later find the
//! references inside each kind as documented on its struct (fields of type `Value`, and the
//! `Value`s inside the Rust containers that some kinds own: list items, dict and set tables).

use crate::value::{Header, HeapObject, Kind, Value};
use std::alloc::{self, Layout};
use std::cell::Cell;

/// Size of the chunks that small objects are carved from.
const CHUNK_SIZE: usize = 4 << 20;
/// Alignment of chunks (a page).
const CHUNK_ALIGN: usize = 4096;
/// Objects larger than this get an allocation of their own.
const LARGE_OBJECT: usize = 64 << 10;
const ALIGN: usize = 8;

struct Bump {
    next: Cell<usize>,
    end: Cell<usize>,
}

thread_local! {
    static BUMP: Bump = const { Bump { next: Cell::new(0), end: Cell::new(0) } };
}

fn system_alloc(size: usize, align: usize) -> usize {
    let layout = Layout::from_size_align(size, align).expect("object size overflow");
    // SAFETY: `layout` has a non-zero size (callers pass at least a header's size).
    let p = unsafe { alloc::alloc(layout) };
    if p.is_null() {
        alloc::handle_alloc_error(layout);
    }
    p as usize
}

/// Allocates `size` bytes (8-aligned) for an object of `kind`, writes its header and returns
/// a pointer to it. The rest of the object is uninitialised.
pub fn alloc(size: usize, kind: Kind) -> *mut Header {
    let size = (size.max(std::mem::size_of::<Header>()) + ALIGN - 1) & !(ALIGN - 1);
    let addr = if size > LARGE_OBJECT {
        system_alloc(size, ALIGN)
    } else {
        BUMP.with(|b| {
            let mut next = b.next.get();
            if next + size > b.end.get() {
                next = system_alloc(CHUNK_SIZE, CHUNK_ALIGN);
                b.end.set(next + CHUNK_SIZE);
            }
            b.next.set(next + size);
            next
        })
    };
    let header = addr as *mut Header;
    // SAFETY: `addr` is the start of `size >= 8` freshly allocated, 8-aligned bytes.
    unsafe { header.write(Header::new(kind)) };
    header
}

/// Allocates an object of type `T` and moves `obj` into it.
pub fn new<T: HeapObject>(obj: T) -> Value {
    let p = alloc(std::mem::size_of::<T>(), T::KIND) as *mut T;
    // SAFETY: `p` points to enough fresh, aligned memory for a `T`.
    unsafe { p.write(obj) };
    Value(p as u64)
}
