//! A small `traceback` module over the runtime's own report of an uncaught exception
//! (`protocols::traceback::report`, which has the sources the executable carries):
//! `format_exc`, `print_exc`, `format_exception`, `print_exception` and
//! `format_exception_only`. The reports are whole (`limit` is accepted but ignored, and the
//! chain is always followed), and `format_exception` gives one string per line, each
//! frame's source line with its `File` line, where CPython gives one per frame.

use super::builtin;
use crate::objects::exceptions::{self, type_error};
use crate::objects::list;
use crate::objects::str as pystr;
use crate::objects::value::{none, PyResult, Value};
use crate::output;
use crate::protocols::args;
use crate::protocols::call::{self, Kw};
use crate::protocols::traceback::report;

pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        builtin("format_exc", traceback_format_exc),
        builtin("print_exc", traceback_print_exc),
        builtin("format_exception", traceback_format_exception),
        builtin("print_exception", traceback_print_exception),
        builtin("format_exception_only", traceback_format_exception_only),
    ]
}

/// The exception being handled, as `sys.exc_info()[1]`; None outside a handler.
fn handled() -> Value {
    exceptions::handled().unwrap_or_else(none)
}

/// The text CPython prints for `exc`, ending with a newline: `NoneType: None` for None.
fn exception_text(exc: Value) -> String {
    if exc.is_none() {
        return String::from("NoneType: None\n");
    }
    format!("{}\n", report(exc))
}

/// The exception a `format_exception`-style call is about: its `value` argument when given
/// (the three-argument form), else its first.
fn exception_argument(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&first) = args.first() else {
        return type_error(format!(
            "{name}() missing required positional argument: 'exc'"
        ));
    };
    Ok(args
        .get(1)
        .copied()
        .or_else(|| kw.get("value"))
        .unwrap_or(first))
}

/// Cuts a report into CPython's pieces: one per line, except that a frame's source line
/// stays with its `File` line.
fn pieces(text: &str) -> Value {
    let mut out: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        match out.last_mut() {
            Some(last) if line.starts_with("    ") && last.starts_with("  File ") => {
                last.push_str(line)
            }
            _ => out.push(line.to_string()),
        }
    }
    list::from_vec(out.iter().map(|s| pystr::new(s)).collect())
}

/// Writes `text` to `file`, or to the current `sys.stderr` when `file` is None.
fn write_to(file: Option<Value>, text: &str) -> PyResult {
    let target = match file.filter(|f| !f.is_none()) {
        Some(f) => Some(f),
        None => super::sys::stream("stderr")?,
    };
    match target {
        Some(f) => call::call_method(f, pystr::intern("write"), &[pystr::new(text)], Kw::NONE)?,
        None => {
            output::write_stderr(text);
            none()
        }
    };
    Ok(none())
}

/// `traceback.format_exc(limit=None, chain=True)`.
fn traceback_format_exc(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("format_exc", kw, &["limit", "chain"])?;
    args::count("format_exc", args, 0, 2)?;
    Ok(pystr::new(&exception_text(handled())))
}

/// `traceback.print_exc(limit=None, file=None, chain=True)`.
fn traceback_print_exc(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("print_exc", kw, &["limit", "file", "chain"])?;
    args::count("print_exc", args, 0, 3)?;
    let file = args.get(1).copied().or_else(|| kw.get("file"));
    write_to(file, &exception_text(handled()))
}

/// `traceback.format_exception(exc, /, value=..., tb=..., limit=None, chain=True)`.
fn traceback_format_exception(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("format_exception", kw, &["value", "tb", "limit", "chain"])?;
    args::count("format_exception", args, 1, 5)?;
    let exc = exception_argument("format_exception", args, kw)?;
    Ok(pieces(&exception_text(exc)))
}

/// `traceback.print_exception(exc, /, value=..., tb=..., limit=None, file=None,
/// chain=True)`.
fn traceback_print_exception(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw(
        "print_exception",
        kw,
        &["value", "tb", "limit", "file", "chain"],
    )?;
    args::count("print_exception", args, 1, 6)?;
    let exc = exception_argument("print_exception", args, kw)?;
    let file = args.get(4).copied().or_else(|| kw.get("file"));
    write_to(file, &exception_text(exc))
}

/// `traceback.format_exception_only(exc, /, value=...)`: the exception's last line.
fn traceback_format_exception_only(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("format_exception_only", kw, &["value"])?;
    args::count("format_exception_only", args, 1, 2)?;
    let exc = exception_argument("format_exception_only", args, kw)?;
    if exc.is_none() {
        return Ok(list::new(&[pystr::new("NoneType: None\n")]));
    }
    let line = exceptions::last_line(exc);
    Ok(list::new(&[pystr::new(&format!("{line}\n"))]))
}
