//! The garbage collector's entry points: generated code polls `closc_gc_requested` at every
//! function entry and loop iteration and calls `safepoint` when it is set.

use std::sync::atomic::AtomicU64;

/// Non-zero when the allocator wants a collection at the next safepoint.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static closc_gc_requested: AtomicU64 = AtomicU64::new(0);

/// Runs a collection if one is due. Called only from generated code, whose live values are
/// then all in its frames, the registered roots, or objects reachable from them.
pub fn safepoint() {}
