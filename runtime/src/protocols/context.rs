//! The context manager protocol of `with` statements.

use crate::objects::exceptions::type_error;
use crate::objects::function;
use crate::objects::methods;
use crate::objects::types;
use crate::objects::value::{PyResult, Value};
use crate::protocols::ops;

/// Checks that `manager` has `__enter__` and `__exit__` (looked up on its type, as CPython's
/// `BEFORE_WITH` does) and returns its bound `__exit__`.
pub fn exit_method(manager: Value) -> PyResult {
    let name = types::type_name(manager);
    if !ops::is_user_object(manager) {
        // A builtin context manager (memoryview) has both methods in its method table.
        let id = types::type_id(manager);
        return match (
            methods::find(id, "__enter__"),
            methods::find(id, "__exit__"),
        ) {
            (Some(_), Some(exit)) => Ok(function::new_method(exit.name, exit.func, manager, name)),
            _ => type_error(format!(
                "'{name}' object does not support the context manager protocol"
            )),
        };
    }
    if ops::user_method(manager, "__enter__").is_none() {
        return type_error(format!(
            "'{name}' object does not support the context manager protocol"
        ));
    }
    match ops::user_method(manager, "__exit__") {
        Some(exit) => Ok(function::new_bound(exit, manager)),
        None => type_error(format!(
            "'{name}' object does not support the context manager protocol (missed __exit__ method)"
        )),
    }
}

#[no_mangle]
pub extern "C" fn rt_with_exit(manager: Value) -> Value {
    exit_method(manager).unwrap_or(Value::NULL)
}
