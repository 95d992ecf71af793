//! closc's IR: every Python function lifted to a flat, top-level function over explicit
//! operations on values, with structured control flow and explicit cells.
//!
//! Temps and locals are both variables of the function (codegen makes them Cranelift
//! variables); a local is a named slot (a parameter, a plain Python local, or a slot holding
//! a cell object), a temp is a compiler-made intermediate. Every operation that can raise
//! transfers control to the innermost enclosing `Try` handler, or out of the function.

use std::fmt::{self, Write};

pub type Temp = u32;
pub type LocalId = u32;
pub type ConstId = u32;
pub type GlobalId = u32;
pub type FuncId = u32;
pub type Label = u32;

/// A constant made once at program start and kept in the constant table.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// An integer literal too large for a tagged small int, in decimal.
    BigInt(String),
    Float(f64),
    /// An imaginary literal (its real part is 0).
    Complex(f64),
    /// A tuple of strs (keyword names of a call).
    StrTuple(Vec<String>),
    /// The builtin function, type or exception class of this name.
    Builtin(String),
}

/// The runtime's operator numbering (see docs/runtime-abi.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Add = 0,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    MatMul,
}

/// What an `await` awaits, which names the object in the error when it is not awaitable
/// (the runtime's numbering, see docs/runtime-abi.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwaitSite {
    /// An `await` expression.
    Expression = 0,
    /// What `__aenter__` returned (`async with`).
    AsyncEnter,
    /// What `__aexit__` returned (`async with`).
    AsyncExit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg = 0,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    Eq = 0,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    In,
    NotIn,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Temp(Temp),
    Const(ConstId),
    /// A small int, stored tagged.
    Int(i64),
    None,
    True,
    False,
}

/// The start, stop and step of a slice written in a subscript (`None`: omitted).
pub type SliceParts = [Option<Operand>; 3];

/// An operation producing a value. All may raise except where noted.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Never raises.
    Use(Operand),
    /// Reads a local slot; raises UnboundLocalError naming `name` when the slot is empty.
    Local {
        local: LocalId,
        name: ConstId,
    },
    /// Reads a slot holding a cell object, or the parameter slot itself. Never raises.
    Slot(LocalId),
    /// The `index`-th cell of the running function's closure. Never raises.
    FreeCell(u32),
    /// The `index`-th entry of the running function's closure when it holds the value of a
    /// variable captured by value (see `captures.rs`). Never raises.
    FreeValue(u32),
    /// Reads a cell; raises the unbound-local (or, if `free`, the free-variable) error.
    CellGet {
        cell: Operand,
        name: ConstId,
        free: bool,
    },
    /// A new cell holding `value`, or an empty one.
    MakeCell(Option<Operand>),
    /// A module global, falling back to the builtin of the same name, else NameError.
    Global {
        global: GlobalId,
        name: ConstId,
        builtin: Option<ConstId>,
    },
    Binary(BinaryOp, Operand, Operand),
    InPlace(BinaryOp, Operand, Operand),
    Unary(UnaryOp, Operand),
    Compare(CompareOp, Operand, Operand),
    /// `a is b` (or `is not` when `negate`) as a bool. Never raises.
    Is {
        left: Operand,
        right: Operand,
        negate: bool,
    },
    Call {
        callee: Operand,
        args: Vec<Operand>,
    },
    /// Positional args, then one value per keyword name in the `StrTuple` constant.
    CallKw {
        callee: Operand,
        args: Vec<Operand>,
        kwnames: ConstId,
    },
    /// `callee(*args, **kwargs)`: `args` a built tuple or the one starred operand, as it is;
    /// `kwargs` an optional dict.
    CallEx {
        callee: Operand,
        args: Operand,
        kwargs: Option<Operand>,
    },
    CallMethod {
        object: Operand,
        name: ConstId,
        args: Vec<Operand>,
    },
    GetAttr(Operand, ConstId),
    /// The method `super(class, instance).name` of a zero-argument `super().name(...)`,
    /// found without making the super object when `callee` is the builtin `super`: a
    /// value for `CallSuperMethod` (see `rt_super_method`).
    SuperMethod {
        callee: Operand,
        class: Operand,
        instance: Operand,
        name: ConstId,
    },
    /// Calls what `SuperMethod` gave for `instance` with `args`.
    CallSuperMethod {
        method: Operand,
        instance: Operand,
        args: Vec<Operand>,
    },
    GetItem(Operand, Operand),
    /// `object[start:stop:step]`, without a slice object when the object is a list, tuple
    /// or str.
    GetSlice(Operand, SliceParts),
    Slice(Option<Operand>, Option<Operand>, Option<Operand>),
    Tuple(Vec<Operand>),
    List(Vec<Operand>),
    Set(Vec<Operand>),
    /// A display of more than two constants, which CPython folds into a frozenset first
    /// (giving a different iteration order than adding the items one by one).
    ConstSet(Vec<Operand>),
    /// The frozenset constant of a constant set display iterated by a `for`.
    ConstFrozenSet(Vec<Operand>),
    /// Key, value pairs.
    Dict(Vec<(Operand, Operand)>),
    ListToTuple(Operand),
    Iter(Operand),
    /// `iter(x)` for the iterable of a `for` loop, whose only use is the loop's `Next`: a
    /// list or tuple is iterated by index in registers, with no iterator object, which is
    /// invisible because only the loop sees the iterator.
    IterLoop(Operand),
    /// `iter(callee(*args))` for the iterable of a `for` statement written `range(...)`:
    /// when `callee` is the builtin `range` (constant `range`) and the arguments are small
    /// ints, codegen keeps the iterator's state in registers, which is invisible because
    /// only the loop's `Next` sees the iterator.
    IterRange {
        callee: Operand,
        range: ConstId,
        args: Vec<Operand>,
    },
    /// `callee(*args)` where the source calls a builtin that codegen has an inline path for
    /// (`len`, `abs`, `min` and `max` of two): codegen takes the path only after checking
    /// that `callee` is that builtin (constant `builtin`), which a global may shadow.
    CallBuiltin {
        callee: Operand,
        builtin: ConstId,
        args: Vec<Operand>,
    },
    /// The iterator's next item, or the exhausted marker tested by `Cond::Exhausted`.
    Next(Operand),
    Str(Operand),
    Repr(Operand),
    Format(Operand, Operand),
    Concat(Vec<Operand>),
    /// `import name`: the module `name` (absolute, dotted), imported with its parents, or
    /// its top-level package when `top_level` (what `import a.b` binds to `a`).
    Import {
        name: ConstId,
        top_level: bool,
    },
    /// `from module import name`: the attribute, or the submodule of that name.
    ImportFrom(Operand, ConstId),
    /// `globals()`: the running function's module namespace, as a dict.
    Globals,
    /// `locals()` of a function: a dict of the variables bound now. `names` (a `StrTuple`)
    /// names each value; `kinds` (a `Str`) has a `c` where the value is a cell to read,
    /// else `v` for a value that is 0 while unbound.
    Locals {
        names: ConstId,
        kinds: ConstId,
        values: Vec<Operand>,
    },
    MakeFunction {
        function: FuncId,
        defaults: Option<Operand>,
        kwdefaults: Option<Operand>,
        closure: Vec<Operand>,
    },
    /// The namespace a class body runs in (its metaclass's `__prepare__`, or a new dict).
    ClassNamespace {
        name: ConstId,
        bases: Operand,
        keywords: Option<Operand>,
    },
    /// A class: `keywords` is the dict of the class keywords, if any; `attributes` the
    /// tuple of the names its methods store on `self`.
    MakeClass {
        name: ConstId,
        qualname: ConstId,
        bases: Operand,
        namespace: Operand,
        keywords: Option<Operand>,
        attributes: ConstId,
    },
    /// Suspends the running generator, producing the value; gives the value sent in.
    Yield(Operand),
    /// Delegates to an iterable (`yield from`); gives the value it returns.
    YieldFrom(Operand),
    /// The bound `__exit__` of a context manager, checking it has `__enter__` too.
    WithExit(Operand),
    /// Awaits an awaitable (delegating to its `__await__` iterator as `yield from` does);
    /// gives its result.
    Await(Operand, AwaitSite),
    /// The asynchronous iterator of an `async for` (`__aiter__`).
    AIter(Operand),
    /// Awaits the next item of an asynchronous iterator (`__anext__`): the item, or the
    /// marker `ITER_DONE` once it raises StopAsyncIteration.
    ANext(Operand),
    /// The bound `__aexit__` of an asynchronous context manager, checking it has
    /// `__aenter__` too.
    AsyncWithExit(Operand),
    /// An `async for` left early (`break`, `return`) drops the asynchronous generator it
    /// made: it is finalized as CPython finalizes it when it frees it.
    AsyncForAbandon(Operand),
    /// A sequence pattern's test: the subject's items as a tuple, or None.
    MatchSequence {
        subject: Operand,
        min_len: u32,
        exact: bool,
    },
    /// A mapping pattern's test: a bool.
    MatchMapping(Operand),
    /// The `**rest` dict of a mapping pattern without the given keys.
    MatchMappingRest(Operand, Operand),
    /// A class pattern's test: the attribute values for its sub-patterns, or None.
    MatchClass {
        subject: Operand,
        class: Operand,
        positional: u32,
        keywords: ConstId,
    },
    /// Takes the pending exception: the first operation of a handler. Never raises.
    FetchException,
    /// Makes the exception the one being handled; gives the one handled before (or 0).
    /// Never raises.
    HandlerEnter(Operand),
    /// One `except* classes:` clause given the exception not yet handled (or None): the
    /// pair (the matching part, or None; the rest, or None).
    ExceptStarMatch(Operand, Operand),
    /// What an `except*` statement raises once its clauses have run, or None: from the
    /// exception caught and the list of what the clauses raised followed by the rest.
    ExceptStarResult(Operand, Operand),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    Truthy(Operand),
    /// The result of `Op::Next` says the iterator is exhausted.
    Exhausted(Operand),
    /// The exception matches the class or tuple of classes; may raise.
    ExceptionMatches(Operand, Operand),
    Not(Box<Cond>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Stmt {
    Assign(Temp, Op),
    /// Evaluates for effect only.
    Eval(Op),
    /// Writes a local slot (0 marks it unbound, as `del` does).
    SetLocal(LocalId, Operand),
    /// Raises UnboundLocalError if the slot is empty, then empties it.
    DelLocal {
        local: LocalId,
        name: ConstId,
    },
    CellSet {
        cell: Operand,
        value: Operand,
    },
    /// Raises the unbound error if the cell is already empty, then empties it.
    CellDel {
        cell: Operand,
        name: ConstId,
        free: bool,
    },
    SetGlobal(GlobalId, Operand),
    /// Raises NameError if the global is unbound, then unbinds it.
    DelGlobal {
        global: GlobalId,
        name: ConstId,
    },
    SetAttr(Operand, ConstId, Operand),
    DelAttr(Operand, ConstId),
    SetItem(Operand, Operand, Operand),
    /// `object[start:stop:step] = value`, without a slice object when the object is a list.
    SetSlice(Operand, SliceParts, Operand),
    DelItem(Operand, Operand),
    ListAppend(Operand, Operand),
    ListExtend(Operand, Operand),
    SetAdd(Operand, Operand),
    DictUpdate(Operand, Operand),
    /// Merges a `**` mapping into the keyword dict of a call to `callee`, refusing keys
    /// already present (CPython's `DICT_MERGE`).
    KwargsMerge {
        callee: Operand,
        dict: Operand,
        mapping: Operand,
    },
    /// Exactly `targets.len()` items of the iterable into the temps.
    Unpack {
        value: Operand,
        targets: Vec<Temp>,
    },
    /// `before` items, a list of the middle, then the rest.
    UnpackStarred {
        value: Operand,
        before: u32,
        targets: Vec<Temp>,
    },
    If {
        cond: Cond,
        then: Vec<Stmt>,
        otherwise: Vec<Stmt>,
    },
    /// Runs `body` repeatedly until a `Break` leaves it.
    Loop {
        label: Label,
        body: Vec<Stmt>,
    },
    /// Runs `body` once; `Break(label)` jumps past it.
    Block {
        label: Label,
        body: Vec<Stmt>,
    },
    Break(Label),
    Continue(Label),
    Return(Operand),
    Raise {
        exception: Operand,
        cause: Option<Operand>,
    },
    /// Makes a fetched exception pending again and unwinds.
    Reraise(Operand),
    /// A bare `raise` outside any handler of its function: re-raises the exception being
    /// handled where it runs (a caller's `except`), or `RuntimeError` if there is none.
    RaiseHandled,
    /// Restores the exception handled before a handler (from `Op::HandlerEnter`).
    HandlerLeave(Operand),
    AssertFail(Option<Operand>),
    /// `from module import *` into the running function's module.
    ImportStar(Operand),
    /// The statements that follow start at this source line (for tracebacks).
    Line(u32),
    /// Exceptions raised in `body` go to `handler`, which starts with the exception fetched.
    Try {
        body: Vec<Stmt>,
        handler: Vec<Stmt>,
    },
    /// Runs `body` with the innermost `levels` try handlers out of effect: a `finally` copied
    /// in front of a `return` or `break` that leaves them.
    OutsideTry {
        levels: u32,
        body: Vec<Stmt>,
    },
}

/// True if `stmts` hold a `try` (which `try`, `with` and `async with` statements lower to)
/// or a `yield from`, nested blocks included.
fn has_cleanup(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|stmt| match stmt {
        Stmt::Try { .. } => true,
        Stmt::Assign(_, Op::YieldFrom(_)) | Stmt::Eval(Op::YieldFrom(_)) => true,
        Stmt::If {
            then, otherwise, ..
        } => has_cleanup(then) || has_cleanup(otherwise),
        Stmt::Loop { body, .. } | Stmt::Block { body, .. } | Stmt::OutsideTry { body, .. } => {
            has_cleanup(body)
        }
        _ => false,
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub name: String,
    pub qualname: String,
    pub argcount: u32,
    /// How many of the `argcount` positional parameters are positional-only.
    pub posonlycount: u32,
    pub kwonlycount: u32,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Calling the function makes a generator running its body.
    pub is_generator: bool,
    /// Calling the function makes a coroutine running its body (with `is_generator`, an
    /// asynchronous generator).
    pub is_coroutine: bool,
    /// CPython's `co_varnames`: parameters, then plain locals in order of first use.
    pub varnames: Vec<String>,
    /// CPython's `co_freevars`: sorted; the closure tuple holds their cells in this order.
    pub freevars: Vec<String>,
    /// Bit `i` set: the closure holds the value of `freevars[i]`, not a cell.
    pub value_freevars: u64,
    /// CPython's `co_cellvars`: sorted names of the locals that nested blocks capture.
    pub cellvars: Vec<String>,
    /// The index of the module whose code this is (`Module::modules`).
    pub module: u32,
    /// CPython's `co_firstlineno`: the line of the block's first decorator or keyword (1
    /// for a module body).
    pub first_line: u32,
    /// Slot names; the first `param_count()` slots receive the arguments.
    pub locals: Vec<String>,
    pub temps: u32,
    pub body: Vec<Stmt>,
}

impl Function {
    /// Closing a suspended generator (or coroutine) of this function may run code: its
    /// body has a `try`, `with`, `async with` or `yield from`.
    pub fn runs_code_on_close(&self) -> bool {
        (self.is_generator || self.is_coroutine) && has_cleanup(&self.body)
    }

    pub fn param_count(&self) -> usize {
        (self.argcount + self.kwonlycount) as usize
            + usize::from(self.has_varargs)
            + usize::from(self.has_varkeywords)
    }
}

impl Op {
    /// Calls `f` on every operand the operation reads, in order.
    pub fn for_each_operand(&self, f: &mut impl FnMut(&Operand)) {
        let all = |operands: &[Operand], f: &mut dyn FnMut(&Operand)| {
            operands.iter().for_each(f);
        };
        match self {
            Op::Local { .. }
            | Op::Slot(_)
            | Op::FreeCell(_)
            | Op::FreeValue(_)
            | Op::Global { .. }
            | Op::Import { .. }
            | Op::Globals
            | Op::FetchException => {}
            Op::Use(a)
            | Op::CellGet { cell: a, .. }
            | Op::Unary(_, a)
            | Op::GetAttr(a, _)
            | Op::ImportFrom(a, _)
            | Op::ListToTuple(a)
            | Op::Iter(a)
            | Op::IterLoop(a)
            | Op::Next(a)
            | Op::Str(a)
            | Op::Repr(a)
            | Op::Yield(a)
            | Op::YieldFrom(a)
            | Op::WithExit(a)
            | Op::Await(a, _)
            | Op::AIter(a)
            | Op::ANext(a)
            | Op::AsyncWithExit(a)
            | Op::AsyncForAbandon(a)
            | Op::MatchSequence { subject: a, .. }
            | Op::MatchMapping(a)
            | Op::HandlerEnter(a) => f(a),
            Op::MakeCell(a) => a.iter().for_each(f),
            Op::Binary(_, a, b)
            | Op::InPlace(_, a, b)
            | Op::Compare(_, a, b)
            | Op::Is {
                left: a, right: b, ..
            }
            | Op::GetItem(a, b)
            | Op::Format(a, b)
            | Op::MatchMappingRest(a, b)
            | Op::ExceptStarMatch(a, b)
            | Op::ExceptStarResult(a, b)
            | Op::MatchClass {
                subject: a,
                class: b,
                ..
            } => {
                f(a);
                f(b);
            }
            Op::MakeClass {
                bases,
                namespace,
                keywords,
                ..
            } => {
                f(bases);
                f(namespace);
                keywords.iter().for_each(f);
            }
            Op::ClassNamespace {
                bases, keywords, ..
            } => {
                f(bases);
                keywords.iter().for_each(f);
            }
            Op::Call { callee, args }
            | Op::CallKw { callee, args, .. }
            | Op::IterRange { callee, args, .. }
            | Op::CallBuiltin { callee, args, .. } => {
                f(callee);
                all(args, f);
            }
            Op::CallEx {
                callee,
                args,
                kwargs,
            } => {
                f(callee);
                f(args);
                kwargs.iter().for_each(f);
            }
            Op::CallMethod { object, args, .. } => {
                f(object);
                all(args, f);
            }
            Op::SuperMethod {
                callee,
                class,
                instance,
                ..
            } => {
                f(callee);
                f(class);
                f(instance);
            }
            Op::CallSuperMethod {
                method,
                instance,
                args,
            } => {
                f(method);
                f(instance);
                all(args, f);
            }
            Op::Slice(a, b, c) => [a, b, c].into_iter().flatten().for_each(f),
            Op::GetSlice(object, parts) => {
                f(object);
                parts.iter().flatten().for_each(f);
            }
            Op::Tuple(items)
            | Op::List(items)
            | Op::Set(items)
            | Op::ConstSet(items)
            | Op::ConstFrozenSet(items)
            | Op::Concat(items)
            | Op::Locals { values: items, .. } => all(items, f),
            Op::Dict(pairs) => pairs.iter().for_each(|(k, v)| {
                f(k);
                f(v);
            }),
            Op::MakeFunction {
                defaults,
                kwdefaults,
                closure,
                ..
            } => {
                defaults.iter().chain(kwdefaults).for_each(&mut *f);
                all(closure, f);
            }
        }
    }
}

impl Cond {
    /// Calls `f` on every operand the condition reads.
    pub fn for_each_operand(&self, f: &mut impl FnMut(&Operand)) {
        match self {
            Cond::Truthy(a) | Cond::Exhausted(a) => f(a),
            Cond::ExceptionMatches(a, b) => {
                f(a);
                f(b);
            }
            Cond::Not(c) => c.for_each_operand(f),
        }
    }
}

/// How many times each temp of `function` is read, counting every static occurrence.
pub fn temp_uses(function: &Function) -> Vec<u32> {
    let mut uses = vec![0u32; function.temps as usize];
    for_each_stmt(&function.body, &mut |stmt| {
        stmt.for_each_operand(&mut |operand| {
            if let Operand::Temp(t) = operand {
                uses[*t as usize] += 1;
            }
        })
    });
    uses
}

/// Visits every statement of a body, nested bodies included, outer statements first.
pub fn for_each_stmt(body: &[Stmt], f: &mut impl FnMut(&Stmt)) {
    for stmt in body {
        f(stmt);
        match stmt {
            Stmt::If {
                then, otherwise, ..
            } => {
                for_each_stmt(then, f);
                for_each_stmt(otherwise, f);
            }
            Stmt::Loop { body, .. } | Stmt::Block { body, .. } | Stmt::OutsideTry { body, .. } => {
                for_each_stmt(body, f)
            }
            Stmt::Try { body, handler } => {
                for_each_stmt(body, f);
                for_each_stmt(handler, f);
            }
            _ => {}
        }
    }
}

impl Stmt {
    /// Calls `f` on every operand the statement itself reads (not those of nested bodies).
    pub fn for_each_operand(&self, f: &mut impl FnMut(&Operand)) {
        match self {
            Stmt::Assign(_, op) | Stmt::Eval(op) => op.for_each_operand(f),
            Stmt::If { cond, .. } => cond.for_each_operand(f),
            Stmt::DelLocal { .. }
            | Stmt::Line(_)
            | Stmt::DelGlobal { .. }
            | Stmt::Loop { .. }
            | Stmt::Block { .. }
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::Try { .. }
            | Stmt::OutsideTry { .. }
            | Stmt::RaiseHandled => {}
            Stmt::SetLocal(_, a)
            | Stmt::CellDel { cell: a, .. }
            | Stmt::SetGlobal(_, a)
            | Stmt::DelAttr(a, _)
            | Stmt::Unpack { value: a, .. }
            | Stmt::UnpackStarred { value: a, .. }
            | Stmt::Return(a)
            | Stmt::ImportStar(a)
            | Stmt::Reraise(a)
            | Stmt::HandlerLeave(a) => f(a),
            Stmt::AssertFail(a) => a.iter().for_each(f),
            Stmt::CellSet { cell: a, value: b }
            | Stmt::SetAttr(a, _, b)
            | Stmt::DelItem(a, b)
            | Stmt::ListAppend(a, b)
            | Stmt::ListExtend(a, b)
            | Stmt::SetAdd(a, b)
            | Stmt::DictUpdate(a, b) => {
                f(a);
                f(b);
            }
            Stmt::SetSlice(object, parts, value) => {
                f(object);
                parts.iter().flatten().for_each(&mut *f);
                f(value);
            }
            Stmt::SetItem(a, b, c)
            | Stmt::KwargsMerge {
                callee: a,
                dict: b,
                mapping: c,
            } => {
                f(a);
                f(b);
                f(c);
            }
            Stmt::Raise { exception, cause } => {
                f(exception);
                cause.iter().for_each(f);
            }
        }
    }
}

/// One Python module of the program.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleInfo {
    /// `__name__`: `__main__` for the main file.
    pub name: String,
    /// `__file__` (None for a namespace package).
    pub file: Option<String>,
    /// `__doc__`: the docstring.
    pub doc: Option<String>,
    /// `__package__`: the package relative imports start from (None for `__main__`).
    pub package: Option<String>,
    /// `__path__` of a package; None for a plain module.
    pub package_dirs: Option<Vec<String>>,
    /// The source text, which tracebacks quote.
    pub source: String,
    /// The function running the module's body; it takes no parameters.
    pub body: FuncId,
    /// The module's global slots: `globals[start..end]`.
    pub globals: std::ops::Range<GlobalId>,
}

/// A whole program: module 0 is `__main__`, whose body is function 0. Every module's
/// globals are one range of the one global table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Module {
    pub functions: Vec<Function>,
    pub consts: Vec<Const>,
    pub globals: Vec<String>,
    pub modules: Vec<ModuleInfo>,
}

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, m) in self.modules.iter().enumerate() {
            writeln!(
                f,
                "module m{i} {} (body f{}, globals g{}..g{})",
                m.name, m.body, m.globals.start, m.globals.end
            )?;
        }
        for (i, c) in self.consts.iter().enumerate() {
            writeln!(f, "const c{i} = {c:?}")?;
        }
        for (i, g) in self.globals.iter().enumerate() {
            writeln!(f, "global g{i} = {g}")?;
        }
        for (i, function) in self.functions.iter().enumerate() {
            writeln!(
                f,
                "\nfn f{i} {} (params {}, varnames {:?}, freevars {:?}, cellvars {:?}):",
                function.qualname,
                function.param_count(),
                function.varnames,
                function.freevars,
                function.cellvars
            )?;
            for (slot, name) in function.locals.iter().enumerate() {
                writeln!(f, "  slot s{slot} = {name}")?;
            }
            let mut out = String::new();
            write_body(&mut out, &function.body, 1);
            f.write_str(&out)?;
        }
        Ok(())
    }
}

fn write_body(out: &mut String, body: &[Stmt], depth: usize) {
    let indent = "  ".repeat(depth);
    for stmt in body {
        let _ = match stmt {
            Stmt::Assign(t, op) => writeln!(out, "{indent}t{t} = {op:?}"),
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let _ = writeln!(out, "{indent}if {cond:?}:");
                write_body(out, then, depth + 1);
                if !otherwise.is_empty() {
                    let _ = writeln!(out, "{indent}else:");
                    write_body(out, otherwise, depth + 1);
                }
                Ok(())
            }
            Stmt::Loop { label, body } => {
                let _ = writeln!(out, "{indent}loop L{label}:");
                write_body(out, body, depth + 1);
                Ok(())
            }
            Stmt::Block { label, body } => {
                let _ = writeln!(out, "{indent}block L{label}:");
                write_body(out, body, depth + 1);
                Ok(())
            }
            Stmt::Try { body, handler } => {
                let _ = writeln!(out, "{indent}try:");
                write_body(out, body, depth + 1);
                let _ = writeln!(out, "{indent}handler:");
                write_body(out, handler, depth + 1);
                Ok(())
            }
            Stmt::OutsideTry { levels, body } => {
                let _ = writeln!(out, "{indent}outside {levels} try:");
                write_body(out, body, depth + 1);
                Ok(())
            }
            other => writeln!(out, "{indent}{other:?}"),
        };
    }
}
