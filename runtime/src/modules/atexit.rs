//! The `atexit` module: functions registered with their arguments, run last-registered
//! first when the program ends (`run_at_exit`, from `startup::finish`, after the main
//! module has finished or its uncaught exception has been reported, as CPython's
//! finalization does). A callback that raises is reported as an unraisable exception and
//! the others still run.

use super::builtin;
use crate::objects::exceptions::{self, type_error};
use crate::objects::int;
use crate::objects::tuple;
use crate::objects::value::{none, PyResult, Value};
use crate::output;
use crate::protocols::args;
use crate::protocols::call::{self, Kw};
use crate::protocols::{finalize, ops};
use std::cell::RefCell;

thread_local! {
    /// The registered callbacks, oldest first, each a tuple `(func, args, kw names,
    /// kw values)`.
    static CALLBACKS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// The registered callbacks, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    CALLBACKS.with(|c| c.borrow().iter().for_each(|&v| visit(v)));
}

pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        builtin("register", atexit_register),
        builtin("unregister", atexit_unregister),
        builtin("_run_exitfuncs", atexit_run_exitfuncs),
        builtin("_clear", atexit_clear),
        builtin("_ncallbacks", atexit_ncallbacks),
    ]
}

/// `atexit.register(func, *args, **kwargs)`: returns `func`, so it works as a decorator.
fn atexit_register(args: &[Value], kw: Kw) -> PyResult {
    let Some((&func, rest)) = args.split_first() else {
        return type_error(format!(
            "register() takes at least 1 argument ({} given)",
            args.len()
        ));
    };
    if !call::is_callable(func) {
        return type_error("the first argument must be callable");
    }
    let entry = tuple::new(&[
        func,
        tuple::new(rest),
        tuple::new(kw.names),
        tuple::new(kw.values),
    ]);
    CALLBACKS.with(|c| c.borrow_mut().push(entry));
    Ok(func)
}

/// `atexit.unregister(func)`: forgets every registration of a callable equal to `func`.
fn atexit_unregister(args: &[Value], kw: Kw) -> PyResult {
    let func = args::one("unregister", args, kw)?;
    let registered = CALLBACKS.with(|c| c.borrow().clone());
    let mut keep = Vec::with_capacity(registered.len());
    for entry in registered {
        let registered_func = tuple::items(entry).map_or(Value::NULL, |items| items[0]);
        if !ops::eq(registered_func, func)? {
            keep.push(entry);
        }
    }
    CALLBACKS.with(|c| *c.borrow_mut() = keep);
    Ok(none())
}

fn atexit_run_exitfuncs(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("_run_exitfuncs", kw)?;
    args::count("_run_exitfuncs", args, 0, 0)?;
    run_at_exit();
    Ok(none())
}

fn atexit_clear(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("_clear", kw)?;
    args::count("_clear", args, 0, 0)?;
    CALLBACKS.with(|c| c.borrow_mut().clear());
    Ok(none())
}

fn atexit_ncallbacks(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("_ncallbacks", kw)?;
    args::count("_ncallbacks", args, 0, 0)?;
    Ok(int::from_u64(CALLBACKS.with(|c| c.borrow().len()) as u64))
}

/// Runs the registered callbacks, last registered first, and forgets them. Each stays
/// registered (a root) until it is taken to run.
pub fn run_at_exit() {
    while let Some(entry) = CALLBACKS.with(|c| c.borrow_mut().pop()) {
        let Some(&[func, positional, names, values]) = tuple::items(entry) else {
            continue;
        };
        let kw = Kw {
            names: tuple::items(names).unwrap_or(&[]),
            values: tuple::items(values).unwrap_or(&[]),
        };
        let result = call::call(func, tuple::items(positional).unwrap_or(&[]), kw);
        if result.is_err() {
            let exc = exceptions::take_pending();
            finalize::report_unraisable("Exception ignored in atexit callback", func, exc);
        }
        output::flush_stdout();
    }
}
