//! Running finalizers: the `__del__` methods of instances, the closing of suspended
//! generators and the callbacks of cleared weak references (`memory::gc` explains which
//! objects have finalizers and when the collector queues them). They run outside the
//! collector: after the collection that found their objects unreachable, at the safepoint
//! that ran it (`rt_gc_safepoint`, `rt_frame_check`), in `gc.collect()`, and at exit for
//! every object still alive (weak reference callbacks excepted, as in CPython).
//!
//! As in CPython, an exception escaping a finalizer is reported on stderr ("Exception
//! ignored in: ...", with its traceback) and the program goes on.

use crate::memory::gc::{self, RootedVec};
use crate::memory::roots;
use crate::memory::weak;
use crate::objects::exceptions;
use crate::objects::generator;
use crate::objects::value::{Kind, Value};
use crate::output;
use crate::protocols::call::{self, Kw};
use crate::protocols::ops;
use crate::protocols::repr;
use crate::protocols::traceback;
use std::cell::Cell;

/// The most collections (or rounds of finalizers) run at exit or in one `gc.collect()`:
/// finalizers may make new garbage with finalizers, or chains whose links are finalized
/// one collection at a time.
const MAX_ROUNDS: usize = 100;

thread_local! {
    /// Queued finalizers are being run (by an outer frame).
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// `gc.isenabled()`: while false, finalizers found by automatic collections wait.
    static ENABLED: Cell<bool> = const { Cell::new(true) };
}

/// Runs the finalizers the collector has queued, unless an outer frame is running them
/// already (a collection inside a finalizer queues more, which that loop runs) or
/// `gc.disable()` holds them back. Called where Python code may run: after a safepoint
/// collected.
pub fn run_pending() {
    if ENABLED.with(Cell::get) && run_queued() > 0 {
        // The finalizers' frames left references to what they touched below this frame,
        // where later frames would keep them alive (the stack is scanned conservatively).
        roots::scrub_stack();
    }
}

/// Runs the queued finalizers unless an outer frame is running them; returns how many ran.
fn run_queued() -> usize {
    if RUNNING.with(|r| r.replace(true)) {
        return 0;
    }
    let mut ran = 0;
    loop {
        if let Some((weakref, callback)) = weak::next_callback() {
            run_weakref_callback(weakref, callback);
        } else if let Some(obj) = gc::next_finalizer() {
            run(obj);
        } else {
            break;
        }
        ran += 1;
    }
    RUNNING.with(|r| r.set(false));
    ran
}

/// Runs the finalizer of `obj`; reports what it raises.
fn run(obj: Value) {
    // CPython keeps the exception being raised, if any, aside while a finalizer runs.
    let saved = exceptions::take_pending();
    let outcome = if obj.kind() == Kind::Generator {
        generator::finalize(obj).map_err(|_| obj)
    } else {
        call_del(obj)
    };
    if let Err(context) = outcome {
        report_unraisable("Exception ignored in", context, exceptions::take_pending());
    }
    if !saved.is_null() {
        exceptions::restore_pending(saved);
    }
}

/// Calls the callback of a weak reference cleared by a collection, with the weak reference
/// (CPython calls them before the finalizers its collector finds); reports what it raises.
fn run_weakref_callback(weakref: Value, callback: Value) {
    let saved = exceptions::take_pending();
    if call::call_rooted(callback, &[weakref], Kw::NONE).is_err() {
        report_unraisable("Exception ignored in", callback, exceptions::take_pending());
    }
    if !saved.is_null() {
        exceptions::restore_pending(saved);
    }
}

/// Calls `obj.__del__()` if its class still has it; on error, gives the method for the
/// report.
fn call_del(obj: Value) -> Result<(), Value> {
    let Some(del) = ops::user_method(obj, "__del__") else {
        return Ok(());
    };
    match call::call_with_self_rooted(del, obj, &[], Kw::NONE) {
        Ok(_) => Ok(()),
        Err(_) => Err(del),
    }
}

/// CPython's default `sys.unraisablehook`: `message` and the object the exception came
/// from (`Exception ignored in: obj`), then the exception's traceback.
pub fn report_unraisable(message: &str, context: Value, exc: Value) {
    if exc.is_null() {
        return;
    }
    let what = repr::repr_string(context).unwrap_or_else(|_| {
        exceptions::take_pending();
        String::from("<object repr() failed>")
    });
    output::write_stderr(&format!("{message}: {what}\n{}\n", traceback::report(exc)));
}

/// `gc.collect()`: collects everything unreachable, old objects included, and runs the
/// finalizers found (again while a collection defers some, so that a chain of objects
/// with finalizers is finalized whole, as CPython's reference counting would). Returns the
/// number of unreachable objects found; 0 when collection is blocked here (a call from
/// runtime code that holds values the collector cannot see).
pub fn collect() -> usize {
    if gc::blocked() {
        return 0;
    }
    let mut found = 0;
    for _ in 0..MAX_ROUNDS {
        roots::scrub_stack();
        found += gc::collect_major();
        let ran = run_queued();
        if !gc::take_finalizers_deferred() && ran == 0 {
            break;
        }
    }
    found
}

/// `gc.enable()` / `gc.disable()`. Disabling does not stop collections (memory must still
/// be reclaimed, as CPython's reference counting does): it holds back the finalizers they
/// find until collection is enabled again, as PyPy does.
pub fn set_enabled(enabled: bool) {
    ENABLED.with(|e| e.set(enabled));
    if enabled {
        run_queued();
    }
}

/// `gc.isenabled()`.
pub fn enabled() -> bool {
    ENABLED.with(Cell::get)
}

/// At exit (after an uncaught exception's report): first the finalizers of the objects
/// nothing references any more (CPython ran them when the last reference went), then
/// those of every object still alive, in the order they were made, as CPython's teardown
/// of the modules does; then stdout is flushed.
pub fn at_exit() {
    for _ in 0..MAX_ROUNDS {
        roots::scrub_stack();
        gc::collect_major();
        let ran = run_queued();
        if !gc::take_finalizers_deferred() && ran == 0 {
            break;
        }
    }
    RUNNING.with(|r| r.set(true));
    for _ in 0..MAX_ROUNDS {
        let alive = RootedVec::from_vec(gc::take_finalizable());
        if alive.is_empty() {
            break;
        }
        for &obj in alive.iter() {
            run(obj);
        }
        while let Some(obj) = gc::next_finalizer() {
            run(obj);
        }
    }
    RUNNING.with(|r| r.set(false));
    output::flush_stdout();
}
