//! Coroutines, asynchronous generators and the protocols of `await`, `async for` and
//! `async with` (CPython's `GET_AWAITABLE`, `GET_AITER`, `GET_ANEXT` and
//! `BEFORE_ASYNC_WITH`, and the asynchronous half of `genobject.c`).
//!
//! All of them are generator objects (`objects::generator`) of other flavors. `await x` is
//! `yield from` of `x`'s awaitable iterator: a coroutine is its own. An asynchronous
//! generator's `yield` suspends it with its value marked as such; the awaitables of its
//! `__anext__()`/`asend()` and `athrow()`/`aclose()` are native generator bodies that resume
//! it and pass on its other suspensions (the `await`s inside it) to whoever awaits them,
//! until it yields a value (their result), returns (StopAsyncIteration) or raises.

use crate::memory::gc;
use crate::objects::exceptions::{self, raise, raise_from_cause, type_error, ExcKind};
use crate::objects::function;
use crate::objects::generator::{self, Flavor, Resumed};
use crate::objects::methods::Method;
use crate::objects::types;
use crate::objects::value::{none, PyResult, Raised, Value};
use crate::output;
use crate::protocols::args;
use crate::protocols::call::{self, Kw};
use crate::protocols::iter;
use crate::protocols::ops;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// What an `await` awaits (`ir::AwaitSite`), for the message when it is not awaitable.
const SITE_ASYNC_ENTER: i64 = 1;
const SITE_ASYNC_EXIT: i64 = 2;

/// True for the generator objects that are iterators: generators and the awaitables of
/// asynchronous generators, not coroutines or asynchronous generators.
pub fn is_generator_iterator(v: Value) -> bool {
    matches!(
        generator::flavor(v),
        Some(Flavor::Generator | Flavor::AsyncGenSend | Flavor::AsyncGenThrow)
    )
}

fn type_name(v: Value) -> &'static str {
    types::type_name(v)
}

/// The iterator `await aw` delegates to (CPython's `_PyCoro_GetAwaitableIter` with
/// `GET_AWAITABLE`'s checks).
pub fn awaitable_iter(aw: Value, site: i64) -> PyResult {
    match generator::flavor(aw) {
        Some(Flavor::Coroutine) => {
            if generator::delegate_of(aw).is_some() {
                return raise(ExcKind::RuntimeError, "coroutine is being awaited already");
            }
            return Ok(aw);
        }
        Some(Flavor::AsyncGenSend | Flavor::AsyncGenThrow) => return Ok(aw),
        _ => {}
    }
    let Some(method) = ops::user_method(aw, "__await__") else {
        let name = type_name(aw);
        return type_error(match site {
            SITE_ASYNC_ENTER => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {name}"
            ),
            SITE_ASYNC_EXIT => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {name}"
            ),
            _ => format!("object {name} can't be used in 'await' expression"),
        });
    };
    let it = call::call_with_self_rooted(method, aw, &[], Kw::NONE)?;
    if generator::is(it, Flavor::Coroutine) {
        return type_error("__await__() returned a coroutine");
    }
    if !iter::is_iterator(it) {
        return type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            type_name(it)
        ));
    }
    Ok(it)
}

/// `await aw` in the running coroutine body: its result.
pub fn await_value(aw: Value) -> PyResult {
    generator::delegate(awaitable_iter(aw, 0)?)
}

#[no_mangle]
pub extern "C" fn rt_await(aw: Value, site: i64, line: u64) -> Value {
    generator::note_line(line);
    awaitable_iter(aw, site)
        .and_then(generator::delegate)
        .unwrap_or(Value::NULL)
}

/// The asynchronous iterator of `async for` (`GET_AITER`).
fn async_iterator(obj: Value) -> PyResult {
    let it = if generator::is(obj, Flavor::AsyncGenerator) {
        obj
    } else {
        match ops::user_method(obj, "__aiter__") {
            Some(f) => call::call_with_self_rooted(f, obj, &[], Kw::NONE)?,
            None => {
                return type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    type_name(obj)
                ))
            }
        }
    };
    if !has_anext(it) {
        return type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_name(it)
        ));
    }
    Ok(it)
}

fn has_anext(it: Value) -> bool {
    generator::is(it, Flavor::AsyncGenerator) || ops::user_method(it, "__anext__").is_some()
}

#[no_mangle]
pub extern "C" fn rt_aiter(obj: Value) -> Value {
    async_iterator(obj).unwrap_or(Value::NULL)
}

/// The awaitable iterator of one step of `async for` over `it` (`GET_ANEXT`).
fn next_awaitable(it: Value) -> PyResult {
    if generator::is(it, Flavor::AsyncGenerator) {
        return Ok(asend(it, none()));
    }
    let Some(f) = ops::user_method(it, "__anext__") else {
        return type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            type_name(it)
        ));
    };
    let next = call::call_with_self_rooted(f, it, &[], Kw::NONE)?;
    awaitable_iter(next, 0).map_err(|_| {
        let cause = exceptions::take_pending();
        raise_from_cause(
            ExcKind::TypeError,
            &format!(
                "'async for' received an invalid object from __anext__: {}",
                type_name(next)
            ),
            cause,
        )
    })
}

/// One step of `async for`: the next item, or `ITER_DONE` once the iterator raises
/// StopAsyncIteration.
#[no_mangle]
pub extern "C" fn rt_anext(it: Value, line: u64) -> Value {
    generator::note_line(line);
    match next_awaitable(it).and_then(generator::delegate) {
        Ok(v) => v,
        Err(_) if exceptions::pending_matches(ExcKind::StopAsyncIteration) => {
            exceptions::take_pending();
            Value::ITER_DONE
        }
        Err(_) => Value::NULL,
    }
}

/// Checks that `manager` has `__aenter__` and `__aexit__` (`BEFORE_ASYNC_WITH`) and
/// returns its bound `__aexit__`.
fn async_exit_method(manager: Value) -> PyResult {
    let name = type_name(manager);
    if ops::user_method(manager, "__aenter__").is_none() {
        return type_error(format!(
            "'{name}' object does not support the asynchronous context manager protocol"
        ));
    }
    match ops::user_method(manager, "__aexit__") {
        Some(exit) => Ok(function::new_bound(exit, manager)),
        None => type_error(format!(
            "'{name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
        )),
    }
}

#[no_mangle]
pub extern "C" fn rt_async_with_exit(manager: Value) -> Value {
    async_exit_method(manager).unwrap_or(Value::NULL)
}

thread_local! {
    /// The coroutines made and neither started nor closed, by address, with their
    /// qualnames: CPython warns of each as it frees it.
    static UNAWAITED: RefCell<HashMap<usize, &'static str>> = RefCell::new(HashMap::new());
}

/// Records a new coroutine of the program or of the library (`generator::new_native` makes
/// internal ones too, which CPython does not warn of).
pub fn made(coro: Value, qualname: &'static str) {
    UNAWAITED.with(|u| u.borrow_mut().insert(coro.0 as usize, qualname));
}

/// A coroutine starts running or is closed.
pub fn started(coro: Value) {
    UNAWAITED.with(|u| u.borrow_mut().remove(&(coro.0 as usize)));
}

/// The collector frees the coroutine at `address`: CPython's RuntimeWarning if it never
/// ran (at `address`'s own line, which only tracemalloc could show).
pub fn freed(address: usize) {
    if let Some(name) = UNAWAITED.with(|u| u.borrow_mut().remove(&address)) {
        output::write_stderr(&format!(
            "RuntimeWarning: coroutine '{name}' was never awaited\n\
             RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        ));
    }
}

/// At exit, before an uncaught exception is shown: frees the coroutines never awaited
/// that nothing references any more, so that their warnings come first, as in CPython.
pub fn free_unawaited() {
    if UNAWAITED.with(|u| !u.borrow().is_empty()) {
        crate::memory::roots::scrub_stack();
        gc::collect();
    }
}

/// At exit, last: CPython's warnings for the coroutines never awaited still referenced
/// when the interpreter shuts down.
pub fn warn_unawaited_at_exit() {
    let mut left: Vec<(usize, &'static str)> = UNAWAITED.with(|u| u.borrow_mut().drain().collect());
    left.sort_unstable();
    for (_, name) in left {
        output::write_stderr(&format!(
            "sys:1: RuntimeWarning: coroutine '{name}' was never awaited\n"
        ));
    }
}

/// The hooks an event loop installs while it runs (CPython's `sys.set_asyncgen_hooks`):
/// `first_iter` learns of asynchronous generators as they are first iterated, and
/// `finalizer` is given those it saw when they are dropped unfinished.
#[derive(Clone, Copy)]
pub struct AsyncGenHooks {
    pub first_iter: fn(Value),
    pub finalizer: fn(Value),
}

thread_local! {
    static HOOKS: Cell<Option<AsyncGenHooks>> = const { Cell::new(None) };
}

/// Installs (or removes) the hooks; gives the previous ones.
pub fn set_hooks(hooks: Option<AsyncGenHooks>) -> Option<AsyncGenHooks> {
    HOOKS.with(|h| h.replace(hooks))
}

fn init_hooks(agen: Value) {
    let g = async_generator(agen);
    if g.hooks_inited.replace(true) {
        return;
    }
    if let Some(hooks) = HOOKS.with(Cell::get) {
        g.finalizer.set(Some(hooks.finalizer));
        (hooks.first_iter)(agen);
    }
}

/// An `async for` over a call was left by `break` or `return`: CPython frees the
/// asynchronous generator it made then, which gives it to its finalizer hook, or closes it
/// at once (reporting what that raises) when it has none.
#[no_mangle]
pub extern "C" fn rt_async_for_abandon(it: Value) -> Value {
    let Some(g) = it.get::<generator::GeneratorObj>() else {
        return none();
    };
    if g.flavor != Flavor::AsyncGenerator || generator::is_finished(it) || g.closed.get() {
        return none();
    }
    if let Some(finalizer) = g.finalizer.get() {
        finalizer(it);
    } else if generator::close(it).is_err() {
        let exc = exceptions::take_pending();
        let agen = crate::protocols::repr::repr_string(it).unwrap_or_default();
        output::write_stderr(&format!(
            "Exception ignored in: {agen}\nTraceback (most recent call last):\n{}\n",
            exceptions::last_line(exc)
        ));
    }
    none()
}

fn async_generator(agen: Value) -> &'static generator::GeneratorObj {
    agen.get::<generator::GeneratorObj>()
        .expect("an asynchronous generator")
}

/// `agen.asend(value)` (`__anext__()` sends None).
fn asend(agen: Value, value: Value) -> Value {
    init_hooks(agen);
    generator::new_native("asend", asend_body, &[agen, value], Flavor::AsyncGenSend)
}

/// The body of an `asend` awaitable: resumes the asynchronous generator with the value,
/// passing its `await` suspensions on, until it yields a value (the result) or ends.
fn asend_body(args: &[Value], _kw: Kw) -> PyResult {
    let (agen, value) = (args[0], args[1]);
    let g = async_generator(agen);
    if generator::started_by_throw() {
        let outcome = generator::resume_rooted(agen, none(), true);
        return drive(agen, outcome, false);
    }
    if g.running_async.get() {
        return raise(
            ExcKind::RuntimeError,
            "anext(): asynchronous generator is already running",
        );
    }
    g.running_async.set(true);
    let outcome = generator::resume_rooted(agen, value, false);
    drive(agen, outcome, false)
}

/// Drives an asynchronous generator from the outcome of its first resumption, for an
/// `asend` (`closing` unset) or an `aclose`: `await` suspensions are passed on to whoever
/// awaits the running awaitable, and what is sent or thrown in goes back to the generator.
fn drive(agen: Value, mut outcome: PyResult<Resumed>, closing: bool) -> PyResult {
    let g = async_generator(agen);
    loop {
        match outcome {
            Ok(Resumed::Yielded(v)) if generator::yielded_value(agen) => {
                g.running_async.set(false);
                if closing {
                    return raise(
                        ExcKind::RuntimeError,
                        "async generator ignored GeneratorExit",
                    );
                }
                return Ok(v);
            }
            Ok(Resumed::Yielded(v)) => {
                let sent = generator::suspend(v);
                outcome = if !sent.is_null() {
                    generator::resume_rooted(agen, sent, false)
                } else if exceptions::pending_matches(ExcKind::GeneratorExit) {
                    // The awaitable itself is being closed; the generator stays as it is.
                    return Err(Raised);
                } else {
                    generator::resume_rooted(agen, none(), true)
                };
            }
            Ok(Resumed::Returned(_)) => {
                g.running_async.set(false);
                g.closed.set(true);
                if closing {
                    return Ok(none());
                }
                return exceptions::raise_args(ExcKind::StopAsyncIteration, &[]);
            }
            Err(raised) => {
                g.running_async.set(false);
                if exceptions::pending_matches(ExcKind::StopAsyncIteration)
                    || exceptions::pending_matches(ExcKind::GeneratorExit)
                {
                    g.closed.set(true);
                    if closing {
                        exceptions::take_pending();
                        return Ok(none());
                    }
                }
                return Err(raised);
            }
        }
    }
}

/// `agen.aclose()`.
pub fn aclose(agen: Value) -> Value {
    athrow(agen, None)
}

/// `agen.athrow(exc)` (with `exc` the exception to throw) or `agen.aclose()` (without).
fn athrow(agen: Value, exc: Option<Value>) -> Value {
    init_hooks(agen);
    match exc {
        Some(e) => generator::new_native("athrow", athrow_body, &[agen, e], Flavor::AsyncGenThrow),
        None => generator::new_native("aclose", athrow_body, &[agen], Flavor::AsyncGenThrow),
    }
}

/// The body of an `athrow` or `aclose` awaitable.
fn athrow_body(args: &[Value], _kw: Kw) -> PyResult {
    let agen = args[0];
    let exc = args.get(1).copied();
    let g = async_generator(agen);
    if generator::started_by_throw() {
        let outcome = generator::resume_rooted(agen, none(), true);
        return drive(agen, outcome, exc.is_none());
    }
    if generator::is_finished(agen) {
        return Ok(none());
    }
    if g.running_async.get() {
        let what = if exc.is_some() { "athrow" } else { "aclose" };
        return raise(
            ExcKind::RuntimeError,
            &format!("{what}(): asynchronous generator is already running"),
        );
    }
    if g.closed.get() {
        return exceptions::raise_args(ExcKind::StopAsyncIteration, &[]);
    }
    g.running_async.set(true);
    match exc {
        Some(e) => {
            exceptions::restore_pending(e);
            let outcome = generator::resume_rooted(agen, none(), true);
            drive(agen, outcome, false)
        }
        None => {
            g.closed.set(true);
            let _: PyResult<()> = exceptions::raise_args(ExcKind::GeneratorExit, &[]);
            let outcome = generator::resume_rooted(agen, none(), true);
            drive(agen, outcome, true)
        }
    }
}

/// The methods of coroutines.
pub static COROUTINE_METHODS: &[Method] = &[
    Method {
        name: "send",
        func: generator::method_send,
    },
    Method {
        name: "throw",
        func: generator::method_throw,
    },
    Method {
        name: "close",
        func: generator::method_close,
    },
    Method {
        name: "__await__",
        func: coroutine_await,
    },
];

/// `coro.__await__()`: an iterator running `yield from coro` (CPython's
/// `coroutine_wrapper`).
fn coroutine_await(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("__await__", kw)?;
    args::method_count("__await__", args, 0, 0)?;
    Ok(generator::new_native(
        "coroutine_wrapper",
        wrapper_body,
        &[args[0]],
        Flavor::Generator,
    ))
}

fn wrapper_body(args: &[Value], _kw: Kw) -> PyResult {
    generator::delegate(args[0])
}

/// The methods of asynchronous generators.
pub static ASYNC_GENERATOR_METHODS: &[Method] = &[
    Method {
        name: "__aiter__",
        func: agen_aiter,
    },
    Method {
        name: "__anext__",
        func: agen_anext,
    },
    Method {
        name: "asend",
        func: agen_asend,
    },
    Method {
        name: "athrow",
        func: agen_athrow,
    },
    Method {
        name: "aclose",
        func: agen_aclose,
    },
];

fn agen_aiter(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("__aiter__", kw)?;
    args::method_count("__aiter__", args, 0, 0)?;
    Ok(args[0])
}

fn agen_anext(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("__anext__", kw)?;
    args::method_count("__anext__", args, 0, 0)?;
    Ok(asend(args[0], none()))
}

fn agen_asend(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("asend", kw)?;
    args::method_count("asend", args, 1, 1)?;
    Ok(asend(args[0], args[1]))
}

fn agen_athrow(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("athrow", kw)?;
    args::method_count("athrow", args, 1, 3)?;
    generator::make_pending(args[1], args.get(2).copied())?;
    let exc = exceptions::take_pending();
    Ok(athrow(args[0], Some(exc)))
}

fn agen_aclose(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("aclose", kw)?;
    args::method_count("aclose", args, 0, 0)?;
    Ok(aclose(args[0]))
}

/// The methods of the awaitables of asynchronous generators: they are their own
/// iterators.
pub static AWAITABLE_METHODS: &[Method] = &[
    Method {
        name: "send",
        func: generator::method_send,
    },
    Method {
        name: "throw",
        func: generator::method_throw,
    },
    Method {
        name: "close",
        func: generator::method_close,
    },
    Method {
        name: "__await__",
        func: awaitable_await,
    },
];

fn awaitable_await(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("__await__", kw)?;
    args::method_count("__await__", args, 0, 0)?;
    Ok(args[0])
}

/// `aiter(obj)`.
pub fn builtin_aiter(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("aiter", kw)?;
    args::count("aiter", args, 1, 1)?;
    let obj = args[0];
    let it = if generator::is(obj, Flavor::AsyncGenerator) {
        obj
    } else {
        match ops::user_method(obj, "__aiter__") {
            Some(f) => call::call_with_self_rooted(f, obj, &[], Kw::NONE)?,
            None => {
                return type_error(format!(
                    "'{}' object is not an async iterable",
                    type_name(obj)
                ))
            }
        }
    };
    if !has_anext(it) {
        return type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            type_name(it)
        ));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable of `it.__anext__()`; with a default, a coroutine
/// giving the default instead of raising StopAsyncIteration.
pub fn builtin_anext(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("anext", kw)?;
    args::count("anext", args, 1, 2)?;
    let it = args[0];
    if !has_anext(it) {
        return type_error(format!(
            "'{}' object is not an async iterator",
            type_name(it)
        ));
    }
    let awaitable = if generator::is(it, Flavor::AsyncGenerator) {
        asend(it, none())
    } else {
        let f = ops::user_method(it, "__anext__").expect("checked above");
        call::call_with_self_rooted(f, it, &[], Kw::NONE)?
    };
    match args.get(1) {
        None => Ok(awaitable),
        Some(&default) => Ok(generator::new_native(
            "anext_awaitable",
            anext_default_body,
            &[awaitable, default],
            Flavor::Coroutine,
        )),
    }
}

fn anext_default_body(args: &[Value], _kw: Kw) -> PyResult {
    match await_value(args[0]) {
        Err(_) if exceptions::pending_matches(ExcKind::StopAsyncIteration) => {
            exceptions::take_pending();
            Ok(args[1])
        }
        other => other,
    }
}
