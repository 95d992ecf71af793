//! `asyncio.TaskGroup` (CPython's `taskgroups.py`): an asynchronous context manager that
//! waits for the tasks made in it, and when one fails cancels the others and the body and
//! raises their exceptions together in an `ExceptionGroup` (a `BaseExceptionGroup` when
//! one is not an `Exception`).

use super::events;
use super::futures;
use super::{coroutine, get_flag, is_cancelled_error, set_flag};
use crate::objects::class;
use crate::objects::exceptions::{self, raise, ExcKind};
use crate::objects::function;
use crate::objects::list::{self, ListObj};
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;

pub(super) const TASK_GROUP: &str = "asyncio.TaskGroup";

const ENTERED: &str = "__closc_entered";
const EXITING: &str = "__closc_exiting";
const ABORTING: &str = "__closc_aborting";
const LOOP: &str = "__closc_loop";
const PARENT: &str = "__closc_parent_task";
const PARENT_CANCEL_REQUESTED: &str = "__closc_parent_cancel_requested";
const TASKS: &str = "__closc_tasks";
const ERRORS: &str = "__closc_errors";
const BASE_ERROR: &str = "__closc_base_error";
const ON_COMPLETED: &str = "__closc_on_completed_fut";

pub(super) fn make_task_group_class() -> Value {
    native_class::new_class(
        "TaskGroup",
        "asyncio.taskgroups",
        Value::NULL,
        &[
            ("__init__", task_group_init),
            ("__repr__", task_group_repr),
            ("__aenter__", task_group_aenter),
            ("__aexit__", task_group_aexit),
            ("create_task", task_group_create_task),
        ],
    )
}

/// `BaseExceptionGroup(message, errors)`: an `ExceptionGroup` when every error is an
/// `Exception`.
fn new_group(message: &str, errors: Value) -> PyResult {
    let group = types::exc_class(ExcKind::BaseExceptionGroup);
    crate::protocols::call::call(group, &[pystr::new(message), errors], Kw::NONE)
}

fn this_group(args: &[Value], method: &str) -> PyResult<Value> {
    native_class::this(args, TASK_GROUP, method, "TaskGroup")
}

fn task_group_init(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("TaskGroup", kw)?;
    let tg = this_group(args, "__init__")?;
    args::method_count("TaskGroup", args, 0, 0)?;
    for flag in [ENTERED, EXITING, ABORTING, PARENT_CANCEL_REQUESTED] {
        set_flag(tg, flag, false);
    }
    for key in [LOOP, PARENT, BASE_ERROR, ON_COMPLETED] {
        native_class::set(tg, key, none());
    }
    native_class::set(tg, TASKS, list::new(&[]));
    native_class::set(tg, ERRORS, list::new(&[]));
    Ok(none())
}

fn tasks_of(tg: Value) -> &'static ListObj {
    native_class::state(tg, TASKS)
        .get::<ListObj>()
        .expect("a task list")
}

fn errors_of(tg: Value) -> Option<&'static ListObj> {
    native_class::state(tg, ERRORS).get::<ListObj>()
}

fn describe(tg: Value) -> String {
    let mut info = String::new();
    let tasks = tasks_of(tg).len();
    if tasks > 0 {
        info.push_str(&format!(" tasks={tasks}"));
    }
    let errors = errors_of(tg).map_or(0, ListObj::len);
    if errors > 0 {
        info.push_str(&format!(" errors={errors}"));
    }
    if get_flag(tg, ABORTING) {
        info.push_str(" cancelling");
    } else if get_flag(tg, ENTERED) {
        info.push_str(" entered");
    }
    format!("<TaskGroup{info}>")
}

fn task_group_repr(args: &[Value], _kw: Kw) -> PyResult {
    Ok(pystr::new(&describe(this_group(args, "__repr__")?)))
}

fn task_group_aenter(args: &[Value], _kw: Kw) -> PyResult {
    let tg = this_group(args, "__aenter__")?;
    Ok(coroutine("__aenter__", aenter_body, &[tg]))
}

fn aenter_body(args: &[Value], _kw: Kw) -> PyResult {
    let tg = args[0];
    if get_flag(tg, ENTERED) {
        let r = describe(tg);
        return raise(
            ExcKind::RuntimeError,
            &format!("TaskGroup {r} has already been entered"),
        );
    }
    if native_class::state(tg, LOOP).is_none() {
        native_class::set(tg, LOOP, events::get_running_loop()?);
    }
    let Some(parent) = events::current_task() else {
        let r = describe(tg);
        return raise(
            ExcKind::RuntimeError,
            &format!("TaskGroup {r} cannot determine the parent task"),
        );
    };
    native_class::set(tg, PARENT, parent);
    set_flag(tg, ENTERED, true);
    Ok(tg)
}

fn is_base_error(exc: Value) -> bool {
    [ExcKind::SystemExit, ExcKind::KeyboardInterrupt]
        .iter()
        .any(|&kind| class::is_instance(exc, types::exc_class(kind)))
}

fn abort(tg: Value) -> PyResult<()> {
    set_flag(tg, ABORTING, true);
    let tasks = tuple::new(&tasks_of(tg).snapshot());
    for &t in tuple::items(tasks).unwrap_or(&[]) {
        if !futures::is_done(t) {
            futures::cancel(t, none())?;
        }
    }
    Ok(())
}

fn task_group_aexit(args: &[Value], _kw: Kw) -> PyResult {
    let tg = this_group(args, "__aexit__")?;
    args::method_count("__aexit__", args, 3, 3)?;
    Ok(coroutine("__aexit__", aexit_body, &[tg, args[1], args[2]]))
}

fn aexit_body(args: &[Value], _kw: Kw) -> PyResult {
    let (tg, et, exc) = (args[0], args[1], args[2]);
    set_flag(tg, EXITING, true);
    if !exc.is_none() && is_base_error(exc) && native_class::state(tg, BASE_ERROR).is_none() {
        native_class::set(tg, BASE_ERROR, exc);
    }
    let cancelled_error = super::exception_class_of(super::CANCELLED_ERROR);
    let mut propagate_cancellation = if et == cancelled_error {
        Some(exc)
    } else {
        None
    };
    let parent = native_class::state(tg, PARENT);
    if get_flag(tg, PARENT_CANCEL_REQUESTED) && futures::uncancel(parent) == 0 {
        propagate_cancellation = None;
    }
    if !et.is_none() && !get_flag(tg, ABORTING) {
        abort(tg)?;
    }
    let lp = native_class::state(tg, LOOP);
    while tasks_of(tg).len() > 0 {
        if native_class::state(tg, ON_COMPLETED).is_none() {
            native_class::set(tg, ON_COMPLETED, futures::new_future(lp));
        }
        if futures::wait(native_class::state(tg, ON_COMPLETED)).is_err() {
            let e = exceptions::pending();
            if !is_cancelled_error(e) {
                return Err(exceptions::restore_pending(e));
            }
            exceptions::take_pending();
            if !get_flag(tg, ABORTING) {
                propagate_cancellation = Some(e);
                abort(tg)?;
            }
        }
        native_class::set(tg, ON_COMPLETED, none());
    }
    let base_error = native_class::state(tg, BASE_ERROR);
    if !base_error.is_none() {
        return Err(exceptions::set_pending(base_error));
    }
    let errors = native_class::state(tg, ERRORS);
    let no_errors = errors_of(tg).is_none_or(|e| e.len() == 0);
    if let Some(cancellation) = propagate_cancellation {
        if no_errors {
            return Err(exceptions::set_pending(cancellation));
        }
    }
    if !et.is_none() && et != cancelled_error {
        if let Some(e) = errors_of(tg) {
            e.push(exc);
        }
    }
    if errors_of(tg).is_some_and(|e| e.len() > 0) {
        native_class::set(tg, ERRORS, none());
        let group = new_group("unhandled errors in a TaskGroup", errors)?;
        return Err(super::raise_from(group, none()));
    }
    Ok(none())
}

fn task_group_create_task(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("create_task", kw, &["name", "context"])?;
    let tg = this_group(args, "create_task")?;
    args::method_count("create_task", args, 1, 1)?;
    let r = describe(tg);
    if !get_flag(tg, ENTERED) {
        return raise(
            ExcKind::RuntimeError,
            &format!("TaskGroup {r} has not been entered"),
        );
    }
    if get_flag(tg, EXITING) && tasks_of(tg).len() == 0 {
        return raise(ExcKind::RuntimeError, &format!("TaskGroup {r} is finished"));
    }
    if get_flag(tg, ABORTING) {
        return raise(
            ExcKind::RuntimeError,
            &format!("TaskGroup {r} is shutting down"),
        );
    }
    let task = futures::new_task(native_class::state(tg, LOOP), args[1], none())?;
    if let Some(name) = kw.get("name").filter(|n| !n.is_none()) {
        futures::set_name(task, name)?;
    }
    let on_done = function::new_method("_on_task_done", on_task_done, tg, "TaskGroup");
    futures::add_done_callback(task, on_done)?;
    tasks_of(tg).push(task);
    Ok(task)
}

fn on_task_done(args: &[Value], _kw: Kw) -> PyResult {
    let (tg, task) = (args[0], args[1]);
    {
        let mut tasks = tasks_of(tg).items_mut();
        if let Some(i) = tasks.iter().position(|&t| t == task) {
            tasks.remove(i);
        }
    }
    let on_completed = native_class::state(tg, ON_COMPLETED);
    if !on_completed.is_none() && tasks_of(tg).len() == 0 && !futures::is_done(on_completed) {
        futures::set_result(on_completed, crate::objects::value::bool_value(true))?;
    }
    if futures::is_cancelled(task) {
        return Ok(none());
    }
    let exc = futures::exception(task)?;
    if exc.is_none() {
        return Ok(none());
    }
    if let Some(errors) = errors_of(tg) {
        errors.push(exc);
    }
    if is_base_error(exc) && native_class::state(tg, BASE_ERROR).is_none() {
        native_class::set(tg, BASE_ERROR, exc);
    }
    let parent = native_class::state(tg, PARENT);
    if futures::is_done(parent) {
        let t = crate::protocols::repr::repr_string(task)?;
        let p = crate::protocols::repr::repr_string(parent)?;
        events::report(
            &format!("Task {t} has errored out but its parent task {p} is already completed"),
            exc,
        );
        return Ok(none());
    }
    if !get_flag(tg, ABORTING) && !get_flag(tg, PARENT_CANCEL_REQUESTED) {
        abort(tg)?;
        set_flag(tg, PARENT_CANCEL_REQUESTED, true);
        futures::cancel(parent, none())?;
    }
    Ok(none())
}
