//! Weak references: which weak reference objects designate which referents, without
//! keeping the referents alive.
//!
//! The table lives on the Rust heap, which the collector neither scans nor traces, so the
//! addresses in it keep nothing alive. A weak reference object is an ordinary heap object
//! (the `_weakref` module's `ref` and proxies: instances of native classes); this table
//! only maps it to its referent and its callback, and each referent to its weak
//! references in CPython's list order (`getweakrefs`). After marking and after finalizer
//! ordering (an object kept alive for its finalizer is alive), the collector calls
//! `clear_unreachable`: entries of weak references that died are dropped, and the weak
//! references of unmarked referents are cleared before the sweep frees them; the live
//! ones with a callback are queued (`next_callback`) to be called after the collection,
//! where Python code may run, as finalizers are. The callback value itself is kept alive by
//! the weak reference object (the module stores it there too), so the copy here is
//! valid exactly while the weak reference is.
//!
//! A program that never makes a weak reference pays one empty-map test per collection.

use crate::memory::heap;
use crate::objects::value::{Header, Value};
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};

/// One weakly referenced object.
struct Referent {
    /// When it was first weakly referenced: callbacks of referents that die in the same
    /// collection run in this order.
    order: u64,
    /// Its weak references (addresses), in CPython's list order.
    weakrefs: Vec<usize>,
}

/// What a live weak reference designates.
#[derive(Clone, Copy)]
struct Target {
    referent: usize,
    callback: Value,
}

#[derive(Default)]
struct Table {
    referents: HashMap<usize, Referent>,
    targets: HashMap<usize, Target>,
    next_order: u64,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
    /// Cleared weak references whose callbacks are due, with the callbacks (roots).
    static CALLBACKS: RefCell<VecDeque<(Value, Value)>> = const { RefCell::new(VecDeque::new()) };
}

/// Records that `weakref` designates `referent` (a heap object), with `callback` (null for
/// none), at position `index` of the referent's list (clamped to its length).
pub fn register(weakref: Value, referent: Value, callback: Value, index: usize) {
    TABLE.with(|t| {
        let Table {
            referents,
            targets,
            next_order,
        } = &mut *t.borrow_mut();
        let entry = referents.entry(referent.0 as usize).or_insert_with(|| {
            *next_order += 1;
            Referent {
                order: *next_order,
                weakrefs: Vec::new(),
            }
        });
        let at = index.min(entry.weakrefs.len());
        entry.weakrefs.insert(at, weakref.0 as usize);
        targets.insert(
            weakref.0 as usize,
            Target {
                referent: referent.0 as usize,
                callback,
            },
        );
    });
}

/// The referent of `weakref`, or None once it was cleared (or for an unregistered value).
pub fn referent(weakref: Value) -> Option<Value> {
    TABLE.with(|t| {
        t.borrow()
            .targets
            .get(&(weakref.0 as usize))
            .map(|target| Value(target.referent as u64))
    })
}

/// The callback of `weakref` while it is not cleared (null for none).
pub fn callback(weakref: Value) -> Option<Value> {
    TABLE.with(|t| {
        t.borrow()
            .targets
            .get(&(weakref.0 as usize))
            .map(|target| target.callback)
    })
}

/// The live weak references to `referent`, in CPython's list order.
pub fn weakrefs_to(referent: Value) -> Vec<Value> {
    TABLE.with(|t| {
        t.borrow()
            .referents
            .get(&(referent.0 as usize))
            .map(|r| r.weakrefs.iter().map(|&w| Value(w as u64)).collect())
            .unwrap_or_default()
    })
}

/// Cleared weak references whose callbacks are due, and the callbacks, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    CALLBACKS.with(|c| {
        for &(weakref, callback) in c.borrow().iter() {
            visit(weakref);
            visit(callback);
        }
    });
}

/// The next due callback and its weak reference, if any.
pub fn next_callback() -> Option<(Value, Value)> {
    CALLBACKS.with(|c| c.borrow_mut().pop_front())
}

/// Called by the collector between marking (finalizer ordering included) and sweeping:
/// forgets the weak references that are unmarked, clears those whose referents are
/// unmarked and queues the callbacks of the live ones among them. Returns the number of
/// callbacks queued.
pub(crate) fn clear_unreachable() -> usize {
    TABLE.with(|t| {
        let Table {
            referents, targets, ..
        } = &mut *t.borrow_mut();
        if referents.is_empty() {
            return 0;
        }
        let mut died = Vec::new();
        referents.retain(|&referent, entry| {
            entry.weakrefs.retain(|&w| {
                // SAFETY: registered weak references are allocated until a sweep after
                // this function dropped them.
                let alive = unsafe { heap::is_marked(w) };
                if !alive {
                    targets.remove(&w);
                }
                alive
            });
            if !is_alive(referent) {
                died.push((entry.order, std::mem::take(&mut entry.weakrefs)));
                return false;
            }
            !entry.weakrefs.is_empty()
        });
        died.sort_unstable_by_key(|&(order, _)| order);
        let mut queued = 0;
        CALLBACKS.with(|c| {
            let mut c = c.borrow_mut();
            for (_, weakrefs) in died {
                for w in weakrefs {
                    let target = targets.remove(&w).expect("a live weak reference");
                    if !target.callback.is_null() {
                        c.push_back((Value(w as u64), target.callback));
                        queued += 1;
                    }
                }
            }
        });
        queued
    })
}

/// True if the referent at `addr` survives this collection: marked, old, or static.
fn is_alive(addr: usize) -> bool {
    // SAFETY: a referent in the table is allocated (the table drops it before the sweep
    // that frees it) or static.
    unsafe {
        (*(addr as *const Header)).gc & crate::memory::gc::GC_STATIC != 0 || heap::is_marked(addr)
    }
}
