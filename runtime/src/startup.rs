//! Process start and finish: argv, native stack budget, exit handlers, and the report of
//! an uncaught exception.

use crate::modules;
use crate::objects::class;
use crate::objects::exceptions::{self, ExcKind};
use crate::objects::int;
use crate::objects::types;
use crate::objects::value::Value;
use crate::output;
use crate::protocols::call;
use crate::protocols::ops;

/// Stack the program may use for Python calls; the limit is raised to this if allowed.
const STACK_WANTED: u64 = 64 << 20;
/// Room kept free below the budget for the runtime's own frames.
const STACK_MARGIN: u64 = 512 << 10;
const RLIMIT_STACK: i32 = 3;

#[repr(C)]
struct RLimit {
    cur: u64,
    max: u64,
}

const SIGINT: i32 = 2;
/// `SIG_DFL`.
const SIG_DEFAULT: usize = 0;

extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
    fn kill(pid: i32, sig: i32) -> i32;
    fn getpid() -> i32;
    fn getrlimit(resource: i32, rlim: *mut RLimit) -> i32;
    fn setrlimit(resource: i32, rlim: *const RLimit) -> i32;
    fn atexit(f: extern "C" fn()) -> i32;
}

/// Raises the soft stack limit towards `STACK_WANTED` and returns the usable stack size.
/// The main thread's stack grows on demand up to the current soft limit.
fn stack_size() -> u64 {
    let mut lim = RLimit { cur: 0, max: 0 };
    // SAFETY: `lim` is a valid, writable `struct rlimit` (two 64-bit fields on 64-bit
    // Unix targets).
    if unsafe { getrlimit(RLIMIT_STACK, &mut lim) } != 0 {
        return 8 << 20;
    }
    if lim.cur < STACK_WANTED && lim.max >= STACK_WANTED {
        let wanted = RLimit {
            cur: STACK_WANTED,
            max: lim.max,
        };
        // SAFETY: `wanted` is a valid `struct rlimit` that outlives the call.
        if unsafe { setrlimit(RLIMIT_STACK, &wanted) } == 0 {
            return STACK_WANTED;
        }
    }
    lim.cur.min(STACK_WANTED)
}

extern "C" fn flush_at_exit() {
    crate::objects::file::flush_all();
    output::flush_stdout();
}

/// `rt_start`.
pub fn start(argv: Vec<String>) {
    crate::memory::gc::init();
    crate::memory::heap::publish_fast_states();
    crate::objects::str::make_ascii_chars();
    modules::sys::set_argv(argv);
    call::set_stack_budget(stack_size().saturating_sub(STACK_MARGIN) as usize);
    // SAFETY: `flush_at_exit` is a plain function with no captured state; registering it
    // has no preconditions.
    unsafe { atexit(flush_at_exit) };
    std::panic::set_hook(Box::new(|info| {
        output::flush_stdout();
        output::write_stderr(&format!("closc runtime error: {info}\n"));
    }));
    types::class_of(types::TypeId::Object);
    exceptions::register_roots();
}

/// `rt_finish`: flushes stdout and turns a pending exception into the exit status; runs
/// the finalizers left (`__del__`, suspended generators); warns of the coroutines never
/// awaited; prints the collector's figures under `CLOSC_GC_STATS=1`.
pub fn finish(result: Value) -> i32 {
    crate::objects::coroutine::free_unawaited();
    let status = exit_status(result);
    crate::modules::atexit::run_at_exit();
    crate::protocols::finalize::at_exit();
    crate::objects::file::flush_all();
    crate::objects::coroutine::warn_unawaited_at_exit();
    crate::memory::gc::report_stats();
    status
}

fn exit_status(result: Value) -> i32 {
    output::flush_stdout();
    if !result.is_null() {
        return 0;
    }
    let exc = exceptions::take_pending();
    if exc.is_null() {
        return 0;
    }
    if class::is_instance(exc, types::exc_class(ExcKind::SystemExit)) {
        let code = match exceptions::args_of(exc) {
            [] => return 0,
            [one] => *one,
            _ => exc
                .get::<exceptions::ExceptionObj>()
                .map_or(Value::NULL, |e| e.args.get()),
        };
        if code.is_none() {
            return 0;
        }
        if let Some(n) = int::as_int(code) {
            return n.to_i64().map_or(-1, |n| n as i32);
        }
        let text = ops::str_string(code).unwrap_or_default();
        output::write_stderr(&format!("{text}\n"));
        return 1;
    }
    let report = crate::protocols::traceback::report(exc);
    output::write_stderr(&format!("{report}\n"));
    output::flush_stdout();
    if class::is_instance(exc, types::exc_class(ExcKind::KeyboardInterrupt)) {
        // As CPython does, die of SIGINT so that the parent sees the interrupt.
        // SAFETY: resetting SIGINT to its default action and signalling ourselves has no
        // memory-safety preconditions; stdout was flushed above.
        unsafe {
            signal(SIGINT, SIG_DEFAULT);
            kill(getpid(), SIGINT);
        }
        return 128 + SIGINT;
    }
    1
}
