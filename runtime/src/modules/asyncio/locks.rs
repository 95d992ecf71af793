//! `asyncio.Lock`, `Event`, `Semaphore`, `BoundedSemaphore` and `Condition` (CPython's
//! `locks.py`): waiters are futures in FIFO lists, woken in CPython's order.

use super::events;
use super::futures;
use super::{coroutine, get_flag, is_cancelled_error, set_flag};
use crate::objects::coroutine::await_value;
use crate::objects::exceptions::{self, raise, value_error, ExcKind};
use crate::objects::function::NativeFn;
use crate::objects::list::{self, ListObj};
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::value::{bool_value, none, PyResult, Raised, Value};
use crate::protocols::args;
use crate::protocols::call::{self, Kw};
use crate::protocols::ops;

pub(super) const LOCK: &str = "asyncio.Lock";
pub(super) const EVENT: &str = "asyncio.Event";
pub(super) const SEMAPHORE: &str = "asyncio.Semaphore";
pub(super) const BOUNDED_SEMAPHORE: &str = "asyncio.BoundedSemaphore";
pub(super) const CONDITION: &str = "asyncio.Condition";

const WAITERS: &str = "__closc_waiters";
const LOCKED: &str = "__closc_locked";
const VALUE: &str = "__closc_value";
const BOUND: &str = "__closc_bound";
const CONDITION_LOCK: &str = "__closc_lock";

/// The waiter list of a primitive (made on first use).
fn waiters(o: Value) -> &'static ListObj {
    let l = match native_class::get(o, WAITERS) {
        Some(l) if !l.is_none() => l,
        _ => {
            let l = list::new(&[]);
            native_class::set(o, WAITERS, l);
            l
        }
    };
    l.get::<ListObj>().expect("a waiter list")
}

fn remove_waiter(o: Value, fut: Value) {
    let mut items = waiters(o).items_mut();
    if let Some(i) = items.iter().position(|&w| w == fut) {
        items.remove(i);
    }
}

/// Adds a new future to the waiters and awaits it, removing it afterwards however the wait
/// ends.
fn wait_as_waiter(o: Value) -> PyResult<Value> {
    let fut = futures::new_future(events::get_running_loop()?);
    waiters(o).push(fut);
    let outcome = futures::wait(fut);
    remove_waiter(o, fut);
    outcome.map(|_| fut)
}

fn primitive_class(name: &'static str, base: Value, methods: &[(&'static str, NativeFn)]) -> Value {
    native_class::new_class(name, "asyncio.locks", base, methods)
}

pub(super) fn make_lock_class() -> Value {
    primitive_class(
        "Lock",
        Value::NULL,
        &[
            ("__init__", lock_init),
            ("locked", lock_locked),
            ("acquire", lock_acquire),
            ("release", lock_release),
            ("__aenter__", lock_aenter),
            ("__aexit__", lock_aexit),
        ],
    )
}

fn this_lock(args: &[Value], method: &str) -> PyResult<Value> {
    native_class::this(args, LOCK, method, "Lock")
}

fn lock_init(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("Lock", kw)?;
    let lock = this_lock(args, "__init__")?;
    args::method_count("Lock", args, 0, 0)?;
    set_flag(lock, LOCKED, false);
    native_class::set(lock, WAITERS, none());
    Ok(none())
}

fn lock_locked(args: &[Value], _kw: Kw) -> PyResult {
    Ok(bool_value(get_flag(this_lock(args, "locked")?, LOCKED)))
}

fn lock_acquire(args: &[Value], _kw: Kw) -> PyResult {
    let lock = this_lock(args, "acquire")?;
    Ok(coroutine("acquire", lock_acquire_body, &[lock]))
}

fn lock_acquire_body(args: &[Value], _kw: Kw) -> PyResult {
    acquire_lock(args[0])
}

fn acquire_lock(lock: Value) -> PyResult {
    let no_live_waiter = waiters(lock)
        .snapshot()
        .iter()
        .all(|&w| futures::is_cancelled(w));
    if !get_flag(lock, LOCKED) && no_live_waiter {
        set_flag(lock, LOCKED, true);
        return Ok(bool_value(true));
    }
    if wait_as_waiter(lock).is_err() {
        if is_cancelled_error(exceptions::pending()) && !get_flag(lock, LOCKED) {
            let exc = exceptions::take_pending();
            wake_up_first(lock)?;
            return Err(exceptions::restore_pending(exc));
        }
        return Err(Raised);
    }
    set_flag(lock, LOCKED, true);
    Ok(bool_value(true))
}

fn release_lock(lock: Value) -> PyResult<()> {
    if !get_flag(lock, LOCKED) {
        return raise(ExcKind::RuntimeError, "Lock is not acquired.");
    }
    set_flag(lock, LOCKED, false);
    wake_up_first(lock)
}

fn wake_up_first(lock: Value) -> PyResult<()> {
    if let Some(fut) = waiters(lock).get(0) {
        if !futures::is_done(fut) {
            futures::set_result(fut, bool_value(true))?;
        }
    }
    Ok(())
}

fn lock_release(args: &[Value], _kw: Kw) -> PyResult {
    release_lock(this_lock(args, "release")?)?;
    Ok(none())
}

/// `__aenter__` of the primitives with `acquire` and `release`.
fn lock_aenter(args: &[Value], _kw: Kw) -> PyResult {
    let o = args[0];
    Ok(coroutine("__aenter__", aenter_body, &[o]))
}

fn aenter_body(args: &[Value], _kw: Kw) -> PyResult {
    let o = args[0];
    if native_class::is(o, LOCK) {
        acquire_lock(o)?;
    } else if native_class::is(o, SEMAPHORE) {
        acquire_semaphore(o)?;
    } else {
        let acquire = call::call_method_rooted(o, pystr::intern("acquire"), &[], Kw::NONE)?;
        await_value(acquire)?;
    }
    Ok(none())
}

fn lock_aexit(args: &[Value], _kw: Kw) -> PyResult {
    let o = args[0];
    Ok(coroutine("__aexit__", aexit_body, &[o]))
}

fn aexit_body(args: &[Value], _kw: Kw) -> PyResult {
    call::call_method_rooted(args[0], pystr::intern("release"), &[], Kw::NONE)?;
    Ok(none())
}

pub(super) fn make_event_class() -> Value {
    primitive_class(
        "Event",
        Value::NULL,
        &[
            ("__init__", event_init),
            ("is_set", event_is_set),
            ("set", event_set),
            ("clear", event_clear),
            ("wait", event_wait),
        ],
    )
}

/// A new event, clear (`Event()`).
pub(super) fn new_event() -> Value {
    let event = native_class::instance(native_class::class(EVENT, make_event_class));
    set_flag(event, VALUE, false);
    event
}

fn this_event(args: &[Value], method: &str) -> PyResult<Value> {
    native_class::this(args, EVENT, method, "Event")
}

fn event_init(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("Event", kw)?;
    let event = this_event(args, "__init__")?;
    args::method_count("Event", args, 0, 0)?;
    set_flag(event, VALUE, false);
    Ok(none())
}

fn event_is_set(args: &[Value], _kw: Kw) -> PyResult {
    Ok(bool_value(get_flag(this_event(args, "is_set")?, VALUE)))
}

/// `event.set()`.
pub(super) fn set_event(event: Value) -> PyResult<()> {
    if get_flag(event, VALUE) {
        return Ok(());
    }
    set_flag(event, VALUE, true);
    for fut in waiters(event).snapshot() {
        if !futures::is_done(fut) {
            futures::set_result(fut, bool_value(true))?;
        }
    }
    Ok(())
}

/// `event.clear()`.
pub(super) fn clear_event(event: Value) {
    set_flag(event, VALUE, false);
}

fn event_set(args: &[Value], _kw: Kw) -> PyResult {
    set_event(this_event(args, "set")?)?;
    Ok(none())
}

fn event_clear(args: &[Value], _kw: Kw) -> PyResult {
    clear_event(this_event(args, "clear")?);
    Ok(none())
}

fn event_wait(args: &[Value], _kw: Kw) -> PyResult {
    let event = this_event(args, "wait")?;
    Ok(coroutine("wait", event_wait_body, &[event]))
}

/// `await event.wait()` from a native coroutine body.
pub(super) fn wait_event(event: Value) -> PyResult {
    if get_flag(event, VALUE) {
        return Ok(bool_value(true));
    }
    wait_as_waiter(event)?;
    Ok(bool_value(true))
}

fn event_wait_body(args: &[Value], _kw: Kw) -> PyResult {
    wait_event(args[0])
}

pub(super) fn make_semaphore_class() -> Value {
    primitive_class(
        "Semaphore",
        Value::NULL,
        &[
            ("__init__", semaphore_init),
            ("locked", semaphore_locked),
            ("acquire", semaphore_acquire),
            ("release", semaphore_release),
            ("__aenter__", lock_aenter),
            ("__aexit__", lock_aexit),
        ],
    )
}

pub(super) fn make_bounded_semaphore_class() -> Value {
    primitive_class(
        "BoundedSemaphore",
        native_class::class(SEMAPHORE, make_semaphore_class),
        &[
            ("__init__", bounded_semaphore_init),
            ("release", bounded_semaphore_release),
        ],
    )
}

fn this_semaphore(args: &[Value], method: &str) -> PyResult<Value> {
    native_class::this(args, SEMAPHORE, method, "Semaphore")
}

fn semaphore_value(s: Value) -> i64 {
    native_class::state(s, VALUE).small_value()
}

fn set_semaphore_value(s: Value, n: i64) {
    native_class::set(s, VALUE, Value::small(n));
}

fn init_semaphore(args: &[Value], kw: Kw, name: &str) -> PyResult<(Value, Value)> {
    args::check_kw(name, kw, &["value"])?;
    let s = this_semaphore(args, "__init__")?;
    args::method_count(name, args, 0, 1)?;
    let value = args
        .get(1)
        .copied()
        .or(kw.get("value"))
        .unwrap_or(Value::small(1));
    let n = args::index_arg(value)?;
    if n < 0 {
        return value_error("Semaphore initial value must be >= 0");
    }
    set_semaphore_value(s, n);
    native_class::set(s, WAITERS, none());
    Ok((s, value))
}

fn semaphore_init(args: &[Value], kw: Kw) -> PyResult {
    init_semaphore(args, kw, "Semaphore")?;
    Ok(none())
}

fn bounded_semaphore_init(args: &[Value], kw: Kw) -> PyResult {
    let (s, value) = init_semaphore(args, kw, "BoundedSemaphore")?;
    native_class::set(s, BOUND, value);
    Ok(none())
}

fn semaphore_is_locked(s: Value) -> bool {
    semaphore_value(s) == 0
        || waiters(s)
            .snapshot()
            .iter()
            .any(|&w| !futures::is_cancelled(w))
}

fn semaphore_locked(args: &[Value], _kw: Kw) -> PyResult {
    Ok(bool_value(semaphore_is_locked(this_semaphore(
        args, "locked",
    )?)))
}

fn semaphore_acquire(args: &[Value], _kw: Kw) -> PyResult {
    let s = this_semaphore(args, "acquire")?;
    Ok(coroutine("acquire", semaphore_acquire_body, &[s]))
}

fn semaphore_acquire_body(args: &[Value], _kw: Kw) -> PyResult {
    acquire_semaphore(args[0])
}

fn acquire_semaphore(s: Value) -> PyResult {
    if !semaphore_is_locked(s) {
        set_semaphore_value(s, semaphore_value(s) - 1);
        return Ok(bool_value(true));
    }
    let fut = futures::new_future(events::get_running_loop()?);
    waiters(s).push(fut);
    let outcome = futures::wait(fut);
    remove_waiter(s, fut);
    if outcome.is_err() {
        if is_cancelled_error(exceptions::pending()) && !futures::is_cancelled(fut) {
            let exc = exceptions::take_pending();
            set_semaphore_value(s, semaphore_value(s) + 1);
            wake_up_next(s)?;
            return Err(exceptions::restore_pending(exc));
        }
        return Err(Raised);
    }
    if semaphore_value(s) > 0 {
        wake_up_next(s)?;
    }
    Ok(bool_value(true))
}

fn wake_up_next(s: Value) -> PyResult<()> {
    for fut in waiters(s).snapshot() {
        if !futures::is_done(fut) {
            set_semaphore_value(s, semaphore_value(s) - 1);
            futures::set_result(fut, bool_value(true))?;
            return Ok(());
        }
    }
    Ok(())
}

fn release_semaphore(s: Value) -> PyResult<()> {
    set_semaphore_value(s, semaphore_value(s) + 1);
    wake_up_next(s)
}

fn semaphore_release(args: &[Value], _kw: Kw) -> PyResult {
    release_semaphore(this_semaphore(args, "release")?)?;
    Ok(none())
}

fn bounded_semaphore_release(args: &[Value], _kw: Kw) -> PyResult {
    let s = native_class::this(args, BOUNDED_SEMAPHORE, "release", "BoundedSemaphore")?;
    let bound = native_class::state(s, BOUND);
    if ops::compare(5, Value::small(semaphore_value(s)), bound).and_then(ops::truthy)? {
        return value_error("BoundedSemaphore released too many times");
    }
    release_semaphore(s)?;
    Ok(none())
}

pub(super) fn make_condition_class() -> Value {
    primitive_class(
        "Condition",
        Value::NULL,
        &[
            ("__init__", condition_init),
            ("locked", condition_locked),
            ("acquire", condition_acquire),
            ("release", condition_release),
            ("wait", condition_wait),
            ("wait_for", condition_wait_for),
            ("notify", condition_notify),
            ("notify_all", condition_notify_all),
            ("__aenter__", lock_aenter),
            ("__aexit__", lock_aexit),
        ],
    )
}

fn this_condition(args: &[Value], method: &str) -> PyResult<Value> {
    native_class::this(args, CONDITION, method, "Condition")
}

fn condition_init(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("Condition", kw, &["lock"])?;
    let c = this_condition(args, "__init__")?;
    args::method_count("Condition", args, 0, 1)?;
    let lock = match args.get(1).copied().or(kw.get("lock")) {
        Some(lock) if !lock.is_none() => lock,
        _ => call::call(native_class::class(LOCK, make_lock_class), &[], Kw::NONE)?,
    };
    native_class::set(c, CONDITION_LOCK, lock);
    native_class::set(c, WAITERS, list::new(&[]));
    Ok(none())
}

/// Calls method `name` of the condition's lock.
fn lock_method(c: Value, name: &'static str) -> PyResult {
    let lock = native_class::state(c, CONDITION_LOCK);
    call::call_method_rooted(lock, pystr::intern(name), &[], Kw::NONE)
}

fn condition_is_locked(c: Value) -> PyResult<bool> {
    ops::truthy(lock_method(c, "locked")?)
}

fn condition_locked(args: &[Value], _kw: Kw) -> PyResult {
    let c = this_condition(args, "locked")?;
    lock_method(c, "locked")
}

fn condition_acquire(args: &[Value], _kw: Kw) -> PyResult {
    let c = this_condition(args, "acquire")?;
    lock_method(c, "acquire")
}

fn condition_release(args: &[Value], _kw: Kw) -> PyResult {
    let c = this_condition(args, "release")?;
    lock_method(c, "release")
}

fn condition_wait(args: &[Value], _kw: Kw) -> PyResult {
    let c = this_condition(args, "wait")?;
    Ok(coroutine("wait", condition_wait_body, &[c]))
}

fn condition_wait_body(args: &[Value], _kw: Kw) -> PyResult {
    wait_condition(args[0])
}

fn wait_condition(c: Value) -> PyResult {
    if !condition_is_locked(c)? {
        return raise(ExcKind::RuntimeError, "cannot wait on un-acquired lock");
    }
    lock_method(c, "release")?;
    let waited = wait_as_waiter(c);
    let pending = waited.is_err().then(exceptions::take_pending);
    // Reacquire the lock however the wait ended, even through cancellations.
    let mut cancelled = false;
    loop {
        let acquire = lock_method(c, "acquire")?;
        match await_value(acquire) {
            Ok(_) => break,
            Err(_) if is_cancelled_error(exceptions::pending()) => {
                exceptions::take_pending();
                cancelled = true;
            }
            Err(raised) => return Err(raised),
        }
    }
    if cancelled {
        return Err(exceptions::set_pending(super::new_cancelled_error(None)));
    }
    match pending {
        Some(exc) => Err(exceptions::restore_pending(exc)),
        None => Ok(bool_value(true)),
    }
}

fn condition_wait_for(args: &[Value], _kw: Kw) -> PyResult {
    let c = this_condition(args, "wait_for")?;
    args::method_count("wait_for", args, 1, 1)?;
    Ok(coroutine(
        "wait_for",
        condition_wait_for_body,
        &[c, args[1]],
    ))
}

fn condition_wait_for_body(args: &[Value], _kw: Kw) -> PyResult {
    let (c, predicate) = (args[0], args[1]);
    let mut result = call::call_rooted(predicate, &[], Kw::NONE)?;
    while !ops::truthy(result)? {
        wait_condition(c)?;
        result = call::call_rooted(predicate, &[], Kw::NONE)?;
    }
    Ok(result)
}

fn notify(c: Value, n: usize) -> PyResult<()> {
    if !condition_is_locked(c)? {
        return raise(ExcKind::RuntimeError, "cannot notify on un-acquired lock");
    }
    let mut woken = 0;
    for fut in waiters(c).snapshot() {
        if woken >= n {
            break;
        }
        if !futures::is_done(fut) {
            woken += 1;
            futures::set_result(fut, bool_value(false))?;
        }
    }
    Ok(())
}

fn condition_notify(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("notify", kw, &["n"])?;
    let c = this_condition(args, "notify")?;
    args::method_count("notify", args, 0, 1)?;
    let n = match args.get(1).copied().or(kw.get("n")) {
        Some(n) => args::index_arg(n)?.max(0) as usize,
        None => 1,
    };
    notify(c, n)?;
    Ok(none())
}

fn condition_notify_all(args: &[Value], _kw: Kw) -> PyResult {
    let c = this_condition(args, "notify_all")?;
    notify(c, waiters(c).len())?;
    Ok(none())
}
