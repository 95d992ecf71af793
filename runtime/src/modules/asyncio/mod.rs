//! The `asyncio` module: an event loop with CPython's scheduling order, futures and tasks
//! (`_asyncio.Future`, `_asyncio.Task`), `run`, `sleep`, `gather`, `wait_for`, `wait`,
//! `shield`, `as_completed`, `timeout`, `TaskGroup`, queues and the synchronization primitives.
//!
//! Its coroutines (`sleep`, `wait_for`, `Queue.get`, ...) are native coroutine bodies
//! (`generator::new_native`): Rust code that runs on the coroutine's own stack and awaits
//! by suspending it (`futures::wait`), following CPython's Python code line by line so that
//! callbacks are scheduled in the same order. Python-visible objects are native-class
//! instances with their state in `__closc_` attributes; the loops' queues are in
//! `events::LOOPS`.

mod events;
mod futures;
mod locks;
mod queues;
mod taskgroups;
mod tasks;
mod timeouts;

use crate::objects::class::{self, Layout};
use crate::objects::exceptions::{self, ExcKind};
use crate::objects::function::{self, NativeFn};
use crate::objects::generator::{self, Flavor};
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, PyResult, Raised, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;

const CANCELLED_ERROR: &str = "asyncio.CancelledError";
const INVALID_STATE_ERROR: &str = "asyncio.InvalidStateError";
const QUEUE_EMPTY: &str = "asyncio.QueueEmpty";
const QUEUE_FULL: &str = "asyncio.QueueFull";

/// The module's values held by the runtime, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    events::gc_roots(visit);
}

/// An exception class of the module: `name` in module `module`, deriving from `base`.
fn exception_class(name: &'static str, module: &str, base: ExcKind) -> Value {
    let cls = class::new_builtin(name, &[types::exc_class(base)], Layout::Exception);
    native_class::class_set(cls, "__module__", pystr::new(module));
    cls
}

fn make_cancelled_error() -> Value {
    exception_class(
        "CancelledError",
        "asyncio.exceptions",
        ExcKind::BaseException,
    )
}

fn make_invalid_state_error() -> Value {
    exception_class(
        "InvalidStateError",
        "asyncio.exceptions",
        ExcKind::Exception,
    )
}

fn make_queue_empty() -> Value {
    exception_class("QueueEmpty", "asyncio.queues", ExcKind::Exception)
}

fn make_queue_full() -> Value {
    exception_class("QueueFull", "asyncio.queues", ExcKind::Exception)
}

fn exception_class_of(key: &'static str) -> Value {
    let make: fn() -> Value = match key {
        CANCELLED_ERROR => make_cancelled_error,
        INVALID_STATE_ERROR => make_invalid_state_error,
        QUEUE_EMPTY => make_queue_empty,
        _ => make_queue_full,
    };
    native_class::class(key, make)
}

/// A new instance, without arguments, of the exception class registered under `key`.
fn new_exception(key: &'static str) -> Value {
    exceptions::new_instance(exception_class_of(key), tuple::empty())
}

/// `CancelledError(msg)`, or `CancelledError()` without a message.
fn new_cancelled_error(msg: Option<Value>) -> Value {
    let args = match msg {
        Some(m) => tuple::new(&[m]),
        None => tuple::empty(),
    };
    exceptions::new_instance(exception_class_of(CANCELLED_ERROR), args)
}

fn is_cancelled_error(exc: Value) -> bool {
    class::is_instance(exc, exception_class_of(CANCELLED_ERROR))
}

fn raise_invalid_state<T>(message: &str) -> PyResult<T> {
    let args = tuple::new(&[pystr::new(message)]);
    let exc = exceptions::new_instance(exception_class_of(INVALID_STATE_ERROR), args);
    Err(exceptions::set_pending(exc))
}

/// `raise exc from cause`.
fn raise_from(exc: Value, cause: Value) -> Raised {
    exceptions::raise_value(exc, Some(cause))
        .err()
        .unwrap_or(Raised)
}

/// A flag kept in a `__closc_` attribute (absent: false).
fn get_flag(o: Value, key: &'static str) -> bool {
    native_class::get(o, key) == Some(bool_value(true))
}

fn set_flag(o: Value, key: &'static str, on: bool) {
    native_class::set(o, key, bool_value(on));
}

/// `asyncio.iscoroutine(v)`: a coroutine, a generator (a generator-based coroutine), the
/// awaitable of an asynchronous generator, or an object with `send`, `throw`, `close` and
/// `__await__` (a `collections.abc.Coroutine`).
fn is_coroutine(v: Value) -> bool {
    match generator::flavor(v) {
        Some(flavor) => flavor != Flavor::AsyncGenerator,
        None => ["send", "throw", "close", "__await__"]
            .iter()
            .all(|&m| crate::protocols::ops::user_method(v, m).is_some()),
    }
}

/// A coroutine whose body is the native function `body`, called with `args`.
fn coroutine(name: &'static str, body: NativeFn, args: &[Value]) -> Value {
    let coro = generator::new_native(name, body, args, Flavor::Coroutine);
    crate::objects::coroutine::made(coro, name);
    coro
}

fn get_event_loop(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("get_event_loop", kw)?;
    args::count("get_event_loop", args, 0, 0)?;
    events::get_event_loop()
}

fn get_running_loop(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("get_running_loop", kw)?;
    args::count("get_running_loop", args, 0, 0)?;
    events::get_running_loop()
}

fn new_event_loop(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("new_event_loop", kw)?;
    args::count("new_event_loop", args, 0, 0)?;
    Ok(events::new_loop())
}

fn set_event_loop(args: &[Value], kw: Kw) -> PyResult {
    let lp = args::one("set_event_loop", args, kw)?;
    if !lp.is_none() && !native_class::is(lp, events::LOOP) {
        return exceptions::type_error(format!(
            "loop must be an instance of AbstractEventLoop or None, not '{}'",
            types::type_name(lp)
        ));
    }
    events::set_event_loop(lp);
    Ok(none())
}

pub fn entries() -> Vec<(&'static str, Value)> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("run", tasks::run),
        ("sleep", tasks::sleep),
        ("create_task", tasks::create_task),
        ("ensure_future", tasks::ensure_future_builtin),
        ("gather", tasks::gather),
        ("wait_for", tasks::wait_for),
        ("wait", tasks::wait),
        ("shield", tasks::shield),
        ("as_completed", tasks::as_completed),
        ("current_task", tasks::current_task),
        ("all_tasks", tasks::all_tasks),
        ("iscoroutine", tasks::iscoroutine),
        ("iscoroutinefunction", tasks::iscoroutinefunction),
        ("isfuture", tasks::isfuture),
        ("timeout", timeouts::timeout),
        ("timeout_at", timeouts::timeout_at),
        ("get_event_loop", get_event_loop),
        ("get_running_loop", get_running_loop),
        ("new_event_loop", new_event_loop),
        ("set_event_loop", set_event_loop),
    ];
    let mut entries: Vec<(&'static str, Value)> = functions
        .iter()
        .map(|&(name, f)| (name, function::new_builtin(name, f)))
        .collect();
    entries.extend([
        (
            "Future",
            native_class::class(futures::FUTURE, futures::make_future_class),
        ),
        (
            "Task",
            native_class::class(futures::TASK, futures::make_task_class),
        ),
        (
            "Queue",
            native_class::class(queues::QUEUE, queues::make_queue_class),
        ),
        (
            "LifoQueue",
            native_class::class(queues::LIFO_QUEUE, queues::make_lifo_queue_class),
        ),
        (
            "PriorityQueue",
            native_class::class(queues::PRIORITY_QUEUE, queues::make_priority_queue_class),
        ),
        (
            "Lock",
            native_class::class(locks::LOCK, locks::make_lock_class),
        ),
        (
            "Event",
            native_class::class(locks::EVENT, locks::make_event_class),
        ),
        (
            "Semaphore",
            native_class::class(locks::SEMAPHORE, locks::make_semaphore_class),
        ),
        (
            "BoundedSemaphore",
            native_class::class(
                locks::BOUNDED_SEMAPHORE,
                locks::make_bounded_semaphore_class,
            ),
        ),
        (
            "Condition",
            native_class::class(locks::CONDITION, locks::make_condition_class),
        ),
        (
            "TaskGroup",
            native_class::class(taskgroups::TASK_GROUP, taskgroups::make_task_group_class),
        ),
        (
            "Timeout",
            native_class::class(timeouts::TIMEOUT, timeouts::make_timeout_class),
        ),
        ("CancelledError", exception_class_of(CANCELLED_ERROR)),
        ("InvalidStateError", exception_class_of(INVALID_STATE_ERROR)),
        ("QueueEmpty", exception_class_of(QUEUE_EMPTY)),
        ("QueueFull", exception_class_of(QUEUE_FULL)),
        ("TimeoutError", types::exc_class(ExcKind::TimeoutError)),
        ("FIRST_COMPLETED", pystr::new(tasks::FIRST_COMPLETED)),
        ("FIRST_EXCEPTION", pystr::new(tasks::FIRST_EXCEPTION)),
        ("ALL_COMPLETED", pystr::new(tasks::ALL_COMPLETED)),
    ]);
    entries
}
