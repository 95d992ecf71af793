//! Exceptions: the builtin hierarchy, exception objects, the pending-exception slot and the
//! messages printed for uncaught exceptions.

use crate::memory::heap;
use crate::objects::class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{none, Header, HeapObject, Kind, PyResult, Raised, Value};
use crate::protocols::ops;
use std::cell::Cell;

macro_rules! exception_kinds {
    ($($name:ident : $parent:expr),* $(,)?) => {
        /// The builtin exception classes. Some variants are only ever reached by position
        /// in `EXCEPTIONS` (name lookups), never named in code.
        #[allow(dead_code)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum ExcKind { $($name),* }

        /// Name and parent of each builtin exception class, in `ExcKind` order.
        pub const EXCEPTIONS: &[(&str, Option<ExcKind>)] = &[$((stringify!($name), $parent)),*];

        /// Every `ExcKind`, in order.
        pub const ALL_KINDS: &[ExcKind] = &[$(ExcKind::$name),*];
    };
}

use ExcKind as E;

exception_kinds! {
    BaseException: None,
    SystemExit: Some(E::BaseException),
    KeyboardInterrupt: Some(E::BaseException),
    GeneratorExit: Some(E::BaseException),
    Exception: Some(E::BaseException),
    ArithmeticError: Some(E::Exception),
    FloatingPointError: Some(E::ArithmeticError),
    OverflowError: Some(E::ArithmeticError),
    ZeroDivisionError: Some(E::ArithmeticError),
    AssertionError: Some(E::Exception),
    AttributeError: Some(E::Exception),
    BufferError: Some(E::Exception),
    EOFError: Some(E::Exception),
    ImportError: Some(E::Exception),
    ModuleNotFoundError: Some(E::ImportError),
    LookupError: Some(E::Exception),
    IndexError: Some(E::LookupError),
    KeyError: Some(E::LookupError),
    MemoryError: Some(E::Exception),
    NameError: Some(E::Exception),
    UnboundLocalError: Some(E::NameError),
    OSError: Some(E::Exception),
    FileNotFoundError: Some(E::OSError),
    ReferenceError: Some(E::Exception),
    RuntimeError: Some(E::Exception),
    NotImplementedError: Some(E::RuntimeError),
    RecursionError: Some(E::RuntimeError),
    StopIteration: Some(E::Exception),
    StopAsyncIteration: Some(E::Exception),
    SyntaxError: Some(E::Exception),
    SystemError: Some(E::Exception),
    TypeError: Some(E::Exception),
    ValueError: Some(E::Exception),
    UnicodeError: Some(E::ValueError),
    UnicodeDecodeError: Some(E::UnicodeError),
    UnicodeEncodeError: Some(E::UnicodeError),
    Warning: Some(E::Exception),
    UserWarning: Some(E::Warning),
    DeprecationWarning: Some(E::Warning),
    RuntimeWarning: Some(E::Warning),
    BlockingIOError: Some(E::OSError),
    ChildProcessError: Some(E::OSError),
    ConnectionError: Some(E::OSError),
    BrokenPipeError: Some(E::ConnectionError),
    ConnectionAbortedError: Some(E::ConnectionError),
    ConnectionRefusedError: Some(E::ConnectionError),
    ConnectionResetError: Some(E::ConnectionError),
    FileExistsError: Some(E::OSError),
    InterruptedError: Some(E::OSError),
    IsADirectoryError: Some(E::OSError),
    NotADirectoryError: Some(E::OSError),
    PermissionError: Some(E::OSError),
    ProcessLookupError: Some(E::OSError),
    TimeoutError: Some(E::OSError),
    IndentationError: Some(E::SyntaxError),
    TabError: Some(E::IndentationError),
    UnicodeTranslateError: Some(E::UnicodeError),
    BytesWarning: Some(E::Warning),
    EncodingWarning: Some(E::Warning),
    FutureWarning: Some(E::Warning),
    ImportWarning: Some(E::Warning),
    PendingDeprecationWarning: Some(E::Warning),
    ResourceWarning: Some(E::Warning),
    SyntaxWarning: Some(E::Warning),
    UnicodeWarning: Some(E::Warning),
    BaseExceptionGroup: Some(E::BaseException),
    ExceptionGroup: Some(E::BaseExceptionGroup),
}

/// The second base of a builtin exception class that has two (CPython's `ExceptionGroup`
/// derives from both `BaseExceptionGroup` and `Exception`).
pub fn second_base(kind: ExcKind) -> Option<ExcKind> {
    (kind == E::ExceptionGroup).then_some(E::Exception)
}

/// The `OSError` subclass CPython's `OSError(errno, strerror, ...)` makes for `errno`
/// (Linux numbering).
pub fn oserror_subclass(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        11 | 114 | 115 => E::BlockingIOError,
        10 => E::ChildProcessError,
        32 | 108 => E::BrokenPipeError,
        103 => E::ConnectionAbortedError,
        111 => E::ConnectionRefusedError,
        104 => E::ConnectionResetError,
        17 => E::FileExistsError,
        2 => E::FileNotFoundError,
        21 => E::IsADirectoryError,
        20 => E::NotADirectoryError,
        4 => E::InterruptedError,
        1 | 13 => E::PermissionError,
        3 => E::ProcessLookupError,
        110 => E::TimeoutError,
        _ => return None,
    })
}

/// An exception instance (of a builtin or user exception class). References: `class`,
/// `dict` (0 until an attribute is set), `args`, `cause`, `context`, `frame` (the function
/// that was running when a NameError was raised, for suggestions; 0 otherwise).
#[repr(C)]
pub struct ExceptionObj {
    pub header: Header,
    pub class: Value,
    pub dict: Cell<Value>,
    pub args: Cell<Value>,
    pub cause: Cell<Value>,
    pub context: Cell<Value>,
    pub frame: Cell<Value>,
    /// The frames the exception went through, innermost first: a list of `(code, line)`
    /// tuples (0 until it leaves a function).
    pub traceback: Cell<Value>,
    /// `__suppress_context__`: set by `raise ... from ...` and by assigning `__cause__`.
    pub suppress_context: Cell<bool>,
    /// An exception group's `(message, exceptions)` (0 for other exceptions): read-only
    /// attributes, kept apart from `args` and the instance dict as CPython keeps them.
    pub group: Cell<Value>,
    /// The values of the slots its class's `__slots__` declare, by name (a dict, null
    /// until one is set): apart from `__dict__`, as CPython keeps them.
    pub slots: Cell<Value>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for ExceptionObj {
    const KIND: Kind = Kind::Exception;
}

/// A new exception instance of `class` with the given args tuple.
pub fn new_instance(class: Value, args: Value) -> Value {
    let exc = heap::new(ExceptionObj {
        header: Header::new(Kind::Exception),
        class,
        dict: Cell::new(Value::NULL),
        args: Cell::new(args),
        cause: Cell::new(none()),
        context: Cell::new(none()),
        frame: Cell::new(Value::NULL),
        traceback: Cell::new(Value::NULL),
        suppress_context: Cell::new(false),
        group: Cell::new(Value::NULL),
        slots: Cell::new(Value::NULL),
    });
    crate::objects::class::register_if_finalizable(exc, class);
    exc
}

thread_local! {
    static PENDING: Cell<Value> = const { Cell::new(Value::NULL) };
    /// The exception the running code handles (CPython's top `exc_info` entry): set while
    /// an `except` or exceptional `finally` block runs, 0 otherwise. A running generator
    /// body has an entry of its own.
    static HANDLED: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// The pending exception, for the collector (the top handled one is a registered root; the
/// entries of the consumers of running generator bodies are kept by those generators).
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    visit(PENDING.with(|p| p.get()));
}

/// A generator body resumes: its own entry `own` (0 for none) goes on top of the
/// consumer's, which is returned for the generator to keep until it suspends (CPython's
/// `gen_send_ex2` linking `gi_exc_state` to the `previous_item` chain).
pub fn push_handled_entry(own: Value) -> Value {
    HANDLED.with(|h| h.replace(own))
}

/// A generator body suspends or ends: returns its own entry and makes its consumer's the
/// top one again.
pub fn pop_handled_entry(consumer: Value) -> Value {
    HANDLED.with(|h| h.replace(consumer))
}

/// An exception thrown into a generator body that handles one of its own gets that one as
/// `__context__` (CPython's `_PyErr_ChainStackItem`).
pub fn chain_pending_to_own_entry() {
    let own = HANDLED.with(|h| h.get());
    let exc = pending();
    if !own.is_null() && !own.is_none() && !exc.is_null() {
        chain_context(exc);
    }
}

/// Registers the handled-exception slot as a collector root.
pub fn register_roots() {
    HANDLED.with(|h| crate::memory::roots::register(h.as_ptr(), 1));
}

/// Raises `exc` (an exception instance): makes it pending, chaining the exception being
/// handled, if any, as its `__context__` (CPython's `_PyErr_SetObject`).
pub fn set_pending(exc: Value) -> Raised {
    chain_context(exc);
    restore_pending(exc)
}

/// Raises a new `kind(message)` whose `__cause__` (and `__context__`) is `cause`, an
/// exception just taken from pending (CPython's `_PyErr_FormatFromCause`).
pub fn raise_from_cause(kind: ExcKind, message: &str, cause: Value) -> Raised {
    let e = new_instance(types::exc_class(kind), tuple::new(&[pystr::new(message)]));
    if let Some(obj) = e.get::<ExceptionObj>() {
        obj.cause.set(cause);
        obj.context.set(cause);
        obj.suppress_context.set(true);
    }
    restore_pending(e)
}

/// Makes `exc` pending again as it is (a re-raise: no implicit chaining).
pub fn restore_pending(exc: Value) -> Raised {
    PENDING.with(|p| p.set(exc));
    Raised
}

fn context_of(v: Value) -> Option<Value> {
    let c = v.get::<ExceptionObj>()?.context.get();
    (!c.is_null() && !c.is_none()).then_some(c)
}

/// Sets `exc.__context__` to the exception being handled, first cutting the handled
/// exception's context chain where it reaches `exc` (so no new cycle forms; pre-existing
/// cycles are detected, Floyd-style, and left alone).
fn chain_context(exc: Value) {
    let Some(handled) = handled() else {
        return;
    };
    if handled == exc {
        return;
    }
    let Some(e) = exc.get::<ExceptionObj>() else {
        return;
    };
    let mut o = handled;
    let mut slow = handled;
    let mut toggle = false;
    while let Some(c) = context_of(o) {
        if c == exc {
            if let Some(oe) = o.get::<ExceptionObj>() {
                oe.context.set(none());
            }
            break;
        }
        o = c;
        if o == slow {
            break;
        }
        if toggle {
            slow = context_of(slow).unwrap_or(slow);
        }
        toggle = !toggle;
    }
    e.context.set(handled);
}

/// Enters an exception handler for `exc` (CPython's `PUSH_EXC_INFO`); returns the
/// exception handled before (0 for none), which `leave_handler` restores.
pub fn enter_handler(exc: Value) -> Value {
    HANDLED.with(|h| h.replace(exc))
}

/// Leaves an exception handler (CPython's `POP_EXCEPT`).
pub fn leave_handler(prev: Value) {
    HANDLED.with(|h| h.set(prev));
}

/// The exception being handled, if any (`sys.exc_info()`): the top entry's, or else the
/// innermost consumer's that handles one (CPython's `_PyErr_GetTopmostException`).
pub fn handled() -> Option<Value> {
    let set = |v: Value| !v.is_null() && !v.is_none();
    let top = HANDLED.with(|h| h.get());
    if set(top) {
        return Some(top);
    }
    let mut found = None;
    crate::objects::generator::consumers_handled(|v| {
        if found.is_none() && set(v) {
            found = Some(v);
        }
    });
    found
}

/// Takes the pending exception, leaving none.
pub fn take_pending() -> Value {
    PENDING.with(|p| p.replace(Value::NULL))
}

pub fn pending() -> Value {
    PENDING.with(|p| p.get())
}

/// Raises a builtin exception with one str argument.
pub fn raise<T>(kind: ExcKind, msg: &str) -> PyResult<T> {
    let args = tuple::new(&[pystr::new(msg)]);
    Err(set_pending(new_instance(types::exc_class(kind), args)))
}

/// Raises a builtin exception with the given args.
pub fn raise_args<T>(kind: ExcKind, args: &[Value]) -> PyResult<T> {
    Err(set_pending(new_instance(
        types::exc_class(kind),
        tuple::new(args),
    )))
}

/// Raises `TypeError` with a message.
pub fn type_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    raise(ExcKind::TypeError, msg.as_ref())
}

/// Raises `ValueError` with a message.
pub fn value_error<T>(msg: impl AsRef<str>) -> PyResult<T> {
    raise(ExcKind::ValueError, msg.as_ref())
}

/// True if the pending exception is an instance of `kind` (or a subclass).
pub fn pending_matches(kind: ExcKind) -> bool {
    let exc = pending();
    !exc.is_null() && class::is_subclass(types::type_of(exc), types::exc_class(kind))
}

/// True for exception instances.
pub fn is_exception(v: Value) -> bool {
    v.get::<ExceptionObj>().is_some()
}

/// The `args` tuple of an exception instance.
pub fn args_of(exc: Value) -> &'static [Value] {
    exc.get::<ExceptionObj>()
        .and_then(|e| tuple::items(e.args.get()))
        .unwrap_or(&[])
}

/// `BaseException.__str__`: '' for no args, str of the only arg, else str of the tuple.
pub fn base_str(exc: Value) -> PyResult<String> {
    match args_of(exc) {
        [] => Ok(String::new()),
        [one] => ops::str_string(*one),
        _ => ops::str_string(exc.get::<ExceptionObj>().map_or(none(), |e| e.args.get())),
    }
}

/// `KeyError.__str__`: the repr of a single argument.
pub fn key_error_str(exc: Value) -> PyResult<String> {
    match args_of(exc) {
        [one] => ops::repr_string(*one),
        _ => base_str(exc),
    }
}

/// `BaseException.__repr__`: `Name(args...)`.
pub fn base_repr(exc: Value) -> PyResult<String> {
    let name = types::short_type_name(exc);
    let args = args_of(exc);
    Ok(match args {
        [one] => format!("{name}({})", ops::repr_string(*one)?),
        _ => {
            let t = ops::repr_string(exc.get::<ExceptionObj>().map_or(none(), |e| e.args.get()))?;
            format!("{name}{t}")
        }
    })
}

/// The last line CPython prints for an uncaught exception: `Name: message` or `Name`.
pub fn last_line(exc: Value) -> String {
    let cls = types::type_of(exc);
    let name = class::display_name(cls);
    match ops::str_string(exc) {
        Ok(msg) if msg.is_empty() => name,
        Ok(msg) => match crate::protocols::suggest::suggestion(exc) {
            Some(s) => format!("{name}: {msg}. Did you mean: '{s}'?"),
            None => format!("{name}: {msg}"),
        },
        Err(_) => {
            take_pending();
            format!("{name}: <exception str() failed>")
        }
    }
}

/// An exception instance from what `raise` was given: an instance, or a class to call.
pub fn instance_from(v: Value) -> PyResult<Value> {
    if is_exception(v) {
        return Ok(v);
    }
    if let Some(c) = v.get::<class::ClassObj>() {
        if c.layout == class::Layout::Exception {
            let e = crate::protocols::call::call(v, &[], crate::protocols::call::Kw::NONE)?;
            if is_exception(e) {
                return Ok(e);
            }
            return type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                class::repr(c),
                types::type_name(e)
            ));
        }
    }
    type_error("exceptions must derive from BaseException")
}

/// `raise exc` / `raise exc from cause`: always ends with an exception pending.
pub fn raise_value(exc: Value, cause: Option<Value>) -> PyResult<()> {
    let e = instance_from(exc)?;
    if let Some(cause) = cause {
        let is_exception_class = cause
            .get::<class::ClassObj>()
            .is_some_and(|c| c.layout == class::Layout::Exception);
        // A class is called, and whatever that raises propagates (CPython's `do_raise`).
        let c = if cause.is_none() {
            cause
        } else if is_exception(cause) || is_exception_class {
            instance_from(cause)?
        } else {
            return type_error("exception causes must derive from BaseException");
        };
        if let Some(obj) = e.get::<ExceptionObj>() {
            obj.cause.set(c);
            obj.suppress_context.set(true);
        }
    }
    Err(set_pending(e))
}

/// What `except cls:` may name: an exception class or a tuple of them; gives the classes.
pub fn catchable(cls: &Value) -> PyResult<&[Value]> {
    let classes = tuple::items(*cls).unwrap_or(std::slice::from_ref(cls));
    let is_exception_class = |c: &Value| {
        c.get::<class::ClassObj>()
            .is_some_and(|c| c.layout == class::Layout::Exception)
    };
    if !classes.iter().all(is_exception_class) {
        return type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        );
    }
    Ok(classes)
}

/// `except cls:` — whether `exc` is an instance of `cls` (or of one in a tuple).
pub fn matches(exc: Value, cls: Value) -> PyResult<bool> {
    // Every class of a tuple is checked before any is matched, as CPython does.
    let classes = catchable(&cls)?;
    let exc_class = types::type_of(exc);
    Ok(classes.iter().any(|&c| class::is_subclass(exc_class, c)))
}

/// Raises a NameError for `name`, recording it and the function whose code failed (0 for
/// the module body) for suggestions.
pub fn raise_name_error<T>(name: Value, frame: Value, msg: &str) -> PyResult<T> {
    let e = new_instance(
        types::exc_class(ExcKind::NameError),
        tuple::new(&[pystr::new(msg)]),
    );
    if let Some(obj) = e.get::<ExceptionObj>() {
        obj.frame.set(frame);
    }
    if let Some(d) = class::instance_dict(e) {
        d.set(pystr::new("name"), name)?;
    }
    Err(set_pending(e))
}

/// Raises `AttributeError` with its `name` and `obj` attributes set.
pub fn raise_attribute_error<T>(obj: Value, name: &str, msg: &str) -> PyResult<T> {
    let e = new_instance(
        types::exc_class(ExcKind::AttributeError),
        tuple::new(&[pystr::new(msg)]),
    );
    if let Some(d) = class::instance_dict(e) {
        d.set(pystr::new("name"), pystr::new(name))?;
        d.set(pystr::new("obj"), obj)?;
    }
    Err(set_pending(e))
}

/// The C library's message for `errno` (what CPython puts in `strerror`).
pub fn strerror(errno: i32) -> String {
    extern "C" {
        fn strerror(errnum: std::ffi::c_int) -> *const std::ffi::c_char;
    }
    // SAFETY: `strerror` returns a pointer to a NUL-terminated string that stays valid
    // until the next call of `strerror` on this thread; it is copied out at once, and the
    // runtime runs Python code on one thread.
    unsafe {
        let message = strerror(errno);
        if message.is_null() {
            return format!("Unknown error {errno}");
        }
        std::ffi::CStr::from_ptr(message)
            .to_string_lossy()
            .into_owned()
    }
}

/// Raises the `OSError` subclass for a failed system call, as CPython's
/// `PyErr_SetFromErrnoWithFilenameObjects`: `[Errno 2] No such file or directory: 'x'`.
/// `filenames` holds zero, one or two file names (str or bytes values).
pub fn raise_os_error<T>(err: &std::io::Error, filenames: &[Value]) -> PyResult<T> {
    let Some(errno) = err.raw_os_error() else {
        return raise(ExcKind::OSError, &err.to_string());
    };
    let mut args = vec![
        crate::objects::int::from_i64(i64::from(errno)),
        pystr::new(&strerror(errno)),
    ];
    match filenames {
        [] => {}
        [one] => args.push(*one),
        [first, second, ..] => {
            args.extend([*first, none(), *second]);
        }
    }
    let exc = crate::protocols::call::call(
        types::exc_class(ExcKind::OSError),
        &args,
        crate::protocols::call::Kw::NONE,
    )?;
    Err(set_pending(exc))
}
