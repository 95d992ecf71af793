//! Root finding: everything the collector starts marking from. This is the only module that
//! knows where roots are, so that precise stack maps could replace the conservative stack
//! scan without touching the rest of the collector.
//!
//! Roots are:
//! - registered blocks of value slots (`register`): the module's globals and constant
//!   table, and slots the runtime registers itself (the handled exception);
//! - the runtime's own handles, listed in `runtime_handles`: every static or thread-local
//!   of the runtime that holds values. **A new one must be added there.**
//! - temporary roots: the vectors of live `RootedVec`s;
//! - the native stack of the thread, from the collector's frame up to the stack's top, and
//!   the callee-saved registers, captured first. Every word that points into an allocated
//!   object, at its start or inside it, keeps that object alive (conservative scanning, as
//!   Boehm GC does): Cranelift and Rust keep values and pointers derived from them in
//!   registers and stack slots that no map describes.
//!
//! All roots are looked up conservatively (through the heap's block map), so a stale or
//! garbage word in any of them is harmless.

use crate::memory::gc::Marker;
use crate::memory::heap;
use crate::memory::valgrind;
use crate::objects::value::Value;
use std::cell::{Cell, RefCell};
use std::ops::{Deref, DerefMut};

/// A registered block of `count` value slots starting at `base`.
#[derive(Clone, Copy)]
pub struct RootBlock {
    pub base: *mut Value,
    pub count: usize,
}

thread_local! {
    static ROOTS: RefCell<Vec<RootBlock>> = const { RefCell::new(Vec::new()) };
    /// The vectors of live `RootedVec`s.
    static TEMPS: RefCell<Vec<*const Vec<Value>>> = const { RefCell::new(Vec::new()) };
    /// The highest address of this thread's stack (0: not known yet).
    static STACK_TOP: Cell<usize> = const { Cell::new(0) };
}

/// Makes the `count` slots at `base` roots for as long as the thread runs. The slots must
/// stay valid (static data, a thread-local, or memory never freed).
pub fn register(base: *mut Value, count: usize) {
    ROOTS.with(|r| r.borrow_mut().push(RootBlock { base, count }));
}

/// The registered root blocks.
#[allow(dead_code)]
pub fn blocks() -> Vec<RootBlock> {
    ROOTS.with(|r| r.borrow().clone())
}

/// A vector of values that the collector sees while it exists: for runtime code that
/// keeps values in a vector across a call back into Python code that may collect (see
/// `gc.rs`). The vector lives in a box whose address is registered, so the `RootedVec`
/// itself may move.
pub struct RootedVec {
    #[allow(clippy::box_collection)] // the box gives the vector a stable address
    inner: Box<Vec<Value>>,
}

impl RootedVec {
    pub fn new() -> RootedVec {
        RootedVec::from_vec(Vec::new())
    }

    pub fn from_vec(v: Vec<Value>) -> RootedVec {
        let inner = Box::new(v);
        let p: *const Vec<Value> = &*inner;
        TEMPS.with(|t| t.borrow_mut().push(p));
        RootedVec { inner }
    }

    /// The vector, no longer rooted.
    #[allow(dead_code)]
    pub fn into_vec(mut self) -> Vec<Value> {
        std::mem::take(&mut *self.inner)
    }
}

impl Default for RootedVec {
    fn default() -> Self {
        RootedVec::new()
    }
}

impl Deref for RootedVec {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.inner
    }
}

impl DerefMut for RootedVec {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.inner
    }
}

impl Drop for RootedVec {
    fn drop(&mut self) {
        let p: *const Vec<Value> = &*self.inner;
        TEMPS.with(|t| {
            let mut t = t.borrow_mut();
            if let Some(i) = t.iter().rposition(|&q| q == p) {
                t.swap_remove(i);
            }
        });
    }
}

/// Every static and thread-local of the runtime that holds values.
fn runtime_handles(visit: &mut dyn FnMut(Value)) {
    crate::objects::exceptions::gc_roots(visit);
    crate::protocols::call::gc_roots(visit);
    crate::objects::str::gc_roots(visit);
    crate::modules::builtins::gc_roots(visit);
    crate::objects::types::gc_roots(visit);
    crate::modules::gc_roots(visit);
    crate::objects::module::gc_roots(visit);
    crate::objects::native_class::gc_roots(visit);
    crate::protocols::repr::gc_roots(visit);
    crate::memory::gc::gc_roots(visit);
}

/// Marks every root.
pub fn mark_roots(m: &mut Marker) {
    let regs = capture_registers();
    heap::with_finder(|f| {
        let mut word = |w: usize| {
            if let Some(obj) = f.find(w) {
                m.object(obj);
            }
        };
        ROOTS.with(|r| {
            for b in r.borrow().iter() {
                for i in 0..b.count {
                    // SAFETY: registered slots stay valid while the thread runs.
                    word(unsafe { b.base.add(i).read() }.0 as usize);
                }
            }
        });
        runtime_handles(&mut |v| word(v.0 as usize));
        TEMPS.with(|t| {
            for &p in t.borrow().iter() {
                // SAFETY: a registered vector belongs to a live `RootedVec`, whose owner is
                // suspended below the safepoint (the collector runs on its thread); reading
                // it does not race.
                for v in unsafe { &*p }.iter() {
                    word(v.0 as usize);
                }
            }
        });
        for &r in regs.iter() {
            word(r);
        }
        crate::objects::generator::running(|g| word(g.0 as usize));
        scan_stack(&mut word);
    });
    std::hint::black_box(&regs);
}

/// Records the calling thread's stack top (done lazily otherwise).
pub fn init_thread() {
    stack_top();
}

#[repr(C, align(16))]
struct PthreadAttr([u8; 128]);

extern "C" {
    fn pthread_self() -> usize;
    fn pthread_getattr_np(thread: usize, attr: *mut PthreadAttr) -> i32;
    fn pthread_attr_getstack(attr: *const PthreadAttr, addr: *mut usize, size: *mut usize) -> i32;
    fn pthread_attr_destroy(attr: *mut PthreadAttr) -> i32;
}

/// The highest address of the current thread's stack.
fn stack_top() -> usize {
    let top = STACK_TOP.with(|t| t.get());
    if top != 0 {
        return top;
    }
    let mut attr = PthreadAttr([0; 128]);
    let (mut addr, mut size) = (0usize, 0usize);
    // SAFETY: `attr` is large enough for glibc's `pthread_attr_t` (56 or 64 bytes) and
    // suitably aligned; it is destroyed after use.
    let ok = unsafe {
        let ok = pthread_getattr_np(pthread_self(), &mut attr) == 0
            && pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        pthread_attr_destroy(&mut attr);
        ok
    };
    let top = if ok {
        addr + size
    } else {
        // Without the attributes, a frame near the thread's start is the best bound.
        let marker = 0u8;
        &marker as *const u8 as usize + 4096
    };
    STACK_TOP.with(|t| t.set(top));
    top
}

/// The callee-saved registers, which may hold values of suspended frames. Inlined into
/// `mark_roots`, so that a register is either captured here or was saved by a prologue
/// into a frame that the stack scan covers.
#[inline(always)]
fn capture_registers() -> [usize; 12] {
    let mut regs = [0usize; 12];
    #[cfg(target_arch = "x86_64")]
    // SAFETY: only stores six registers into `regs`, which has room for twelve words.
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx",
            "mov [{0} + 8], rbp",
            "mov [{0} + 16], r12",
            "mov [{0} + 24], r13",
            "mov [{0} + 32], r14",
            "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: only stores eleven registers into `regs`, which has room for twelve words.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]",
            "stp x21, x22, [{0}, #16]",
            "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]",
            "stp x27, x28, [{0}, #64]",
            "str x29, [{0}, #80]",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    regs
}

/// Scans the native stack in use, one aligned word at a time: from this frame to the top of
/// the stack it runs on (a generator's, when the collection happens in a generator body),
/// plus the parts of other stacks where the consumers of running generators are suspended.
#[inline(never)]
fn scan_stack(word: &mut dyn FnMut(usize)) {
    let marker = 0usize;
    let here = std::hint::black_box(&marker) as *const usize as usize;
    let (running_top, suspended) = crate::objects::generator::stack_segments(stack_top());
    scan_words(here, running_top, word);
    for (low, high) in suspended {
        scan_words(low, high, word);
    }
}

/// Conservatively marks what the words of a suspended generator's stack point to.
pub fn scan_span(m: &mut Marker, low: usize, high: usize) {
    scan_span_objects(low, high, &mut |obj| m.object(obj));
}

/// Gives `found` the start of each heap object that a word of a suspended generator's
/// stack points into.
pub fn scan_span_objects(low: usize, high: usize, found: &mut dyn FnMut(usize)) {
    heap::with_finder(|f| {
        scan_words(low, high, &mut |w| {
            if let Some(obj) = f.find(w) {
                found(obj);
            }
        })
    });
}

/// Zeroes the stack below the caller's frame: the collector scans its own frames
/// conservatively, and words left there by frames that have returned would keep dead
/// objects alive (for the collections at exit and `gc.collect()`).
#[inline(never)]
pub fn scrub_stack() {
    let mut dead = [0usize; 32 << 10];
    std::hint::black_box(&mut dead);
}

fn scan_words(low: usize, high: usize, word: &mut dyn FnMut(usize)) {
    let start = low & !7;
    if high <= start {
        return;
    }
    valgrind::request(
        valgrind::MAKE_MEM_DEFINED_IF_ADDRESSABLE,
        start,
        high - start,
    );
    let mut p = start;
    while p < high {
        // SAFETY: callers pass spans of native stacks in use (this thread's stack above the
        // current frame, or a suspended context's frames): mapped, readable, 8-aligned. The
        // words may be anything; they are only compared.
        word(unsafe { (p as *const usize).read_volatile() });
        p += 8;
    }
}
