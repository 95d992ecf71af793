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
//! tables) has doubled. Then:
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
//! # Header bits
//! `Header::gc` is 0 for every heap object and `GC_STATIC` for the static objects (None,
//! True, False, NotImplemented, Ellipsis, the empty tuple), which are never marked, traced
//! or freed. Mark bits live in the blocks' bitmaps (`heap.rs`), not in headers, so that
//! sweeping never reads a dead object: see docs/architecture.md.
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
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

pub use crate::memory::roots::RootedVec;

/// The heap grows to this size before the first collection, and at least this much is
/// allocated between two collections; beyond that, a collection is due when the heap has
/// grown by half since the last one.
pub const MIN_HEAP: usize = 8 << 20;

/// `Header::gc` of static objects: never marked, traced or freed.
pub const GC_STATIC: u32 = 1;

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

/// Runs a collection if one is due and not blocked. Called only from generated code
/// (`rt_gc_safepoint`), whose live values are then all in its frames, the registered roots,
/// or objects reachable from them.
pub fn safepoint() {
    if closc_gc_requested.load(Ordering::Relaxed) == 0 || blocked() {
        return;
    }
    collect();
}

/// Collects now: marks everything reachable from the roots and frees the rest (old objects
/// excepted, unless a major collection is due).
pub fn collect() {
    collect_now(major_due());
}

/// Collects now, freeing every unreachable object, old ones included.
#[cfg(test)]
pub fn collect_major() {
    collect_now(true);
}

#[inline(never)]
fn collect_now(major: bool) {
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
    let live_bytes = marker.marked_bytes + old_before;
    drop(marker);
    heap::sweep(finalize, live_bytes);
    if major {
        MAJOR_COLLECTIONS.with(|c| c.set(c.get() + 1));
        MINORS_SINCE_MAJOR.with(|c| c.set(0));
        OLD_AFTER_MAJOR.with(|o| o.set(heap::old_bytes()));
    } else {
        MINORS_SINCE_MAJOR.with(|c| c.set(c.get() + 1));
    }
    // Lookup caches and attribute site caches hold addresses (of name strs, classes,
    // values) that may now be reused.
    class::namespaces_changed();
    heap::reset_rust_trigger();
    let pause = start.elapsed();
    COLLECTIONS.with(|c| c.set(c.get() + 1));
    LONGEST_PAUSE.with(|l| l.set(l.get().max(pause)));
    TOTAL_PAUSE.with(|t| t.set(t.get() + pause));
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
         gc: longest pause: {:.3} ms\ngc: total pause: {:.3} ms\n",
        collections(),
        MAJOR_COLLECTIONS.with(|c| c.get()),
        h.allocated,
        h.peak_mapped,
        ms(LONGEST_PAUSE.with(|l| l.get())),
        ms(TOTAL_PAUSE.with(|t| t.get())),
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
    /// Marks the object a (precise) reference designates.
    #[inline]
    pub fn value(&mut self, v: Value) {
        self.reference(v);
    }

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

    fn values(&mut self, vs: &[Value]) {
        for &v in vs {
            self.value(v);
        }
    }

    /// Marks `vs`; true when all are old or outside the heap.
    fn all_old(&mut self, vs: &[Value]) -> bool {
        vs.iter().fold(true, |old, &v| self.reference(v) & old)
    }

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
unsafe fn trace(m: &mut Marker, addr: usize) {
    let kind = (*(addr as *const Header)).kind;
    match kind {
        Kind::None | Kind::Bool | Kind::NotImplemented | Kind::Ellipsis => {}
        // Big ints stay young: their digits are Rust memory, which only counts towards a
        // collection while the ints that own them can be freed by it.
        Kind::Float | Kind::Complex | Kind::StrBuffer | Kind::Bytes => heap::make_old(addr),
        Kind::Int | Kind::File | Kind::RangeIter | Kind::ByteArray => {}
        Kind::MemoryView => m.value(obj::<MemoryViewObj>(addr).obj),
        Kind::Str => {
            if m.reference(obj::<StrObj>(addr).buffer_value()) {
                heap::make_old(addr);
            }
        }
        Kind::Tuple => {
            if m.all_old(obj::<TupleObj>(addr).items()) {
                heap::make_old(addr);
            }
        }
        Kind::List => {
            // Nothing runs while the collector marks.
            m.values(obj::<ListObj>(addr).items_unborrowed());
        }
        Kind::Dict => {
            let table = &*obj::<DictObj>(addr).table.as_ptr();
            for e in table.live() {
                m.value(e.key);
                m.value(e.value);
            }
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
                c.bases,
                c.mro,
                c.dict,
                c.shared_keys_value(),
                c.metaclass.get(),
            ]);
        }
        Kind::Instance => {
            let i = obj::<InstanceObj>(addr);
            m.values(&[i.class, i.dict_value()]);
            if let Some(base) = crate::objects::builtin_subclass::base_value(Value(addr as u64)) {
                m.value(base);
            }
            // The inline values (all null, and their capacity 0, in dict mode).
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
                m.generator_stacks.push(span);
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
