//! The garbage collector: a non-moving, stop-the-world mark-sweep collector that frees
//! every object unreachable from the roots, cycles included.
//!
//! # Phases
//! A collection (`collect`) runs only at a *safepoint*: generated code tests
//! `closc_gc_requested` at every function entry and loop iteration and calls
//! `rt_gc_safepoint` when it is set. The allocator (`heap.rs`) sets it when the bytes
//! allocated since the last collection exceed the budget (as much as was live after the
//! last collection, so the heap at most doubles; more while the heap is below
//! `MIN_HEAP`), or when memory owned by objects outside the heap (list buffers, dict
//! tables; a generator's stack counts 32 KB, what it typically touches) has doubled. Then:
//! 1. **Roots** (`roots.rs`, the only module that knows where roots are): registered root
//!    blocks (module globals, constant tables), the runtime's own handles (pending
//!    exception, interned strs, builtin classes, ...), temporary roots (`RootedVec`), and
//!    the native stack and registers, scanned conservatively: any word that points into an
//!    allocated object (interior pointers included) keeps that object.
//! 2. **Mark**: precise, with an explicit mark stack (no recursion, so deep structures do not
//!    overflow the native stack); `trace` knows, per kind, which fields hold references,
//!    including the `Value`s inside the Rust containers some kinds own.
//! 3. **Sweep** (`heap::sweep`): unmarked cells become free; objects that own Rust memory
//!    are finalized (their destructor runs, so the memory goes back); empty blocks go to a
//!    pool, and the pool's excess back to the system.
//!
//! # Old objects
//! An immutable object (float, str, str buffer, bytes, tuple) whose references are all old,
//! traced by a collection after surviving the previous one, becomes *old* (`heap::make_old`).
//! Minor collections neither trace nor free old objects, so long-lived immutable data is
//! not re-marked at every collection. No write barrier is needed: old objects reference
//! only old objects, and mutable objects are never old. A major collection (`major_due`)
//! forgets every old bit first and so frees old objects that died.
//!
//! # Finalizers
//! Objects with a finalizer (an instance whose class defines `__del__`, a suspended
//! generator whose body has something to run when closed) are *registered*
//! (`register_finalizer`). A tracing collector cannot run a finalizer when the last
//! reference goes, as CPython's reference counting does; closc runs it when a collection
//! finds the object unreachable, as PyPy does. After marking from the roots, the registered
//! objects left unmarked are the *candidates*: `order_finalizers` keeps every one of them
//! alive for this collection, with all it reaches, and queues those that no other candidate
//! reaches (PyPy's ordering: when `a` references `b`, `a`'s finalizer runs first and `b`'s
//! after a later collection; a cycle runs one at a time). The queue is a root; its
//! finalizers run after the collection, outside the collector, where running Python code is
//! safe (`protocols::finalize`). A queued object is marked `GC_FINALIZED` and never
//! registered again (PEP 442): if its finalizer resurrects it, a later collection frees it
//! without running it again.
//!
//! # Weak references
//! `memory::weak` maps each weak reference to its referent outside the heap, so weak
//! references keep nothing alive. After finalizer ordering (an object kept alive for its
//! finalizer is alive, and so are its weak references' referents) and before the sweep,
//! `weak::clear_unreachable` clears the weak references whose referents are unmarked and
//! queues the callbacks of the live ones; they run after the collection, with the
//! finalizers. Weakly referenceable objects are all mutable, so never old: a minor
//! collection marks every live one (and `heap::is_marked` counts old objects as marked
//! anyway).
//!
//! # Header bits
//! `Header::gc` is `GC_STATIC` for the static objects (None, True, False, NotImplemented,
//! Ellipsis, the empty tuple), which are never marked, traced or freed; for heap objects it
//! holds only the finalizer bits (`GC_REGISTERED`, `GC_FINALIZED`, and `GC_ORDERING` while
//! a collection orders finalizers), 0 for every other object. Mark bits live in the blocks'
//! bitmaps (`heap.rs`), not in headers, so that sweeping never reads a dead object: see
//! docs/architecture.md.
//!
//! # Where collection may happen
//! Runtime code often holds `Value`s in Rust-heap temporaries (a `Vec<Value>` being built,
//! a sort buffer, argument vectors), which the collector does not see. Such code is safe
//! because a collection can only happen while it is suspended in a call back into Python
//! code (no other code reaches a safepoint), and every such call goes through `call.rs`:
//! - `call::call`, `call::call_with_self` and `call::call_method` *block* collection (a
//!   `NoGc` guard) while the Python code runs; a request made meanwhile stays pending until
//!   the next safepoint after it returns. This is the default, and right for short
//!   callbacks (`__eq__`, `__hash__`, `__repr__`, dunder operators, properties).
//! - The `*_rooted` variants do not block. Use them only where every Rust frame between
//!   the entry from compiled code (an `rt_*` function, or a native function entered through
//!   `call.rs`) and the call keeps its `Value`s visible: in locals (the native stack is
//!   scanned), in reachable objects, or in a `RootedVec`. They serve the callbacks that may
//!   run long: plain calls from compiled code, `__init__`, `sorted`/`list.sort`/`min`/`max`
//!   with `key=`, and `map`/`filter` driven by a `for` loop or `list(...)`.
//!
//! `CLOSC_GC_STRESS=1` requests a collection after every allocation (so one runs at nearly
//! every safepoint); `CLOSC_GC_STATS=1` prints figures to stderr at exit.

use crate::memory::heap;
use crate::memory::roots;
use crate::memory::weak;
use crate::objects::bytes::{ByteArrayObj, BytesObj};
use crate::objects::class::{self, ClassObj, InstanceObj};
use crate::objects::complex::ComplexObj;
use crate::objects::dict::DictObj;
use crate::objects::exceptions::ExceptionObj;
use crate::objects::file::FileObj;
use crate::objects::float::FloatObj;
use crate::objects::function::{
    BoundMethodObj, BuiltinObj, CellObj, CodeObj, DescriptorObj, FunctionExtrasObj, FunctionObj,
};
use crate::objects::generator::{self, GeneratorObj};
use crate::objects::int::IntObj;
use crate::objects::list::ListObj;
use crate::objects::memoryview::MemoryViewObj;
use crate::objects::module::ModuleObj;
use crate::objects::range::{RangeObj, SliceObj};
use crate::objects::set::SetObj;
use crate::objects::str::{StrBufObj, StrObj};
use crate::objects::super_obj::SuperObj;
use crate::objects::tuple::TupleObj;
use crate::objects::value::{BoolObj, Header, Kind, Singleton, Value};
use crate::protocols::iter::{
    DictIterObj, DictViewObj, EnumerateObj, FilterObj, MapObj, RangeIterObj, SeqIterObj,
    SetIterObj, ZipObj,
};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

pub use crate::memory::roots::RootedVec;

/// The heap grows to this size before the first collection, and at least this much is
/// allocated between two collections; beyond that, a collection is due when the heap has
/// grown by half since the last one.
pub const MIN_HEAP: usize = 8 << 20;

/// `Header::gc` of static objects: never marked, traced or freed.
pub const GC_STATIC: u32 = 1;
/// `Header::gc` bit of a heap object registered for finalization (in `FINALIZABLE`).
const GC_REGISTERED: u32 = 2;
/// `Header::gc` bit of a heap object whose finalizer was queued: it never runs again.
const GC_FINALIZED: u32 = 4;
/// `Header::gc` bit set while a collection orders finalizers (`order_finalizers`).
const GC_ORDERING: u32 = 8;

/// Non-zero when the allocator wants a collection at the next safepoint.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static closc_gc_requested: AtomicU64 = AtomicU64::new(0);

static STRESS: AtomicBool = AtomicBool::new(false);
static STATS: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// Active `NoGc` guards.
    static BLOCKED: Cell<u32> = const { Cell::new(0) };
    static COLLECTIONS: Cell<u64> = const { Cell::new(0) };
    static MAJOR_COLLECTIONS: Cell<u64> = const { Cell::new(0) };
    /// Collections since the last major one, and the old bytes right after it.
    static MINORS_SINCE_MAJOR: Cell<u32> = const { Cell::new(0) };
    static OLD_AFTER_MAJOR: Cell<usize> = const { Cell::new(0) };
    static LONGEST_PAUSE: Cell<Duration> = const { Cell::new(Duration::ZERO) };
    static TOTAL_PAUSE: Cell<Duration> = const { Cell::new(Duration::ZERO) };
    /// The objects registered for finalization, in registration order: reachable at the
    /// last collection, or allocated since.
    static FINALIZABLE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    /// Objects found unreachable whose finalizers have not run yet (roots).
    static QUEUED: RefCell<VecDeque<Value>> = const { RefCell::new(VecDeque::new()) };
    /// A collection kept unreachable objects with finalizers for a later one, because
    /// other such objects reach them (cleared by `take_finalizers_deferred`).
    static DEFERRED: Cell<bool> = const { Cell::new(false) };
    /// The next collection registers the live instances whose classes have `__del__`.
    static REGISTER_LIVE_INSTANCES: Cell<bool> = const { Cell::new(false) };
}

/// Reads `CLOSC_GC_STRESS` and `CLOSC_GC_STATS` (once, at start) and records the stack of
/// the calling thread for root scanning.
pub fn init() {
    let on = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    STRESS.store(on("CLOSC_GC_STRESS"), Ordering::Relaxed);
    STATS.store(on("CLOSC_GC_STATS"), Ordering::Relaxed);
    roots::init_thread();
}

/// True under `CLOSC_GC_STRESS`.
#[inline]
pub fn stress() -> bool {
    STRESS.load(Ordering::Relaxed)
}

/// Asks for a collection at the next safepoint.
#[inline]
pub fn request() {
    closc_gc_requested.store(1, Ordering::Relaxed);
    crate::protocols::call::trap_prologues();
}

/// While a `NoGc` exists, safepoints do not collect (requests stay pending).
pub struct NoGc(());

impl NoGc {
    #[inline]
    #[allow(clippy::new_without_default)]
    pub fn new() -> NoGc {
        BLOCKED.with(|b| b.set(b.get() + 1));
        NoGc(())
    }
}

impl Drop for NoGc {
    #[inline]
    fn drop(&mut self) {
        BLOCKED.with(|b| b.set(b.get() - 1));
    }
}

/// True while some `NoGc` guard is active.
pub fn blocked() -> bool {
    BLOCKED.with(|b| b.get()) != 0
}

/// Runs a collection if one is due and not blocked; true if it ran. Called only from
/// generated code (`rt_gc_safepoint`, `rt_frame_check`), whose live values are then all in
/// its frames, the registered roots, or objects reachable from them.
pub fn safepoint() -> bool {
    if closc_gc_requested.load(Ordering::Relaxed) == 0 || blocked() {
        return false;
    }
    collect();
    true
}

/// Collects now: marks everything reachable from the roots and frees the rest (old objects
/// excepted, unless a major collection is due). Returns the number of unreachable objects
/// found (freed, or queued for finalization).
pub fn collect() -> usize {
    collect_now(major_due())
}

/// Collects now, freeing every unreachable object, old ones included; returns the number
/// of unreachable objects found.
pub fn collect_major() -> usize {
    collect_now(true)
}

/// Registers `obj`, a heap object with a finalizer, unless it was registered or finalized
/// already: once a collection finds it unreachable, its finalizer is queued.
pub fn register_finalizer(obj: Value) {
    let header = obj.0 as *mut Header;
    // SAFETY: callers pass heap objects (instances, exceptions, generators), whose headers
    // only the collector and this registry change.
    unsafe {
        if (*header).gc & (GC_REGISTERED | GC_FINALIZED) != 0 {
            return;
        }
        (*header).gc |= GC_REGISTERED;
    }
    FINALIZABLE.with(|f| f.borrow_mut().push(obj.0 as usize));
}

/// Has the next collection (requested now) register every live instance and exception
/// whose class has `__del__` (a class gained one): objects already unreachable then are
/// not, as CPython freed them before the class had it.
pub fn register_live_instances() {
    REGISTER_LIVE_INSTANCES.with(|r| r.set(true));
    request();
}

/// The next object whose finalizer is due (found unreachable), oldest first.
pub fn next_finalizer() -> Option<Value> {
    QUEUED.with(|q| q.borrow_mut().pop_front())
}

/// True when a collection since the last call kept unreachable objects with finalizers
/// for a later collection (other such objects reach them).
pub fn take_finalizers_deferred() -> bool {
    DEFERRED.with(|d| d.replace(false))
}

/// Takes every registered object (at exit), in registration order, marking each
/// finalized.
pub fn take_finalizable() -> Vec<Value> {
    let registered = FINALIZABLE.with(|f| std::mem::take(&mut *f.borrow_mut()));
    registered
        .into_iter()
        .map(|addr| {
            // SAFETY: a registered object is allocated: collections drop it from the
            // registry before they free it.
            unsafe { (*(addr as *mut Header)).gc = GC_FINALIZED };
            Value(addr as u64)
        })
        .collect()
}

/// The queued finalizable objects and weak reference callbacks (collector roots).
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    QUEUED.with(|q| q.borrow().iter().for_each(|&v| visit(v)));
    weak::gc_roots(visit);
}

#[inline(never)]
fn collect_now(major: bool) -> usize {
    let start = Instant::now();
    if !stress() {
        closc_gc_requested.store(0, Ordering::Relaxed);
        crate::protocols::call::untrap_prologues();
    }
    if major {
        heap::forget_old();
    }
    let old_before = heap::old_bytes();
    let statics = crate::objects::value::static_objects();
    let mut marker = Marker {
        stack: Vec::new(),
        generator_stacks: Vec::new(),
        statics_low: statics.iter().copied().min().unwrap_or(0),
        statics_high: statics.iter().copied().max().unwrap_or(0),
        marked_bytes: 0,
    };
    roots::mark_roots(&mut marker);
    marker.drain();
    // A suspended generator's frames are live while the generator is: scanning them may
    // reach further generators.
    while !marker.generator_stacks.is_empty() {
        let spans = std::mem::take(&mut marker.generator_stacks);
        for (low, high) in spans {
            roots::scan_span(&mut marker, low, high);
        }
        marker.drain();
    }
    if REGISTER_LIVE_INSTANCES.with(|r| r.replace(false)) {
        for addr in heap::objects_of_kinds(&[Kind::Instance, Kind::Exception]) {
            let obj = Value(addr as u64);
            // SAFETY: `addr` is an allocated heap object.
            if unsafe { heap::is_marked(addr) } && class::has_finalizer(class::instance_class(obj))
            {
                register_finalizer(obj);
            }
        }
    }
    let queued = marker.queue_unreachable_finalizable();
    weak::clear_unreachable();
    class::forget_unreachable_classes();
    let live_bytes = marker.marked_bytes + old_before;
    drop(marker);
    let freed = heap::sweep(finalize, live_bytes);
    if major {
        MAJOR_COLLECTIONS.with(|c| c.set(c.get() + 1));
        MINORS_SINCE_MAJOR.with(|c| c.set(0));
        OLD_AFTER_MAJOR.with(|o| o.set(heap::old_bytes()));
    } else {
        MINORS_SINCE_MAJOR.with(|c| c.set(c.get() + 1));
    }
    heap::reset_rust_trigger();
    let pause = start.elapsed();
    COLLECTIONS.with(|c| c.set(c.get() + 1));
    LONGEST_PAUSE.with(|l| l.set(l.get().max(pause)));
    TOTAL_PAUSE.with(|t| t.set(t.get() + pause));
    freed + queued
}

/// True when the next collection must be major: when the old objects have doubled since
/// the last major collection (plus a little, so that small heaps do not collect majorly
/// all the time), or after `MINORS_PER_MAJOR` minor ones, since old objects that died
/// without new ones becoming old would otherwise never be freed.
fn major_due() -> bool {
    const MINORS_PER_MAJOR: u32 = 32;
    let after_major = OLD_AFTER_MAJOR.with(|o| o.get());
    heap::old_bytes() > 2 * after_major + MIN_HEAP / 8
        || MINORS_SINCE_MAJOR.with(|c| c.get()) >= MINORS_PER_MAJOR
}

/// Number of collections so far on this thread.
pub fn collections() -> u64 {
    COLLECTIONS.with(|c| c.get())
}

/// Prints the figures of `CLOSC_GC_STATS=1` to stderr (nothing without it).
pub fn report_stats() {
    if !STATS.load(Ordering::Relaxed) {
        return;
    }
    let h = heap::stats();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    crate::output::write_stderr(&format!(
        "gc: collections: {} ({} major)\ngc: bytes allocated: {}\ngc: peak heap: {} bytes\n\
         gc: longest pause: {:.3} ms\ngc: total pause: {:.3} ms\ngc: peak Rust-owned bytes: {}\n",
        collections(),
        MAJOR_COLLECTIONS.with(|c| c.get()),
        h.allocated,
        h.peak_mapped,
        ms(LONGEST_PAUSE.with(|l| l.get())),
        ms(TOTAL_PAUSE.with(|t| t.get())),
        heap::rust_peak(),
    ));
}

/// The mark phase's state: objects marked but not traced yet.
pub struct Marker {
    stack: Vec<usize>,
    /// Stacks of suspended generators reached so far, still to be scanned conservatively.
    generator_stacks: Vec<(usize, usize)>,
    /// The lowest and highest addresses of the static objects (`value::static_objects`):
    /// a reference in this range is to a static object, since heap blocks never lie
    /// between them. Marking then needs no read of the object itself (which is prefetched
    /// before it is traced).
    statics_low: usize,
    statics_high: usize,
    /// Bytes of the cells marked so far.
    marked_bytes: usize,
}

impl Marker {
    /// Marks the object a (precise) reference designates. Small ints, null, `ITER_DONE`,
    /// static objects and old objects are left alone; returns true for those: a reference
    /// an old object may hold.
    #[inline]
    fn reference(&mut self, v: Value) -> bool {
        if v.0 & 7 != 0 || v.0 == 0 {
            return true;
        }
        let addr = v.0 as usize;
        if addr.wrapping_sub(self.statics_low) <= self.statics_high - self.statics_low {
            // SAFETY: the range holds the static objects (and maybe other statics of the
            // runtime, but no heap memory): `addr` is one of them.
            debug_assert!(unsafe { (*(addr as *const Header)).gc } & GC_STATIC != 0);
            return true;
        }
        // SAFETY: a reference held by a live object or root is null, tagged, or points to
        // a static object or an allocated heap object; not a static one here.
        self.newly_marked(unsafe { heap::mark(addr) }, addr)
    }

    /// Marks the object starting at `addr`, found by a conservative lookup.
    pub fn object(&mut self, addr: usize) {
        // SAFETY: `heap::Finder::find` returns only starts of allocated heap objects.
        self.newly_marked(unsafe { heap::mark(addr) }, addr);
    }

    /// Queues the object at `addr` for tracing when `heap::mark` found it unmarked; true
    /// when it is old.
    #[inline]
    fn newly_marked(&mut self, marked: Option<usize>, addr: usize) -> bool {
        match marked {
            None => true,
            Some(0) => false,
            Some(bytes) => {
                self.marked_bytes += bytes;
                self.stack.push(addr);
                false
            }
        }
    }

    /// The heap object a precise reference designates, if any (not a small int, null,
    /// `ITER_DONE` or static object).
    #[inline]
    fn heap_object(&self, v: Value) -> Option<usize> {
        let addr = v.0 as usize;
        let outside = v.0 & 7 != 0
            || v.0 == 0
            || addr.wrapping_sub(self.statics_low) <= self.statics_high - self.statics_low;
        (!outside).then_some(addr)
    }

    /// Finds the registered objects that marking from the roots left unmarked, keeps them
    /// and everything they reach alive, queues the finalizers of those that no other one
    /// reaches and keeps the others registered (see "Finalizers" above). Registered objects
    /// that no longer need finalizing (finished generators) are dropped from the registry.
    /// Returns the number of objects queued.
    fn queue_unreachable_finalizable(&mut self) -> usize {
        let registered = FINALIZABLE.with(|f| std::mem::take(&mut *f.borrow_mut()));
        let mut candidates = Vec::new();
        for &addr in &registered {
            // SAFETY: registered objects are allocated until a sweep after they leave the
            // registry.
            if unsafe { heap::is_marked(addr) } {
                continue;
            }
            // SAFETY: as above.
            let kind = unsafe { (*(addr as *const Header)).kind };
            if kind != Kind::Generator || generator::needs_finalizer(Value(addr as u64)) {
                candidates.push(addr);
            } else {
                set_gc_bits(addr, 0, GC_REGISTERED);
            }
        }
        let ready = if candidates.is_empty() {
            Vec::new()
        } else {
            self.order_finalizers(&candidates)
        };
        if ready.len() < candidates.len() {
            DEFERRED.with(|d| d.set(true));
        }
        for &addr in &ready {
            set_gc_bits(addr, GC_FINALIZED, GC_REGISTERED);
        }
        // SAFETY (the closure): registered objects are allocated (see above).
        let still: Vec<usize> = registered
            .into_iter()
            .filter(|&addr| unsafe { (*(addr as *const Header)).gc } & GC_REGISTERED != 0)
            .collect();
        FINALIZABLE.with(|f| {
            let mut f = f.borrow_mut();
            // Objects registered while the collection ran (none so far) come after.
            let newer = std::mem::replace(&mut *f, still);
            f.extend(newer);
        });
        QUEUED.with(|q| {
            q.borrow_mut()
                .extend(ready.iter().map(|&addr| Value(addr as u64)))
        });
        ready.len()
    }

    /// PyPy's finalizer ordering (pypy/doc/discussion/finalizer-order.rst) over the
    /// unreachable registered objects `candidates`, in registration order: marks everything
    /// they reach and returns those that no other candidate reaches (a candidate reaching
    /// only itself, through a cycle, included). An object's state is 0 (unmarked), 1
    /// (reached from the candidate being explored: `GC_ORDERING`), 2 (reached from an
    /// explored candidate: marked and `GC_ORDERING`) or 3 (marked).
    fn order_finalizers(&mut self, candidates: &[usize]) -> Vec<usize> {
        let mut explored = Vec::new();
        let mut flagged = Vec::new();
        let mut pending = Vec::new();
        for &x in candidates {
            // SAFETY: candidates and the objects traced from them are allocated.
            if unsafe { heap::is_marked(x) } {
                // Reached from a candidate explored before: not a root of finalization.
                continue;
            }
            explored.push(x);
            pending.push(x);
            while let Some(y) = pending.pop() {
                match ordering_state(y) {
                    0 => {
                        set_gc_bits(y, GC_ORDERING, 0);
                        flagged.push(y);
                        self.children(y, &mut pending);
                    }
                    2 => self.bump_ordering_2_to_3(y),
                    _ => {}
                }
            }
            self.bump_ordering_1_to_2(x);
        }
        let mut ready = Vec::new();
        for x in explored {
            if ordering_state(x) == 2 {
                ready.push(x);
                self.bump_ordering_2_to_3(x);
            }
        }
        for y in flagged {
            set_gc_bits(y, 0, GC_ORDERING);
        }
        ready
    }

    /// Marks `x` and the objects in state 1 it reaches (state 2).
    fn bump_ordering_1_to_2(&mut self, x: usize) {
        let mut stack = vec![x];
        while let Some(y) = stack.pop() {
            if ordering_state(y) == 1 {
                // SAFETY: `y` is an allocated heap object reached from a candidate.
                if let Some(bytes) = unsafe { heap::mark(y) } {
                    self.marked_bytes += bytes;
                }
                self.children(y, &mut stack);
            }
        }
    }

    /// Moves `y` and the objects in state 2 it reaches to state 3.
    fn bump_ordering_2_to_3(&mut self, y: usize) {
        let mut stack = vec![y];
        while let Some(z) = stack.pop() {
            if ordering_state(z) == 2 {
                set_gc_bits(z, 0, GC_ORDERING);
                self.children(z, &mut stack);
            }
        }
    }

    /// Pushes the heap objects that the object at `addr` references onto `out`.
    fn children(&self, addr: usize, out: &mut Vec<usize>) {
        let mut children = Children { marker: self, out };
        // SAFETY: `addr` is an allocated heap object, not swept before this collection ends.
        unsafe { trace(&mut children, addr) };
    }
}

/// The state of the object at `addr` in `Marker::order_finalizers`.
fn ordering_state(addr: usize) -> u8 {
    // SAFETY: callers pass allocated heap objects.
    let (marked, ordering) = unsafe {
        (
            heap::is_marked(addr),
            (*(addr as *const Header)).gc & GC_ORDERING != 0,
        )
    };
    match (marked, ordering) {
        (false, false) => 0,
        (false, true) => 1,
        (true, true) => 2,
        (true, false) => 3,
    }
}

/// Sets then clears bits of the `Header::gc` of the heap object at `addr`.
fn set_gc_bits(addr: usize, set: u32, clear: u32) {
    // SAFETY: callers pass allocated heap objects, whose `gc` field only the collector and
    // the finalizer registry touch.
    unsafe {
        let header = addr as *mut Header;
        (*header).gc = ((*header).gc | set) & !clear;
    }
}

/// What tracing an object does with the references it holds: `Marker` marks them,
/// `Children` lists them.
trait Tracer {
    /// Visits a reference; true when it is old or outside the heap (a reference an old
    /// object may hold).
    fn reference(&mut self, v: Value) -> bool;
    /// The traced object at `addr`, immutable, references only old objects.
    fn all_references_old(&mut self, addr: usize);
    /// The frames of a suspended generator, scanned conservatively.
    fn stack(&mut self, span: (usize, usize));

    fn value(&mut self, v: Value) {
        self.reference(v);
    }

    fn values(&mut self, vs: &[Value]) {
        for &v in vs {
            self.reference(v);
        }
    }

    /// Visits `vs`; true when all are old or outside the heap.
    fn all_old(&mut self, vs: &[Value]) -> bool {
        vs.iter().fold(true, |old, &v| self.reference(v) & old)
    }
}

impl Tracer for Marker {
    #[inline]
    fn reference(&mut self, v: Value) -> bool {
        Marker::reference(self, v)
    }

    #[inline]
    fn all_references_old(&mut self, addr: usize) {
        // SAFETY: `trace` reports only objects this collection marked whose references are
        // all old.
        unsafe { heap::make_old(addr) }
    }

    fn stack(&mut self, span: (usize, usize)) {
        self.generator_stacks.push(span);
    }
}

/// Lists the heap objects an object references, marking nothing.
struct Children<'a> {
    marker: &'a Marker,
    out: &'a mut Vec<usize>,
}

impl Tracer for Children<'_> {
    fn reference(&mut self, v: Value) -> bool {
        if let Some(addr) = self.marker.heap_object(v) {
            self.out.push(addr);
        }
        false
    }

    fn all_references_old(&mut self, _addr: usize) {}

    fn stack(&mut self, (low, high): (usize, usize)) {
        roots::scan_span_objects(low, high, &mut |addr| self.out.push(addr));
    }
}

impl Marker {
    /// Traces the marked objects until none is left. Objects go from the mark stack through
    /// a small queue, prefetched on the way in, so that memory latency overlaps with the
    /// tracing of the objects ahead (Cher, Hosking and Vijaykumar, ASPLOS 2004).
    fn drain(&mut self) {
        const QUEUE: usize = 64;
        let mut queue = [0usize; QUEUE];
        let (mut head, mut len) = (0usize, 0usize);
        loop {
            while len < QUEUE {
                let Some(addr) = self.stack.pop() else { break };
                prefetch(addr);
                queue[(head + len) % QUEUE] = addr;
                len += 1;
            }
            if len == 0 {
                return;
            }
            let addr = queue[head];
            head = (head + 1) % QUEUE;
            len -= 1;
            // SAFETY: only allocated heap objects are pushed, and they stay allocated
            // until the sweep.
            unsafe { trace(self, addr) };
        }
    }
}

/// Starts loading the cache line at `addr`.
#[inline(always)]
fn prefetch(addr: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(addr as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = addr;
}

/// Reads an object's fields as a `T`.
///
/// # Safety
/// `addr` must hold an initialised object of type `T`.
unsafe fn obj<'a, T>(addr: usize) -> &'a T {
    &*(addr as *const T)
}

/// Marks everything the object at `addr` references: one case per kind. Immutable objects
/// that reference only old objects become old.
///
/// # Safety
/// `addr` must be an allocated, initialised heap object, marked by this collection.
unsafe fn trace(m: &mut impl Tracer, addr: usize) {
    let kind = (*(addr as *const Header)).kind;
    match kind {
        Kind::None | Kind::Bool | Kind::NotImplemented | Kind::Ellipsis => {}
        // Big ints stay young: their digits are Rust memory, which only counts towards a
        // collection while the ints that own them can be freed by it.
        Kind::Float | Kind::Complex | Kind::StrBuffer | Kind::Bytes => m.all_references_old(addr),
        Kind::Int | Kind::File | Kind::RangeIter | Kind::ByteArray => {}
        Kind::MemoryView => m.value(obj::<MemoryViewObj>(addr).obj),
        Kind::Str => {
            if m.reference(obj::<StrObj>(addr).buffer_value()) {
                m.all_references_old(addr);
            }
        }
        Kind::Tuple => {
            if m.all_old(obj::<TupleObj>(addr).items()) {
                m.all_references_old(addr);
            }
        }
        Kind::List => {
            // Nothing runs while the collector marks.
            m.values(obj::<ListObj>(addr).items_unborrowed());
        }
        Kind::Dict => {
            let d = obj::<DictObj>(addr);
            let table = &*d.table.as_ptr();
            for e in table.live() {
                m.value(e.key);
                m.value(e.value);
            }
            m.value(d.module.get());
        }
        Kind::Set | Kind::FrozenSet => {
            let table = &*obj::<SetObj>(addr).table.as_ptr();
            for i in 0..table.positions() {
                if let Some(k) = table.key_at(i) {
                    m.value(k);
                }
            }
        }
        Kind::Range => m.values(&obj::<RangeObj>(addr).values),
        Kind::Slice => {
            let s = obj::<SliceObj>(addr);
            m.values(&[s.start, s.stop, s.step]);
        }
        Kind::Cell => m.value(obj::<CellObj>(addr).value.get()),
        Kind::Code => {
            let c = obj::<CodeObj>(addr);
            m.values(&[c.name, c.qualname, c.varnames, c.freevars, c.cellvars.get()]);
        }
        Kind::Function => {
            let f = obj::<FunctionObj>(addr);
            m.values(&f.references());
            m.values(f.cells());
        }
        Kind::FunctionExtras => {
            m.values(&obj::<FunctionExtrasObj>(addr).references());
        }
        Kind::Builtin => m.value(obj::<BuiltinObj>(addr).this),
        Kind::BoundMethod => {
            let b = obj::<BoundMethodObj>(addr);
            m.values(&[b.func, b.this]);
        }
        Kind::Class => {
            // The lookup cache is not traced: every collection invalidates it.
            let c = obj::<ClassObj>(addr);
            m.values(&[
                c.name.get(),
                c.qualname.get(),
                c.type_name.get(),
                c.bases,
                c.mro,
                c.dict,
                c.shared_keys_value(),
                c.metaclass.get(),
                c.solid_base.get(),
            ]);
        }
        Kind::Instance => {
            let i = obj::<InstanceObj>(addr);
            m.values(&[i.class, i.dict_value()]);
            // The fixed words (a base value, slots) and the inline attributes (none in
            // dict mode).
            for v in i.slots() {
                m.value(v.get());
            }
        }
        Kind::Exception => {
            let e = obj::<ExceptionObj>(addr);
            m.values(&[
                e.class,
                e.dict.get(),
                e.args.get(),
                e.cause.get(),
                e.context.get(),
                e.frame.get(),
                e.traceback.get(),
                e.group.get(),
                e.slots.get(),
            ]);
        }
        Kind::Module => {
            m.values(&obj::<ModuleObj>(addr).references());
        }
        Kind::SeqIter => m.value(obj::<SeqIterObj>(addr).seq),
        Kind::DictIter => m.value(obj::<DictIterObj>(addr).dict),
        Kind::DictView => m.value(obj::<DictViewObj>(addr).dict),
        Kind::SetIter => m.value(obj::<SetIterObj>(addr).set),
        Kind::Enumerate => {
            let e = obj::<EnumerateObj>(addr);
            m.values(&[e.it, e.count.get()]);
        }
        Kind::Zip => m.value(obj::<ZipObj>(addr).iters),
        Kind::Map => {
            let mp = obj::<MapObj>(addr);
            m.values(&[mp.func, mp.iters]);
        }
        Kind::Generator => {
            let generator = Value(addr as u64);
            generator::references(generator, |v| m.value(v));
            if let Some(span) = generator::suspended_stack(generator) {
                m.stack(span);
            }
        }
        Kind::Filter => {
            let f = obj::<FilterObj>(addr);
            m.values(&[f.func, f.it]);
        }
        Kind::Super => {
            let s = obj::<SuperObj>(addr);
            m.values(&[s.cls, s.obj]);
        }
        Kind::Descriptor => {
            let d = obj::<DescriptorObj>(addr);
            m.values(&[d.func, d.setter, d.deleter, d.name.get(), d.doc.get()]);
        }
    }
}

/// The Rust type of each kind's objects: which kinds own Rust memory (`needs_finalizer`)
/// and how to release it (`finalize`). Adding a kind without listing it here does not
/// compile.
macro_rules! kind_types {
    ($($kind:ident => $ty:ty),* $(,)?) => {
        /// True if objects of `kind` own memory outside the heap, so that freeing them must
        /// run their destructor.
        #[inline(always)]
        pub const fn needs_finalizer(kind: Kind) -> bool {
            match kind {
                $(Kind::$kind => std::mem::needs_drop::<$ty>(),)*
            }
        }

        /// Runs the destructor of a dead object.
        ///
        /// # Safety
        /// `obj` must be an initialised object that nothing will use again.
        unsafe fn finalize(obj: *mut Header) {
            match (*obj).kind {
                $(Kind::$kind => std::ptr::drop_in_place(obj as *mut $ty),)*
            }
        }
    };
}

kind_types! {
    None => Singleton,
    Bool => BoolObj,
    Int => IntObj,
    Float => FloatObj,
    Complex => ComplexObj,
    Str => StrObj,
    Tuple => TupleObj,
    List => ListObj,
    Dict => DictObj,
    Set => SetObj,
    FrozenSet => SetObj,
    Range => RangeObj,
    Slice => SliceObj,
    Cell => CellObj,
    Code => CodeObj,
    Function => FunctionObj,
    Builtin => BuiltinObj,
    BoundMethod => BoundMethodObj,
    Class => ClassObj,
    Instance => InstanceObj,
    Exception => ExceptionObj,
    Module => ModuleObj,
    SeqIter => SeqIterObj,
    RangeIter => RangeIterObj,
    DictIter => DictIterObj,
    SetIter => SetIterObj,
    Enumerate => EnumerateObj,
    Zip => ZipObj,
    Map => MapObj,
    Filter => FilterObj,
    DictView => DictViewObj,
    Super => SuperObj,
    Descriptor => DescriptorObj,
    NotImplemented => Singleton,
    Ellipsis => Singleton,
    File => FileObj,
    StrBuffer => StrBufObj,
    Generator => GeneratorObj,
    FunctionExtras => FunctionExtrasObj,
    Bytes => BytesObj,
    ByteArray => ByteArrayObj,
    MemoryView => MemoryViewObj,
}
