//! The `gc` module: `collect()`, `enable()`, `disable()`, `isenabled()` and `garbage`,
//! over closc's tracing collector (`memory::gc`) and its finalizers
//! (`protocols::finalize`).

use super::builtin;
use crate::objects::exceptions::value_error;
use crate::objects::int;
use crate::objects::list;
use crate::objects::value::{bool_value, none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::finalize;

pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        builtin("collect", gc_collect),
        builtin("enable", gc_enable),
        builtin("disable", gc_disable),
        builtin("isenabled", gc_isenabled),
        // Objects a collection could not free; closc frees every unreachable object.
        ("garbage", list::new(&[])),
    ]
}

/// `gc.collect(generation=2)`: a full collection, then the finalizers it found. Returns
/// the number of unreachable objects found: every kind of object counts (CPython counts
/// only the objects its cycle collector tracks), so the number differs from CPython's.
fn gc_collect(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("collect", kw, &["generation"])?;
    args::count("collect", args, 0, 1)?;
    if let Some(g) = args.first().copied().or_else(|| kw.get("generation")) {
        let g = args::index_arg(g)?;
        if !(0..=2).contains(&g) {
            return value_error("invalid generation");
        }
    }
    Ok(int::from_i64(finalize::collect() as i64))
}

fn gc_enable(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("enable", kw)?;
    args::count("enable", args, 0, 0)?;
    finalize::set_enabled(true);
    Ok(none())
}

fn gc_disable(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("disable", kw)?;
    args::count("disable", args, 0, 0)?;
    finalize::set_enabled(false);
    Ok(none())
}

fn gc_isenabled(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("isenabled", kw)?;
    args::count("isenabled", args, 0, 0)?;
    Ok(bool_value(finalize::enabled()))
}
