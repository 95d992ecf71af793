//! Calling values: argument binding for compiled functions (with CPython's error messages),
//! builtin functions, bound methods, classes and callable instances; recursion depth.

use crate::memory::gc::{self, RootedVec};
use crate::objects::builtin_subclass;
use crate::objects::class::{self, ClassObj, InstanceObj};
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, type_error, ExcKind};
use crate::objects::function::{
    BoundMethodObj, BuiltinObj, CodeObj, DescrKind, DescriptorObj, FunctionObj, CO_VARARGS,
    CO_VARKEYWORDS,
};
use crate::objects::generator;
use crate::objects::metaclass;
use crate::objects::methods;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{Kind, PyResult, Raised, Value};
use crate::protocols::attr;
use crate::protocols::ops;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

/// Keyword arguments: parallel slices of names (strs) and values.
#[derive(Clone, Copy)]
pub struct Kw<'a> {
    pub names: &'a [Value],
    pub values: &'a [Value],
}

impl<'a> Kw<'a> {
    pub const NONE: Kw<'static> = Kw {
        names: &[],
        values: &[],
    };

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Value)> + 'a {
        self.names
            .iter()
            .zip(self.values)
            .map(|(n, v)| (pystr::as_str(*n).unwrap_or(""), *v))
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// Runs a compiled function's native entry on its parameter slots (`code.nslots()` of
/// them), passing them the way the entry takes them (see `CodeObj::entry`).
pub fn run_entry(func: Value, code: &CodeObj, slots: *const Value) -> Value {
    let entry = code.entry;
    if !code.takes_registers() {
        // SAFETY: the compiler gave a function with more than `MAX_REGISTER_SLOTS` slots
        // the array signature (`rt_code_new`'s contract).
        let f: extern "C" fn(Value, *const Value) -> Value =
            unsafe { std::mem::transmute::<usize, _>(entry) };
        return f(func, slots);
    }
    // SAFETY: the caller passes `nslots` readable slots.
    let s = |i: usize| unsafe { *slots.add(i) };
    // SAFETY (each transmute): the compiler gave a function with `n` slots, n at most
    // `MAX_REGISTER_SLOTS`, the signature taking the function and `n` values.
    unsafe {
        match code.nslots() {
            0 => std::mem::transmute::<usize, extern "C" fn(Value) -> Value>(entry)(func),
            1 => std::mem::transmute::<usize, extern "C" fn(Value, Value) -> Value>(entry)(
                func,
                s(0),
            ),
            2 => std::mem::transmute::<usize, extern "C" fn(Value, Value, Value) -> Value>(entry)(
                func,
                s(0),
                s(1),
            ),
            3 => std::mem::transmute::<usize, extern "C" fn(Value, Value, Value, Value) -> Value>(
                entry,
            )(func, s(0), s(1), s(2)),
            4 => std::mem::transmute::<
                usize,
                extern "C" fn(Value, Value, Value, Value, Value) -> Value,
            >(entry)(func, s(0), s(1), s(2), s(3)),
            5 => std::mem::transmute::<
                usize,
                extern "C" fn(Value, Value, Value, Value, Value, Value) -> Value,
            >(entry)(func, s(0), s(1), s(2), s(3), s(4)),
            _ => std::mem::transmute::<
                usize,
                extern "C" fn(Value, Value, Value, Value, Value, Value, Value) -> Value,
            >(entry)(func, s(0), s(1), s(2), s(3), s(4), s(5)),
        }
    }
}

/// How many more Python frames may start before the recursion limit: the limit minus the
/// active frames (the module body included). Every compiled function's prologue takes one
/// and calls `frame_check` when the result is negative; its exits give it back. While a
/// collection is pending it is lowered by `TRAP` (so every prologue calls `frame_check`,
/// the collector's safepoint): one test serves as both checks.
#[allow(non_upper_case_globals)]
#[no_mangle]
pub static closc_frames_left: AtomicI64 = AtomicI64::new(DEFAULT_RECURSION_LIMIT);

const DEFAULT_RECURSION_LIMIT: i64 = 1000;

/// Far beyond any depth: subtracting it makes `closc_frames_left` negative.
const TRAP: i64 = closc_abi::call::FRAMES_LEFT_TRAP;

/// `sys.getrecursionlimit()`.
static RECURSION_LIMIT: AtomicI64 = AtomicI64::new(DEFAULT_RECURSION_LIMIT);
static TRAPPED: AtomicBool = AtomicBool::new(false);

/// Adds `delta` to `closc_frames_left`. The runtime runs on one thread and no signal
/// handler touches the counter, so a plain read and write serve, as in the compiled
/// prologues (a locked add costs as much as a whole level of generator resumption).
fn add_frames_left(delta: i64) {
    let left = closc_frames_left.load(Ordering::Relaxed);
    closc_frames_left.store(left + delta, Ordering::Relaxed);
}

/// `closc_frames_left` without the trap.
fn frames_left() -> i64 {
    let left = closc_frames_left.load(Ordering::Relaxed);
    if TRAPPED.load(Ordering::Relaxed) {
        left + TRAP
    } else {
        left
    }
}

/// Makes every prologue call `frame_check` (a collection is wanted).
pub fn trap_prologues() {
    if !TRAPPED.swap(true, Ordering::Relaxed) {
        add_frames_left(-TRAP);
    }
}

/// Lets prologues run freely again up to the recursion limit.
pub fn untrap_prologues() {
    if TRAPPED.swap(false, Ordering::Relaxed) {
        add_frames_left(TRAP);
    }
}

/// The prologue's slow path, entered when `closc_frames_left` went negative: collects if a
/// collection is due (and runs the finalizers it found), then raises RecursionError if the
/// depth is really beyond the limit.
/// Returns false when it raised.
pub fn frame_check() -> bool {
    if gc::safepoint() {
        crate::protocols::finalize::run_pending();
    }
    if frames_left() < 0 {
        let _: PyResult<()> = recursion_error();
        return false;
    }
    true
}

/// The state of the Python call stack that the runtime tracks itself.
struct Frames {
    /// Lowest native stack address a call may start from (0: not known).
    stack_floor: Cell<usize>,
    /// The function last entered through the runtime's call path (0 for the module body).
    current: Cell<Value>,
    /// The argument slots of that frame (for zero-argument `super()`).
    args: Cell<*const Value>,
}

thread_local! {
    static FRAMES: Frames = const {
        Frames {
            stack_floor: Cell::new(0),
            current: Cell::new(Value::NULL),
            args: Cell::new(std::ptr::null()),
        }
    };
}

/// The running function, for the collector (its argument slots are on the native stack or
/// in a `RootedVec`).
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    visit(FRAMES.with(|f| f.current.get()));
}

pub fn set_recursion_limit(n: i64) {
    let old = RECURSION_LIMIT.swap(n, Ordering::Relaxed);
    add_frames_left(n - old);
}

/// The number of active Python frames.
pub fn frame_depth() -> i64 {
    recursion_limit() - frames_left()
}

/// Makes `depth` the number of active Python frames (a generator's frames come and go).
pub fn set_frame_depth(depth: i64) {
    add_frames_left(frame_depth() - depth);
}

pub fn recursion_limit() -> i64 {
    RECURSION_LIMIT.load(Ordering::Relaxed)
}

/// One level of recursion inside the runtime (comparing or printing nested containers),
/// counted with the Python frames as CPython counts its C-level recursion.
pub struct RecursionGuard(());

impl Drop for RecursionGuard {
    fn drop(&mut self) {
        add_frames_left(1);
    }
}

/// Enters one level of runtime recursion; beyond the recursion limit, or near the end of
/// the native stack, raises `RecursionError: maximum recursion depth exceeded{context}`.
pub fn enter_recursion(context: &str) -> PyResult<RecursionGuard> {
    add_frames_left(-1);
    let guard = RecursionGuard(());
    let marker = 0u8;
    let here = &marker as *const u8 as usize;
    let stack_exhausted = FRAMES.with(|f| here < f.stack_floor.get());
    if frames_left() < 0 || stack_exhausted {
        return exceptions::raise(
            ExcKind::RecursionError,
            &format!("maximum recursion depth exceeded{context}"),
        );
    }
    Ok(guard)
}

/// Enters one level of recursion that takes no native stack (a generator body resumed in
/// its delegator's loop): false, with RecursionError raised, beyond the recursion limit.
pub fn enter_flat_recursion() -> bool {
    if frames_left() < 1 {
        let _: PyResult<()> = recursion_error();
        return false;
    }
    add_frames_left(-1);
    true
}

/// Leaves `levels` levels entered by `enter_flat_recursion`.
pub fn leave_flat_recursion(levels: i64) {
    add_frames_left(levels);
}

/// Raises `RecursionError: maximum recursion depth exceeded`.
pub fn recursion_error<T>() -> PyResult<T> {
    exceptions::raise(ExcKind::RecursionError, "maximum recursion depth exceeded")
}

/// The function whose frame is running (0 for the module body).
pub fn current_function() -> Value {
    FRAMES.with(|f| f.current.get())
}

/// The first argument of the running function's frame, if it has one.
pub fn current_first_arg() -> Option<Value> {
    let (func, args) = FRAMES.with(|f| (f.current.get(), f.args.get()));
    let code = func.get::<FunctionObj>()?.code();
    if args.is_null() || code.nslots() == 0 {
        return None;
    }
    // SAFETY: `args` is the slot array of the running frame, which `invoke` keeps alive
    // (and holding `nslots` values) until that frame returns.
    Some(unsafe { *args })
}

/// Replaces the lowest native stack address a call may start from (a generator body runs
/// on a stack of its own) and returns the previous one.
pub fn swap_stack_floor(floor: usize) -> usize {
    FRAMES.with(|f| f.stack_floor.replace(floor))
}

/// Records how far the native stack may grow below the current frame.
pub fn set_stack_budget(bytes: usize) {
    let marker = 0u8;
    let here = &marker as *const u8 as usize;
    FRAMES.with(|f| f.stack_floor.set(here.saturating_sub(bytes)));
}

/// Runs a compiled function's entry with its bound argument slots, refusing (with
/// RecursionError) when the native stack is nearly exhausted.
fn invoke(func: Value, code: &CodeObj, slots: *const Value) -> PyResult {
    let marker = 0u8;
    let here = &marker as *const u8 as usize;
    let saved = FRAMES.with(|f| {
        if here < f.stack_floor.get() {
            return None;
        }
        Some((f.current.replace(func), f.args.replace(slots)))
    });
    let Some((caller, caller_args)) = saved else {
        return recursion_error();
    };
    let r = run_entry(func, code, slots);
    FRAMES.with(|f| {
        f.current.set(caller);
        f.args.set(caller_args);
    });
    if r.is_null() {
        Err(Raised)
    } else {
        Ok(r)
    }
}

/// `callee(*args, **kw)`. Collection is blocked while the callee runs, so the caller may
/// hold values anywhere (see gc.rs); prefer `call_rooted` for calls that may run long.
pub fn call(callee: Value, args: &[Value], kw: Kw) -> PyResult {
    let _no_gc = gc::NoGc::new();
    call_rooted(callee, args, kw)
}

/// `callee(*args, **kw)`, letting the collector run inside the callee: every Rust frame
/// between the entry from compiled code and this call must keep its values where the
/// collector sees them (locals, reachable objects, `RootedVec`s; see gc.rs).
pub fn call_rooted(callee: Value, args: &[Value], kw: Kw) -> PyResult {
    if callee.is_object() {
        match callee.kind() {
            Kind::Function => {
                if let Some(f) = callee.get::<FunctionObj>() {
                    return call_function(callee, f, args, kw);
                }
            }
            Kind::Builtin => {
                if let Some(b) = callee.get::<BuiltinObj>() {
                    if !b.this.is_null() {
                        return call_builtin_with(b, b.this, args, kw);
                    }
                    if let Some((&first, rest)) = args.split_first() {
                        if builtin_subclass::base_value(first).is_some() {
                            return call_builtin_with(b, first, rest, kw);
                        }
                    }
                    return (b.func)(args, kw);
                }
            }
            Kind::BoundMethod => {
                if let Some(m) = callee.get::<BoundMethodObj>() {
                    return call_with_self_rooted(m.func, m.this, args, kw);
                }
            }
            Kind::Class => {
                if let Some(f) = metaclass::metaclass_method(callee, "__call__") {
                    let bound = attr::bind(f, callee, metaclass::metaclass_of(callee))?;
                    return call_rooted(bound, args, kw);
                }
                if let Some(c) = callee.get::<ClassObj>() {
                    return class::instantiate(callee, c, args, kw);
                }
            }
            Kind::Instance | Kind::Exception => {
                let cls = class::instance_class(callee);
                if let Some(f) = cls
                    .get::<ClassObj>()
                    .and_then(|c| c.lookup_user(pystr::intern("__call__")))
                {
                    let _level = enter_recursion(" while calling a Python object")?;
                    if f.get::<FunctionObj>().is_some() {
                        return call_with_self_rooted(f, callee, args, kw);
                    }
                    // A static or class method, or another descriptor: bound as an
                    // attribute lookup would bind it.
                    let bound = attr::bind(f, callee, cls)?;
                    return call_rooted(bound, args, kw);
                }
            }
            Kind::Descriptor => {
                if let Some(d) = callee.get::<DescriptorObj>() {
                    if d.kind == DescrKind::StaticMethod {
                        return call_rooted(d.func, args, kw);
                    }
                }
            }
            _ => {}
        }
    }
    type_error(format!(
        "'{}' object is not callable",
        types::type_name(callee)
    ))
}

/// Calls `f` with `this` prepended to the positional arguments, collection blocked (as
/// `call`).
pub fn call_with_self(f: Value, this: Value, args: &[Value], kw: Kw) -> PyResult {
    let _no_gc = gc::NoGc::new();
    call_with_self_rooted(f, this, args, kw)
}

/// `call_with_self` letting the collector run (as `call_rooted`).
/// The `__call__` of the class of instance `callee`, when it is a compiled function that
/// generated code may call directly with `nargs` arguments, and a frame is left for the
/// call of `__call__` itself: that frame is then taken (see `rt_instance_call_function`).
pub fn instance_call_function(callee: Value, nargs: u64) -> Option<Value> {
    let instance = callee.get::<InstanceObj>()?;
    let call = instance
        .class
        .get::<ClassObj>()?
        .lookup_user(pystr::intern("__call__"))?;
    let function = call.get::<FunctionObj>()?;
    if function.direct_arity != nargs || frames_left() <= 0 {
        return None;
    }
    add_frames_left(-1);
    Some(call)
}

pub fn call_with_self_rooted(f: Value, this: Value, args: &[Value], kw: Kw) -> PyResult {
    // Methods are mostly compiled functions: skip `call_rooted`'s dispatch.
    if let Some(func) = f.get::<FunctionObj>() {
        return with_prefix(this, args, |full| call_function(f, func, full, kw));
    }
    if let Some(b) = f.get::<BuiltinObj>() {
        if b.this.is_null() {
            return call_builtin_with(b, this, args, kw);
        }
    }
    with_prefix(this, args, |full| call_rooted(f, full, kw))
}

/// Calls `f`, a special method found on the class of `this`, on `this` (as
/// `call_with_self_rooted`); a descriptor object stored as the method (`__len__ = P()`
/// where `P` defines `__get__`) is bound through its `__get__` first, as CPython binds
/// special methods.
pub fn call_special_rooted(f: Value, this: Value, args: &[Value]) -> PyResult {
    if f.is_object() && f.kind() == Kind::Instance {
        if let Some(get) = ops::user_method(f, "__get__") {
            let bound = call_with_self_rooted(get, f, &[this, types::type_of(this)], Kw::NONE)?;
            return call_rooted(bound, args, Kw::NONE);
        }
    }
    call_with_self_rooted(f, this, args, Kw::NONE)
}

/// `call_special_rooted` without collections (as `call_with_self`).
pub fn call_special(f: Value, this: Value, args: &[Value]) -> PyResult {
    let _no_gc = gc::NoGc::new();
    call_special_rooted(f, this, args)
}

/// Calls native function `b` with `this` first. A builtin type's method called on an
/// instance of a class deriving from the type runs on the instance's base value (as does
/// an operator's other operand); an in-place operator giving the base value back gives
/// the instance (`list.__iadd__`).
fn call_builtin_with(b: &BuiltinObj, this: Value, args: &[Value], kw: Kw) -> PyResult {
    if let Some(base) = builtin_subclass::base_value(this) {
        // A plain method (`append`, `get`, ...) of the base value's own type runs on it as
        // it is: the cases below are all dunders but property's copying methods.
        if !b.name.starts_with("__")
            && b.owner != "property"
            && types::name_of(types::type_id(base)) == b.owner
        {
            return with_prefix(base, args, |full| (b.func)(full, kw));
        }
        let base = builtin_subclass::receiver(this, b.owner);
        if base != this && b.owner == "dict" && b.name == "__getitem__" {
            if let [key] = args {
                return builtin_subclass::dict_getitem(this, base, *key);
            }
        }
        if base != this && b.name == "__init__" {
            let id = match b.owner {
                "property" => Some(types::TypeId::Property),
                "staticmethod" => Some(types::TypeId::StaticMethod),
                "classmethod" => Some(types::TypeId::ClassMethod),
                _ => None,
            };
            if let Some(id) = id {
                return builtin_subclass::descriptor_init(this, id, args, kw);
            }
        }
        if let Some(r) = builtin_subclass::named_after_class(this, base, b.name, args) {
            return r;
        }
        if let Some(r) = builtin_subclass::property_copy(this, base, b.name, args) {
            return r;
        }
        if base != this {
            // An operator's other operand of the same kind counts as its base value too.
            let other = match args {
                [other] if ops::is_operator_dunder(b.name) => {
                    Some(builtin_subclass::receiver(*other, b.owner))
                }
                _ => None,
            };
            let args = other.as_ref().map_or(args, std::slice::from_ref);
            let r = with_prefix(base, args, |full| (b.func)(full, kw))?;
            return Ok(if ops::is_in_place_dunder(b.name) && r == base {
                this
            } else {
                r
            });
        }
    }
    with_prefix(this, args, |full| (b.func)(full, kw))
}

/// Runs `k` on `[first, args...]`, without allocating for short argument lists.
fn with_prefix<R>(first: Value, args: &[Value], k: impl FnOnce(&[Value]) -> R) -> R {
    const N: usize = 8;
    if args.len() < N {
        let mut buf = [Value::NULL; N];
        buf[0] = first;
        buf[1..=args.len()].copy_from_slice(args);
        k(&buf[..=args.len()])
    } else {
        let mut v = RootedVec::from_vec(Vec::with_capacity(args.len() + 1));
        v.push(first);
        v.extend_from_slice(args);
        k(&v)
    }
}

/// Calls a compiled function: binds the arguments to its parameter slots. The collector may
/// run inside (as `call_rooted`).
fn call_function(func: Value, f: &FunctionObj, args: &[Value], kw: Kw) -> PyResult {
    let code = f.code();
    if kw.is_empty()
        && code.flags == 0
        && code.kwonlycount == 0
        && args.len() as u64 == code.argcount
    {
        return invoke(func, code, args.as_ptr());
    }
    const N: usize = 12;
    let n = code.nslots();
    if let Some(flavor) = generator::flavor_of_code(code.flags) {
        let (mut frame, first_slot) = generator::new_frame(code);
        bind(f, code, args, kw, &mut frame[first_slot..first_slot + n])?;
        return Ok(generator::new(func, frame, flavor));
    }
    if n <= N {
        let mut buf = [Value::NULL; N];
        bind(f, code, args, kw, &mut buf[..n])?;
        invoke(func, code, buf.as_ptr())
    } else {
        let mut v = RootedVec::from_vec(vec![Value::NULL; n]);
        bind(f, code, args, kw, &mut v)?;
        invoke(func, code, v.as_ptr())
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Fills `slots` from the call's arguments, as CPython's `initialize_locals` does.
pub fn bind(
    f: &FunctionObj,
    code: &CodeObj,
    args: &[Value],
    kw: Kw,
    slots: &mut [Value],
) -> PyResult<()> {
    let argc = code.argcount as usize;
    let kwonly = code.kwonlycount as usize;
    if kw.is_empty()
        && args.len() == argc
        && kwonly == 0
        && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
    {
        slots[..argc].copy_from_slice(args);
        return Ok(());
    }
    let varnames = code.varnames();
    // Only error messages need the name.
    let name = || f.qualname_str();
    let has_varargs = code.flags & CO_VARARGS != 0;
    let n = args.len().min(argc);
    slots[..n].copy_from_slice(&args[..n]);
    if has_varargs {
        slots[argc + kwonly] = tuple::new(&args[n..]);
    }
    let varkw = if code.flags & CO_VARKEYWORDS != 0 {
        let d = dict::new();
        slots[argc + kwonly + has_varargs as usize] = d;
        d.get::<DictObj>()
    } else {
        None
    };
    let posonly = (code.posonlycount.get() as usize).min(argc);
    for (kname, kval) in kw.iter() {
        let pos = varnames[posonly..argc + kwonly]
            .iter()
            .position(|v| pystr::as_str(*v) == Some(kname))
            .map(|j| j + posonly);
        match pos {
            Some(j) => {
                if !slots[j].is_null() {
                    return type_error(format!(
                        "{}() got multiple values for argument '{kname}'",
                        name()
                    ));
                }
                slots[j] = kval;
            }
            None => match varkw {
                Some(d) => d.set(pystr::new(kname), kval)?,
                None => {
                    posonly_passed_as_keyword(name(), &varnames[..posonly], kw)?;
                    return type_error(format!(
                        "{}() got an unexpected keyword argument '{kname}'",
                        name()
                    ));
                }
            },
        }
    }
    let defaults = tuple::items(f.defaults.get()).unwrap_or(&[]);
    if args.len() > argc && !has_varargs {
        let kwonly_given = slots[argc..argc + kwonly]
            .iter()
            .filter(|v| !v.is_null())
            .count();
        let sig = if defaults.is_empty() {
            format!("{argc} positional argument{}", plural(argc))
        } else {
            format!(
                "from {} to {argc} positional arguments",
                argc - defaults.len()
            )
        };
        let given = args.len();
        let msg = if kwonly_given > 0 {
            format!(
                "{}() takes {sig} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                name(),
                plural(given),
                plural(kwonly_given)
            )
        } else {
            format!(
                "{}() takes {sig} but {given} {} given",
                name(),
                if given == 1 { "was" } else { "were" }
            )
        };
        return type_error(msg);
    }
    let first_default = argc - defaults.len().min(argc);
    let mut missing = Vec::new();
    for i in n..argc {
        if slots[i].is_null() {
            if i >= first_default {
                slots[i] = defaults[i - first_default];
            } else {
                missing.push(varnames[i]);
            }
        }
    }
    if !missing.is_empty() {
        return missing_error(name(), "positional", &missing);
    }
    let kwdefaults = f.kwdefaults().get::<DictObj>();
    for i in argc..argc + kwonly {
        if slots[i].is_null() {
            match kwdefaults.and_then(|d| d.get_str(varnames[i])) {
                Some(v) => slots[i] = v,
                None => missing.push(varnames[i]),
            }
        }
    }
    if !missing.is_empty() {
        return missing_error(name(), "keyword-only", &missing);
    }
    Ok(())
}

/// CPython's error for keywords naming positional-only parameters (when the function has
/// no `**kwargs` to receive them).
fn posonly_passed_as_keyword(name: &str, posonly: &[Value], kw: Kw) -> PyResult<()> {
    let mut conflicts = Vec::new();
    for p in posonly {
        let p = pystr::as_str(*p).unwrap_or("?");
        conflicts.extend(kw.iter().filter(|(k, _)| *k == p).map(|(k, _)| k));
    }
    if conflicts.is_empty() {
        return Ok(());
    }
    type_error(format!(
        "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
        conflicts.join(", ")
    ))
}

fn missing_error(name: &str, what: &str, missing: &[Value]) -> PyResult<()> {
    let names: Vec<String> = missing
        .iter()
        .map(|v| format!("'{}'", pystr::as_str(*v).unwrap_or("?")))
        .collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        k => format!("{}, and {}", names[..k - 1].join(", "), names[k - 1]),
    };
    type_error(format!(
        "{name}() missing {} required {what} argument{}: {list}",
        missing.len(),
        plural(missing.len())
    ))
}

/// `obj.name(*args)` without creating the bound method when possible; collection blocked
/// (as `call`).
pub fn call_method(obj: Value, name: Value, args: &[Value], kw: Kw) -> PyResult {
    let _no_gc = gc::NoGc::new();
    call_method_rooted(obj, name, args, kw)
}

/// `call_method` letting the collector run (as `call_rooted`).
pub fn call_method_rooted(obj: Value, name: Value, args: &[Value], kw: Kw) -> PyResult {
    // Small ints too (`n.bit_length()`): their methods are native methods of `int`.
    if obj.is_object() || obj.is_small() {
        match obj.kind() {
            Kind::Instance | Kind::Exception if !attr::has_getattribute(obj) => {
                let in_dict = class::own_attr(obj, name);
                if in_dict.is_none() {
                    let cls = class::instance_class(obj);
                    if let Some(f) = cls.get::<ClassObj>().and_then(|c| c.lookup(name)) {
                        // What `attr::bind` would bind to the instance (a builtin
                        // function of no type, like `len`, does not bind).
                        if f.kind() == Kind::Function
                            || (f.kind() == Kind::Builtin
                                && f.get::<BuiltinObj>()
                                    .is_some_and(|b| b.this.is_null() && !b.owner.is_empty()))
                        {
                            return call_with_self_rooted(f, obj, args, kw);
                        }
                    }
                }
            }
            _ if has_native_methods(obj) => {
                if let Some((m, receiver)) = native_method(obj, name) {
                    return call_native_method(m, receiver, obj, args, kw);
                }
            }
            _ => {}
        }
    }
    let f = attr::getattr(obj, name)?;
    call_rooted(f, args, kw)
}

/// Whether `obj.name(...)` may be a native method of `obj`'s builtin type, found by
/// [`native_method`]: `obj` is not an object whose attributes are its own or its class's.
pub fn has_native_methods(obj: Value) -> bool {
    (obj.is_object() || obj.is_small())
        && !matches!(
            obj.kind(),
            Kind::Instance
                | Kind::Exception
                | Kind::Class
                | Kind::Module
                | Kind::Function
                | Kind::Super
        )
}

/// Calls `m`, a native method of `obj`'s builtin type, bound as `receiver` says.
pub fn call_native_method(
    m: &'static methods::Method,
    receiver: methods::Receiver,
    obj: Value,
    args: &[Value],
    kw: Kw,
) -> PyResult {
    match receiver {
        methods::Receiver::Instance => with_prefix(obj, args, |full| (m.func)(full, kw)),
        methods::Receiver::Class => {
            with_prefix(types::type_of(obj), args, |full| (m.func)(full, kw))
        }
        methods::Receiver::Static => (m.func)(args, kw),
    }
}

/// A native method found for a builtin type and a name str, by the str's address: the name
/// at a call site is the same str at every call. An entry serves until the next collection,
/// so a name str freed since cannot share its address with a newer one.
#[derive(Clone, Copy)]
struct NativeMethodEntry {
    id: types::TypeId,
    name: u64,
    collection: u64,
    method: &'static methods::Method,
    receiver: methods::Receiver,
}

const NATIVE_METHOD_SLOTS: usize = 256;

thread_local! {
    static NATIVE_METHODS: [Cell<Option<NativeMethodEntry>>; NATIVE_METHOD_SLOTS] =
        const { [const { Cell::new(None) }; NATIVE_METHOD_SLOTS] };
}

/// The native method `name` of `obj`'s builtin type, and what it binds to.
pub fn native_method(
    obj: Value,
    name: Value,
) -> Option<(&'static methods::Method, methods::Receiver)> {
    let id = types::type_id(obj);
    let collection = gc::collections();
    let slot = ((name.0 >> 4) as usize ^ (id as usize).wrapping_mul(0x9e37)) % NATIVE_METHOD_SLOTS;
    if let Some(e) = NATIVE_METHODS.with(|c| c[slot].get()) {
        if e.name == name.0 && e.id == id && e.collection == collection {
            return Some((e.method, e.receiver));
        }
    }
    let text = pystr::as_str(name)?;
    let method = methods::find(id, text)?;
    let receiver = methods::receiver_kind(id, text);
    NATIVE_METHODS.with(|c| {
        c[slot].set(Some(NativeMethodEntry {
            id,
            name: name.0,
            collection,
            method,
            receiver,
        }))
    });
    Some((method, receiver))
}

/// CPython's `_PyObject_FunctionStr`: how call errors name the callee (`__main__.f()`,
/// `__main__.C.m()`, `print()`, `str.join()`, or `str(callee)` for other callables).
pub fn function_str(callee: Value) -> PyResult<String> {
    if callee.is_object() {
        match callee.kind() {
            Kind::Function => {
                if let Some(f) = callee.get::<FunctionObj>() {
                    return Ok(match pystr::as_str(f.module()) {
                        Some(m) if m != "builtins" => format!("{m}.{}()", f.qualname_str()),
                        _ => format!("{}()", f.qualname_str()),
                    });
                }
            }
            Kind::BoundMethod => {
                if let Some(m) = callee.get::<BoundMethodObj>() {
                    return function_str(m.func);
                }
            }
            Kind::Builtin => {
                if let Some(b) = callee.get::<BuiltinObj>() {
                    return Ok(if b.owner.is_empty() {
                        format!("{}()", b.name)
                    } else {
                        format!("{}.{}()", b.owner, b.name)
                    });
                }
            }
            Kind::Class => {
                if let Some(c) = callee.get::<ClassObj>() {
                    return Ok(if c.builtin {
                        format!("{}()", c.qualname_str())
                    } else {
                        format!("{}()", class::qualified_name(c))
                    });
                }
            }
            Kind::Descriptor => {
                if let Some(d) = callee.get::<DescriptorObj>() {
                    if d.kind == DescrKind::StaticMethod {
                        return function_str(d.func);
                    }
                }
            }
            _ => {}
        }
    }
    crate::protocols::repr::str_string(callee)
}

/// Merges the mapping of a `**mapping` argument into the keyword dict `target` of a call of
/// `callee`, refusing keys already present (CPython's `DICT_MERGE`).
pub fn merge_kwargs(callee: Value, target: &DictObj, mapping: Value) -> PyResult<()> {
    let pairs = if let Some(d) = mapping.get::<DictObj>() {
        d.items()
    } else if crate::protocols::ops::user_method(mapping, "keys").is_some() {
        let keys = call_method(mapping, pystr::intern("keys"), &[], Kw::NONE)?;
        let mut pairs = Vec::new();
        for k in crate::protocols::iter::collect(keys)? {
            pairs.push((k, crate::protocols::item::getitem(mapping, k)?));
        }
        pairs
    } else {
        return type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            function_str(callee)?,
            types::type_name(mapping)
        ));
    };
    for (k, v) in pairs {
        if target.get(k)?.is_some() {
            let fname = function_str(callee)?;
            return match pystr::as_str(k) {
                Some(name) => type_error(format!(
                    "{fname} got multiple values for keyword argument '{name}'"
                )),
                None => type_error(format!("{fname} keywords must be strings")),
            };
        }
        target.set(k, v)?;
    }
    Ok(())
}

/// `callable(v)`.
pub fn is_callable(v: Value) -> bool {
    if !v.is_object() {
        return false;
    }
    match v.kind() {
        Kind::Function | Kind::Builtin | Kind::BoundMethod | Kind::Class => true,
        Kind::Instance | Kind::Exception => {
            crate::protocols::ops::user_method(v, "__call__").is_some()
        }
        Kind::Descriptor => {
            crate::objects::function::descriptor_type(v) == types::TypeId::StaticMethod
        }
        _ => false,
    }
}
