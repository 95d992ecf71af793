//! `asyncio.timeout(delay)` and `asyncio.timeout_at(when)` (CPython's `timeouts.py`): an
//! asynchronous context manager that cancels the current task at its deadline and turns
//! the resulting CancelledError into TimeoutError as it exits.

use super::events;
use super::futures;
use super::{coroutine, exception_class_of, CANCELLED_ERROR};
use crate::objects::exceptions::{self, raise, ExcKind};
use crate::objects::float;
use crate::objects::function;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;

pub(super) const TIMEOUT: &str = "asyncio.Timeout";

const STATE: &str = "__closc_state";
const WHEN: &str = "__closc_when";
const HANDLER: &str = "__closc_handler";
const TASK: &str = "__closc_task";
const CANCELLING: &str = "__closc_cancelling";

const CREATED: &str = "created";
const ENTERED: &str = "active";
const EXPIRING: &str = "expiring";
const EXPIRED: &str = "expired";
const EXITED: &str = "finished";

pub(super) fn make_timeout_class() -> Value {
    native_class::new_class(
        "Timeout",
        "asyncio.timeouts",
        Value::NULL,
        &[
            ("when", timeout_when),
            ("reschedule", timeout_reschedule),
            ("expired", timeout_expired),
            ("__repr__", timeout_repr),
            ("__aenter__", timeout_aenter),
            ("__aexit__", timeout_aexit),
        ],
    )
}

fn new_timeout(when: Value) -> Value {
    let t = native_class::instance(native_class::class(TIMEOUT, make_timeout_class));
    native_class::set(t, STATE, pystr::new(CREATED));
    native_class::set(t, WHEN, when);
    native_class::set(t, HANDLER, none());
    native_class::set(t, TASK, none());
    t
}

/// `asyncio.timeout(delay)`.
pub(super) fn timeout(args: &[Value], kw: Kw) -> PyResult {
    let delay = args::one("timeout", args, kw)?;
    events::get_running_loop()?;
    let when = if delay.is_none() {
        none()
    } else {
        float::new(events::time() + args::float_arg(delay)?)
    };
    Ok(new_timeout(when))
}

/// `asyncio.timeout_at(when)`.
pub(super) fn timeout_at(args: &[Value], kw: Kw) -> PyResult {
    Ok(new_timeout(args::one("timeout_at", args, kw)?))
}

fn this_timeout(args: &[Value], method: &str) -> PyResult<Value> {
    native_class::this(args, TIMEOUT, method, "Timeout")
}

fn state(t: Value) -> &'static str {
    pystr::as_str(native_class::state(t, STATE)).unwrap_or(CREATED)
}

fn set_state(t: Value, s: &str) {
    native_class::set(t, STATE, pystr::new(s));
}

fn cancel_handler(t: Value) {
    let handler = native_class::state(t, HANDLER);
    if !handler.is_none() {
        events::cancel_handle(handler);
    }
    native_class::set(t, HANDLER, none());
}

fn reschedule(t: Value, when: Value) -> PyResult<()> {
    match state(t) {
        ENTERED => {}
        CREATED => return raise(ExcKind::RuntimeError, "Timeout has not been entered"),
        other => {
            return raise(
                ExcKind::RuntimeError,
                &format!("Cannot change state of {other} Timeout"),
            )
        }
    }
    native_class::set(t, WHEN, when);
    cancel_handler(t);
    if when.is_none() {
        return Ok(());
    }
    let lp = events::get_running_loop()?;
    let on_timeout = function::new_method("_on_timeout", on_timeout, t, "Timeout");
    let deadline = args::float_arg(when)?;
    let handler = if deadline <= events::time() {
        events::call_soon_handle(lp, on_timeout, &[])?
    } else {
        events::call_at(lp, deadline, on_timeout, &[])?
    };
    native_class::set(t, HANDLER, handler);
    Ok(())
}

fn on_timeout(args: &[Value], _kw: Kw) -> PyResult {
    let t = args[0];
    futures::cancel(native_class::state(t, TASK), none())?;
    set_state(t, EXPIRING);
    native_class::set(t, HANDLER, none());
    Ok(none())
}

fn timeout_when(args: &[Value], _kw: Kw) -> PyResult {
    Ok(native_class::state(this_timeout(args, "when")?, WHEN))
}

fn timeout_reschedule(args: &[Value], _kw: Kw) -> PyResult {
    let t = this_timeout(args, "reschedule")?;
    args::method_count("reschedule", args, 1, 1)?;
    reschedule(t, args[1])?;
    Ok(none())
}

fn timeout_expired(args: &[Value], _kw: Kw) -> PyResult {
    let t = this_timeout(args, "expired")?;
    Ok(bool_value(matches!(state(t), EXPIRING | EXPIRED)))
}

fn timeout_repr(args: &[Value], _kw: Kw) -> PyResult {
    let t = this_timeout(args, "__repr__")?;
    let s = state(t);
    let mut info = String::new();
    if s == ENTERED {
        let when = native_class::state(t, WHEN);
        let when = match float::as_f64(when) {
            Some(w) => crate::protocols::repr::repr_string(float::new((w * 1e3).round() / 1e3))?,
            None => crate::protocols::repr::repr_string(when)?,
        };
        info = format!(" when={when}");
    }
    Ok(pystr::new(&format!("<Timeout [{s}]{info}>")))
}

fn timeout_aenter(args: &[Value], _kw: Kw) -> PyResult {
    let t = this_timeout(args, "__aenter__")?;
    Ok(coroutine("__aenter__", aenter_body, &[t]))
}

fn aenter_body(args: &[Value], _kw: Kw) -> PyResult {
    let t = args[0];
    if state(t) != CREATED {
        return raise(ExcKind::RuntimeError, "Timeout has already been entered");
    }
    let Some(task) = events::current_task() else {
        return raise(
            ExcKind::RuntimeError,
            "Timeout should be used inside a task",
        );
    };
    set_state(t, ENTERED);
    native_class::set(t, TASK, task);
    native_class::set(t, CANCELLING, Value::small(futures::cancelling(task)));
    reschedule(t, native_class::state(t, WHEN))?;
    Ok(t)
}

fn timeout_aexit(args: &[Value], _kw: Kw) -> PyResult {
    let t = this_timeout(args, "__aexit__")?;
    args::method_count("__aexit__", args, 3, 3)?;
    Ok(coroutine("__aexit__", aexit_body, &[t, args[1], args[2]]))
}

fn aexit_body(args: &[Value], _kw: Kw) -> PyResult {
    let (t, exc_type, exc) = (args[0], args[1], args[2]);
    cancel_handler(t);
    match state(t) {
        EXPIRING => {
            set_state(t, EXPIRED);
            let task = native_class::state(t, TASK);
            let cancelling = native_class::state(t, CANCELLING).small_value();
            let cancelled = exc_type == exception_class_of(CANCELLED_ERROR);
            if futures::uncancel(task) <= cancelling && cancelled {
                let error = exceptions::new_instance(
                    types::exc_class(ExcKind::TimeoutError),
                    tuple::empty(),
                );
                return Err(super::raise_from(error, exc));
            }
        }
        ENTERED => set_state(t, EXITED),
        _ => {}
    }
    Ok(none())
}
