//! Unit tests of the allocator and the collector.
//!
//! Each test thread has a heap of its own. Addresses a test wants to check after a
//! collection are kept *hidden* (xor-ed with a mask that puts them outside the heap), since
//! the conservative stack scan would otherwise see them and keep the objects alive; and the
//! stack below the test's frame is wiped before collecting, so that stale words left by
//! the helpers that made the garbage do not keep it either.

use crate::memory::gc::{self, NoGc, RootedVec};
use crate::memory::heap;
use crate::memory::weak;
use crate::objects::function;
use crate::objects::list::{self, ListObj};
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::value::Value;
use crate::protocols::call::Kw;
use std::hint::black_box;

const MASK: usize = 0x5a5a_0000_0000_0000;

/// An address the stack scan does not recognise.
#[derive(Clone, Copy)]
struct Hidden(usize);

impl Hidden {
    fn of(v: Value) -> Hidden {
        Hidden(v.0 as usize ^ MASK)
    }
    fn addr(self) -> usize {
        self.0 ^ MASK
    }
    /// Not inlined: the address it computes must not linger in the test's registers.
    #[inline(never)]
    fn allocated(self) -> bool {
        heap::is_allocated(self.addr())
    }
}

/// Overwrites a stretch of the stack below the caller with zeros.
#[inline(never)]
fn wipe_stack() {
    let mut buf = [0usize; 4096];
    black_box(&mut buf);
}

/// Collects after wiping the stack below the caller.
fn collect() {
    wipe_stack();
    gc::collect();
}

/// A list that contains itself, and a closure whose cell holds the closure (the shape of a
/// nested recursive function), both unreachable when this returns.
#[inline(never)]
fn make_cycles() -> [Hidden; 4] {
    let l = list::new(&[Value::small(1)]);
    l.get::<ListObj>().unwrap().push(l);
    let cell = function::new_cell(Value::NULL);
    let code = function::new_code(
        pystr::new("f"),
        pystr::new("f"),
        0,
        (0, 0, 0),
        tuple::new(&[]),
        tuple::new(&[pystr::new("f")]),
    );
    let f = function::new_function(code, Value::NULL, Value::NULL, &[cell]).unwrap();
    let closure = f.get::<function::FunctionObj>().unwrap().closure_tuple();
    cell.get::<function::CellObj>().unwrap().value.set(f);
    [
        Hidden::of(l),
        Hidden::of(cell),
        Hidden::of(closure),
        Hidden::of(f),
    ]
}

#[test]
fn cycles_are_freed() {
    let objs = make_cycles();
    assert!(objs.iter().all(|o| o.allocated()));
    collect();
    for o in objs {
        assert!(!o.allocated(), "{:#x} survived", o.addr());
    }
}

#[inline(never)]
fn make_nested() -> Value {
    let s = pystr::new("kept by a list inside a tuple");
    let inner = list::new(&[s, Value::small(7)]);
    tuple::new(&[inner, pystr::new("second")])
}

#[test]
fn objects_referenced_from_the_stack_or_other_objects_are_kept() {
    let t = black_box(make_nested());
    let s_hidden = {
        let inner = tuple::items(t).unwrap()[0];
        Hidden::of(inner.get::<ListObj>().unwrap().get(0).unwrap())
    };
    collect();
    collect();
    assert!(Hidden::of(t).allocated());
    let items = tuple::items(t).unwrap();
    let inner = items[0].get::<ListObj>().unwrap();
    assert!(s_hidden.allocated());
    assert_eq!(
        pystr::as_str(inner.get(0).unwrap()),
        Some("kept by a list inside a tuple")
    );
    assert_eq!(inner.get(1), Some(Value::small(7)));
    assert_eq!(pystr::as_str(items[1]), Some("second"));
    black_box(t);
}

#[inline(never)]
fn make_tuple_of_strs() -> Value {
    let items: Vec<Value> = (0..8).map(|i| pystr::new(&format!("item {i}"))).collect();
    tuple::new(&items)
}

#[test]
fn interior_pointers_keep_objects_alive() {
    let t = make_tuple_of_strs();
    let hidden = Hidden::of(t);
    // Only a pointer into the middle of the tuple's items stays visible.
    let interior = black_box(t.0 as usize + 40);
    let first_item = Hidden::of(tuple::items(t).unwrap()[0]);
    let _ = t;
    collect();
    assert!(hidden.allocated());
    assert!(first_item.allocated());
    let items = tuple::items(Value(hidden.addr() as u64)).unwrap();
    assert_eq!(pystr::as_str(items[7]), Some("item 7"));
    black_box(interior);
}

#[inline(never)]
fn make_large() -> Hidden {
    let items: Vec<Value> = (0..20_000).map(Value::small).collect();
    Hidden::of(tuple::new(&items))
}

#[test]
fn large_objects_are_freed() {
    collect();
    let before = heap::stats().mapped;
    let big = make_large();
    assert!(big.allocated());
    assert!(heap::stats().mapped >= before + 20_000 * 8);
    collect();
    assert!(!big.allocated());
    assert!(heap::stats().mapped <= before);
}

#[test]
fn large_objects_referenced_from_the_stack_are_kept() {
    let items: Vec<Value> = (0..5_000).map(Value::small).collect();
    let t = black_box(tuple::new(&items));
    drop(items);
    collect();
    assert!(Hidden::of(t).allocated());
    assert_eq!(tuple::items(t).unwrap()[4_999], Value::small(4_999));
    black_box(t);
}

#[inline(never)]
fn make_garbage_cells(n: usize) -> Vec<Hidden> {
    (0..n)
        .map(|i| Hidden::of(function::new_cell(Value::small(i as i64))))
        .collect()
}

#[test]
fn freed_cells_are_reused() {
    let garbage = make_garbage_cells(1000);
    collect();
    let survivors = garbage.iter().filter(|g| g.allocated()).count();
    assert!(survivors == 0, "{survivors} cells survived");
    let freed: std::collections::HashSet<usize> = garbage.iter().map(|g| g.addr()).collect();
    let again = RootedVec::from_vec((0..1000).map(|_| function::new_cell(Value::NULL)).collect());
    let reused = again
        .iter()
        .filter(|v| freed.contains(&(v.0 as usize)))
        .count();
    assert!(reused > 900, "only {reused} of 1000 cells reused");
}

#[test]
fn a_deep_chain_is_marked_without_recursion() {
    let mut head = none_list();
    for _ in 0..300_000 {
        head = list::new(&[head]);
    }
    let head = black_box(head);
    collect();
    let mut n = 0;
    let mut v = head;
    while let Some(l) = v.get::<ListObj>() {
        assert!(heap::is_allocated(v.0 as usize));
        n += 1;
        v = match l.get(0) {
            Some(next) => next,
            None => break,
        };
    }
    assert_eq!(n, 300_001);
    black_box(head);
}

fn none_list() -> Value {
    list::new(&[])
}

#[inline(never)]
fn make_rooted() -> (RootedVec, Hidden) {
    let s = pystr::new("only in a rooted vector");
    let h = Hidden::of(s);
    (RootedVec::from_vec(vec![s]), h)
}

#[inline(never)]
fn text_of_first(v: &RootedVec) -> String {
    pystr::as_str(v[0]).unwrap_or("").to_string()
}

#[test]
fn rooted_vectors_are_roots() {
    let (rooted, h) = make_rooted();
    collect();
    assert!(h.allocated());
    assert_eq!(text_of_first(&rooted), "only in a rooted vector");
    drop(rooted);
    collect();
    assert!(!h.allocated());
}

#[inline(never)]
fn make_list_with_buffer() -> Hidden {
    let items = vec![Value::small(1); 1 << 20];
    Hidden::of(list::from_vec(items))
}

#[test]
fn freeing_a_list_releases_its_buffer() {
    collect();
    let l = make_list_with_buffer();
    let with = heap::rust_live();
    collect();
    assert!(!l.allocated());
    // The 8 MiB buffer went back (other test threads allocate too: allow some slack).
    assert!(heap::rust_live() + (6 << 20) < with + (1 << 20));
}

#[test]
fn safepoints_do_not_collect_while_blocked() {
    let before = gc::collections();
    gc::request();
    {
        let _g = NoGc::new();
        gc::safepoint();
        assert_eq!(gc::collections(), before);
    }
    gc::request();
    gc::safepoint();
    assert_eq!(gc::collections(), before + 1);
}

#[test]
fn objects_survive_many_collections_and_allocation() {
    let l = black_box(list::new(&[]));
    let lo = l.get::<ListObj>().unwrap();
    for i in 0..20_000 {
        lo.push(pystr::new(&format!("s{i}")));
        if i % 997 == 0 {
            collect();
        }
        // Garbage in between.
        black_box(tuple::new(&[Value::small(i)]));
    }
    collect();
    for i in 0..20_000 {
        assert_eq!(
            pystr::as_str(lo.get(i).unwrap()),
            Some(format!("s{i}").as_str())
        );
    }
    black_box(l);
}

#[test]
fn calls_through_the_runtime_keep_arguments() {
    // A builtin called through `call_rooted` sees its arguments after a collection.
    let s = pystr::new("argument");
    let len = crate::modules::builtins::lookup("len").unwrap();
    collect();
    let r = crate::protocols::call::call_rooted(len, &[s], Kw::NONE).unwrap();
    assert_eq!(r, Value::small(8));
}

impl Hidden {
    #[inline(never)]
    fn old(self) -> bool {
        heap::is_old(self.addr())
    }
}

/// A tuple tree of depth 2 with a str and a float at the bottom, only in a rooted vector.
#[inline(never)]
fn make_immutable_tree() -> (RootedVec, [Hidden; 4]) {
    let text = pystr::new("deep inside");
    let number = crate::objects::float::new(2.5);
    let leaf = tuple::new(&[text, number, Value::small(3)]);
    let root = tuple::new(&[leaf, leaf]);
    let hidden = [leaf, root, text, number].map(Hidden::of);
    (RootedVec::from_vec(vec![root]), hidden)
}

#[test]
fn immutable_objects_become_old_bottom_up_and_only_majors_free_them() {
    collect();
    let (rooted, [leaf, root, text, number]) = make_immutable_tree();
    // The first collection that marks an object only notes that it survived.
    collect();
    assert!(!text.old() && !number.old());
    // Then each collection makes old the objects whose references are all old already.
    collect();
    assert!(text.old() && number.old());
    assert!(!leaf.old());
    collect();
    assert!(leaf.old() && !root.old());
    collect();
    assert!(root.old());
    drop(rooted);
    // Minor collections neither trace nor free old objects.
    collect();
    assert!(root.allocated() && leaf.allocated() && text.allocated());
    gc::collect_major();
    for h in [leaf, root, text, number] {
        assert!(!h.allocated(), "{:#x} survived", h.addr());
    }
}

#[inline(never)]
fn make_tuple_holding_list() -> (RootedVec, Hidden) {
    let inner = list::new(&[]);
    let outer = tuple::new(&[inner, pystr::new("beside a list")]);
    (RootedVec::from_vec(vec![outer]), Hidden::of(outer))
}

#[test]
fn tuples_that_reach_mutable_objects_stay_young() {
    let (rooted, outer) = make_tuple_holding_list();
    for i in 0..6 {
        collect();
        // Objects stored into the list after the tuple was marked must be found through it.
        let inner = tuple::items(rooted[0]).unwrap()[0];
        inner
            .get::<ListObj>()
            .unwrap()
            .push(pystr::new(&format!("added {i}")));
    }
    collect();
    assert!(!outer.old());
    let inner = tuple::items(rooted[0]).unwrap()[0];
    let items = inner.get::<ListObj>().unwrap();
    for i in 0..6 {
        assert_eq!(
            pystr::as_str(items.get(i).unwrap()),
            Some(format!("added {i}").as_str())
        );
    }
}

/// A weak reference (a stand-in object: the table accepts any heap object) to a fresh
/// referent, with `callback`; the referent is unreachable when this returns, the weak
/// reference is returned.
#[inline(never)]
fn weakly_referenced_garbage(callback: Value) -> (Value, Hidden) {
    let referent = list::new(&[Value::small(1)]);
    let weakref = list::new(&[]);
    weak::register(weakref, referent, callback, 0);
    (weakref, Hidden::of(referent))
}

/// Not inlined: the referent's address must not linger in the caller's frame.
#[inline(never)]
fn designates(weakref: Value, referent: Hidden) -> bool {
    weak::referent(weakref).map(|v| v.0 as usize) == Some(referent.addr())
}

#[test]
fn weak_references_are_cleared_when_their_referent_dies() {
    let callback = RootedVec::from_vec(vec![pystr::new("callback")]);
    let (weakref, referent) = weakly_referenced_garbage(callback[0]);
    let weakref = RootedVec::from_vec(vec![weakref]);
    assert!(designates(weakref[0], referent));
    collect();
    assert!(!referent.allocated());
    assert!(weak::referent(weakref[0]).is_none());
    assert!(weak::weakrefs_to(Value(referent.addr() as u64)).is_empty());
    let (queued_ref, queued_callback) = weak::next_callback().expect("a queued callback");
    assert_eq!(queued_ref, weakref[0]);
    assert_eq!(queued_callback, callback[0]);
    assert!(weak::next_callback().is_none());
}

#[test]
fn weak_references_do_not_keep_their_referent_but_follow_it_while_it_lives() {
    let referent = black_box(list::new(&[Value::small(2)]));
    let weakrefs = RootedVec::from_vec(vec![list::new(&[]), list::new(&[])]);
    weak::register(weakrefs[0], referent, Value::NULL, 0);
    weak::register(weakrefs[1], referent, Value::NULL, 0);
    collect();
    assert_eq!(weak::referent(weakrefs[0]), Some(referent));
    // Inserted at the head: newest first.
    assert_eq!(weak::weakrefs_to(referent), vec![weakrefs[1], weakrefs[0]]);
    assert!(weak::next_callback().is_none());
    black_box(referent);
}

#[inline(never)]
fn unreachable_weak_reference(referent: Value, callback: Value) -> Hidden {
    let weakref = list::new(&[]);
    weak::register(weakref, referent, callback, 0);
    Hidden::of(weakref)
}

#[test]
fn dead_weak_references_leave_the_table_and_their_callbacks_never_run() {
    let referent = black_box(list::new(&[Value::small(3)]));
    let callback = RootedVec::from_vec(vec![pystr::new("never")]);
    let weakref = unreachable_weak_reference(referent, callback[0]);
    collect();
    assert!(!weakref.allocated());
    assert!(weak::weakrefs_to(referent).is_empty());
    assert!(weak::next_callback().is_none());
    black_box(referent);
}
