//! `asyncio.Future` and `asyncio.Task` (CPython's `_asyncio.Future` and `_asyncio.Task`):
//! native classes whose state lives in `__closc_` attributes. A task runs its coroutine one
//! step per callback: a step resumes the coroutine (or throws into it); a future it yields
//! gets the task's wakeup as a done callback, a bare `yield` (None) schedules the next step
//! at once, and its end completes the task.

use super::events;
use super::{get_flag, new_cancelled_error, set_flag};
use crate::objects::class;
use crate::objects::exceptions::{self, raise, type_error, ExcKind};
use crate::objects::function::{self, NativeFn};
use crate::objects::generator::{self, Flavor, Resumed};
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::types;
use crate::objects::value::{bool_value, none, PyResult, Raised, Value};
use crate::protocols::args;
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::ops;
use crate::protocols::repr;
use std::cell::Cell;

pub(super) const FUTURE: &str = "asyncio.Future";
pub(super) const TASK: &str = "asyncio.Task";

const PENDING: i64 = 0;
const CANCELLED: i64 = 1;
const FINISHED: i64 = 2;

const STATE: &str = "__closc_state";
const RESULT: &str = "__closc_result";
const EXCEPTION: &str = "__closc_exception";
const CALLBACKS: &str = "__closc_callbacks";
const LOOP: &str = "__closc_loop";
const CANCEL_MESSAGE: &str = "__closc_cancel_message";
const CANCELLED_EXC: &str = "__closc_cancelled_exc";
const LOG_TRACEBACK: &str = "__closc_log_traceback";
const BLOCKING: &str = "_asyncio_future_blocking";
const CORO: &str = "__closc_coro";
const NAME: &str = "__closc_name";
const FUT_WAITER: &str = "__closc_fut_waiter";
const MUST_CANCEL: &str = "__closc_must_cancel";
const NUM_CANCELS: &str = "__closc_num_cancels";
const STEP: &str = "__closc_step";
const WAKEUP: &str = "__closc_wakeup";

thread_local! {
    /// The number of the last task named `Task-N`.
    static TASK_COUNTER: Cell<u64> = const { Cell::new(0) };
}

pub(super) fn make_future_class() -> Value {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", future_init),
        ("result", future_result),
        ("exception", future_exception),
        ("done", future_done),
        ("cancelled", future_cancelled),
        ("cancel", future_cancel),
        ("add_done_callback", future_add_done_callback),
        ("remove_done_callback", future_remove_done_callback),
        ("set_result", future_set_result),
        ("set_exception", future_set_exception),
        ("get_loop", future_get_loop),
        ("__await__", future_await),
        ("__iter__", future_await),
        ("__repr__", future_repr),
    ];
    let cls = native_class::new_class("Future", "_asyncio", Value::NULL, methods);
    native_class::class_set(cls, BLOCKING, bool_value(false));
    cls
}

pub(super) fn make_task_class() -> Value {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", task_init),
        ("cancel", task_cancel),
        ("cancelling", task_cancelling),
        ("uncancel", task_uncancel),
        ("get_name", task_get_name),
        ("set_name", task_set_name),
        ("get_coro", task_get_coro),
        ("set_result", task_set_result),
        ("set_exception", task_set_exception),
        ("__repr__", task_repr),
    ];
    native_class::new_class(
        "Task",
        "_asyncio",
        native_class::class(FUTURE, make_future_class),
        methods,
    )
}

fn small(o: Value, key: &'static str) -> i64 {
    native_class::get(o, key)
        .filter(|v| v.is_small())
        .map_or(0, Value::small_value)
}

fn set_small(o: Value, key: &'static str, n: i64) {
    native_class::set(o, key, Value::small(n));
}

/// The attribute `key` unless absent or None.
fn optional(o: Value, key: &'static str) -> Option<Value> {
    native_class::get(o, key).filter(|v| !v.is_none())
}

/// Makes `fut` a pending future of loop `lp`.
pub(super) fn init_future(fut: Value, lp: Value) {
    set_small(fut, STATE, PENDING);
    native_class::set(fut, LOOP, lp);
    native_class::set(fut, CALLBACKS, list::new(&[]));
}

/// A new pending future of loop `lp` (`loop.create_future()`).
pub(super) fn new_future(lp: Value) -> Value {
    let fut = native_class::instance(native_class::class(FUTURE, make_future_class));
    init_future(fut, lp);
    fut
}

/// True for the futures of this module (tasks included).
pub(super) fn is_native(v: Value) -> bool {
    native_class::is(v, FUTURE)
}

/// `asyncio.isfuture(v)`: a future of this module, or an object whose class says it is
/// one (has `_asyncio_future_blocking`).
pub(super) fn is_future(v: Value) -> bool {
    if is_native(v) {
        return true;
    }
    let class = types::type_of(v);
    let name = pystr::intern(BLOCKING);
    matches!(attr::getattr_opt(class, name), Ok(Some(_)))
        && matches!(attr::getattr_opt(v, name), Ok(Some(b)) if !b.is_none())
}

pub(super) fn is_task(v: Value) -> bool {
    native_class::is(v, TASK)
}

fn state(fut: Value) -> i64 {
    small(fut, STATE)
}

pub(super) fn is_done(fut: Value) -> bool {
    state(fut) != PENDING
}

pub(super) fn is_cancelled(fut: Value) -> bool {
    state(fut) == CANCELLED
}

/// The loop a future belongs to.
pub(super) fn loop_of(fut: Value) -> Value {
    native_class::state(fut, LOOP)
}

/// The exception a finished future holds, without marking it retrieved.
pub(super) fn exception_value(fut: Value) -> Option<Value> {
    if state(fut) != FINISHED {
        return None;
    }
    optional(fut, EXCEPTION)
}

/// The message a cancelled future was cancelled with, if any.
pub(super) fn cancel_message_of(fut: Value) -> Option<Value> {
    optional(fut, CANCEL_MESSAGE)
}

/// True when a future's exception was never asked for.
pub(super) fn exception_unretrieved(fut: Value) -> bool {
    get_flag(fut, LOG_TRACEBACK)
}

pub(super) fn mark_retrieved(fut: Value) {
    set_flag(fut, LOG_TRACEBACK, false);
}

/// The CancelledError to raise for a cancelled future (`_make_cancelled_error`).
pub(super) fn make_cancelled_error(fut: Value) -> Value {
    if let Some(exc) = optional(fut, CANCELLED_EXC) {
        native_class::set(fut, CANCELLED_EXC, none());
        return exc;
    }
    new_cancelled_error(optional(fut, CANCEL_MESSAGE))
}

/// `fut.result()`.
pub(super) fn result(fut: Value) -> PyResult {
    match state(fut) {
        CANCELLED => {
            let exc = make_cancelled_error(fut);
            Err(exceptions::set_pending(exc))
        }
        FINISHED => {
            mark_retrieved(fut);
            match optional(fut, EXCEPTION) {
                Some(exc) => Err(exceptions::set_pending(exc)),
                None => Ok(native_class::state(fut, RESULT)),
            }
        }
        _ => super::raise_invalid_state("Result is not set."),
    }
}

/// `fut.exception()`.
pub(super) fn exception(fut: Value) -> PyResult {
    match state(fut) {
        CANCELLED => {
            let exc = make_cancelled_error(fut);
            Err(exceptions::set_pending(exc))
        }
        FINISHED => {
            mark_retrieved(fut);
            Ok(optional(fut, EXCEPTION).unwrap_or_else(none))
        }
        _ => super::raise_invalid_state("Exception is not set."),
    }
}

fn state_name(fut: Value) -> &'static str {
    match state(fut) {
        PENDING => "PENDING",
        CANCELLED => "CANCELLED",
        _ => "FINISHED",
    }
}

fn check_pending(fut: Value) -> PyResult<()> {
    if state(fut) == PENDING {
        return Ok(());
    }
    let r = repr::repr_string(fut)?;
    super::raise_invalid_state(&format!("{}: {r}", state_name(fut)))
}

/// Runs the done callbacks: each is scheduled with the future as its argument.
fn schedule_callbacks(fut: Value) -> PyResult<()> {
    let Some(callbacks) = native_class::get(fut, CALLBACKS) else {
        return Ok(());
    };
    let Some(l) = callbacks.get::<ListObj>() else {
        return Ok(());
    };
    let pending = std::mem::take(&mut *l.items_mut());
    let lp = loop_of(fut);
    for callback in pending {
        events::call_soon(lp, callback, &[fut])?;
    }
    Ok(())
}

/// `fut.set_result(value)` (for futures of this module).
pub(super) fn set_result(fut: Value, value: Value) -> PyResult<()> {
    check_pending(fut)?;
    native_class::set(fut, RESULT, value);
    set_small(fut, STATE, FINISHED);
    schedule_callbacks(fut)
}

/// `fut.set_exception(exc)`.
pub(super) fn set_exception(fut: Value, exc: Value) -> PyResult<()> {
    check_pending(fut)?;
    let exc = match exc.get::<class::ClassObj>() {
        Some(_) => call::call(exc, &[], Kw::NONE)?,
        None => exc,
    };
    if types::type_of(exc) == types::exc_class(ExcKind::StopIteration) {
        return type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        );
    }
    if !exceptions::is_exception(exc) {
        return type_error("invalid exception object");
    }
    native_class::set(fut, EXCEPTION, exc);
    set_small(fut, STATE, FINISHED);
    schedule_callbacks(fut)?;
    set_flag(fut, LOG_TRACEBACK, true);
    events::register_failure(loop_of(fut), fut);
    Ok(())
}

/// `Future.cancel(msg)` itself.
fn cancel_future(fut: Value, msg: Value) -> PyResult<bool> {
    mark_retrieved(fut);
    if state(fut) != PENDING {
        return Ok(false);
    }
    set_small(fut, STATE, CANCELLED);
    native_class::set(fut, CANCEL_MESSAGE, msg);
    schedule_callbacks(fut)?;
    Ok(true)
}

/// `fut.cancel(msg)` for any future: a task's, a gathering future's and a plain one's own
/// `cancel`, or the object's method.
pub(super) fn cancel(fut: Value, msg: Value) -> PyResult<bool> {
    if is_task(fut) {
        return cancel_task(fut, msg);
    }
    if super::tasks::is_gathering(fut) {
        return super::tasks::cancel_gathering(fut, msg);
    }
    if is_native(fut) {
        return cancel_future(fut, msg);
    }
    let done = call::call_method(fut, pystr::intern("cancel"), &[msg], Kw::NONE)?;
    ops::truthy(done)
}

/// `fut.add_done_callback(callback)` for any future.
pub(super) fn add_done_callback(fut: Value, callback: Value) -> PyResult<()> {
    if !is_native(fut) {
        let name = pystr::intern("add_done_callback");
        return call::call_method(fut, name, &[callback], Kw::NONE).map(|_| ());
    }
    if state(fut) != PENDING {
        return events::call_soon(loop_of(fut), callback, &[fut]);
    }
    if let Some(l) = native_class::state(fut, CALLBACKS).get::<ListObj>() {
        l.push(callback);
    }
    Ok(())
}

/// `fut.remove_done_callback(callback)` for any future: how many were removed.
pub(super) fn remove_done_callback(fut: Value, callback: Value) -> PyResult<usize> {
    if !is_native(fut) {
        let name = pystr::intern("remove_done_callback");
        let n = call::call_method(fut, name, &[callback], Kw::NONE)?;
        return Ok(args::index_arg(n)?.max(0) as usize);
    }
    let Some(l) = native_class::state(fut, CALLBACKS).get::<ListObj>() else {
        return Ok(0);
    };
    let same = |f: Value| f == callback || function::method_eq(f, callback) == Some(true);
    let mut items = l.items_mut();
    let before = items.len();
    items.retain(|&f| !same(f));
    Ok(before - items.len())
}

/// `await fut` from a native coroutine body (`Future.__await__`).
pub(super) fn wait(fut: Value) -> PyResult {
    if !is_done(fut) {
        set_flag(fut, BLOCKING, true);
        if generator::suspend(fut).is_null() {
            return Err(Raised);
        }
        if !is_done(fut) {
            return raise(ExcKind::RuntimeError, "await wasn't used with future");
        }
    }
    result(fut)
}

fn this_future(args: &[Value], method: &str) -> PyResult<Value> {
    native_class::this(args, FUTURE, method, "_asyncio.Future")
}

fn future_init(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("Future", kw, &["loop"])?;
    let fut = this_future(args, "__init__")?;
    args::method_count("Future", args, 0, 0)?;
    let lp = match kw.get("loop") {
        Some(lp) if !lp.is_none() => lp,
        _ => events::get_event_loop()?,
    };
    init_future(fut, lp);
    Ok(none())
}

fn future_result(args: &[Value], _kw: Kw) -> PyResult {
    result(this_future(args, "result")?)
}

fn future_exception(args: &[Value], _kw: Kw) -> PyResult {
    exception(this_future(args, "exception")?)
}

fn future_done(args: &[Value], _kw: Kw) -> PyResult {
    Ok(bool_value(is_done(this_future(args, "done")?)))
}

fn future_cancelled(args: &[Value], _kw: Kw) -> PyResult {
    Ok(bool_value(is_cancelled(this_future(args, "cancelled")?)))
}

/// The `msg` argument of `cancel(msg=None)`.
fn cancel_message(args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check_kw("cancel", kw, &["msg"])?;
    args::method_count("cancel", args, 0, 1)?;
    Ok(args.get(1).copied().or(kw.get("msg")).unwrap_or_else(none))
}

fn future_cancel(args: &[Value], kw: Kw) -> PyResult {
    let fut = this_future(args, "cancel")?;
    let msg = cancel_message(args, kw)?;
    Ok(bool_value(cancel_future(fut, msg)?))
}

fn future_add_done_callback(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("add_done_callback", kw, &["context"])?;
    let fut = this_future(args, "add_done_callback")?;
    args::method_count("add_done_callback", args, 1, 1)?;
    add_done_callback(fut, args[1])?;
    Ok(none())
}

fn future_remove_done_callback(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("remove_done_callback", kw)?;
    let fut = this_future(args, "remove_done_callback")?;
    args::method_count("remove_done_callback", args, 1, 1)?;
    let n = remove_done_callback(fut, args[1])?;
    Ok(int::from_u64(n as u64))
}

fn future_set_result(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("set_result", kw)?;
    let fut = this_future(args, "set_result")?;
    args::method_count("set_result", args, 1, 1)?;
    set_result(fut, args[1])?;
    Ok(none())
}

fn future_set_exception(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("set_exception", kw)?;
    let fut = this_future(args, "set_exception")?;
    args::method_count("set_exception", args, 1, 1)?;
    set_exception(fut, args[1])?;
    Ok(none())
}

fn future_get_loop(args: &[Value], _kw: Kw) -> PyResult {
    Ok(loop_of(this_future(args, "get_loop")?))
}

/// `fut.__await__()`: an iterator yielding the future until it is done.
fn future_await(args: &[Value], _kw: Kw) -> PyResult {
    let fut = this_future(args, "__await__")?;
    Ok(generator::new_native(
        "__await__",
        future_iter_body,
        &[fut],
        Flavor::Generator,
    ))
}

fn future_iter_body(args: &[Value], _kw: Kw) -> PyResult {
    wait(args[0])
}

/// `<Future pending>`, `<Future finished result=1>`, ...
fn describe(fut: Value, out: &mut String) -> PyResult<()> {
    match state(fut) {
        PENDING => out.push_str("pending"),
        CANCELLED => out.push_str("cancelled"),
        _ => match optional(fut, EXCEPTION) {
            Some(exc) => {
                out.push_str("finished exception=");
                out.push_str(&repr::repr_string(exc)?);
            }
            None => {
                out.push_str("finished result=");
                out.push_str(&repr::repr_string(native_class::state(fut, RESULT))?);
            }
        },
    }
    Ok(())
}

fn future_repr(args: &[Value], _kw: Kw) -> PyResult {
    let fut = this_future(args, "__repr__")?;
    let mut out = String::from("<Future ");
    describe(fut, &mut out)?;
    out.push('>');
    Ok(pystr::new(&out))
}

/// A task running `coro` on loop `lp` (`loop.create_task(coro, name=name)`).
pub(super) fn new_task(lp: Value, coro: Value, name: Value) -> PyResult {
    events::check_closed(lp)?;
    let task = native_class::instance(native_class::class(TASK, make_task_class));
    init_task(task, lp, coro, name)?;
    Ok(task)
}

fn init_task(task: Value, lp: Value, coro: Value, name: Value) -> PyResult<()> {
    init_future(task, lp);
    if !super::is_coroutine(coro) {
        let r = repr::repr_string(coro)?;
        return type_error(format!("a coroutine was expected, got {r}"));
    }
    let name = if name.is_none() {
        let n = TASK_COUNTER.with(|c| {
            c.set(c.get() + 1);
            c.get()
        });
        pystr::new(&format!("Task-{n}"))
    } else {
        crate::protocols::repr::str(name)?
    };
    native_class::set(task, NAME, name);
    native_class::set(task, CORO, coro);
    set_small(task, NUM_CANCELS, 0);
    set_flag(task, MUST_CANCEL, false);
    native_class::set(task, FUT_WAITER, none());
    let step = function::new_method("task_step", task_step, task, "Task");
    let wakeup = function::new_method("task_wakeup", task_wakeup, task, "Task");
    native_class::set(task, STEP, step);
    native_class::set(task, WAKEUP, wakeup);
    events::call_soon(lp, step, &[])?;
    events::register_task(lp, task);
    Ok(())
}

fn this_task(args: &[Value], method: &str) -> PyResult<Value> {
    native_class::this(args, TASK, method, "_asyncio.Task")
}

fn task_init(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("Task", kw, &["loop", "name", "context"])?;
    let task = this_task(args, "__init__")?;
    args::method_count("Task", args, 1, 1)?;
    let lp = match kw.get("loop") {
        Some(lp) if !lp.is_none() => lp,
        _ => events::get_event_loop()?,
    };
    init_task(task, lp, args[1], kw.get("name").unwrap_or_else(none))?;
    Ok(none())
}

/// `task.cancel(msg)`: cancels what the task waits for, or has its next step throw
/// CancelledError into its coroutine.
fn cancel_task(task: Value, msg: Value) -> PyResult<bool> {
    mark_retrieved(task);
    if is_done(task) {
        return Ok(false);
    }
    set_small(task, NUM_CANCELS, small(task, NUM_CANCELS) + 1);
    if let Some(waiter) = optional(task, FUT_WAITER) {
        if cancel(waiter, msg)? {
            return Ok(true);
        }
    }
    set_flag(task, MUST_CANCEL, true);
    native_class::set(task, CANCEL_MESSAGE, msg);
    Ok(true)
}

fn task_cancel(args: &[Value], kw: Kw) -> PyResult {
    let task = this_task(args, "cancel")?;
    let msg = cancel_message(args, kw)?;
    Ok(bool_value(cancel_task(task, msg)?))
}

fn task_cancelling(args: &[Value], _kw: Kw) -> PyResult {
    let task = this_task(args, "cancelling")?;
    Ok(Value::small(cancelling(task)))
}

/// `task.uncancel()`: one cancellation request fewer; the number left.
pub(super) fn uncancel(task: Value) -> i64 {
    let n = (small(task, NUM_CANCELS) - 1).max(0);
    set_small(task, NUM_CANCELS, n);
    n
}

/// `task.cancelling()`.
pub(super) fn cancelling(task: Value) -> i64 {
    small(task, NUM_CANCELS)
}

fn task_uncancel(args: &[Value], _kw: Kw) -> PyResult {
    let task = this_task(args, "uncancel")?;
    Ok(Value::small(uncancel(task)))
}

fn task_get_name(args: &[Value], _kw: Kw) -> PyResult {
    Ok(native_class::state(this_task(args, "get_name")?, NAME))
}

/// `task.set_name(name)`.
pub(super) fn set_name(task: Value, name: Value) -> PyResult<()> {
    native_class::set(task, NAME, crate::protocols::repr::str(name)?);
    Ok(())
}

fn task_set_name(args: &[Value], _kw: Kw) -> PyResult {
    let task = this_task(args, "set_name")?;
    args::method_count("set_name", args, 1, 1)?;
    set_name(task, args[1])?;
    Ok(none())
}

fn task_get_coro(args: &[Value], _kw: Kw) -> PyResult {
    Ok(native_class::state(this_task(args, "get_coro")?, CORO))
}

fn task_set_result(_args: &[Value], _kw: Kw) -> PyResult {
    raise(
        ExcKind::RuntimeError,
        "Task does not support set_result operation",
    )
}

fn task_set_exception(_args: &[Value], _kw: Kw) -> PyResult {
    raise(
        ExcKind::RuntimeError,
        "Task does not support set_exception operation",
    )
}

fn task_repr(args: &[Value], _kw: Kw) -> PyResult {
    let task = this_task(args, "__repr__")?;
    let mut out = String::from("<Task ");
    describe(task, &mut out)?;
    let name = repr::repr_string(native_class::state(task, NAME))?;
    let coro = repr::repr_string(native_class::state(task, CORO))?;
    out.push_str(&format!(" name={name} coro={coro}>"));
    Ok(pystr::new(&out))
}

/// The scheduled step of a task (`Task.__step`): `args` is the task, then the exception to
/// throw in, if any.
fn task_step(args: &[Value], _kw: Kw) -> PyResult {
    step(args[0], args.get(1).copied())?;
    Ok(none())
}

/// The done callback of what a task waits for (`Task.__wakeup`).
fn task_wakeup(args: &[Value], _kw: Kw) -> PyResult {
    let (task, fut) = (args[0], args[1]);
    let outcome = if is_native(fut) {
        result(fut)
    } else {
        call::call_method(fut, pystr::intern("result"), &[], Kw::NONE)
    };
    match outcome {
        Ok(_) => step(task, None)?,
        Err(_) => {
            let exc = exceptions::take_pending();
            step(task, Some(exc))?
        }
    }
    Ok(none())
}

fn step(task: Value, exc: Option<Value>) -> PyResult<()> {
    if is_done(task) {
        let t = repr::repr_string(task)?;
        let e = match exc {
            Some(e) => repr::repr_string(e)?,
            None => "None".to_string(),
        };
        return super::raise_invalid_state(&format!("_step(): already done: {t}, {e}"));
    }
    let mut exc = exc;
    if get_flag(task, MUST_CANCEL) {
        if !exc.is_some_and(super::is_cancelled_error) {
            exc = Some(make_cancelled_error(task));
        }
        set_flag(task, MUST_CANCEL, false);
    }
    let coro = native_class::state(task, CORO);
    native_class::set(task, FUT_WAITER, none());
    let previous = events::enter_task(task);
    let outcome = resume(coro, exc);
    events::leave_task(previous);
    let lp = loop_of(task);
    match outcome {
        Ok(Resumed::Returned(value)) => {
            if get_flag(task, MUST_CANCEL) {
                set_flag(task, MUST_CANCEL, false);
                cancel_future(task, native_class::state(task, CANCEL_MESSAGE))?;
            } else {
                set_result(task, value)?;
            }
        }
        Err(_) => {
            let e = exceptions::take_pending();
            if super::is_cancelled_error(e) {
                native_class::set(task, CANCELLED_EXC, e);
                cancel_future(task, none())?;
            } else {
                set_exception(task, e)?;
                let exits = [ExcKind::SystemExit, ExcKind::KeyboardInterrupt];
                if exits
                    .iter()
                    .any(|&kind| class::is_instance(e, types::exc_class(kind)))
                {
                    return Err(exceptions::restore_pending(e));
                }
            }
        }
        Ok(Resumed::Yielded(result)) => yielded(task, lp, result)?,
    }
    Ok(())
}

/// `coro.send(None)`, or `coro.throw(exc)`: directly for generator objects, through the
/// methods of other coroutines.
fn resume(coro: Value, exc: Option<Value>) -> PyResult<Resumed> {
    if generator::flavor(coro).is_some() {
        if let Some(e) = exc {
            exceptions::restore_pending(e);
        }
        return generator::resume_rooted(coro, none(), exc.is_some());
    }
    let outcome = match exc {
        None => call::call_method_rooted(coro, pystr::intern("send"), &[none()], Kw::NONE),
        Some(e) => call::call_method_rooted(coro, pystr::intern("throw"), &[e], Kw::NONE),
    };
    match outcome {
        Ok(v) => Ok(Resumed::Yielded(v)),
        Err(_) if exceptions::pending_matches(ExcKind::StopIteration) => {
            let stop = exceptions::take_pending();
            let value = exceptions::args_of(stop).first().copied();
            Ok(Resumed::Returned(value.unwrap_or_else(none)))
        }
        Err(raised) => Err(raised),
    }
}

/// The loop of any future (`futures._get_loop`).
fn future_loop(fut: Value) -> PyResult {
    if is_native(fut) {
        return Ok(loop_of(fut));
    }
    call::call_method(fut, pystr::intern("get_loop"), &[], Kw::NONE)
}

/// What a task does with what its coroutine yielded.
fn yielded(task: Value, lp: Value, result: Value) -> PyResult<()> {
    let step = native_class::state(task, STEP);
    let blocking = if is_native(result) {
        native_class::get(result, BLOCKING)
    } else {
        attr::getattr_opt(result, pystr::intern(BLOCKING))?
    };
    let problem = match blocking {
        Some(blocking) if !blocking.is_none() => {
            if future_loop(result)? != lp {
                let t = repr::repr_string(task)?;
                let r = repr::repr_string(result)?;
                format!("Task {t} got Future {r} attached to a different loop")
            } else if !ops::truthy(blocking)? {
                let t = repr::repr_string(task)?;
                let r = repr::repr_string(result)?;
                format!("yield was used instead of yield from in task {t} with {r}")
            } else if result == task {
                let t = repr::repr_string(task)?;
                format!("Task cannot await on itself: {t}")
            } else {
                if is_native(result) {
                    set_flag(result, BLOCKING, false);
                } else {
                    attr::setattr(result, pystr::intern(BLOCKING), bool_value(false))?;
                }
                add_done_callback(result, native_class::state(task, WAKEUP))?;
                native_class::set(task, FUT_WAITER, result);
                if get_flag(task, MUST_CANCEL) {
                    let msg = native_class::state(task, CANCEL_MESSAGE);
                    if cancel(result, msg)? {
                        set_flag(task, MUST_CANCEL, false);
                    }
                }
                return Ok(());
            }
        }
        _ if result.is_none() => return events::call_soon(lp, step, &[]),
        _ if generator::is(result, Flavor::Generator) => {
            let t = repr::repr_string(task)?;
            let r = repr::repr_string(result)?;
            format!("yield was used instead of yield from for generator in task {t} with {r}")
        }
        _ => format!("Task got bad yield: {}", repr::repr_string(result)?),
    };
    let error = exceptions::new_instance(
        types::exc_class(ExcKind::RuntimeError),
        crate::objects::tuple::new(&[pystr::new(&problem)]),
    );
    events::call_soon(lp, step, &[error])
}
