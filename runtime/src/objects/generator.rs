//! Generator objects. A generator function's body is stackless (`CO_STACKLESS`, see
//! `resume_stackless`): a resumable compiled function over a frame the object owns, called
//! by whoever resumes it. Other bodies are stackful coroutines: an ordinary compiled
//! function that runs on a native stack of its own; `yield` (`rt_yield`) switches back to
//! whoever resumed it, and resuming switches in again, so a body may suspend inside any
//! construct, deep in nested calls included.
//!
//! Coroutines (`async def`), asynchronous generators and the awaitables of the latter
//! (`objects::coroutine`) are generator objects of other flavors: `await` is a `yield from`
//! of the awaitable's iterator, and an asynchronous generator's `yield` is marked as a value
//! for its `__anext__` rather than a suspension of whoever awaits it. A body may also be a
//! native function (`new_native`), which suspends by calling `suspend`: the library's
//! coroutines (`asyncio.sleep`, ...) are written that way. A coroutine awaited before it
//! starts runs inline, on the stack of the body awaiting it (`run_inline`).
//!
//! Invariants:
//! - A generator's stack is allocated at its first resumption and released when its body
//!   returns or when the generator object is freed; while suspended, the words between its
//!   saved stack pointer and its stack top are the live frames of its body (the collector
//!   scans them conservatively, see `suspended_stack`).
//! - `RUNNING` is the innermost generator whose body is executing (or 0), and each running
//!   generator's `resumer` the one running when it was resumed (or 0): a chain from the
//!   innermost to the outermost. The context that resumed a running generator is suspended at
//!   its `caller_sp`, on the stack of its `resumer` (or the main stack). `stack_segments`
//!   gives those spans.
//! - The frames of a suspended body are not counted in `call::frame_depth`: `rt_yield`
//!   subtracts them and resumption adds them back.

use crate::memory::gc;
use crate::memory::heap;
use crate::memory::valgrind;
use crate::objects::class;
use crate::objects::exceptions::{self, raise, type_error, ExcKind};
use crate::objects::function::{
    self, BuiltinObj, CodeObj, DescrKind, FunctionObj, NativeFn, CO_CLEANUP, CO_COROUTINE,
    CO_GENERATOR, CO_STACKLESS,
};
use crate::objects::methods::Method;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{none, Header, HeapObject, Kind, PyResult, Raised, Value};
use crate::protocols::args;
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::iter;
use crate::protocols::ops;
use closc_abi::generator_frame;
use std::alloc::{self, GlobalAlloc, Layout, System};
use std::cell::{Cell, RefCell};

/// Size of each generator's stack (address space; pages are committed as they are touched).
const STACK_SIZE: usize = 1 << 20;
/// Room kept free at the bottom of a generator stack: deeper calls raise RecursionError.
const STACK_MARGIN: usize = 128 << 10;
/// Released stacks kept for reuse.
const POOL_LIMIT: usize = 16;
/// What a stack counts for in the Rust-owned memory that triggers collections (it is
/// taken from the system allocator directly, not counted by its size): its pages are
/// committed only as they are touched, so a collection is due after a few hundred new
/// stacks, not after eight (generators left suspended, as `all(genexpr)` leaves them,
/// hold theirs until collected).
const STACK_CHARGE: usize = 32 << 10;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Created,
    Suspended,
    Running,
    Finished,
}

/// What kind of object a generator object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    Generator,
    /// A coroutine: awaitable, not iterable.
    Coroutine,
    /// An asynchronous generator: its `yield`s are values for `__anext__`.
    AsyncGenerator,
    /// The awaitable of an asynchronous generator's `__anext__()` or `asend()`.
    AsyncGenSend,
    /// The awaitable of an asynchronous generator's `athrow()` or `aclose()`.
    AsyncGenThrow,
}

impl Flavor {
    /// How CPython's messages name the object.
    fn noun(self) -> &'static str {
        match self {
            Flavor::Coroutine => "coroutine",
            Flavor::AsyncGenerator => "async generator",
            _ => "generator",
        }
    }
}

/// The flavor of the generator objects a function with code flags `flags` makes, if any.
pub fn flavor_of_code(flags: u64) -> Option<Flavor> {
    match (flags & CO_GENERATOR != 0, flags & CO_COROUTINE != 0) {
        (false, false) => None,
        (true, false) => Some(Flavor::Generator),
        (false, true) => Some(Flavor::Coroutine),
        (true, true) => Some(Flavor::AsyncGenerator),
    }
}

/// What a switch back to the consumer reports.
const SWITCH_YIELDED: usize = 1;
const SWITCH_FINISHED: usize = 2;

/// A generator. References: `func`, the values in `slots`, `transfer`, `result`,
/// `delegate`, and while suspended the words of its stack between `sp` and the stack top.
#[repr(C)]
pub struct GeneratorObj {
    pub header: Header,
    /// The body: a compiled function, or a builtin function (`new_native`) called with the
    /// slots as arguments.
    func: Value,
    pub flavor: Flavor,
    /// The bound argument slots the body's entry receives; for a stackless body, its frame
    /// (`generator_frame`), the slots at `VARIABLES`.
    slots: RefCell<Vec<Value>>,
    /// For a compiled stackless body (`CO_STACKLESS`), which runs on the consumer's stack,
    /// returning at each `yield`, and keeps its variables in its frame: its entry.
    stackless: Option<StacklessBody>,
    state: Cell<State>,
    stack: RefCell<Option<Stack>>,
    /// The body's saved stack pointer while suspended.
    sp: Cell<usize>,
    /// The consumer's saved stack pointer while the body runs.
    caller_sp: Cell<usize>,
    /// The value crossing a switch: yielded out, or sent in.
    transfer: Cell<Value>,
    /// Set before resuming to make the pending `yield` raise the pending exception.
    throwing: Cell<bool>,
    /// The body's return value once finished (0 if it raised).
    result: Cell<Value>,
    /// Frames of the body active at its last `yield`, uncounted while it is suspended.
    depth: Cell<i64>,
    /// The frame depth when the body was last resumed.
    resumed_at: Cell<i64>,
    /// The native stack floor of the consumer, restored when the body yields.
    caller_floor: Cell<usize>,
    /// The iterator the body delegates to (`yield from`, `await`) while suspended there
    /// (CPython's `gi_yieldfrom`, `cr_await`), or 0.
    delegate: Cell<Value>,
    /// The last suspension was an asynchronous generator's `yield` (a value for
    /// `__anext__`), not an `await` inside it.
    value_yield: Cell<bool>,
    /// An asynchronous generator's `ag_running_async`: an `asend` or `athrow` is under way.
    pub running_async: Cell<bool>,
    /// An asynchronous generator's `ag_closed`: it was closed or ran to its end.
    pub closed: Cell<bool>,
    /// An asynchronous generator was iterated: the event loop's first-iteration hook ran.
    pub hooks_inited: Cell<bool>,
    /// The finalizer hook installed when an asynchronous generator was first iterated.
    pub finalizer: Cell<Option<fn(Value)>>,
    /// The exception the body is handling while suspended in its handler, or 0 (CPython's
    /// `gi_exc_state`): it is the handled exception while the body runs, and its consumer's
    /// is restored when it yields.
    exc_state: Cell<Value>,
    /// The line of the body's last suspension (0 before the first): its frame's
    /// `f_lineno`.
    line: Cell<u32>,
    /// The body's frame object (`gi_frame`), made on first use, or 0.
    frame: Cell<Value>,
    /// The coroutine running inline on this body's stack (`run_inline`), or 0: what this
    /// body awaits.
    inline_child: Cell<Value>,
    /// For a coroutine running inline, the body on whose stack it runs, or 0.
    inline_host: Cell<Value>,
    /// While the body runs: the generator that was running when it was resumed, or 0.
    resumer: Cell<Value>,
    /// While the body runs as a delegate in its delegator's `run_stackless` loop: that
    /// delegator (not a reference: the delegator holds this generator, not the reverse).
    chain_parent: Cell<Value>,
    /// While the body runs: the exception its consumer handles (the entry below the body's
    /// own in CPython's `exc_info` chain), or 0.
    consumer_handled: Cell<Value>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for GeneratorObj {
    const KIND: Kind = Kind::Generator;
}

impl Drop for GeneratorObj {
    /// The collector frees the object: a coroutine that never ran is warned of.
    fn drop(&mut self) {
        if self.flavor == Flavor::Coroutine && self.state.get() == State::Created {
            crate::objects::coroutine::freed(self as *const GeneratorObj as usize);
        }
    }
}

/// A stackless body's entry (`closc_abi::generator_frame`).
type StacklessEntry = extern "C" fn(Value, *mut Value) -> Value;

/// What resuming a stackless body needs of its code, read once when the generator is made.
#[derive(Clone, Copy)]
struct StacklessBody {
    entry: StacklessEntry,
    /// The body has `try` or `yield from` (`CO_CLEANUP`): it has a handled-exception entry
    /// of its own (see `resume_stackless`).
    handles: bool,
}

/// A native stack for one generator body.
struct Stack {
    base: *mut u8,
    /// Valgrind's id for the stack (0 when not running under Valgrind).
    valgrind_id: usize,
}

impl Stack {
    fn layout() -> Layout {
        Layout::from_size_align(STACK_SIZE, 16).expect("stack layout")
    }

    fn new() -> Stack {
        if let Some(stack) = POOL.with(|p| p.borrow_mut().pop()) {
            return stack;
        }
        // SAFETY: the layout has a non-zero size.
        let base = unsafe { System.alloc(Self::layout()) };
        if base.is_null() {
            alloc::handle_alloc_error(Self::layout());
        }
        heap::charge(STACK_CHARGE);
        let valgrind_id = valgrind::request(
            valgrind::STACK_REGISTER,
            base as usize,
            base as usize + STACK_SIZE,
        );
        Stack { base, valgrind_id }
    }

    fn top(&self) -> usize {
        (self.base as usize + STACK_SIZE) & !15
    }

    fn floor(&self) -> usize {
        self.base as usize + STACK_MARGIN
    }

    fn release(self) {
        POOL.with(|p| {
            let mut pool = p.borrow_mut();
            if pool.len() < POOL_LIMIT {
                pool.push(self);
            }
        });
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        valgrind::request(valgrind::STACK_DEREGISTER, self.valgrind_id, 0);
        // SAFETY: `base` came from `System.alloc` with this layout and is freed only here.
        unsafe { System.dealloc(self.base, Self::layout()) }
        heap::discharge(STACK_CHARGE);
    }
}

thread_local! {
    static POOL: RefCell<Vec<Stack>> = const { RefCell::new(Vec::new()) };
    static RUNNING: Cell<Value> = const { Cell::new(Value::NULL) };
}

extern "C" {
    /// Saves the callee-saved registers and the stack pointer into `*save_sp`, switches to
    /// the stack at `new_sp` and returns there, with `arg` as the result of the call that
    /// suspended that context.
    fn closc_stack_switch(save_sp: *mut usize, new_sp: usize, arg: usize) -> usize;
    /// Where a new generator stack first returns to: calls `closc_generator_main(arg)`.
    fn closc_generator_trampoline();
}

#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".text",
    ".global closc_stack_switch",
    ".type closc_stack_switch,@function",
    "closc_stack_switch:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "mov rax, rdx",
    "ret",
    ".size closc_stack_switch, .-closc_stack_switch",
    ".global closc_generator_trampoline",
    ".type closc_generator_trampoline,@function",
    "closc_generator_trampoline:",
    "mov rdi, rax",
    "call {main}",
    "ud2",
    ".size closc_generator_trampoline, .-closc_generator_trampoline",
    main = sym closc_generator_main,
);

#[cfg(target_arch = "aarch64")]
std::arch::global_asm!(
    ".text",
    ".global closc_stack_switch",
    ".type closc_stack_switch,%function",
    "closc_stack_switch:",
    "sub sp, sp, #160",
    "stp x19, x20, [sp, #0]",
    "stp x21, x22, [sp, #16]",
    "stp x23, x24, [sp, #32]",
    "stp x25, x26, [sp, #48]",
    "stp x27, x28, [sp, #64]",
    "stp x29, x30, [sp, #80]",
    "stp d8, d9, [sp, #96]",
    "stp d10, d11, [sp, #112]",
    "stp d12, d13, [sp, #128]",
    "stp d14, d15, [sp, #144]",
    "mov x9, sp",
    "str x9, [x0]",
    "mov sp, x1",
    "ldp x19, x20, [sp, #0]",
    "ldp x21, x22, [sp, #16]",
    "ldp x23, x24, [sp, #32]",
    "ldp x25, x26, [sp, #48]",
    "ldp x27, x28, [sp, #64]",
    "ldp x29, x30, [sp, #80]",
    "ldp d8, d9, [sp, #96]",
    "ldp d10, d11, [sp, #112]",
    "ldp d12, d13, [sp, #128]",
    "ldp d14, d15, [sp, #144]",
    "add sp, sp, #160",
    "mov x0, x2",
    "ret",
    ".size closc_stack_switch, .-closc_stack_switch",
    ".global closc_generator_trampoline",
    ".type closc_generator_trampoline,%function",
    "closc_generator_trampoline:",
    "bl {main}",
    "brk #0",
    ".size closc_generator_trampoline, .-closc_generator_trampoline",
    main = sym closc_generator_main,
);

/// The initial stack pointer of a fresh stack: a frame as `closc_stack_switch` leaves it,
/// whose return address is the trampoline.
fn initial_sp(stack: &Stack) -> usize {
    let top = stack.top();
    let trampoline = closc_generator_trampoline as *const () as usize;
    #[cfg(target_arch = "x86_64")]
    let (sp, return_slot) = (top - 56, 48);
    #[cfg(target_arch = "aarch64")]
    let (sp, return_slot) = (top - 160, 88);
    // SAFETY: `sp .. top` lies inside the stack's allocation, which nothing else uses yet;
    // the words written are the saved registers (zero) and the return address.
    unsafe {
        std::ptr::write_bytes(sp as *mut u8, 0, top - sp);
        *((sp + return_slot) as *mut usize) = trampoline;
    }
    sp
}

/// Runs a generator's body on its own stack, then reports it finished.
extern "C" fn closc_generator_main(gen: Value) -> ! {
    let g = generator(gen);
    // `slots` holds one value per parameter slot, bound by `call::call_function`, or the
    // arguments of a native body; it is not resized until the body finishes.
    let (slots, count) = {
        let slots = g.slots.borrow();
        (slots.as_ptr(), slots.len())
    };
    let result = match g.func.get::<FunctionObj>() {
        Some(f) => call::run_entry(g.func, f.code(), slots),
        None => {
            let body = g.func.get::<BuiltinObj>().expect("a native body");
            // SAFETY: `slots` points to `count` values that stay put while the body runs
            // (see above), and the generator object keeps them alive.
            let args = unsafe { std::slice::from_raw_parts(slots, count) };
            (body.func)(args, Kw::NONE).unwrap_or(Value::NULL)
        }
    };
    g.result.set(result);
    g.state.set(State::Finished);
    let mut abandoned = 0usize;
    // SAFETY: `caller_sp` is the consumer's context, suspended in `resume`; this stack is
    // never switched back to (it is released by the consumer).
    unsafe { closc_stack_switch(&mut abandoned, g.caller_sp.get(), SWITCH_FINISHED) };
    unreachable!("a finished generator is never resumed")
}

/// The frame of a new generator of a compiled function's `code`, all NULL, and the index in
/// it of the first of the function's `nslots()` slots, for the arguments to be bound there:
/// a stackless body's frame starts with `generator_frame`'s fixed words.
pub fn new_frame(code: &CodeObj) -> (Vec<Value>, usize) {
    let slots = code.nslots();
    if code.flags & CO_STACKLESS == 0 {
        return (vec![Value::NULL; slots], 0);
    }
    let first = generator_frame::VARIABLES;
    let words = (code.frame_words.get() as usize).max(first + slots);
    (vec![Value::NULL; words], first)
}

/// A generator object running `func`, a compiled function whose frame `new_frame` made, or
/// a native function given its arguments.
pub fn new(func: Value, frame: Vec<Value>, flavor: Flavor) -> Value {
    let gen = make(func, frame, flavor);
    if flavor == Flavor::Coroutine {
        if let Some(f) = func.get::<FunctionObj>() {
            let qualname = pystr::as_str(f.code().qualname).unwrap_or("?");
            crate::objects::coroutine::made(gen, qualname);
        }
    }
    gen
}

fn make(func: Value, slots: Vec<Value>, flavor: Flavor) -> Value {
    let stackless = func
        .get::<FunctionObj>()
        .map(|f| f.code())
        .filter(|code| code.flags & CO_STACKLESS != 0)
        .map(|code| StacklessBody {
            // SAFETY: the compiler gives a `CO_STACKLESS` code this entry signature
            // (`closc_abi::generator_frame`).
            entry: unsafe { std::mem::transmute::<usize, StacklessEntry>(code.entry) },
            handles: code.flags & CO_CLEANUP != 0,
        });
    heap::new(GeneratorObj {
        header: Header::new(Kind::Generator),
        func,
        flavor,
        slots: RefCell::new(slots),
        stackless,
        state: Cell::new(State::Created),
        stack: RefCell::new(None),
        sp: Cell::new(0),
        caller_sp: Cell::new(0),
        transfer: Cell::new(none()),
        throwing: Cell::new(false),
        result: Cell::new(Value::NULL),
        depth: Cell::new(0),
        resumed_at: Cell::new(0),
        caller_floor: Cell::new(0),
        delegate: Cell::new(Value::NULL),
        value_yield: Cell::new(false),
        running_async: Cell::new(false),
        closed: Cell::new(false),
        hooks_inited: Cell::new(false),
        finalizer: Cell::new(None),
        exc_state: Cell::new(Value::NULL),
        line: Cell::new(0),
        frame: Cell::new(Value::NULL),
        inline_child: Cell::new(Value::NULL),
        inline_host: Cell::new(Value::NULL),
        resumer: Cell::new(Value::NULL),
        chain_parent: Cell::new(Value::NULL),
        consumer_handled: Cell::new(Value::NULL),
    })
}

/// A generator object of `flavor` whose body is the native function `body`, called with
/// `args` on the object's own stack; it suspends by calling `suspend`.
pub fn new_native(name: &'static str, body: NativeFn, args: &[Value], flavor: Flavor) -> Value {
    make(function::new_builtin(name, body), args.to_vec(), flavor)
}

/// A body with cleanup code (`try`, `yield from`: `CO_CLEANUP`) starts: it is closed if
/// collected unfinished.
fn register_cleanup(g: &GeneratorObj, gen: Value) {
    if g.func
        .get::<FunctionObj>()
        .is_some_and(|f| f.code().flags & CO_CLEANUP != 0)
    {
        gc::register_finalizer(gen);
    }
}

/// A coroutine leaves its first state: it will not be warned of as never awaited.
fn mark_started(g: &GeneratorObj, gen: Value) {
    if g.flavor == Flavor::Coroutine {
        crate::objects::coroutine::started(gen);
    }
}

fn generator(gen: Value) -> &'static GeneratorObj {
    gen.get::<GeneratorObj>().expect("a generator")
}

/// The flavor of `v` if it is a generator object.
pub fn flavor(v: Value) -> Option<Flavor> {
    v.get::<GeneratorObj>().map(|g| g.flavor)
}

/// True for generator objects of `flavor`.
pub fn is(v: Value, flavor: Flavor) -> bool {
    v.get::<GeneratorObj>().is_some_and(|g| g.flavor == flavor)
}

/// True once the body has returned or raised (or was closed before it started).
pub fn is_finished(gen: Value) -> bool {
    generator(gen).state.get() == State::Finished
}

/// The iterator the body is delegating to while suspended, if any: the coroutine running
/// inline on its stack, or the iterator of its `yield from` or `await`.
pub fn delegate_of(gen: Value) -> Option<Value> {
    let g = generator(gen);
    [g.inline_child.get(), g.delegate.get()]
        .into_iter()
        .find(|d| !d.is_null())
}

/// The body that runs the code of the running body: the innermost coroutine running
/// inline on its stack, or itself.
fn innermost(mut gen: &'static GeneratorObj) -> &'static GeneratorObj {
    while let Some(child) = gen.inline_child.get().get::<GeneratorObj>() {
        gen = child;
    }
    gen
}

/// The state a body shows: a coroutine running inline is suspended while its host is.
fn shown_state(g: &GeneratorObj) -> State {
    match g.inline_host.get().get::<GeneratorObj>() {
        Some(host) if g.state.get() == State::Running => shown_state(host),
        _ => g.state.get(),
    }
}

/// The last suspension of an asynchronous generator was its `yield` of a value.
pub fn yielded_value(gen: Value) -> bool {
    generator(gen).value_yield.get()
}

/// How a resumption ended.
pub enum Resumed {
    Yielded(Value),
    /// The body returned this value (StopIteration's value).
    Returned(Value),
}

/// Resumes `gen` with `sent` as the value of its pending `yield`, or, when `throw` is set,
/// with the pending exception raised there. Collection is blocked until the body yields, so
/// the caller may hold values anywhere (as with `call::call`).
pub fn resume(gen: Value, sent: Value, throw: bool) -> PyResult<Resumed> {
    let _no_gc = gc::NoGc::new();
    resume_rooted(gen, sent, throw)
}

/// `resume` letting the collector run in the body: every Rust frame between the entry from
/// compiled code and this call must keep its values where the collector sees them.
pub fn resume_rooted(gen: Value, sent: Value, throw: bool) -> PyResult<Resumed> {
    let g = generator(gen);
    match g.state.get() {
        State::Running => {
            return raise(
                ExcKind::ValueError,
                &format!("{} already executing", g.flavor.noun()),
            )
        }
        State::Finished if g.flavor == Flavor::Coroutine => {
            return raise(
                ExcKind::RuntimeError,
                "cannot reuse already awaited coroutine",
            )
        }
        State::Finished if g.flavor == Flavor::AsyncGenSend => {
            return raise(
                ExcKind::RuntimeError,
                "cannot reuse already awaited __anext__()/asend()",
            )
        }
        State::Finished if g.flavor == Flavor::AsyncGenThrow => {
            return raise(
                ExcKind::RuntimeError,
                "cannot reuse already awaited aclose()/athrow()",
            )
        }
        State::Finished => {
            return if throw {
                Err(Raised)
            } else {
                Ok(Resumed::Returned(none()))
            }
        }
        // The awaitables of asynchronous generators pass what is thrown in before they
        // start on to the generator (`started_by_throw`).
        State::Created
            if throw && !matches!(g.flavor, Flavor::AsyncGenSend | Flavor::AsyncGenThrow) =>
        {
            g.state.set(State::Finished);
            mark_started(g, gen);
            return Err(Raised);
        }
        State::Created => {
            mark_started(g, gen);
            if !sent.is_none() {
                return raise(
                    ExcKind::TypeError,
                    &format!(
                        "can't send non-None value to a just-started {}",
                        g.flavor.noun()
                    ),
                );
            }
            register_cleanup(g, gen);
            if let Some(body) = g.stackless {
                return resume_stackless(g, body, gen, sent, throw);
            }
            let stack = Stack::new();
            g.sp.set(initial_sp(&stack));
            *g.stack.borrow_mut() = Some(stack);
        }
        State::Suspended => {
            if let Some(body) = g.stackless {
                return resume_stackless(g, body, gen, sent, throw);
            }
        }
    }
    g.transfer.set(sent);
    g.throwing.set(throw);
    g.state.set(State::Running);
    let floor = g.stack.borrow().as_ref().map_or(0, Stack::floor);
    g.caller_floor.set(call::swap_stack_floor(floor));
    let depth = call::frame_depth();
    g.resumed_at.set(depth);
    call::set_frame_depth(depth + g.depth.get());
    g.resumer.set(RUNNING.with(|r| r.replace(gen)));
    // The body's handled exception is an entry of its own above the consumer's, which
    // stays visible in a body that handles none of its own.
    g.consumer_handled
        .set(exceptions::push_handled_entry(g.exc_state.get()));
    if throw {
        exceptions::chain_pending_to_own_entry();
    }
    // SAFETY: `sp` is this generator's suspended context (or its fresh initial frame), and
    // the generator object stays alive: `gen` is on this stack and in `RUNNING`.
    let outcome = unsafe { closc_stack_switch(g.caller_sp.as_ptr(), g.sp.get(), gen.0 as usize) };
    let own = exceptions::pop_handled_entry(g.consumer_handled.replace(Value::NULL));
    g.exc_state.set(if outcome == SWITCH_YIELDED {
        own
    } else {
        Value::NULL
    });
    RUNNING.with(|r| r.set(g.resumer.replace(Value::NULL)));
    call::swap_stack_floor(g.caller_floor.get());
    if outcome == SWITCH_YIELDED {
        g.state.set(State::Suspended);
        return Ok(Resumed::Yielded(g.transfer.get()));
    }
    if let Some(stack) = g.stack.borrow_mut().take() {
        stack.release();
    }
    g.slots.borrow_mut().clear();
    let result = g.result.get();
    if !result.is_null() {
        return Ok(Resumed::Returned(result));
    }
    Err(escaped(g))
}

/// Resumes a stackless body: calls its entry with the frame, which returns at the next
/// `yield` (the frame's state then says where to resume) or at the body's end. While the
/// body is suspended at a `yield from`, its delegate is stepped instead (`run_stackless`).
fn resume_stackless(
    g: &GeneratorObj,
    body: StacklessBody,
    gen: Value,
    sent: Value,
    throw: bool,
) -> PyResult<Resumed> {
    enter_stackless(g, body, gen, throw);
    let outcome = run_stackless(g, body, sent, throw);
    leave_stackless(g, body, outcome)
}

/// A stackless body starts running.
///
/// A body with no `try` and no `yield from` (no `CO_CLEANUP`) never handles an exception:
/// its own handled-exception entry would always be empty, so the consumer's stays on top
/// instead (which is what a body that handles none sees), with nothing to chain an
/// exception thrown in to, and it joins no chain of running bodies (that chain serves to
/// find the consumers' entries). Any other body has its entry, as a stackful one.
#[inline]
fn enter_stackless(g: &GeneratorObj, body: StacklessBody, gen: Value, throw: bool) {
    g.state.set(State::Running);
    if body.handles {
        g.resumer.set(RUNNING.with(|r| r.replace(gen)));
        g.consumer_handled
            .set(exceptions::push_handled_entry(g.exc_state.get()));
        if throw {
            exceptions::chain_pending_to_own_entry();
        }
    }
}

/// A stackless body stops running, suspended at a `yield` or finished as `outcome` says;
/// gives the outcome its consumer sees.
#[inline]
fn leave_stackless(
    g: &GeneratorObj,
    body: StacklessBody,
    outcome: PyResult<Resumed>,
) -> PyResult<Resumed> {
    let own = if body.handles {
        let own = exceptions::pop_handled_entry(g.consumer_handled.replace(Value::NULL));
        RUNNING.with(|r| r.set(g.resumer.replace(Value::NULL)));
        own
    } else {
        Value::NULL
    };
    if let Ok(Resumed::Yielded(_)) = outcome {
        g.exc_state.set(own);
        g.state.set(State::Suspended);
        return outcome;
    }
    g.exc_state.set(Value::NULL);
    g.state.set(State::Finished);
    g.delegate.set(Value::NULL);
    g.slots.borrow_mut().clear();
    outcome.map_err(|_| escaped(g))
}

/// A delegate that `run_stackless` resumes in its own loop, with its body: a stackless
/// generator, suspended or (with None sent) new, resumed with a value rather than an
/// exception (which `step_stackless_delegate` passes on).
fn chained_delegate(
    it: Value,
    sent: Value,
    throw: bool,
) -> Option<(&'static GeneratorObj, StacklessBody)> {
    let g = it.get::<GeneratorObj>()?;
    let resumable = match g.state.get() {
        State::Suspended => !throw,
        State::Created => !throw && sent.is_none(),
        State::Running | State::Finished => false,
    };
    Some((g, g.stackless.filter(|_| resumable)?))
}

/// The body of a generator that `run_stackless` entered as a delegate (every member of a
/// chain is stackless).
fn chained_body(g: &GeneratorObj) -> StacklessBody {
    g.stackless.expect("a stackless delegate")
}

/// Runs a stackless body until it yields a value or ends: steps its delegate first, if
/// it is suspended at a `yield from`, and delegates again whenever it returns at one.
///
/// A delegate that is itself a stackless body, new or suspended, is resumed in this same
/// loop rather than by a nested `resume_rooted`, so a chain of them (a recursive `yield
/// from`) costs no native stack and no call per level: each member is entered as
/// `resume_stackless` enters its body, counted as one level of recursion and linked to its
/// delegator by `chain_parent`. Only the innermost member's body runs; a value it yields
/// leaves every member suspended, and its return or exception resumes its delegator.
fn run_stackless(
    top: &GeneratorObj,
    top_body: StacklessBody,
    mut sent: Value,
    mut throw: bool,
) -> PyResult<Resumed> {
    let (mut current, mut body) = (top, top_body);
    let mut levels = 0i64;
    'chain: loop {
        let outcome = 'step: {
            let delegate = current.delegate.get();
            if !delegate.is_null() {
                let step = match chained_delegate(delegate, sent, throw) {
                    Some((inner, inner_body)) => {
                        if call::enter_flat_recursion() {
                            if inner.state.get() == State::Created {
                                mark_started(inner, delegate);
                                register_cleanup(inner, delegate);
                            }
                            enter_stackless(inner, inner_body, delegate, false);
                            inner.chain_parent.set(Value::from_ref(current));
                            (current, body) = (inner, inner_body);
                            levels += 1;
                            continue 'chain;
                        }
                        Err(Raised)
                    }
                    None => step_stackless_delegate(delegate, sent, throw),
                };
                match step {
                    Ok(Resumed::Returned(v)) => (sent, throw) = (v, false),
                    Err(_) => (sent, throw) = (none(), true),
                    yielded => break 'step yielded,
                }
                current.delegate.set(Value::NULL);
            }
            match run_body_step(current, body, sent, throw) {
                Some(outcome) => outcome,
                None => {
                    (sent, throw) = (none(), false);
                    continue 'chain;
                }
            }
        };
        if levels == 0 {
            return outcome;
        }
        if let Ok(Resumed::Yielded(value)) = outcome {
            while !std::ptr::eq(current, top) {
                let delegator = generator(current.chain_parent.get());
                let _ = leave_stackless(current, body, Ok(Resumed::Yielded(value)));
                current = delegator;
                body = chained_body(current);
            }
            call::leave_flat_recursion(levels);
            return Ok(Resumed::Yielded(value));
        }
        let delegator = generator(current.chain_parent.get());
        let finished = leave_stackless(current, body, outcome);
        call::leave_flat_recursion(1);
        levels -= 1;
        (current, body) = (delegator, chained_body(delegator));
        current.delegate.set(Value::NULL);
        (sent, throw) = match finished {
            Ok(Resumed::Returned(v)) => (v, false),
            _ => (none(), true),
        };
    }
}

/// Runs a stackless body from where it is suspended to its next `yield` or its end: the
/// outcome, or None when it suspended at a `yield from` (its delegate is then set).
fn run_body_step(
    g: &GeneratorObj,
    body: StacklessBody,
    sent: Value,
    throw: bool,
) -> Option<PyResult<Resumed>> {
    let frame = g.slots.borrow_mut().as_mut_ptr();
    // SAFETY: `frame` has at least `generator_frame::VARIABLES` words (`make`). It is not
    // resized while the body runs (only a finished body's frame is cleared, and a running
    // body can be neither resumed nor closed), so the pointer stays valid until the body
    // returns.
    unsafe {
        *frame.add(generator_frame::SENT) = sent;
        *frame.add(generator_frame::THROWING) = Value(u64::from(throw));
    }
    let result = (body.entry)(g.func, frame);
    if result.is_null() {
        return Some(Err(Raised));
    }
    // SAFETY: as above; the consumer holds the generator, which holds the frame.
    let (state, line, delegating) = unsafe {
        let delegating = frame.add(generator_frame::DELEGATING);
        let flag = *delegating;
        *delegating = Value::NULL;
        (
            (*frame.add(generator_frame::STATE)).0 as i64,
            (*frame.add(generator_frame::LINE)).0,
            !flag.is_null(),
        )
    };
    if state == generator_frame::FINISHED {
        return Some(Ok(Resumed::Returned(result)));
    }
    g.line.set(line as u32);
    if !delegating {
        return Some(Ok(Resumed::Yielded(result)));
    }
    g.delegate.set(result);
    None
}

/// Steps the iterator a stackless body delegates to (`yield from`) with the value sent in,
/// or with the exception thrown in: GeneratorExit closes it and goes on to the body.
fn step_stackless_delegate(it: Value, sent: Value, throw: bool) -> PyResult<Resumed> {
    // The delegating body's frame is not on the native stack while its delegate runs;
    // count it, as CPython's resumed frame counts.
    let _level = call::enter_recursion("")?;
    if !throw {
        return step_delegate(it, Step::Send(sent));
    }
    if exceptions::pending_matches(ExcKind::GeneratorExit) {
        let exit = exceptions::take_pending();
        close_iterator(it)?;
        return Err(exceptions::restore_pending(exit));
    }
    step_delegate(it, Step::Throw)
}

/// `rt_next` of a suspended stackless generator: the next item, `Value::ITER_DONE` once
/// the body returns, or 0 with the exception pending; None for anything else.
#[inline]
pub fn next_stackless(it: Value) -> Option<Value> {
    let g = it.get::<GeneratorObj>()?;
    let body = g.stackless?;
    if g.state.get() != State::Suspended {
        return None;
    }
    Some(match resume_stackless(g, body, it, none(), false) {
        Ok(Resumed::Yielded(v)) => v,
        Ok(Resumed::Returned(_)) => Value::ITER_DONE,
        Err(_) => Value::NULL,
    })
}

/// The exception a body raised, with PEP 479's change: a StopIteration escaping the body
/// becomes a RuntimeError caused by it, and so does a StopAsyncIteration escaping an asynchronous
/// generator's.
fn escaped(g: &GeneratorObj) -> Raised {
    let what = if exceptions::pending_matches(ExcKind::StopIteration) {
        "StopIteration"
    } else if g.flavor == Flavor::AsyncGenerator
        && exceptions::pending_matches(ExcKind::StopAsyncIteration)
    {
        "StopAsyncIteration"
    } else {
        return Raised;
    };
    // The RuntimeError's cause (and context) is the StopIteration, as in CPython.
    let stop = exceptions::take_pending();
    exceptions::raise_from_cause(
        ExcKind::RuntimeError,
        &format!("{} raised {what}", g.flavor.noun()),
        stop,
    )
}

/// The running generator body, if any.
fn running_generator() -> PyResult<&'static GeneratorObj> {
    match RUNNING.with(Cell::get) {
        gen if gen.is_null() => raise(ExcKind::RuntimeError, "yield outside a generator"),
        gen => Ok(generator(gen)),
    }
}

/// `yield value` at `line` in the running generator's body: suspends it; gives the value
/// sent in, or 0 with an exception pending when one is thrown in.
pub fn yield_value(value: Value, line: u64) -> Value {
    match running_generator() {
        Ok(g) => {
            innermost(g).line.set(line as u32);
            switch_out(g, value, g.flavor == Flavor::AsyncGenerator)
        }
        Err(_) => Value::NULL,
    }
}

/// Records that the running generator body is about to suspend at `line` (`yield`,
/// `yield from`, `await`), for its frame's `f_lineno`.
pub fn note_line(line: u64) {
    if let Ok(g) = running_generator() {
        innermost(g).line.set(line as u32);
    }
}

/// True when the running native body was started by a throw: the exception to handle is
/// pending.
pub fn started_by_throw() -> bool {
    running_generator().is_ok_and(|g| g.throwing.replace(false))
}

/// Suspends the running generator body, producing `value` for whoever resumed it (the
/// event loop, for a coroutine's body): the value sent in, or 0 with an exception pending
/// when one is thrown in.
pub fn suspend(value: Value) -> Value {
    match running_generator() {
        Ok(g) => switch_out(g, value, false),
        Err(_) => Value::NULL,
    }
}

fn switch_out(g: &GeneratorObj, value: Value, value_yield: bool) -> Value {
    g.transfer.set(value);
    g.value_yield.set(value_yield);
    g.depth.set(call::frame_depth() - g.resumed_at.get());
    call::set_frame_depth(g.resumed_at.get());
    // SAFETY: `caller_sp` is the consumer suspended in `resume`, which is still waiting.
    unsafe { closc_stack_switch(g.sp.as_ptr(), g.caller_sp.get(), SWITCH_YIELDED) };
    if g.throwing.get() {
        g.throwing.set(false);
        return Value::NULL;
    }
    g.transfer.get()
}

/// `next(gen)` for the iteration protocol: the next value, or None when finished.
pub fn next(gen: Value) -> PyResult<Option<Value>> {
    let _no_gc = gc::NoGc::new();
    next_rooted(gen)
}

/// `next` letting the collector run in the body (as `resume_rooted`).
pub fn next_rooted(gen: Value) -> PyResult<Option<Value>> {
    match resume_rooted(gen, none(), false)? {
        Resumed::Yielded(v) => Ok(Some(v)),
        Resumed::Returned(_) => Ok(None),
    }
}

fn stop_iteration(value: Value) -> PyResult {
    if value.is_none() {
        exceptions::raise_args(ExcKind::StopIteration, &[])
    } else {
        exceptions::raise_args(ExcKind::StopIteration, &[value])
    }
}

/// `gen.throw(exc)`: raises `exc` (already pending) at the suspended `yield`.
pub fn throw(gen: Value) -> PyResult {
    match resume(gen, none(), true)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => stop_iteration(v),
    }
}

/// `gen.close()`: raises GeneratorExit at the suspended `yield`; the body must not yield
/// again.
pub fn close(gen: Value) -> PyResult {
    let g = generator(gen);
    match g.state.get() {
        State::Created => {
            g.state.set(State::Finished);
            mark_started(g, gen);
            return Ok(none());
        }
        State::Finished => return Ok(none()),
        _ => {}
    }
    let _: PyResult<()> = exceptions::raise_args(ExcKind::GeneratorExit, &[]);
    match resume(gen, none(), true) {
        Ok(Resumed::Yielded(_)) => raise(
            ExcKind::RuntimeError,
            &format!("{} ignored GeneratorExit", g.flavor.noun()),
        ),
        Ok(Resumed::Returned(_)) => Ok(none()),
        Err(raised) => {
            if exceptions::pending_matches(ExcKind::GeneratorExit)
                || exceptions::pending_matches(ExcKind::StopIteration)
            {
                exceptions::take_pending();
                Ok(none())
            } else {
                Err(raised)
            }
        }
    }
}

/// True for a suspended generator (started and unfinished): when dropped, it must be
/// closed (or given to its event loop's finalizer hook).
pub fn needs_finalizer(gen: Value) -> bool {
    gen.get::<GeneratorObj>()
        .is_some_and(|g| g.state.get() == State::Suspended)
}

/// Finalizes a generator object found unreachable (CPython's `_PyGen_Finalize`): an
/// asynchronous generator goes to the finalizer hook of the event loop that first iterated
/// it, if any; any other suspended one is closed.
pub fn finalize(gen: Value) -> PyResult<()> {
    let g = generator(gen);
    if g.state.get() != State::Suspended {
        return Ok(());
    }
    if g.flavor == Flavor::AsyncGenerator {
        if g.closed.get() {
            return Ok(());
        }
        if let Some(hook) = g.finalizer.get() {
            hook(gen);
            return Ok(());
        }
    }
    close(gen).map(|_| ())
}

/// How a delegating body steps its delegate.
enum Step {
    Send(Value),
    /// Throw the pending exception in.
    Throw,
}

/// Runs the running (stackful) body's `await` as PEP 380's `yield from` of the iterator
/// `it`: yields what `it` produces, sends on the values sent in (`send`
/// for iterators other than generators), throws exceptions thrown in into `it` (through its
/// `throw`, if it has one), and closes it before GeneratorExit goes on; gives the value it
/// returns.
pub fn delegate(it: Value) -> PyResult {
    let outer = running_generator()?;
    if let Some(outcome) = run_inline(it) {
        return outcome;
    }
    let mut step = Step::Send(none());
    loop {
        let produced = match step_delegate(it, step)? {
            Resumed::Yielded(v) => v,
            Resumed::Returned(v) => return Ok(v),
        };
        // What awaits `it` is the innermost coroutine running inline, if any.
        let awaiting = innermost(outer);
        awaiting.delegate.set(it);
        let sent = switch_out(outer, produced, false);
        awaiting.delegate.set(Value::NULL);
        if !sent.is_null() {
            step = Step::Send(sent);
        } else if exceptions::pending_matches(ExcKind::GeneratorExit) {
            let exit = exceptions::take_pending();
            close_iterator(it)?;
            return Err(exceptions::restore_pending(exit));
        } else {
            step = Step::Throw;
        }
    }
}

/// Runs the body of `it` on the running body's stack when it is a native body that has not
/// started: the same as delegating to it (what it suspends with goes out, what is sent or
/// thrown in comes back to it, its return value is the result), without a stack of its own.
fn run_inline(it: Value) -> Option<PyResult> {
    let g = it.get::<GeneratorObj>()?;
    let compiled = g.func.get::<FunctionObj>();
    // A compiled body that yields needs its own stack: only coroutines' never do.
    if g.state.get() != State::Created || (compiled.is_some() && g.flavor != Flavor::Coroutine) {
        return None;
    }
    g.state.set(State::Running);
    mark_started(g, it);
    let host = running_generator().ok().map(innermost);
    if let Some(host) = host {
        host.inline_child.set(it);
        g.inline_host.set(Value::from_ref(host));
    }
    let (slots, count) = {
        let slots = g.slots.borrow();
        (slots.as_ptr(), slots.len())
    };
    let result = match compiled {
        Some(f) => call::run_entry(g.func, f.code(), slots),
        None => {
            let body = g.func.get::<BuiltinObj>().expect("a native body");
            // SAFETY: the slots are the body's arguments, which stay put while it runs (as
            // in `closc_generator_main`); `it`, on this stack, keeps them alive.
            let args = unsafe { std::slice::from_raw_parts(slots, count) };
            (body.func)(args, Kw::NONE).unwrap_or(Value::NULL)
        }
    };
    if let Some(host) = host {
        host.inline_child.set(Value::NULL);
        g.inline_host.set(Value::NULL);
    }
    g.state.set(State::Finished);
    g.slots.borrow_mut().clear();
    if result.is_null() {
        return Some(Err(escaped(g)));
    }
    g.result.set(result);
    Some(Ok(result))
}

fn step_delegate(it: Value, step: Step) -> PyResult<Resumed> {
    if it.get::<GeneratorObj>().is_some() {
        return match step {
            Step::Send(v) => resume_rooted(it, v, false),
            Step::Throw => resume_rooted(it, none(), true),
        };
    }
    let outcome = match step {
        Step::Send(v) if v.is_none() => match next_method(it)? {
            Some(next) => call::call_rooted(next, &[], Kw::NONE),
            None => {
                return Ok(match iter::next_rooted(it)? {
                    Some(v) => Resumed::Yielded(v),
                    None => Resumed::Returned(none()),
                })
            }
        },
        Step::Send(v) => call::call_method_rooted(it, pystr::intern("send"), &[v], Kw::NONE),
        Step::Throw => {
            let exc = exceptions::take_pending();
            let Some(throw) = attr::getattr_opt(it, pystr::intern("throw"))? else {
                return Err(exceptions::restore_pending(exc));
            };
            // CPython passes on `throw`'s own arguments; the usual one is the exception.
            call::call_rooted(throw, &[exc], Kw::NONE)
        }
    };
    match outcome {
        Ok(v) => Ok(Resumed::Yielded(v)),
        Err(raised) => match take_stop_iteration() {
            Some(value) => Ok(Resumed::Returned(value)),
            None => Err(raised),
        },
    }
}

/// The bound `__next__` of a program's iterator object (None for the runtime's iterators,
/// which `iter::next` steps).
fn next_method(it: Value) -> PyResult<Option<Value>> {
    match ops::user_method(it, "__next__") {
        Some(f) => Ok(Some(function::new_bound(f, it))),
        None => Ok(None),
    }
}

/// Takes a pending StopIteration, giving its value.
fn take_stop_iteration() -> Option<Value> {
    if !exceptions::pending_matches(ExcKind::StopIteration) {
        return None;
    }
    let stop = exceptions::take_pending();
    Some(
        exceptions::args_of(stop)
            .first()
            .copied()
            .unwrap_or_else(none),
    )
}

/// Closes a delegate: `close()` for generator objects, its `close` method if it has one.
fn close_iterator(it: Value) -> PyResult<()> {
    if it.get::<GeneratorObj>().is_some() {
        return close(it).map(|_| ());
    }
    if let Some(close) = attr::getattr_opt(it, pystr::intern("close"))? {
        call::call_rooted(close, &[], Kw::NONE)?;
    }
    Ok(())
}

/// `<generator object f.<locals>.g at 0x...>`, `<coroutine object f at 0x...>`, ...
pub fn repr(gen: Value) -> String {
    let g = generator(gen);
    let type_name = types::type_name(gen);
    match g.flavor {
        Flavor::AsyncGenSend | Flavor::AsyncGenThrow => {
            format!("<{type_name} object at {:#x}>", gen.0)
        }
        _ => format!("<{type_name} object {} at {:#x}>", qualname(g), gen.0),
    }
}

fn qualname(g: &GeneratorObj) -> &'static str {
    match g.func.get::<FunctionObj>() {
        Some(f) => f.qualname_str(),
        None => g.func.get::<BuiltinObj>().map_or("?", |b| b.name),
    }
}

/// The builtin type of a generator object.
pub fn type_id(gen: Value) -> TypeId {
    match generator(gen).flavor {
        Flavor::Generator => TypeId::Generator,
        Flavor::Coroutine => TypeId::Coroutine,
        Flavor::AsyncGenerator => TypeId::AsyncGenerator,
        Flavor::AsyncGenSend => TypeId::AsyncGenSend,
        Flavor::AsyncGenThrow => TypeId::AsyncGenThrow,
    }
}

/// The attributes of generator objects: `__name__`, `__qualname__`, and the running state
/// and awaited object under each flavor's prefix (`gi_`, `cr_`, `ag_`).
pub fn attribute(gen: Value, name: &str) -> Option<Value> {
    let g = generator(gen);
    let prefix = match g.flavor {
        Flavor::Generator => "gi_",
        Flavor::Coroutine => "cr_",
        Flavor::AsyncGenerator => "ag_",
        Flavor::AsyncGenSend | Flavor::AsyncGenThrow => return None,
    };
    if let Some(field) = name.strip_prefix(prefix) {
        return match field {
            "running" if g.flavor == Flavor::AsyncGenerator => {
                Some(crate::objects::value::bool_value(g.running_async.get()))
            }
            "running" => Some(crate::objects::value::bool_value(
                shown_state(g) == State::Running,
            )),
            // A running body is not suspended at its delegate: CPython shows None.
            "await" | "yieldfrom" if (field == "await") == (g.flavor != Flavor::Generator) => {
                Some(match shown_state(g) {
                    State::Running => none(),
                    _ => delegate_of(gen).unwrap_or_else(none),
                })
            }
            "code" => g.func.get::<FunctionObj>().map(|f| f.code),
            "frame" => Some(frame(gen, g)),
            "suspended" if g.flavor != Flavor::AsyncGenerator => Some(
                crate::objects::value::bool_value(shown_state(g) == State::Suspended),
            ),
            "origin" if g.flavor == Flavor::Coroutine => Some(none()),
            _ => None,
        };
    }
    match name {
        "__name__" => Some(match g.func.get::<FunctionObj>() {
            Some(f) => f.name(),
            None => pystr::new(qualname(g)),
        }),
        "__qualname__" => Some(match g.func.get::<FunctionObj>() {
            Some(f) => f.qualname(),
            None => pystr::new(qualname(g)),
        }),
        _ => None,
    }
}

/// `gi_frame`: None once the body finished, else its frame object (a `frame` whose
/// `f_lineno` is the line where the body last suspended, or its first line), the same
/// object each time.
fn frame(gen: Value, g: &GeneratorObj) -> Value {
    if g.state.get() == State::Finished {
        return none();
    }
    if g.frame.get().is_null() {
        let frame = native_class::instance(native_class::class(FRAME, make_frame_class));
        native_class::set(frame, "__closc_generator", gen);
        g.frame.set(frame);
    }
    g.frame.get()
}

const FRAME: &str = "frame";

fn make_frame_class() -> Value {
    let cls = native_class::new_class(FRAME, "builtins", Value::NULL, &[]);
    let fields: &[(&'static str, NativeFn)] = &[
        ("f_lineno", frame_lineno),
        ("f_code", frame_code),
        ("f_back", frame_back),
    ];
    for &(name, getter) in fields {
        let getter = function::new_builtin(name, getter);
        let property =
            function::new_descriptor(DescrKind::Property, getter, Value::NULL, Value::NULL);
        native_class::class_set(cls, name, property);
    }
    cls
}

/// The generator whose frame is the receiver.
fn frame_generator(args: &[Value], field: &str) -> PyResult<&'static GeneratorObj> {
    let frame = native_class::this(args, FRAME, field, FRAME)?;
    match native_class::state(frame, "__closc_generator").get::<GeneratorObj>() {
        Some(g) => Ok(g),
        None => type_error("frame without a generator"),
    }
}

/// `frame.f_lineno`: where the body last suspended; its first line before it started.
fn frame_lineno(args: &[Value], _kw: Kw) -> PyResult {
    let g = frame_generator(args, "f_lineno")?;
    let line = match g.line.get() {
        0 => g
            .func
            .get::<FunctionObj>()
            .map_or(0, |f| f.code().first_line.get()),
        line => u64::from(line),
    };
    Ok(crate::objects::int::from_u64(line))
}

fn frame_code(args: &[Value], _kw: Kw) -> PyResult {
    let g = frame_generator(args, "f_code")?;
    Ok(g.func.get::<FunctionObj>().map_or(none(), |f| f.code))
}

/// `frame.f_back`: None, as for a suspended generator's frame in CPython.
fn frame_back(args: &[Value], _kw: Kw) -> PyResult {
    frame_generator(args, "f_back")?;
    Ok(none())
}

/// The words of a suspended generator's stack holding its body's frames, or of a stackless
/// body's frame, for the collector's conservative scan.
pub fn suspended_stack(gen: Value) -> Option<(usize, usize)> {
    let g = gen.get::<GeneratorObj>()?;
    if g.stackless.is_some() {
        // While the body runs its variables are on the native stack, but its prologue (a
        // safepoint) runs before it reloads them: the frame is scanned then too.
        if g.state.get() == State::Finished {
            return None;
        }
        let frame = g.slots.borrow();
        let start = frame.as_ptr() as usize;
        return Some((start, start + frame.len() * std::mem::size_of::<Value>()));
    }
    if g.state.get() != State::Suspended {
        return None;
    }
    let top = g.stack.borrow().as_ref()?.top();
    Some((g.sp.get(), top))
}

/// The values a generator object references directly (not its stack).
pub fn references(gen: Value, mut visit: impl FnMut(Value)) {
    if let Some(g) = gen.get::<GeneratorObj>() {
        visit(g.func);
        visit(g.transfer.get());
        visit(g.result.get());
        visit(g.delegate.get());
        visit(g.exc_state.get());
        visit(g.frame.get());
        visit(g.inline_child.get());
        visit(g.inline_host.get());
        visit(g.consumer_handled.get());
        // A stackless body's frame holds raw words too: it is scanned as a stack.
        if g.stackless.is_none() {
            for &v in g.slots.borrow().iter() {
                visit(v);
            }
        }
    }
}

/// The spans of native stack in use by suspended consumers of running generators, and the
/// top of the stack the current code runs on: with `main_top` the main stack's top, the
/// collector scans `current_sp .. running_top` plus every returned span.
pub fn stack_segments(main_top: usize) -> (usize, Vec<(usize, usize)>) {
    let mut outermost_first = Vec::new();
    running(|gen| outermost_first.push(gen));
    outermost_first.reverse();
    let mut spans = Vec::new();
    let mut top_of_previous = main_top;
    for gen in outermost_first {
        let g = generator(gen);
        // A stackless body runs on its consumer's stack.
        if g.stackless.is_some() {
            continue;
        }
        spans.push((g.caller_sp.get(), top_of_previous));
        top_of_previous = g.stack.borrow().as_ref().map_or(main_top, Stack::top);
    }
    (top_of_previous, spans)
}

/// The exceptions the consumers of the running generator bodies handle, innermost first.
pub fn consumers_handled(mut visit: impl FnMut(Value)) {
    running(|gen| visit(generator(gen).consumer_handled.get()));
}

/// The running generators, innermost first (collector roots).
pub fn running(mut visit: impl FnMut(Value)) {
    let mut gen = RUNNING.with(Cell::get);
    while !gen.is_null() {
        visit(gen);
        gen = generator(gen).resumer.get();
    }
}

/// The methods of generator objects, and (`objects::coroutine`) of coroutines and the
/// awaitables of asynchronous generators.
pub static METHODS: &[Method] = &[
    Method {
        name: "send",
        func: method_send,
    },
    Method {
        name: "throw",
        func: method_throw,
    },
    Method {
        name: "close",
        func: method_close,
    },
];

/// `gen.send(value)`. A native method is only entered through `call.rs`, which blocks
/// collections for callers that need it, so the body may collect here (a coroutine
/// pipeline driven by `send` makes its garbage in the bodies).
pub fn method_send(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("generator.send", kw)?;
    args::method_count("generator.send", args, 1, 1)?;
    match resume_rooted(args[0], args[1], false)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => stop_iteration(v),
    }
}

pub fn method_throw(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("generator.throw", kw)?;
    args::method_count("generator.throw", args, 1, 3)?;
    make_pending(args[1], args.get(2).copied())?;
    throw(args[0])
}

/// Makes pending the exception `throw(typ, val)` describes (`val` None or absent: `typ`
/// itself; an instance of class `typ`: `val` as it is; a tuple: `typ`'s arguments); an
/// invalid one raises TypeError instead.
pub fn make_pending(typ: Value, val: Option<Value>) -> PyResult<()> {
    let typ_is_class = typ.get::<class::ClassObj>().is_some();
    let exception = match val {
        Some(value) if !value.is_none() => {
            if !typ_is_class && exceptions::is_exception(typ) {
                return type_error("instance exception may not have a separate value");
            }
            if typ_is_class && class::is_instance(value, typ) {
                value
            } else if let Some(items) = tuple::items(value) {
                call::call(typ, items, Kw::NONE)?
            } else {
                call::call(typ, &[value], Kw::NONE)?
            }
        }
        _ => typ,
    };
    let is_class = exception
        .get::<class::ClassObj>()
        .is_some_and(|c| c.layout == class::Layout::Exception);
    if !is_class && !exceptions::is_exception(exception) {
        return exceptions::type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            types::type_name(exception)
        ));
    }
    // Always leaves an exception pending: `exception`, or what calling its class raised.
    // It is thrown in as it is, with no implicit chaining (CPython's `PyErr_Restore`): a
    // body handling an exception of its own chains it when it resumes.
    if let Ok(exception) = exceptions::instance_from(exception) {
        exceptions::restore_pending(exception);
    }
    Ok(())
}

pub fn method_close(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("generator.close", kw)?;
    args::method_count("generator.close", args, 0, 0)?;
    close(args[0])
}
