//! The `sys` module.

use super::builtin;
use crate::objects::exceptions::{self, raise, raise_args, type_error, value_error, ExcKind};
use crate::objects::int;
use crate::objects::list;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::{self, Kw};
use std::cell::RefCell;

thread_local! {
    static ARGV: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

pub fn set_argv(argv: Vec<String>) {
    ARGV.with(|a| *a.borrow_mut() = argv);
}

fn sys_exit(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("exit", kw)?;
    args::count("exit", args, 0, 1)?;
    raise_args(ExcKind::SystemExit, args)
}

fn sys_setrecursionlimit(args: &[Value], kw: Kw) -> PyResult {
    let n = args::index_arg(args::one("setrecursionlimit", args, kw)?)?;
    if n < 1 {
        return value_error("recursion limit must be greater or equal than 1");
    }
    // CPython keeps the limit in a C int.
    if n > i64::from(i32::MAX) {
        return raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        );
    }
    // CPython counts the call of setrecursionlimit itself in the depth.
    let depth = call::frame_depth() + 1;
    if n <= depth {
        return raise(
            ExcKind::RecursionError,
            &format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        );
    }
    call::set_recursion_limit(n);
    Ok(none())
}

fn sys_getrecursionlimit(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(int::from_i64(call::recursion_limit()))
}

fn sys_set_int_max_str_digits(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("set_int_max_str_digits", kw, &["maxdigits"])?;
    let Some(v) = args.first().copied().or(kw.get("maxdigits")) else {
        return type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        );
    };
    int::set_max_str_digits(args::index_arg(v)?)?;
    Ok(none())
}

fn sys_get_int_max_str_digits(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(int::from_u64(int::max_str_digits() as u64))
}

fn sys_exc_info(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("exc_info", kw)?;
    args::count("exc_info", args, 0, 0)?;
    Ok(match exceptions::handled() {
        Some(e) => tuple::new(&[
            types::type_of(e),
            e,
            crate::protocols::traceback::traceback_object(e),
        ]),
        None => tuple::new(&[none(), none(), none()]),
    })
}

/// The current `sys.stdout` (or `sys.stderr`, by `name`), which a program may rebind:
/// None while `sys` was never imported (nothing can have rebound it then), and CPython's
/// `RuntimeError` when the attribute was deleted.
pub fn stream(name: &'static str) -> PyResult<Option<Value>> {
    let Some(sys) = super::import::sys_modules()
        .get::<crate::objects::dict::DictObj>()
        .and_then(|m| m.get(pystr::intern("sys")).ok().flatten())
    else {
        return Ok(None);
    };
    match crate::protocols::attr::getattr_opt(sys, pystr::intern(name))? {
        Some(f) => Ok(Some(f)),
        None => raise(ExcKind::RuntimeError, &format!("lost sys.{name}")),
    }
}

/// The entries of module `sys`.
pub fn entries() -> Vec<(&'static str, Value)> {
    let stdin = super::io::standard(0);
    let stdout = super::io::standard(1);
    let stderr = super::io::standard(2);
    let argv: Vec<Value> = ARGV.with(|a| a.borrow().iter().map(|s| pystr::new(s)).collect());
    vec![
        ("argv", list::from_vec(argv)),
        builtin("exit", sys_exit),
        builtin("exc_info", sys_exc_info),
        builtin("setrecursionlimit", sys_setrecursionlimit),
        builtin("getrecursionlimit", sys_getrecursionlimit),
        builtin("set_int_max_str_digits", sys_set_int_max_str_digits),
        builtin("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("stdin", stdin),
        ("stdout", stdout),
        ("stderr", stderr),
        ("__stdin__", stdin),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("maxsize", int::from_i64(i64::MAX)),
        ("platform", pystr::new("linux")),
        ("byteorder", pystr::new("little")),
        ("modules", super::import::sys_modules()),
    ]
}
