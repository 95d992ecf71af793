//! `asyncio.Queue`, `LifoQueue` and `PriorityQueue` (CPython's `queues.py`): the items sit
//! in a list (from a moving head, for FIFO queues), getters and putters wait on futures in
//! FIFO lists, and `join` waits on an `Event`.

use super::events;
use super::futures;
use super::locks;
use super::{coroutine, QUEUE_EMPTY, QUEUE_FULL};
use crate::objects::exceptions;
use crate::objects::function::{self, DescrKind, NativeFn};
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::native_class;
use crate::objects::value::{bool_value, none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::ops;

pub(super) const QUEUE: &str = "asyncio.Queue";
pub(super) const LIFO_QUEUE: &str = "asyncio.LifoQueue";
pub(super) const PRIORITY_QUEUE: &str = "asyncio.PriorityQueue";

const ITEMS: &str = "__closc_items";
const HEAD: &str = "__closc_head";
const MAXSIZE: &str = "_maxsize";
const GETTERS: &str = "__closc_getters";
const PUTTERS: &str = "__closc_putters";
const UNFINISHED: &str = "__closc_unfinished";
const FINISHED: &str = "__closc_finished";

pub(super) fn make_queue_class() -> Value {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", queue_init),
        ("qsize", queue_qsize),
        ("empty", queue_empty),
        ("full", queue_full),
        ("put", queue_put),
        ("put_nowait", queue_put_nowait),
        ("get", queue_get),
        ("get_nowait", queue_get_nowait),
        ("task_done", queue_task_done),
        ("join", queue_join),
    ];
    let cls = native_class::new_class("Queue", "asyncio.queues", Value::NULL, methods);
    let getter = function::new_builtin("maxsize", queue_maxsize);
    let property = function::new_descriptor(DescrKind::Property, getter, Value::NULL, Value::NULL);
    native_class::class_set(cls, "maxsize", property);
    cls
}

pub(super) fn make_lifo_queue_class() -> Value {
    native_class::new_class(
        "LifoQueue",
        "asyncio.queues",
        native_class::class(QUEUE, make_queue_class),
        &[],
    )
}

pub(super) fn make_priority_queue_class() -> Value {
    native_class::new_class(
        "PriorityQueue",
        "asyncio.queues",
        native_class::class(QUEUE, make_queue_class),
        &[],
    )
}

fn this_queue(args: &[Value], method: &str) -> PyResult<Value> {
    native_class::this(args, QUEUE, method, "Queue")
}

fn list_of(q: Value, key: &'static str) -> &'static ListObj {
    native_class::state(q, key)
        .get::<ListObj>()
        .expect("a queue list")
}

fn head(q: Value) -> usize {
    native_class::state(q, HEAD).small_value() as usize
}

fn queue_init(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("Queue", kw, &["maxsize"])?;
    let q = this_queue(args, "__init__")?;
    args::method_count("Queue", args, 0, 1)?;
    let maxsize = args
        .get(1)
        .copied()
        .or(kw.get("maxsize"))
        .unwrap_or(Value::small(0));
    native_class::set(q, MAXSIZE, maxsize);
    native_class::set(q, ITEMS, list::new(&[]));
    native_class::set(q, HEAD, Value::small(0));
    native_class::set(q, GETTERS, list::new(&[]));
    native_class::set(q, PUTTERS, list::new(&[]));
    native_class::set(q, UNFINISHED, Value::small(0));
    let finished = locks::new_event();
    locks::set_event(finished)?;
    native_class::set(q, FINISHED, finished);
    Ok(none())
}

fn qsize(q: Value) -> usize {
    list_of(q, ITEMS).len() - head(q)
}

fn is_full(q: Value) -> PyResult<bool> {
    let maxsize = native_class::state(q, MAXSIZE);
    if ops::truthy(ops::compare(3, maxsize, Value::small(0))?)? {
        return Ok(false);
    }
    let size = int::from_u64(qsize(q) as u64);
    ops::truthy(ops::compare(5, size, maxsize)?)
}

fn queue_qsize(args: &[Value], _kw: Kw) -> PyResult {
    Ok(int::from_u64(qsize(this_queue(args, "qsize")?) as u64))
}

fn queue_maxsize(args: &[Value], _kw: Kw) -> PyResult {
    Ok(native_class::state(this_queue(args, "maxsize")?, MAXSIZE))
}

fn queue_empty(args: &[Value], _kw: Kw) -> PyResult {
    Ok(bool_value(qsize(this_queue(args, "empty")?) == 0))
}

fn queue_full(args: &[Value], _kw: Kw) -> PyResult {
    Ok(bool_value(is_full(this_queue(args, "full")?)?))
}

/// Wakes the first waiter not done yet (`_wakeup_next`).
fn wakeup_next(q: Value, key: &'static str) -> PyResult<()> {
    let waiters = list_of(q, key);
    loop {
        let first = {
            let mut items = waiters.items_mut();
            if items.is_empty() {
                return Ok(());
            }
            items.remove(0)
        };
        if !futures::is_done(first) {
            return futures::set_result(first, none());
        }
    }
}

/// `_put`: appends, or pushes onto the heap of a priority queue.
fn push(q: Value, item: Value) -> PyResult<()> {
    let items = list_of(q, ITEMS);
    items.push(item);
    if native_class::is(q, PRIORITY_QUEUE) {
        let mut v = items.snapshot();
        let mut pos = v.len() - 1;
        while pos > 0 {
            let parent = (pos - 1) / 2;
            if !ops::less_than(v[pos], v[parent])? {
                break;
            }
            v.swap(pos, parent);
            pos = parent;
        }
        *items.items_mut() = v;
    }
    Ok(())
}

/// `_get`: the first item, the last of a LIFO queue, the smallest of a priority queue.
fn pop(q: Value) -> PyResult<Value> {
    let items = list_of(q, ITEMS);
    if native_class::is(q, LIFO_QUEUE) {
        return Ok(items.items_mut().pop().unwrap_or_else(none));
    }
    if native_class::is(q, PRIORITY_QUEUE) {
        return pop_smallest(items);
    }
    let h = head(q);
    let mut v = items.items_mut();
    let item = std::mem::replace(&mut v[h], none());
    let h = h + 1;
    // Drop the consumed prefix once it is half the list.
    let h = if h * 2 >= v.len() {
        v.drain(..h);
        0
    } else {
        h
    };
    native_class::set(q, HEAD, Value::small(h as i64));
    Ok(item)
}

/// `heapq.heappop` of the item list.
fn pop_smallest(items: &ListObj) -> PyResult<Value> {
    let mut v = items.snapshot();
    let last = v.pop().unwrap_or_else(none);
    if v.is_empty() {
        *items.items_mut() = v;
        return Ok(last);
    }
    let smallest = std::mem::replace(&mut v[0], last);
    // CPython's heappop: sift the hole down to a leaf, then the item up.
    let end = v.len();
    let mut pos = 0;
    let mut child = 1;
    while child < end {
        let right = child + 1;
        if right < end && !ops::less_than(v[child], v[right])? {
            child = right;
        }
        v.swap(pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    while pos > 0 {
        let parent = (pos - 1) / 2;
        if !ops::less_than(v[pos], v[parent])? {
            break;
        }
        v.swap(pos, parent);
        pos = parent;
    }
    *items.items_mut() = v;
    Ok(smallest)
}

/// `q.put_nowait(item)`.
pub(super) fn put_nowait(q: Value, item: Value) -> PyResult<()> {
    if is_full(q)? {
        return Err(exceptions::set_pending(super::new_exception(QUEUE_FULL)));
    }
    push(q, item)?;
    let unfinished = native_class::state(q, UNFINISHED).small_value() + 1;
    native_class::set(q, UNFINISHED, Value::small(unfinished));
    locks::clear_event(native_class::state(q, FINISHED));
    wakeup_next(q, GETTERS)
}

fn get_nowait(q: Value) -> PyResult {
    if qsize(q) == 0 {
        return Err(exceptions::set_pending(super::new_exception(QUEUE_EMPTY)));
    }
    let item = pop(q)?;
    wakeup_next(q, PUTTERS)?;
    Ok(item)
}

fn queue_put_nowait(args: &[Value], _kw: Kw) -> PyResult {
    let q = this_queue(args, "put_nowait")?;
    args::method_count("put_nowait", args, 1, 1)?;
    put_nowait(q, args[1])?;
    Ok(none())
}

fn queue_get_nowait(args: &[Value], _kw: Kw) -> PyResult {
    get_nowait(this_queue(args, "get_nowait")?)
}

/// Waits as one of the `key` waiters (getters or putters) until woken; on any exception,
/// leaves the list and passes the wake-up on when `still_ready` holds (the `except:`
/// blocks of `get` and `put`).
fn wait_turn(
    q: Value,
    key: &'static str,
    still_ready: fn(Value) -> PyResult<bool>,
) -> PyResult<()> {
    let waiter = futures::new_future(events::get_running_loop()?);
    list_of(q, key).push(waiter);
    if futures::wait(waiter).is_ok() {
        return Ok(());
    }
    let exc = exceptions::take_pending();
    futures::cancel(waiter, none())?;
    {
        let mut items = list_of(q, key).items_mut();
        if let Some(i) = items.iter().position(|&w| w == waiter) {
            items.remove(i);
        }
    }
    if still_ready(q)? && !futures::is_cancelled(waiter) {
        wakeup_next(q, key)?;
    }
    Err(exceptions::restore_pending(exc))
}

fn queue_put(args: &[Value], _kw: Kw) -> PyResult {
    let q = this_queue(args, "put")?;
    args::method_count("put", args, 1, 1)?;
    Ok(coroutine("put", put_body, &[q, args[1]]))
}

fn put_body(args: &[Value], _kw: Kw) -> PyResult {
    let (q, item) = (args[0], args[1]);
    while is_full(q)? {
        wait_turn(q, PUTTERS, |q| is_full(q).map(|full| !full))?;
    }
    put_nowait(q, item)?;
    Ok(none())
}

fn queue_get(args: &[Value], _kw: Kw) -> PyResult {
    let q = this_queue(args, "get")?;
    Ok(coroutine("get", get_body, &[q]))
}

fn get_body(args: &[Value], _kw: Kw) -> PyResult {
    get(args[0])
}

/// `await q.get()` from a native coroutine body.
pub(super) fn get(q: Value) -> PyResult {
    while qsize(q) == 0 {
        wait_turn(q, GETTERS, |q| Ok(qsize(q) > 0))?;
    }
    get_nowait(q)
}

fn queue_task_done(args: &[Value], _kw: Kw) -> PyResult {
    let q = this_queue(args, "task_done")?;
    let unfinished = native_class::state(q, UNFINISHED).small_value();
    if unfinished <= 0 {
        return exceptions::value_error("task_done() called too many times");
    }
    native_class::set(q, UNFINISHED, Value::small(unfinished - 1));
    if unfinished == 1 {
        locks::set_event(native_class::state(q, FINISHED))?;
    }
    Ok(none())
}

fn queue_join(args: &[Value], _kw: Kw) -> PyResult {
    let q = this_queue(args, "join")?;
    Ok(coroutine("join", join_body, &[q]))
}

fn join_body(args: &[Value], _kw: Kw) -> PyResult {
    let q = args[0];
    if native_class::state(q, UNFINISHED).small_value() > 0 {
        locks::wait_event(native_class::state(q, FINISHED))?;
    }
    Ok(none())
}
