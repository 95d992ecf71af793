//! The event loop (CPython's `base_events.py` and `events.py`), with the scheduling order
//! of CPython's: `call_soon` appends to a FIFO ready queue; timers wait in a queue ordered
//! by deadline (then by scheduling order), and each iteration (`run_once`) first sleeps
//! until the earliest deadline when nothing is ready (rounding the wait up to milliseconds,
//! as the epoll selector does), moves the timers that are due behind the ready callbacks,
//! then runs exactly the callbacks that were ready when it began. There is no I/O: with
//! nothing ready and no timer, the loop waits forever, as CPython's does.
//!
//! A loop's queues live in `LOOPS` (a collector root), keyed by the loop object, an
//! instance of the native class `_UnixSelectorEventLoop`, until the loop is closed.

use super::futures;
use super::tasks;
use super::{coroutine, get_flag, set_flag};
use crate::objects::class;
use crate::objects::coroutine as async_gen;
use crate::objects::exceptions::{self, raise, ExcKind};
use crate::objects::float;
use crate::objects::function::{self, NativeFn};
use crate::objects::generator;
use crate::objects::list::ListObj;
use crate::objects::native_class;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, PyResult, Raised, Value};
use crate::output;
use crate::protocols::args;
use crate::protocols::call::{self, Kw};
use crate::protocols::repr;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

pub(super) const LOOP: &str = "asyncio._UnixSelectorEventLoop";
/// A timer handle's flag: it is in its loop's timer queue.
const SCHEDULED: &str = "__closc_scheduled";
/// A timer handle's scheduling order, which breaks ties between equal deadlines.
const SEQ: &str = "__closc_seq";
const HANDLE: &str = "asyncio.Handle";
const TIMER_HANDLE: &str = "asyncio.TimerHandle";

/// A callback to run, with its arguments (a tuple, or 0 for none) and the `Handle` the
/// program may cancel it through (or 0).
struct Entry {
    callback: Value,
    args: Value,
    handle: Value,
}

struct Timer {
    when: f64,
    seq: u64,
    entry: Entry,
}

struct LoopState {
    obj: Value,
    ready: VecDeque<Entry>,
    /// Latest deadline first: the next timer due is the last.
    scheduled: Vec<Timer>,
    seq: u64,
    stopping: bool,
    /// The tasks made on the loop that may not be done (CPython's `_all_tasks`).
    tasks: Vec<Value>,
    /// Futures that got an exception, to report those never retrieved when the loop closes.
    failed: Vec<Value>,
    /// Asynchronous generators first iterated while the loop ran (`shutdown_asyncgens`).
    asyncgens: Vec<Value>,
}

impl LoopState {
    fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.ready
            .iter()
            .chain(self.scheduled.iter().map(|t| &t.entry))
    }
}

thread_local! {
    static LOOPS: RefCell<Vec<LoopState>> = const { RefCell::new(Vec::new()) };
    /// The loop running now (0 for none).
    static RUNNING: Cell<Value> = const { Cell::new(Value::NULL) };
    /// The current loop of the event loop policy (`set_event_loop`), and whether one was
    /// ever set.
    static CURRENT: Cell<Value> = const { Cell::new(Value::NULL) };
    static CURRENT_SET: Cell<bool> = const { Cell::new(false) };
    /// The task whose step is running (0 for none).
    static CURRENT_TASK: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// The loops' values, for the collector.
pub(super) fn gc_roots(visit: &mut dyn FnMut(Value)) {
    LOOPS.with(|l| {
        for state in l.borrow().iter() {
            visit(state.obj);
            for e in state.entries() {
                visit(e.callback);
                visit(e.args);
                visit(e.handle);
            }
            state
                .tasks
                .iter()
                .chain(&state.failed)
                .chain(&state.asyncgens)
                .for_each(|&v| visit(v));
        }
    });
    visit(RUNNING.with(Cell::get));
    visit(CURRENT.with(Cell::get));
    visit(CURRENT_TASK.with(Cell::get));
}

fn with_state<R>(lp: Value, f: impl FnOnce(&mut LoopState) -> R) -> Option<R> {
    LOOPS.with(|l| l.borrow_mut().iter_mut().find(|s| s.obj == lp).map(f))
}

/// `time.monotonic()`, the loop's clock.
pub(super) fn time() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_MONOTONIC: i32 = 1;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    unsafe { clock_gettime(CLOCK_MONOTONIC, &mut ts) };
    ts.sec as f64 + ts.nsec as f64 * 1e-9
}

pub(super) fn make_loop_class() -> Value {
    let methods: &[(&'static str, NativeFn)] = &[
        ("call_soon", loop_call_soon),
        // Without threads, scheduling from another thread is scheduling.
        ("call_soon_threadsafe", loop_call_soon),
        ("call_later", loop_call_later),
        ("call_at", loop_call_at),
        ("time", loop_time),
        ("create_future", loop_create_future),
        ("create_task", loop_create_task),
        ("run_until_complete", loop_run_until_complete),
        ("run_forever", loop_run_forever),
        ("stop", loop_stop),
        ("close", loop_close),
        ("is_running", loop_is_running),
        ("is_closed", loop_is_closed),
        ("get_debug", loop_get_debug),
        ("shutdown_asyncgens", loop_shutdown_asyncgens),
    ];
    native_class::new_class(
        "_UnixSelectorEventLoop",
        "asyncio.unix_events",
        Value::NULL,
        methods,
    )
}

fn make_handle_class() -> Value {
    native_class::new_class(
        "Handle",
        "asyncio.events",
        Value::NULL,
        &[("cancel", handle_cancel), ("cancelled", handle_cancelled)],
    )
}

fn make_timer_handle_class() -> Value {
    native_class::new_class(
        "TimerHandle",
        "asyncio.events",
        native_class::class(HANDLE, make_handle_class),
        &[("when", timer_handle_when)],
    )
}

/// `new_event_loop()`.
pub(super) fn new_loop() -> Value {
    let lp = native_class::instance(native_class::class(LOOP, make_loop_class));
    LOOPS.with(|l| {
        l.borrow_mut().push(LoopState {
            obj: lp,
            ready: VecDeque::new(),
            scheduled: Vec::new(),
            seq: 0,
            stopping: false,
            tasks: Vec::new(),
            failed: Vec::new(),
            asyncgens: Vec::new(),
        })
    });
    lp
}

fn this_loop(args: &[Value], method: &str) -> PyResult<Value> {
    native_class::this(args, LOOP, method, "_UnixSelectorEventLoop")
}

/// The running loop, if any.
pub(super) fn running_loop() -> Option<Value> {
    let lp = RUNNING.with(Cell::get);
    (!lp.is_null()).then_some(lp)
}

/// `get_running_loop()`.
pub(super) fn get_running_loop() -> PyResult<Value> {
    match running_loop() {
        Some(lp) => Ok(lp),
        None => raise(ExcKind::RuntimeError, "no running event loop"),
    }
}

/// `get_event_loop()`: the running loop, else the policy's current loop, made on first
/// use.
pub(super) fn get_event_loop() -> PyResult<Value> {
    if let Some(lp) = running_loop() {
        return Ok(lp);
    }
    let current = CURRENT.with(Cell::get);
    if !current.is_null() {
        return Ok(current);
    }
    if CURRENT_SET.with(Cell::get) {
        return raise(
            ExcKind::RuntimeError,
            "There is no current event loop in thread 'MainThread'.",
        );
    }
    let lp = new_loop();
    set_event_loop(lp);
    Ok(lp)
}

/// `set_event_loop(lp)` (0 or None: no current loop).
pub(super) fn set_event_loop(lp: Value) {
    CURRENT_SET.with(|s| s.set(true));
    CURRENT.with(|c| c.set(if lp.is_none() { Value::NULL } else { lp }));
}

/// A loop is closed once its state is gone.
pub(super) fn check_closed(lp: Value) -> PyResult<()> {
    if with_state(lp, |_| ()).is_none() {
        return raise(ExcKind::RuntimeError, "Event loop is closed");
    }
    Ok(())
}

/// Schedules `callback(*args)` on `lp` (without a `Handle`).
pub(super) fn call_soon(lp: Value, callback: Value, args: &[Value]) -> PyResult<()> {
    check_closed(lp)?;
    let args = if args.is_empty() {
        Value::NULL
    } else {
        tuple::new(args)
    };
    with_state(lp, |s| {
        s.ready.push_back(Entry {
            callback,
            args,
            handle: Value::NULL,
        })
    });
    Ok(())
}

fn new_handle(class_key: &'static str, make: fn() -> Value, lp: Value) -> Value {
    let h = native_class::instance(native_class::class(class_key, make));
    native_class::set(h, "__closc_loop", lp);
    set_flag(h, "_cancelled", false);
    h
}

/// `loop.call_soon(callback, *args)`: the `Handle`.
pub(super) fn call_soon_handle(lp: Value, callback: Value, args: &[Value]) -> PyResult {
    check_closed(lp)?;
    let handle = new_handle(HANDLE, make_handle_class, lp);
    let args = tuple::new(args);
    with_state(lp, |s| {
        s.ready.push_back(Entry {
            callback,
            args,
            handle,
        })
    });
    Ok(handle)
}

/// `loop.call_at(when, callback, *args)`: the `TimerHandle`.
pub(super) fn call_at(lp: Value, when: f64, callback: Value, args: &[Value]) -> PyResult {
    check_closed(lp)?;
    let handle = new_handle(TIMER_HANDLE, make_timer_handle_class, lp);
    native_class::set(handle, "_when", float::new(when));
    set_flag(handle, SCHEDULED, true);
    let args = tuple::new(args);
    with_state(lp, |s| {
        s.seq += 1;
        native_class::set(handle, SEQ, Value::small(s.seq as i64));
        let timer = Timer {
            when,
            seq: s.seq,
            entry: Entry {
                callback,
                args,
                handle,
            },
        };
        let at = s
            .scheduled
            .partition_point(|t| (t.when, t.seq) > (timer.when, timer.seq));
        s.scheduled.insert(at, timer);
    });
    Ok(handle)
}

/// `loop.call_later(delay, callback, *args)`.
pub(super) fn call_later(lp: Value, delay: f64, callback: Value, args: &[Value]) -> PyResult {
    call_at(lp, time() + delay, callback, args)
}

/// `handle.cancel()`: a cancelled timer leaves the timer queue at once (CPython drops it
/// when it comes due, which runs the same callbacks in the same order).
pub(super) fn cancel_handle(handle: Value) {
    if get_flag(handle, "_cancelled") {
        return;
    }
    set_flag(handle, "_cancelled", true);
    if !get_flag(handle, SCHEDULED) {
        return;
    }
    set_flag(handle, SCHEDULED, false);
    let (Some(lp), Some(when)) = (
        native_class::get(handle, "__closc_loop"),
        float::as_f64(native_class::state(handle, "_when")),
    ) else {
        return;
    };
    let seq = native_class::state(handle, SEQ).small_value() as u64;
    with_state(lp, |s| {
        let at = s
            .scheduled
            .partition_point(|t| (t.when, t.seq) > (when, seq));
        if s.scheduled
            .get(at)
            .is_some_and(|t| t.entry.handle == handle)
        {
            s.scheduled.remove(at);
        }
    });
}

fn handle_cancel(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("cancel", kw)?;
    let h = native_class::this(args, HANDLE, "cancel", "Handle")?;
    cancel_handle(h);
    Ok(none())
}

fn handle_cancelled(args: &[Value], _kw: Kw) -> PyResult {
    let h = native_class::this(args, HANDLE, "cancelled", "Handle")?;
    Ok(bool_value(get_flag(h, "_cancelled")))
}

fn timer_handle_when(args: &[Value], _kw: Kw) -> PyResult {
    let h = native_class::this(args, TIMER_HANDLE, "when", "TimerHandle")?;
    Ok(native_class::state(h, "_when"))
}

/// Records a task made on `lp` (CPython's `_register_task`).
pub(super) fn register_task(lp: Value, task: Value) {
    with_state(lp, |s| {
        push_pruned(&mut s.tasks, task, |t| !futures::is_done(t))
    });
}

/// Appends to a list of objects that matter only while `live` holds (CPython keeps them
/// in weak sets), dropping the others whenever the list doubles.
fn push_pruned(list: &mut Vec<Value>, v: Value, live: fn(Value) -> bool) {
    if list.len() >= 64 && list.len().is_power_of_two() {
        list.retain(|&x| live(x));
    }
    list.push(v);
}

/// The tasks of `lp` not done yet (`all_tasks()`).
pub(super) fn pending_tasks(lp: Value) -> Vec<Value> {
    with_state(lp, |s| {
        s.tasks.retain(|&t| !futures::is_done(t));
        s.tasks.clone()
    })
    .unwrap_or_default()
}

/// Records a future that got an exception, reported at close unless retrieved.
pub(super) fn register_failure(lp: Value, fut: Value) {
    with_state(lp, |s| {
        push_pruned(&mut s.failed, fut, futures::exception_unretrieved)
    });
}

/// The task whose step is running.
pub(super) fn current_task() -> Option<Value> {
    let t = CURRENT_TASK.with(Cell::get);
    (!t.is_null()).then_some(t)
}

/// Makes `task` the current task for one step (`_enter_task`), giving the previous one.
pub(super) fn enter_task(task: Value) -> Value {
    CURRENT_TASK.with(|c| c.replace(task))
}

pub(super) fn leave_task(previous: Value) {
    CURRENT_TASK.with(|c| c.set(previous));
}

/// The first-iteration hook of asynchronous generators while a loop runs.
fn first_iter_hook(agen: Value) {
    if let Some(lp) = running_loop() {
        with_state(lp, |s| {
            push_pruned(&mut s.asyncgens, agen, |g| !generator::is_finished(g))
        });
    }
}

/// The finalizer hook of asynchronous generators (`_asyncgen_finalizer_hook`): the loop
/// that saw one closes it in a task of its own, unless it is closed.
fn finalizer_hook(agen: Value) {
    let lp = LOOPS.with(|l| {
        let mut loops = l.borrow_mut();
        let state = loops.iter_mut().find(|s| s.asyncgens.contains(&agen))?;
        state.asyncgens.retain(|&g| g != agen);
        Some(state.obj)
    });
    if let Some(lp) = lp {
        let create_task = function::new_method("create_task", loop_create_task, lp, "loop");
        // Scheduling on an open loop cannot fail.
        let _ = call_soon(lp, create_task, &[async_gen::aclose(agen)]);
    }
}

/// `loop.run_forever()`.
fn run_forever(lp: Value) -> PyResult<()> {
    check_closed(lp)?;
    if running_loop() == Some(lp) {
        return raise(ExcKind::RuntimeError, "This event loop is already running");
    }
    if running_loop().is_some() {
        return raise(
            ExcKind::RuntimeError,
            "Cannot run the event loop while another loop is running",
        );
    }
    RUNNING.with(|r| r.set(lp));
    let hooks = async_gen::set_hooks(Some(async_gen::AsyncGenHooks {
        first_iter: first_iter_hook,
        finalizer: finalizer_hook,
    }));
    let outcome = loop {
        if let Err(raised) = run_once(lp) {
            break Err(raised);
        }
        if with_state(lp, |s| s.stopping).unwrap_or(true) {
            break Ok(());
        }
    };
    async_gen::set_hooks(hooks);
    with_state(lp, |s| s.stopping = false);
    RUNNING.with(|r| r.set(Value::NULL));
    outcome
}

/// Waits for `seconds`, as the epoll selector does: at least that long, in milliseconds.
fn wait(seconds: f64) {
    let millis = (seconds * 1e3).ceil();
    std::thread::sleep(std::time::Duration::from_secs_f64(millis * 1e-3));
}

/// One iteration of the loop (CPython's `_run_once`).
fn run_once(lp: Value) -> PyResult<()> {
    const MAXIMUM_SELECT_TIMEOUT: f64 = 24.0 * 3600.0;
    let timeout = with_state(lp, |s| {
        if !s.ready.is_empty() || s.stopping {
            Some(0.0)
        } else {
            s.scheduled
                .last()
                .map(|t| (t.when - time()).clamp(0.0, MAXIMUM_SELECT_TIMEOUT))
        }
    })
    .flatten();
    match timeout {
        Some(t) if t > 0.0 => wait(t),
        Some(_) => {}
        None => loop {
            wait(MAXIMUM_SELECT_TIMEOUT);
        },
    }
    let end_time = time() + 1e-9;
    let todo = with_state(lp, |s| {
        while s.scheduled.last().is_some_and(|t| t.when < end_time) {
            let timer = s.scheduled.pop().expect("a due timer");
            set_flag(timer.entry.handle, SCHEDULED, false);
            s.ready.push_back(timer.entry);
        }
        s.ready.len()
    })
    .unwrap_or(0);
    for _ in 0..todo {
        let Some(entry) = with_state(lp, |s| s.ready.pop_front()).flatten() else {
            break;
        };
        if !entry.handle.is_null() && get_flag(entry.handle, "_cancelled") {
            continue;
        }
        run_entry(&entry)?;
    }
    Ok(())
}

/// Runs a callback (`Handle._run`): an exception other than SystemExit and
/// KeyboardInterrupt is reported and the loop goes on.
fn run_entry(entry: &Entry) -> PyResult<()> {
    let args = tuple::items(entry.args).unwrap_or(&[]);
    if call::call_rooted(entry.callback, args, Kw::NONE).is_ok() {
        return Ok(());
    }
    if exceptions::pending_matches(ExcKind::SystemExit)
        || exceptions::pending_matches(ExcKind::KeyboardInterrupt)
    {
        return Err(Raised);
    }
    let exc = exceptions::take_pending();
    let callback = repr::repr_string(entry.callback).unwrap_or_default();
    report(&format!("Exception in callback {callback}"), exc);
    Ok(())
}

/// Writes what the default exception handler logs to stderr: the message, then the
/// exception as a traceback ends.
pub(super) fn report(message: &str, exc: Value) {
    output::write_stderr(&format!(
        "{message}\nTraceback (most recent call last):\n{}\n",
        exceptions::last_line(exc)
    ));
}

/// `loop.stop()`.
pub(super) fn stop(lp: Value) {
    with_state(lp, |s| s.stopping = true);
}

/// `loop.run_until_complete(aw)`.
pub(super) fn run_until_complete(lp: Value, aw: Value) -> PyResult {
    check_closed(lp)?;
    let new_task = !futures::is_future(aw);
    let fut = tasks::ensure_future(aw, Some(lp))?;
    let callback = function::new_builtin("_run_until_complete_cb", run_until_complete_cb);
    futures::add_done_callback(fut, callback)?;
    let outcome = run_forever(lp);
    futures::remove_done_callback(fut, callback)?;
    if let Err(raised) = outcome {
        if new_task && futures::is_done(fut) && !futures::is_cancelled(fut) {
            futures::mark_retrieved(fut);
        }
        return Err(raised);
    }
    if !futures::is_done(fut) {
        return raise(
            ExcKind::RuntimeError,
            "Event loop stopped before Future completed.",
        );
    }
    futures::result(fut)
}

fn run_until_complete_cb(args: &[Value], _kw: Kw) -> PyResult {
    let fut = args[0];
    if !futures::is_cancelled(fut) {
        if let Some(exc) = futures::exception_value(fut) {
            let exits = [ExcKind::SystemExit, ExcKind::KeyboardInterrupt];
            if exits
                .iter()
                .any(|&kind| class::is_instance(exc, types::exc_class(kind)))
            {
                return Ok(none());
            }
        }
    }
    stop(futures::loop_of(fut));
    Ok(none())
}

/// `loop.close()`: drops what is still scheduled and reports the exceptions of futures
/// that no one retrieved (CPython reports each when the future is freed).
pub(super) fn close(lp: Value) -> PyResult<()> {
    if running_loop() == Some(lp) {
        return raise(ExcKind::RuntimeError, "Cannot close a running event loop");
    }
    let failed = with_state(lp, |s| std::mem::take(&mut s.failed)).unwrap_or_default();
    // A tuple, so that the collector sees the futures while their exceptions are shown.
    let failed = tuple::new(&failed);
    LOOPS.with(|l| l.borrow_mut().retain(|s| s.obj != lp));
    for &fut in tuple::items(failed).unwrap_or(&[]) {
        if futures::exception_unretrieved(fut) {
            let kind = if futures::is_task(fut) {
                "Task"
            } else {
                "Future"
            };
            if let Some(exc) = futures::exception_value(fut) {
                report(&format!("{kind} exception was never retrieved"), exc);
            }
        }
    }
    Ok(())
}

/// `asyncio.run(main)`'s teardown (`Runner.close`): cancels the tasks left, closes the
/// asynchronous generators left, shuts the default executor down, closes the loop.
pub(super) fn shut_down(lp: Value) -> PyResult<()> {
    let outcome = cancel_all_tasks(lp)
        .and_then(|_| {
            run_until_complete(
                lp,
                coroutine("shutdown_asyncgens", shutdown_asyncgens, &[lp]),
            )
        })
        .and_then(|_| {
            run_until_complete(
                lp,
                coroutine("shutdown_default_executor", shutdown_default_executor, &[]),
            )
        });
    set_event_loop(Value::NULL);
    close(lp)?;
    outcome.map(|_| ())
}

fn cancel_all_tasks(lp: Value) -> PyResult<()> {
    // A tuple, so that the collector sees the tasks while they run.
    let to_cancel = tuple::new(&pending_tasks(lp));
    let items = tuple::items(to_cancel).unwrap_or(&[]);
    if items.is_empty() {
        return Ok(());
    }
    for &task in items {
        futures::cancel(task, none())?;
    }
    let gathered = tasks::gather_items(items, true)?;
    run_until_complete(lp, gathered)?;
    for &task in items {
        if futures::is_cancelled(task) {
            continue;
        }
        if let Some(exc) = futures::exception_value(task) {
            futures::mark_retrieved(task);
            report("unhandled exception during asyncio.run() shutdown", exc);
        }
    }
    Ok(())
}

/// `loop.shutdown_asyncgens()`: closes the asynchronous generators the loop saw that have
/// not finished.
fn shutdown_asyncgens(args: &[Value], _kw: Kw) -> PyResult {
    let lp = args[0];
    let agens = with_state(lp, |s| std::mem::take(&mut s.asyncgens)).unwrap_or_default();
    let open: Vec<Value> = agens
        .into_iter()
        .filter(|&g| !generator::is_finished(g))
        .collect();
    if open.is_empty() {
        return Ok(none());
    }
    // Tuples, so that the collector sees them while the closing runs.
    let agens = tuple::new(&open);
    let closers: Vec<Value> = open.iter().map(|&g| async_gen::aclose(g)).collect();
    let closers = tuple::new(&closers);
    let gathered = tasks::gather_items(tuple::items(closers).unwrap_or(&[]), true)?;
    let results = async_gen::await_value(gathered)?;
    let results = results
        .get::<ListObj>()
        .map(ListObj::snapshot)
        .unwrap_or_default();
    let exception = types::exc_class(ExcKind::Exception);
    for (&result, &agen) in results.iter().zip(tuple::items(agens).unwrap_or(&[])) {
        if class::is_instance(result, exception) {
            let agen = repr::repr_string(agen).unwrap_or_default();
            report(
                &format!("an error occurred during closing of asynchronous generator {agen}"),
                result,
            );
        }
    }
    Ok(none())
}

fn shutdown_default_executor(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(none())
}

fn loop_call_soon(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("call_soon", kw, &["context"])?;
    let lp = this_loop(args, "call_soon")?;
    args::method_count("call_soon", args, 1, usize::MAX)?;
    call_soon_handle(lp, args[1], &args[2..])
}

fn loop_call_later(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("call_later", kw, &["context"])?;
    let lp = this_loop(args, "call_later")?;
    args::method_count("call_later", args, 2, usize::MAX)?;
    let delay = args::float_arg(args[1])?;
    call_later(lp, delay, args[2], &args[3..])
}

fn loop_call_at(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("call_at", kw, &["context"])?;
    let lp = this_loop(args, "call_at")?;
    args::method_count("call_at", args, 2, usize::MAX)?;
    let when = args::float_arg(args[1])?;
    call_at(lp, when, args[2], &args[3..])
}

fn loop_time(args: &[Value], _kw: Kw) -> PyResult {
    this_loop(args, "time")?;
    Ok(float::new(time()))
}

fn loop_create_future(args: &[Value], _kw: Kw) -> PyResult {
    let lp = this_loop(args, "create_future")?;
    Ok(futures::new_future(lp))
}

fn loop_create_task(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("create_task", kw, &["name", "context"])?;
    let lp = this_loop(args, "create_task")?;
    args::method_count("create_task", args, 1, 1)?;
    futures::new_task(lp, args[1], kw.get("name").unwrap_or_else(none))
}

fn loop_run_until_complete(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("run_until_complete", kw)?;
    let lp = this_loop(args, "run_until_complete")?;
    args::method_count("run_until_complete", args, 1, 1)?;
    run_until_complete(lp, args[1])
}

fn loop_run_forever(args: &[Value], _kw: Kw) -> PyResult {
    let lp = this_loop(args, "run_forever")?;
    run_forever(lp)?;
    Ok(none())
}

fn loop_stop(args: &[Value], _kw: Kw) -> PyResult {
    let lp = this_loop(args, "stop")?;
    stop(lp);
    Ok(none())
}

fn loop_close(args: &[Value], _kw: Kw) -> PyResult {
    let lp = this_loop(args, "close")?;
    close(lp)?;
    Ok(none())
}

fn loop_is_running(args: &[Value], _kw: Kw) -> PyResult {
    let lp = this_loop(args, "is_running")?;
    Ok(bool_value(running_loop() == Some(lp)))
}

fn loop_is_closed(args: &[Value], _kw: Kw) -> PyResult {
    let lp = this_loop(args, "is_closed")?;
    Ok(bool_value(with_state(lp, |_| ()).is_none()))
}

fn loop_get_debug(args: &[Value], _kw: Kw) -> PyResult {
    this_loop(args, "get_debug")?;
    Ok(bool_value(false))
}

fn loop_shutdown_asyncgens(args: &[Value], _kw: Kw) -> PyResult {
    let lp = this_loop(args, "shutdown_asyncgens")?;
    Ok(coroutine("shutdown_asyncgens", shutdown_asyncgens, &[lp]))
}
