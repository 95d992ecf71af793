//! The task functions of `asyncio` (CPython's `tasks.py` and `runners.py`): `run`,
//! `create_task`, `ensure_future`, `sleep`, `gather`, `wait_for`, `wait`, `shield`,
//! `current_task`, `all_tasks`. The coroutines among them are native coroutine bodies that
//! follow CPython's code step by step, so that they schedule the same callbacks in the
//! same order.

use super::events;
use super::futures::{self, FUTURE};
use super::{coroutine, get_flag, is_cancelled_error, new_cancelled_error, set_flag};
use crate::objects::coroutine::{await_value, awaitable_iter};
use crate::objects::exceptions::{self, raise, type_error, value_error, ExcKind};
use crate::objects::function::{self, FunctionObj, CO_COROUTINE, CO_GENERATOR};
use crate::objects::generator::{self, Flavor};
use crate::objects::list::{self, ListObj};
use crate::objects::native_class;
use crate::objects::set;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, PyResult, Raised, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::ops;
use crate::protocols::repr;

const GATHERING_FUTURE: &str = "asyncio._GatheringFuture";

/// `<=` in the runtime's comparison numbering.
const LESS_EQUAL: u32 = 3;

pub(super) const FIRST_COMPLETED: &str = "FIRST_COMPLETED";
pub(super) const FIRST_EXCEPTION: &str = "FIRST_EXCEPTION";
pub(super) const ALL_COMPLETED: &str = "ALL_COMPLETED";

/// `asyncio.run(main, *, debug=None)`.
pub(super) fn run(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("run", kw, &["debug"])?;
    args::count("run", args, 1, 1)?;
    let main = args[0];
    if events::running_loop().is_some() {
        return raise(
            ExcKind::RuntimeError,
            "asyncio.run() cannot be called from a running event loop",
        );
    }
    let lp = events::new_loop();
    events::set_event_loop(lp);
    let outcome = if super::is_coroutine(main) {
        futures::new_task(lp, main, none()).and_then(|task| {
            let outcome = events::run_until_complete(lp, task);
            // An exception escaping the loop (SystemExit, KeyboardInterrupt) keeps the
            // task alive in CPython until exit, so its exception is never reported.
            if outcome.is_err() {
                futures::mark_retrieved(task);
            }
            outcome
        })
    } else {
        let r = repr::repr_string(main)?;
        value_error(format!("a coroutine was expected, got {r}"))
    };
    let raised = outcome.is_err().then(exceptions::take_pending);
    events::shut_down(lp)?;
    match raised {
        Some(exc) => Err(exceptions::restore_pending(exc)),
        None => outcome,
    }
}

/// `asyncio.create_task(coro, *, name=None, context=None)`.
pub(super) fn create_task(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("create_task", kw, &["name", "context"])?;
    args::count("create_task", args, 1, 1)?;
    let lp = events::get_running_loop()?;
    futures::new_task(lp, args[0], kw.get("name").unwrap_or_else(none))
}

/// `ensure_future(aw, loop=lp)`: a future as it is, a coroutine or another awaitable in a
/// new task.
pub(super) fn ensure_future(aw: Value, lp: Option<Value>) -> PyResult {
    if futures::is_future(aw) {
        return Ok(aw);
    }
    let coro = if super::is_coroutine(aw) {
        aw
    } else if ops::user_method(aw, "__await__").is_some() {
        coroutine("_wrap_awaitable", wrap_awaitable, &[aw])
    } else {
        return type_error("An asyncio.Future, a coroutine or an awaitable is required");
    };
    let lp = match lp {
        Some(lp) => lp,
        None => events::get_event_loop()?,
    };
    let task = futures::new_task(lp, coro, none());
    // A coroutine that could not become a task is closed, and not warned of.
    if task.is_err() && coro == aw && exceptions::pending_matches(ExcKind::RuntimeError) {
        let error = exceptions::take_pending();
        generator::close(coro)?;
        return Err(exceptions::restore_pending(error));
    }
    task
}

fn wrap_awaitable(args: &[Value], _kw: Kw) -> PyResult {
    generator::delegate(awaitable_iter(args[0], 0)?)
}

pub(super) fn ensure_future_builtin(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("ensure_future", kw, &["loop"])?;
    args::count("ensure_future", args, 1, 1)?;
    let lp = kw.get("loop").filter(|lp| !lp.is_none());
    ensure_future(args[0], lp)
}

/// `asyncio.sleep(delay, result=None)`: a coroutine.
pub(super) fn sleep(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("sleep", kw, &["delay", "result"])?;
    args::count("sleep", args, 0, 2)?;
    let delay = match args.first().copied().or(kw.get("delay")) {
        Some(d) => d,
        None => {
            return type_error("sleep() missing 1 required positional argument: 'delay'");
        }
    };
    let result = args
        .get(1)
        .copied()
        .or(kw.get("result"))
        .unwrap_or_else(none);
    Ok(coroutine("sleep", sleep_body, &[delay, result]))
}

fn sleep_body(args: &[Value], _kw: Kw) -> PyResult {
    let (delay, result) = (args[0], args[1]);
    // `delay <= 0`
    let le = ops::compare(LESS_EQUAL, delay, Value::small(0))?;
    if ops::truthy(le)? {
        if generator::suspend(none()).is_null() {
            return Err(Raised);
        }
        return Ok(result);
    }
    let lp = events::get_running_loop()?;
    let fut = futures::new_future(lp);
    let delay = args::float_arg(delay)?;
    let callback =
        function::new_builtin("_set_result_unless_cancelled", set_result_unless_cancelled);
    let handle = events::call_later(lp, delay, callback, &[fut, result])?;
    let outcome = futures::wait(fut);
    events::cancel_handle(handle);
    outcome
}

fn set_result_unless_cancelled(args: &[Value], _kw: Kw) -> PyResult {
    let (fut, result) = (args[0], args[1]);
    if !futures::is_cancelled(fut) {
        futures::set_result(fut, result)?;
    }
    Ok(none())
}

pub(super) fn make_gathering_future_class() -> Value {
    native_class::new_class(
        "_GatheringFuture",
        "asyncio.tasks",
        native_class::class(FUTURE, futures::make_future_class),
        &[("cancel", gathering_cancel)],
    )
}

pub(super) fn is_gathering(v: Value) -> bool {
    native_class::is(v, GATHERING_FUTURE)
}

const CHILDREN: &str = "__closc_children";
/// The number of distinct children.
const COUNT: &str = "__closc_count";
const FINISHED_COUNT: &str = "__closc_finished";
const RETURN_EXCEPTIONS: &str = "__closc_return_exceptions";
const CANCEL_REQUESTED: &str = "__closc_cancel_requested";

/// `asyncio.gather(*aws, return_exceptions=False)`.
pub(super) fn gather(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("gather", kw, &["return_exceptions"])?;
    let return_exceptions = match kw.get("return_exceptions") {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    gather_items(args, return_exceptions)
}

/// The gathering future of `items` (CPython's `gather`).
pub(super) fn gather_items(items: &[Value], return_exceptions: bool) -> PyResult {
    if items.is_empty() {
        let lp = events::get_event_loop()?;
        let outer = futures::new_future(lp);
        futures::set_result(outer, list::new(&[]))?;
        return Ok(outer);
    }
    let outer = native_class::instance(native_class::class(
        GATHERING_FUTURE,
        make_gathering_future_class,
    ));
    let children = list::new(&[]);
    native_class::set(outer, CHILDREN, children);
    native_class::set(outer, FINISHED_COUNT, Value::small(0));
    set_flag(outer, RETURN_EXCEPTIONS, return_exceptions);
    set_flag(outer, CANCEL_REQUESTED, false);
    let callback = function::new_method("_done_callback", gather_done, outer, "gather");
    let Some(list) = children.get::<ListObj>() else {
        return Ok(outer);
    };
    let mut lp = None;
    let mut count = 0;
    // The same awaitable twice is one child: its position, by address.
    let mut seen = std::collections::HashMap::new();
    for (i, &arg) in items.iter().enumerate() {
        if let Some(&j) = seen.get(&arg.0) {
            let earlier = list.get(j).unwrap_or_else(none);
            list.push(earlier);
            continue;
        }
        seen.insert(arg.0, i);
        let fut = ensure_future(arg, lp)?;
        lp.get_or_insert(futures::loop_of(fut));
        futures::add_done_callback(fut, callback)?;
        list.push(fut);
        count += 1;
    }
    native_class::set(outer, COUNT, Value::small(count));
    futures::init_future(outer, lp.unwrap_or_else(none));
    Ok(outer)
}

/// The children of a gathering future, in argument order (repeated awaitables repeated).
fn children(outer: Value) -> Value {
    let children = native_class::state(outer, CHILDREN)
        .get::<ListObj>()
        .map(ListObj::snapshot)
        .unwrap_or_default();
    tuple::new(&children)
}

/// A child of `gather` is done (the `_done_callback` closure).
fn gather_done(args: &[Value], _kw: Kw) -> PyResult {
    let (outer, fut) = (args[0], args[1]);
    let finished = native_class::state(outer, FINISHED_COUNT).small_value() + 1;
    native_class::set(outer, FINISHED_COUNT, Value::small(finished));
    if futures::is_done(outer) {
        if !futures::is_cancelled(fut) {
            futures::mark_retrieved(fut);
        }
        return Ok(none());
    }
    if !get_flag(outer, RETURN_EXCEPTIONS) {
        if futures::is_cancelled(fut) {
            let exc = futures::make_cancelled_error(fut);
            futures::set_exception(outer, exc)?;
            return Ok(none());
        }
        let exc = futures::exception(fut)?;
        if !exc.is_none() {
            futures::set_exception(outer, exc)?;
            return Ok(none());
        }
    }
    if finished == native_class::state(outer, COUNT).small_value() {
        let children = children(outer);
        let results = list::new(&[]);
        let Some(out) = results.get::<ListObj>() else {
            return Ok(none());
        };
        for &child in tuple::items(children).unwrap_or(&[]) {
            let res = if futures::is_cancelled(child) {
                let msg = futures::cancel_message_of(child).unwrap_or_else(|| pystr::new(""));
                new_cancelled_error(Some(msg))
            } else {
                let exc = futures::exception(child)?;
                if exc.is_none() {
                    futures::result(child)?
                } else {
                    exc
                }
            };
            out.push(res);
        }
        if get_flag(outer, CANCEL_REQUESTED) {
            let exc = futures::make_cancelled_error(fut);
            futures::set_exception(outer, exc)?;
        } else {
            futures::set_result(outer, results)?;
        }
    }
    Ok(none())
}

/// `_GatheringFuture.cancel(msg)`: cancels the children.
pub(super) fn cancel_gathering(outer: Value, msg: Value) -> PyResult<bool> {
    if futures::is_done(outer) {
        return Ok(false);
    }
    let children = children(outer);
    let mut cancelled = false;
    for &child in tuple::items(children).unwrap_or(&[]) {
        if futures::cancel(child, msg)? {
            cancelled = true;
        }
    }
    if cancelled {
        set_flag(outer, CANCEL_REQUESTED, true);
    }
    Ok(cancelled)
}

fn gathering_cancel(args: &[Value], kw: Kw) -> PyResult {
    let outer = native_class::this(args, GATHERING_FUTURE, "cancel", "_GatheringFuture")?;
    args::check_kw("cancel", kw, &["msg"])?;
    let msg = args.get(1).copied().or(kw.get("msg")).unwrap_or_else(none);
    Ok(bool_value(cancel_gathering(outer, msg)?))
}

/// `_release_waiter(waiter, *args)`.
fn release_waiter(args: &[Value], _kw: Kw) -> PyResult {
    let waiter = args[0];
    if !futures::is_done(waiter) {
        futures::set_result(waiter, none())?;
    }
    Ok(none())
}

fn release_waiter_for(waiter: Value) -> Value {
    function::new_method("_release_waiter", release_waiter, waiter, "")
}

/// `asyncio.wait_for(aw, timeout)`: a coroutine.
pub(super) fn wait_for(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("wait_for", kw, &["fut", "timeout"])?;
    args::count("wait_for", args, 0, 2)?;
    let (Some(fut), Some(timeout)) = (
        args.first().copied().or(kw.get("fut")),
        args.get(1).copied().or(kw.get("timeout")),
    ) else {
        return type_error("wait_for() missing 1 required positional argument: 'timeout'");
    };
    Ok(coroutine("wait_for", wait_for_body, &[fut, timeout]))
}

/// TimeoutError from a CancelledError (`raise TimeoutError() from exc`).
fn timeout_from(cancelled: Value) -> Raised {
    let exc = exceptions::new_instance(types::exc_class(ExcKind::TimeoutError), tuple::empty());
    super::raise_from(exc, cancelled)
}

/// `fut.result()`, with CancelledError turned into TimeoutError.
fn result_or_timeout(fut: Value) -> PyResult {
    futures::result(fut).map_err(|raised| {
        let exc = exceptions::pending();
        if is_cancelled_error(exc) {
            exceptions::take_pending();
            timeout_from(exc)
        } else {
            raised
        }
    })
}

fn wait_for_body(args: &[Value], _kw: Kw) -> PyResult {
    let (fut, timeout) = (args[0], args[1]);
    let lp = events::get_running_loop()?;
    if timeout.is_none() {
        return await_value(fut);
    }
    let le = ops::compare(LESS_EQUAL, timeout, Value::small(0))?;
    if ops::truthy(le)? {
        let fut = ensure_future(fut, Some(lp))?;
        if futures::is_done(fut) {
            return futures::result(fut);
        }
        cancel_and_wait(fut, lp)?;
        return result_or_timeout(fut);
    }
    let waiter = futures::new_future(lp);
    let delay = args::float_arg(timeout)?;
    let release = release_waiter_for(waiter);
    let handle = events::call_later(lp, delay, release, &[])?;
    let fut = ensure_future(fut, Some(lp))?;
    futures::add_done_callback(fut, release)?;
    let outcome = wait_for_waiter(fut, waiter, release, lp);
    events::cancel_handle(handle);
    outcome
}

fn wait_for_waiter(fut: Value, waiter: Value, release: Value, lp: Value) -> PyResult {
    if futures::wait(waiter).is_err() {
        let exc = exceptions::pending();
        if !is_cancelled_error(exc) {
            return Err(Raised);
        }
        exceptions::take_pending();
        if futures::is_done(fut) {
            return futures::result(fut);
        }
        futures::remove_done_callback(fut, release)?;
        cancel_and_wait(fut, lp)?;
        return Err(exceptions::restore_pending(exc));
    }
    if futures::is_done(fut) {
        return futures::result(fut);
    }
    futures::remove_done_callback(fut, release)?;
    cancel_and_wait(fut, lp)?;
    result_or_timeout(fut)
}

/// Cancels `fut` and waits until it is done (`_cancel_and_wait`).
fn cancel_and_wait(fut: Value, lp: Value) -> PyResult<()> {
    let waiter = futures::new_future(lp);
    let release = release_waiter_for(waiter);
    futures::add_done_callback(fut, release)?;
    let outcome = futures::cancel(fut, none()).and_then(|_| futures::wait(waiter));
    let removed = futures::remove_done_callback(fut, release);
    outcome?;
    removed.map(|_| ())
}

/// `asyncio.wait(aws, *, timeout=None, return_when=ALL_COMPLETED)`: a coroutine.
pub(super) fn wait(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("wait", kw, &["fs", "timeout", "return_when"])?;
    args::count("wait", args, 0, 1)?;
    let Some(fs) = args.first().copied().or(kw.get("fs")) else {
        return type_error("wait() missing 1 required positional argument: 'fs'");
    };
    let timeout = kw.get("timeout").unwrap_or_else(none);
    let return_when = kw
        .get("return_when")
        .unwrap_or_else(|| pystr::new(ALL_COMPLETED));
    Ok(coroutine("wait", wait_body, &[fs, timeout, return_when]))
}

const WAIT_COUNTER: &str = "__closc_counter";
const WAIT_MODE: &str = "__closc_return_when";
const WAIT_HANDLE: &str = "__closc_timeout_handle";

fn wait_body(args: &[Value], _kw: Kw) -> PyResult {
    let (fs, timeout, return_when) = (args[0], args[1], args[2]);
    if futures::is_future(fs) || super::is_coroutine(fs) {
        return type_error(format!(
            "expect a list of futures, not {}",
            types::type_name(fs)
        ));
    }
    let items = crate::protocols::iter::collect_rooted(fs)?;
    if items.is_empty() {
        return value_error("Set of Tasks/Futures is empty.");
    }
    let mode = pystr::as_str(return_when).unwrap_or("");
    if ![FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED].contains(&mode) {
        let r = repr::repr_string(return_when)?;
        return value_error(format!("Invalid return_when value: {r}"));
    }
    if items.iter().any(|&f| super::is_coroutine(f)) {
        return type_error("Passing coroutines is forbidden, use tasks explicitly.");
    }
    let lp = events::get_running_loop()?;
    let mut futs = Vec::with_capacity(items.len());
    for &f in items.iter() {
        futs.push(ensure_future(f, Some(lp))?);
    }
    let futs = tuple::new(&futs);
    let fs = tuple::items(futs).unwrap_or(&[]);
    let waiter = futures::new_future(lp);
    native_class::set(waiter, WAIT_COUNTER, Value::small(fs.len() as i64));
    native_class::set(waiter, WAIT_MODE, return_when);
    let handle = if timeout.is_none() {
        none()
    } else {
        let delay = args::float_arg(timeout)?;
        events::call_later(lp, delay, release_waiter_for(waiter), &[])?
    };
    native_class::set(waiter, WAIT_HANDLE, handle);
    let on_completion = function::new_method("_on_completion", wait_completion, waiter, "wait");
    for &f in fs {
        futures::add_done_callback(f, on_completion)?;
    }
    let outcome = futures::wait(waiter);
    if !handle.is_none() {
        events::cancel_handle(handle);
    }
    for &f in fs {
        futures::remove_done_callback(f, on_completion)?;
    }
    outcome?;
    let done = set::new(false);
    let pending = set::new(false);
    for &f in fs {
        let target = if futures::is_done(f) { done } else { pending };
        if let Some(s) = set::get(target) {
            s.add(f)?;
        }
    }
    Ok(tuple::new(&[done, pending]))
}

fn wait_completion(args: &[Value], _kw: Kw) -> PyResult {
    let (waiter, f) = (args[0], args[1]);
    let counter = native_class::state(waiter, WAIT_COUNTER).small_value() - 1;
    native_class::set(waiter, WAIT_COUNTER, Value::small(counter));
    let mode = pystr::as_str(native_class::state(waiter, WAIT_MODE)).unwrap_or("");
    let failed = mode == FIRST_EXCEPTION
        && !futures::is_cancelled(f)
        && futures::exception_value(f).is_some();
    if counter <= 0 || mode == FIRST_COMPLETED || failed {
        let handle = native_class::state(waiter, WAIT_HANDLE);
        if !handle.is_none() {
            events::cancel_handle(handle);
        }
        if !futures::is_done(waiter) {
            futures::set_result(waiter, none())?;
        }
    }
    Ok(none())
}

/// `asyncio.shield(aw)`.
pub(super) fn shield(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("shield", kw)?;
    args::count("shield", args, 1, 1)?;
    let inner = ensure_future(args[0], None)?;
    if futures::is_done(inner) {
        return Ok(inner);
    }
    let outer = futures::new_future(futures::loop_of(inner));
    let pair = tuple::new(&[inner, outer]);
    let inner_done = function::new_method("_inner_done_callback", shield_inner_done, pair, "");
    native_class::set(outer, "__closc_shield_callback", inner_done);
    let outer_done = function::new_method("_outer_done_callback", shield_outer_done, pair, "");
    futures::add_done_callback(inner, inner_done)?;
    futures::add_done_callback(outer, outer_done)?;
    Ok(outer)
}

fn shield_pair(args: &[Value]) -> (Value, Value) {
    let pair = tuple::items(args[0]).unwrap_or(&[]);
    (pair[0], pair[1])
}

fn shield_inner_done(args: &[Value], _kw: Kw) -> PyResult {
    let (inner, outer) = shield_pair(args);
    if futures::is_cancelled(outer) {
        if !futures::is_cancelled(inner) {
            futures::mark_retrieved(inner);
        }
        return Ok(none());
    }
    if futures::is_cancelled(inner) {
        futures::cancel(outer, none())?;
    } else {
        let exc = futures::exception(inner)?;
        if exc.is_none() {
            futures::set_result(outer, futures::result(inner)?)?;
        } else {
            futures::set_exception(outer, exc)?;
        }
    }
    Ok(none())
}

fn shield_outer_done(args: &[Value], _kw: Kw) -> PyResult {
    let (inner, outer) = shield_pair(args);
    if !futures::is_done(inner) {
        let callback = native_class::state(outer, "__closc_shield_callback");
        futures::remove_done_callback(inner, callback)?;
    }
    Ok(none())
}

/// `asyncio.as_completed(aws, *, timeout=None)`: a generator (its setup runs when it is
/// first iterated, as CPython's generator function's does) of coroutines giving the
/// results in the order the awaitables complete.
pub(super) fn as_completed(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("as_completed", kw, &["timeout"])?;
    args::count("as_completed", args, 1, 1)?;
    let timeout = kw.get("timeout").unwrap_or_else(none);
    Ok(generator::new_native(
        "as_completed",
        as_completed_body,
        &[args[0], timeout],
        Flavor::Generator,
    ))
}

/// The state the callbacks of `as_completed` share: the futures not done yet, the queue
/// of those done, the timeout's handle.
const TODO: usize = 0;
const DONE: usize = 1;
const HANDLE: usize = 2;

fn as_completed_body(args: &[Value], _kw: Kw) -> PyResult {
    let (fs, timeout) = (args[0], args[1]);
    if futures::is_future(fs) || super::is_coroutine(fs) {
        return type_error(format!(
            "expect an iterable of futures, not {}",
            types::type_name(fs)
        ));
    }
    let done = crate::protocols::call::call(
        native_class::class(super::queues::QUEUE, super::queues::make_queue_class),
        &[],
        Kw::NONE,
    )?;
    let lp = events::get_event_loop()?;
    let items = crate::protocols::iter::collect_rooted(fs)?;
    let todo = list::new(&[]);
    let Some(todo_list) = todo.get::<ListObj>() else {
        return Ok(none());
    };
    let mut seen = std::collections::HashSet::new();
    for &f in items.iter() {
        if seen.insert(f.0) {
            todo_list.push(ensure_future(f, Some(lp))?);
        }
    }
    let state = list::new(&[todo, done, none()]);
    let on_completion = function::new_method("_on_completion", completed, state, "");
    let futs = tuple::new(&todo_list.snapshot());
    for &f in tuple::items(futs).unwrap_or(&[]) {
        futures::add_done_callback(f, on_completion)?;
    }
    if todo_list.len() > 0 && !timeout.is_none() {
        let on_timeout = function::new_method("_on_timeout", timed_out, state, "");
        let delay = args::float_arg(timeout)?;
        let handle = events::call_later(lp, delay, on_timeout, &[])?;
        if let Some(s) = state.get::<ListObj>() {
            s.items_mut()[HANDLE] = handle;
        }
    }
    for _ in 0..tuple::items(futs).map_or(0, <[Value]>::len) {
        let one = coroutine("_wait_for_one", wait_for_one, &[done]);
        if generator::suspend(one).is_null() {
            return Err(Raised);
        }
    }
    Ok(none())
}

fn as_completed_part(state: Value, index: usize) -> Value {
    state
        .get::<ListObj>()
        .and_then(|s| s.get(index))
        .unwrap_or_else(none)
}

fn completed(args: &[Value], _kw: Kw) -> PyResult {
    let (state, f) = (args[0], args[1]);
    let Some(todo) = as_completed_part(state, TODO).get::<ListObj>() else {
        return Ok(none());
    };
    {
        let mut items = todo.items_mut();
        if items.is_empty() {
            return Ok(none());
        }
        if let Some(i) = items.iter().position(|&t| t == f) {
            items.remove(i);
        }
    }
    super::queues::put_nowait(as_completed_part(state, DONE), f)?;
    let handle = as_completed_part(state, HANDLE);
    if todo.len() == 0 && !handle.is_none() {
        events::cancel_handle(handle);
    }
    Ok(none())
}

fn timed_out(args: &[Value], _kw: Kw) -> PyResult {
    let state = args[0];
    let done = as_completed_part(state, DONE);
    let on_completion = function::new_method("_on_completion", completed, state, "");
    let Some(todo) = as_completed_part(state, TODO).get::<ListObj>() else {
        return Ok(none());
    };
    let pending = tuple::new(&todo.snapshot());
    for &f in tuple::items(pending).unwrap_or(&[]) {
        futures::remove_done_callback(f, on_completion)?;
        super::queues::put_nowait(done, none())?;
    }
    todo.items_mut().clear();
    Ok(none())
}

fn wait_for_one(args: &[Value], _kw: Kw) -> PyResult {
    let f = super::queues::get(args[0])?;
    if f.is_none() {
        let exc = exceptions::new_instance(types::exc_class(ExcKind::TimeoutError), tuple::empty());
        return Err(exceptions::set_pending(exc));
    }
    futures::result(f)
}

/// `asyncio.current_task()`.
pub(super) fn current_task(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("current_task", kw, &["loop"])?;
    args::count("current_task", args, 0, 1)?;
    events::get_running_loop()?;
    Ok(events::current_task().unwrap_or_else(none))
}

/// `asyncio.all_tasks()`: the tasks of the running loop not done yet.
pub(super) fn all_tasks(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("all_tasks", kw, &["loop"])?;
    args::count("all_tasks", args, 0, 1)?;
    let lp = events::get_running_loop()?;
    let tasks = set::new(false);
    if let Some(s) = set::get(tasks) {
        for task in events::pending_tasks(lp) {
            s.add(task)?;
        }
    }
    Ok(tasks)
}

/// `asyncio.iscoroutine(obj)`.
pub(super) fn iscoroutine(args: &[Value], kw: Kw) -> PyResult {
    let obj = args::one("iscoroutine", args, kw)?;
    Ok(bool_value(super::is_coroutine(obj)))
}

/// `asyncio.iscoroutinefunction(func)`: an `async def` function (or a method of one).
pub(super) fn iscoroutinefunction(args: &[Value], kw: Kw) -> PyResult {
    let mut func = args::one("iscoroutinefunction", args, kw)?;
    if let Some(m) = func.get::<function::BoundMethodObj>() {
        func = m.func;
    }
    let flags = func.get::<FunctionObj>().map_or(0, |f| f.code().flags);
    Ok(bool_value(
        flags & CO_COROUTINE != 0 && flags & CO_GENERATOR == 0,
    ))
}

/// `asyncio.isfuture(obj)`.
pub(super) fn isfuture(args: &[Value], kw: Kw) -> PyResult {
    let obj = args::one("isfuture", args, kw)?;
    Ok(bool_value(futures::is_future(obj)))
}
