//! Closure conversion: the syntax tree and its scopes become closc's IR.
//!
//! Every function, lambda and comprehension becomes a lifted `ir::Function`; the function
//! object made at its `def` site carries a closure tuple holding the cells of its free
//! variables (in sorted name order, as CPython's `co_freevars`). Variables that a nested block
//! captures live in cells created at function entry; all others are plain slots. Class bodies
//! run inline in the enclosing function against a namespace dict.

use crate::diag::Diagnostic;
use crate::ir::{
    BinaryOp, CompareOp, Cond, Const, ConstId, FuncId, Function, GlobalId, Label, LocalId, Module,
    Op, Operand, Stmt, Temp, UnaryOp,
};
use crate::scopes::{Binding, ScopeId, ScopeKind, ScopeTree, CLASS_CELL};
use ruff_python_ast::{self as ast, Expr, Number};
use ruff_text_size::{Ranged, TextRange};
use std::borrow::Cow;
use std::collections::HashMap;

/// Names of Python's builtins module; a global that is never assigned falls back to these.
const BUILTIN_NAMES: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "False",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "None",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "True",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// Builtins the runtime does not provide: a program using one is refused at compile time.
const UNSUPPORTED_BUILTINS: &[&str] = &[
    "BaseExceptionGroup",
    "ExceptionGroup",
    "aiter",
    "anext",
    "breakpoint",
    "bytearray",
    "bytes",
    "compile",
    "complex",
    "copyright",
    "credits",
    "dir",
    "eval",
    "exec",
    "globals",
    "help",
    "license",
    "locals",
    "memoryview",
    "open",
];

/// Modules `import` accepts; the runtime provides them.
const MODULES: &[&str] = &[
    "sys",
    "math",
    "functools",
    "itertools",
    "collections",
    "operator",
];

pub fn lower(module: &ast::ModModule, scopes: &ScopeTree) -> Result<Module, Vec<Diagnostic>> {
    let mut lowering = Lowering {
        scopes,
        module: Module::default(),
        const_index: HashMap::new(),
        global_index: HashMap::new(),
        labels: 0,
        errors: Vec::new(),
    };
    lowering.module.functions.push(placeholder());
    let body = {
        let mut f = FnLowering::new(&mut lowering, 0);
        let name = f.lowering.global("__name__");
        let main = f.str_const("__main__");
        f.emit(Stmt::SetGlobal(name, Operand::Const(main)));
        f.body(&module.body);
        f.finish("<module>".into(), "<module>".into(), 0, 0, false, false)
    };
    lowering.module.functions[0] = body;
    if lowering.errors.is_empty() {
        Ok(lowering.module)
    } else {
        lowering
            .errors
            .sort_by(|a, b| (a.range.start(), &a.message).cmp(&(b.range.start(), &b.message)));
        // A `finally` body is lowered once per way out of its `try`: report its problems once.
        lowering
            .errors
            .dedup_by(|a, b| a.range == b.range && a.message == b.message);
        Err(lowering.errors)
    }
}

fn placeholder() -> Function {
    Function {
        name: String::new(),
        qualname: String::new(),
        argcount: 0,
        posonlycount: 0,
        kwonlycount: 0,
        has_varargs: false,
        has_varkeywords: false,
        is_generator: false,
        varnames: Vec::new(),
        freevars: Vec::new(),
        value_freevars: 0,
        cellvars: Vec::new(),
        locals: Vec::new(),
        temps: 0,
        body: Vec::new(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    Str(String),
    BigInt(String),
    Float(u64),
    StrTuple(Vec<String>),
    Builtin(String),
}

struct Lowering<'a> {
    scopes: &'a ScopeTree,
    module: Module,
    const_index: HashMap<ConstKey, ConstId>,
    global_index: HashMap<String, GlobalId>,
    labels: Label,
    errors: Vec<Diagnostic>,
}

impl Lowering<'_> {
    fn constant(&mut self, c: Const) -> ConstId {
        let key = match &c {
            Const::Str(s) => ConstKey::Str(s.clone()),
            Const::BigInt(s) => ConstKey::BigInt(s.clone()),
            Const::Float(x) => ConstKey::Float(x.to_bits()),
            Const::StrTuple(names) => ConstKey::StrTuple(names.clone()),
            Const::Builtin(name) => ConstKey::Builtin(name.clone()),
        };
        if let Some(&id) = self.const_index.get(&key) {
            return id;
        }
        let id = self.module.consts.len() as ConstId;
        self.module.consts.push(c);
        self.const_index.insert(key, id);
        id
    }

    fn global(&mut self, name: &str) -> GlobalId {
        if let Some(&id) = self.global_index.get(name) {
            return id;
        }
        let id = self.module.globals.len() as GlobalId;
        self.module.globals.push(name.to_string());
        self.global_index.insert(name.to_string(), id);
        id
    }
}

/// The statements being built for one nested region (a branch, a loop body, ...).
type Block = Vec<Stmt>;

struct LoopContext {
    break_label: Label,
    continue_label: Label,
    finally_depth: usize,
}

/// What a `return`, `break` or `continue` leaving a region must do first.
enum FinallyContext<'a> {
    /// Run a `finally` body.
    Body {
        body: &'a [ast::Stmt],
        try_depth_outside: u32,
    },
    /// Leave an exception handler, restoring the exception handled before it.
    LeaveHandler(Temp),
    /// Leave a `with` block: call its manager's bound `__exit__(None, None, None)`.
    ExitContext { exit: Temp, try_depth_outside: u32 },
    /// Leave the body of `except E as name`: unbind `name`.
    UnbindName(&'a str),
}

/// Lowers one lifted function (or the module body).
struct FnLowering<'l, 'a> {
    lowering: &'l mut Lowering<'a>,
    /// The innermost scope being lowered: the function's own, or a class body inside it.
    scope_stack: Vec<ScopeId>,
    /// The namespace dict temp of each class body being lowered, innermost last.
    class_namespaces: Vec<Temp>,
    /// The slot of each class body's `__class__` cell, if its methods need one.
    class_cells: Vec<Option<LocalId>>,
    slots: Vec<String>,
    slot_of: HashMap<String, LocalId>,
    cell_slot_of: HashMap<String, LocalId>,
    /// The slots of the captured variables that closures capture by value.
    value_slot_of: HashMap<String, LocalId>,
    varnames: Vec<String>,
    freevars: Vec<String>,
    cellvars: Vec<String>,
    posonlycount: u32,
    function_scope_is_generator: bool,
    temps: Temp,
    blocks: Vec<Block>,
    loops: Vec<LoopContext>,
    finally_stack: Vec<FinallyContext<'a>>,
    try_depth: u32,
    handled_exceptions: Vec<Temp>,
}

impl<'l, 'a> FnLowering<'l, 'a> {
    fn new(lowering: &'l mut Lowering<'a>, scope: ScopeId) -> Self {
        let scopes = lowering.scopes;
        let scope_data = &scopes.scopes[scope];
        let mut f = FnLowering {
            lowering,
            scope_stack: vec![scope],
            class_namespaces: Vec::new(),
            class_cells: Vec::new(),
            slots: Vec::new(),
            slot_of: HashMap::new(),
            cell_slot_of: HashMap::new(),
            value_slot_of: HashMap::new(),
            varnames: Vec::new(),
            freevars: scope_data.freevars(),
            cellvars: Vec::new(),
            posonlycount: 0,
            function_scope_is_generator: scope_data.is_generator,
            temps: 0,
            blocks: vec![Vec::new()],
            loops: Vec::new(),
            finally_stack: Vec::new(),
            try_depth: 0,
            handled_exceptions: Vec::new(),
        };
        for param in &scope_data.params {
            f.plain_slot(param);
        }
        for param in &scope_data.params {
            if scopes.by_value(scope, param) {
                f.value_slot_of.insert(param.clone(), f.slot_of[param]);
            } else if scope_data.binding(param) == Some(Binding::Cell) {
                let slot = f.new_slot(format!("{param} (cell)"));
                f.cell_slot_of.insert(param.clone(), slot);
                let value = Operand::Temp(f.assign(Op::Slot(f.slot_of[param])));
                let cell = f.assign(Op::MakeCell(Some(value)));
                f.emit(Stmt::SetLocal(slot, Operand::Temp(cell)));
            }
        }
        // CPython's order: captured parameters first, in parameter order, then the rest sorted.
        let mut captured_locals: Vec<String> = scope_data
            .names_with(Binding::Cell)
            .filter(|n| !scope_data.is_param(n))
            .map(String::from)
            .collect();
        captured_locals.sort();
        f.cellvars = scope_data
            .params
            .iter()
            .filter(|p| scope_data.binding(p) == Some(Binding::Cell))
            .cloned()
            .chain(captured_locals)
            .collect();
        let cells: Vec<String> = f
            .cellvars
            .iter()
            .filter(|n| !scope_data.is_param(n))
            .cloned()
            .collect();
        for name in cells {
            if scopes.by_value(scope, &name) {
                let slot = f.new_slot(format!("{name} (captured value)"));
                f.value_slot_of.insert(name, slot);
                continue;
            }
            let slot = f.new_slot(format!("{name} (cell)"));
            f.cell_slot_of.insert(name, slot);
            let cell = f.assign(Op::MakeCell(None));
            f.emit(Stmt::SetLocal(slot, Operand::Temp(cell)));
        }
        f
    }

    fn finish(
        mut self,
        name: String,
        qualname: String,
        argcount: u32,
        kwonlycount: u32,
        has_varargs: bool,
        has_varkeywords: bool,
    ) -> Function {
        self.emit(Stmt::Return(Operand::None));
        let scope = self.scope_stack[0];
        let value_freevars = self
            .freevars
            .iter()
            .enumerate()
            .filter(|(_, name)| self.lowering.scopes.by_value(scope, name))
            .fold(0u64, |mask, (i, _)| mask | 1 << i);
        Function {
            name,
            qualname,
            argcount,
            posonlycount: self.posonlycount,
            kwonlycount,
            has_varargs,
            has_varkeywords,
            is_generator: self.function_scope_is_generator,
            varnames: self.varnames,
            freevars: self.freevars,
            value_freevars,
            cellvars: self.cellvars,
            locals: self.slots,
            temps: self.temps,
            body: self.blocks.pop().unwrap_or_default(),
        }
    }

    // ---- building blocks ----

    fn scope(&self) -> &'a crate::scopes::Scope {
        &self.lowering.scopes.scopes[*self.scope_stack.last().unwrap()]
    }

    fn emit(&mut self, stmt: Stmt) {
        self.blocks.last_mut().unwrap().push(stmt);
    }

    fn temp(&mut self) -> Temp {
        self.temps += 1;
        self.temps - 1
    }

    fn assign(&mut self, op: Op) -> Temp {
        let t = self.temp();
        self.emit(Stmt::Assign(t, op));
        t
    }

    fn value(&mut self, op: Op) -> Operand {
        Operand::Temp(self.assign(op))
    }

    fn label(&mut self) -> Label {
        self.lowering.labels += 1;
        self.lowering.labels
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) -> Block {
        self.blocks.push(Vec::new());
        f(self);
        self.blocks.pop().unwrap()
    }

    fn str_const(&mut self, s: &str) -> ConstId {
        self.lowering.constant(Const::Str(s.to_string()))
    }

    fn unsupported(&mut self, range: TextRange, what: &str) {
        self.lowering
            .errors
            .push(Diagnostic::unsupported(range, what));
    }

    fn new_slot(&mut self, name: String) -> LocalId {
        self.slots.push(name);
        (self.slots.len() - 1) as LocalId
    }

    /// The plain slot of a local, made at its first mention (which fixes `co_varnames` order).
    fn plain_slot(&mut self, name: &str) -> LocalId {
        if let Some(&slot) = self.slot_of.get(name) {
            return slot;
        }
        let slot = self.new_slot(name.to_string());
        self.slot_of.insert(name.to_string(), slot);
        self.varnames.push(name.to_string());
        slot
    }

    /// The operand holding the cell of `name`, as seen from the function being lowered.
    fn cell_of(&mut self, name: &str) -> Operand {
        if name == CLASS_CELL && self.scope().kind == ScopeKind::Class {
            if let Some(Some(slot)) = self.class_cells.last() {
                return self.value(Op::Slot(*slot));
            }
        }
        if let Some(&slot) = self.cell_slot_of.get(name) {
            return self.value(Op::Slot(slot));
        }
        let index = self
            .freevars
            .iter()
            .position(|f| f == name)
            .expect("scope analysis gives every captured name a cell or a free slot");
        self.value(Op::FreeCell(index as u32))
    }

    /// The slot of `name`, a variable of this function captured by value. Only the owner
    /// binds such a variable.
    fn value_slot(&self, name: &str) -> LocalId {
        *self
            .value_slot_of
            .get(name)
            .expect("only the owner binds a variable captured by value")
    }

    /// The value of `name`, captured by value: from its slot in the owner (where reading it
    /// early raises UnboundLocalError, as CPython does for a cell), from the closure in a
    /// nested function (where it is always bound).
    fn captured_value(&mut self, name: &str) -> Operand {
        if let Some(&local) = self.value_slot_of.get(name) {
            let name_const = self.str_const(name);
            return self.value(Op::Local {
                local,
                name: name_const,
            });
        }
        let index = self
            .freevars
            .iter()
            .position(|f| f == name)
            .expect("scope analysis gives every captured name a slot or a closure entry");
        self.value(Op::FreeValue(index as u32))
    }

    // ---- names ----

    /// `name` as written in the innermost scope, mangled as CPython mangles private names
    /// (see `scopes::mangle`): the spelling of its symbol, slot, cell, global and messages.
    fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        let scopes: &'a ScopeTree = self.lowering.scopes;
        scopes.mangle(*self.scope_stack.last().unwrap(), name)
    }

    /// Where a name (mangled) read or written in the innermost scope lives.
    fn place(&self, name: &str) -> Place {
        let scope = self.scope();
        let binding = scope.binding(name).unwrap_or(Binding::GlobalImplicit);
        if scope.kind == ScopeKind::Class {
            return match binding {
                Binding::GlobalExplicit => Place::Global,
                Binding::Free => Place::ClassFree,
                _ => Place::ClassNamespace,
            };
        }
        let by_value = || {
            let id = *self.scope_stack.last().unwrap();
            self.lowering.scopes.by_value(id, name)
        };
        match binding {
            Binding::Local if scope.kind == ScopeKind::Module => Place::Global,
            Binding::Local => Place::Local,
            Binding::Cell | Binding::Free if by_value() => Place::Value,
            Binding::Cell => Place::Cell,
            Binding::Free => Place::Free,
            Binding::GlobalExplicit | Binding::GlobalImplicit => Place::Global,
        }
    }

    fn load_global(&mut self, name: &str) -> Operand {
        let global = self.lowering.global(name);
        let name_const = self.str_const(name);
        let builtin = BUILTIN_NAMES
            .contains(&name)
            .then(|| self.lowering.constant(Const::Builtin(name.to_string())));
        self.value(Op::Global {
            global,
            name: name_const,
            builtin,
        })
    }

    fn load_name(&mut self, name: &str) -> Operand {
        let name = &*self.mangle(name);
        let name_const = self.str_const(name);
        match self.place(name) {
            Place::Local => {
                let local = self.plain_slot(name);
                self.value(Op::Local {
                    local,
                    name: name_const,
                })
            }
            Place::Cell | Place::Free => {
                let free = self.place(name) == Place::Free;
                let cell = self.cell_of(name);
                self.value(Op::CellGet {
                    cell,
                    name: name_const,
                    free,
                })
            }
            Place::Value => self.captured_value(name),
            Place::Global => self.load_global(name),
            Place::ClassNamespace | Place::ClassFree => {
                let namespace = Operand::Temp(*self.class_namespaces.last().unwrap());
                let result = self.temp();
                let key = Operand::Const(self.attribute_const(name));
                let present =
                    self.value(Op::Compare(CompareOp::In, key.clone(), namespace.clone()));
                let from_namespace = self.nested(|f| {
                    f.emit(Stmt::Assign(result, Op::GetItem(namespace, key)));
                });
                let class_free = self.place(name) == Place::ClassFree;
                let fallback = self.nested(|f| {
                    let class_scope = *f.scope_stack.last().unwrap();
                    let value = if class_free && f.lowering.scopes.by_value(class_scope, name) {
                        f.captured_value(name)
                    } else if class_free {
                        let cell = f.cell_of(name);
                        f.value(Op::CellGet {
                            cell,
                            name: name_const,
                            free: true,
                        })
                    } else {
                        f.load_global(name)
                    };
                    f.emit(Stmt::Assign(result, Op::Use(value)));
                });
                self.emit(Stmt::If {
                    cond: Cond::Truthy(present),
                    then: from_namespace,
                    otherwise: fallback,
                });
                Operand::Temp(result)
            }
        }
    }

    fn store_name(&mut self, name: &str, value: Operand) {
        let name = &*self.mangle(name);
        match self.place(name) {
            Place::Local => {
                let local = self.plain_slot(name);
                self.emit(Stmt::SetLocal(local, value));
            }
            Place::Value => {
                let local = self.value_slot(name);
                self.emit(Stmt::SetLocal(local, value));
            }
            Place::Cell | Place::Free | Place::ClassFree => {
                let cell = self.cell_of(name);
                self.emit(Stmt::CellSet { cell, value });
            }
            Place::Global => {
                let global = self.lowering.global(name);
                self.emit(Stmt::SetGlobal(global, value));
            }
            Place::ClassNamespace => {
                let namespace = Operand::Temp(*self.class_namespaces.last().unwrap());
                let key = Operand::Const(self.attribute_const(name));
                self.emit(Stmt::SetItem(namespace, key, value));
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let name = &*self.mangle(name);
        let name_const = self.str_const(name);
        match self.place(name) {
            Place::Local => {
                let local = self.plain_slot(name);
                self.emit(Stmt::DelLocal {
                    local,
                    name: name_const,
                });
            }
            Place::Value => {
                let local = self.value_slot(name);
                self.emit(Stmt::DelLocal {
                    local,
                    name: name_const,
                });
            }
            place @ (Place::Cell | Place::Free | Place::ClassFree) => {
                let cell = self.cell_of(name);
                self.emit(Stmt::CellDel {
                    cell,
                    name: name_const,
                    free: place != Place::Cell,
                });
            }
            Place::Global => {
                let global = self.lowering.global(name);
                self.emit(Stmt::DelGlobal {
                    global,
                    name: name_const,
                });
            }
            Place::ClassNamespace => {
                let namespace = Operand::Temp(*self.class_namespaces.last().unwrap());
                let key = Operand::Const(self.attribute_const(name));
                self.emit(Stmt::DelItem(namespace, key));
            }
        }
    }

    // ---- statements ----

    fn body(&mut self, body: &'a [ast::Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &'a ast::Stmt) {
        use ast::Stmt as S;
        match stmt {
            S::FunctionDef(def) => self.function_def(def),
            S::ClassDef(class) => self.class_def(class),
            S::Return(ret) => {
                let value = match &ret.value {
                    Some(value) => self.expr(value),
                    None => Operand::None,
                };
                let value = self.value(Op::Use(value));
                self.run_finally_blocks(0);
                self.emit(Stmt::Return(value));
            }
            S::Delete(del) => {
                for target in &del.targets {
                    self.delete(target);
                }
            }
            S::Assign(assign) => {
                let value = self.expr(&assign.value);
                for target in &assign.targets {
                    self.store(target, value.clone());
                }
            }
            S::AugAssign(aug) => self.aug_assign(aug),
            S::AnnAssign(ann) => {
                if let Some(value) = &ann.value {
                    let value = self.expr(value);
                    self.store(&ann.target, value);
                }
            }
            S::For(for_) => {
                if for_.is_async {
                    return self.unsupported(for_.range, "async for");
                }
                let iterator = self.for_iterator(&for_.iter);
                self.loop_with_else(&for_.orelse, |f, loop_label| {
                    let item = f.assign(Op::Next(iterator.clone()));
                    f.emit(Stmt::If {
                        cond: Cond::Exhausted(Operand::Temp(item)),
                        then: vec![Stmt::Break(loop_label)],
                        otherwise: Vec::new(),
                    });
                    f.store(&for_.target, Operand::Temp(item));
                    f.body(&for_.body);
                });
            }
            S::While(while_) => {
                self.loop_with_else(&while_.orelse, |f, loop_label| {
                    let test = f.expr(&while_.test);
                    f.emit(Stmt::If {
                        cond: Cond::Not(Box::new(Cond::Truthy(test))),
                        then: vec![Stmt::Break(loop_label)],
                        otherwise: Vec::new(),
                    });
                    f.body(&while_.body);
                });
            }
            S::If(if_) => {
                let test = self.expr(&if_.test);
                let then = self.nested(|f| f.body(&if_.body));
                let otherwise = self.nested(|f| f.elif_else(&if_.elif_else_clauses));
                self.emit(Stmt::If {
                    cond: Cond::Truthy(test),
                    then,
                    otherwise,
                });
            }
            S::Raise(raise) => match &raise.exc {
                Some(exc) => {
                    let exception = self.expr(exc);
                    let cause = raise.cause.as_ref().map(|c| self.expr(c));
                    self.emit(Stmt::Raise { exception, cause });
                }
                None => match self.handled_exceptions.last() {
                    Some(&exc) => self.emit(Stmt::Reraise(Operand::Temp(exc))),
                    None => {
                        let class = self
                            .lowering
                            .constant(Const::Builtin("RuntimeError".into()));
                        let message = self.str_const("No active exception to reraise");
                        let exception = self.value(Op::Call {
                            callee: Operand::Const(class),
                            args: vec![Operand::Const(message)],
                        });
                        self.emit(Stmt::Raise {
                            exception,
                            cause: None,
                        });
                    }
                },
            },
            S::Try(try_) => {
                if try_.is_star {
                    return self.unsupported(try_.range, "except*");
                }
                self.try_stmt(try_);
            }
            S::Assert(assert) => {
                let test = self.expr(&assert.test);
                let fail = self.nested(|f| {
                    let message = assert.msg.as_ref().map(|m| f.expr(m));
                    f.emit(Stmt::AssertFail(message));
                });
                self.emit(Stmt::If {
                    cond: Cond::Not(Box::new(Cond::Truthy(test))),
                    then: fail,
                    otherwise: Vec::new(),
                });
            }
            S::Import(import) => {
                for alias in &import.names {
                    let module = alias.name.id.as_str();
                    if !MODULES.contains(&module) {
                        self.unsupported(alias.range, &format!("import of module '{module}'"));
                        continue;
                    }
                    let name = self.str_const(module);
                    let value = self.value(Op::Import(name));
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(bound.id.as_str(), value);
                }
            }
            S::ImportFrom(import) => {
                let module = import.module.as_ref().map_or("", |m| m.id.as_str());
                if import.level != 0 || !MODULES.contains(&module) {
                    return self.unsupported(import.range, &format!("import from '{module}'"));
                }
                let name = self.str_const(module);
                let module_value = self.value(Op::Import(name));
                for alias in &import.names {
                    if alias.name.id.as_str() == "*" {
                        self.unsupported(alias.range, "import *");
                        continue;
                    }
                    // CPython's IMPORT_FROM mangles the imported name too.
                    let attr = self.attribute_const(alias.name.id.as_str());
                    let value = self.value(Op::GetAttr(module_value.clone(), attr));
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(bound.id.as_str(), value);
                }
            }
            S::Global(_) | S::Nonlocal(_) | S::Pass(_) => {}
            S::Expr(expr) => {
                self.expr(&expr.value);
            }
            S::Break(_) => {
                let context = self.loops.last().expect("scope analysis checked the loop");
                let (label, depth) = (context.break_label, context.finally_depth);
                self.run_finally_blocks(depth);
                self.emit(Stmt::Break(label));
            }
            S::Continue(_) => {
                let context = self.loops.last().expect("scope analysis checked the loop");
                let (label, depth) = (context.continue_label, context.finally_depth);
                self.run_finally_blocks(depth);
                self.emit(Stmt::Continue(label));
            }
            S::With(with) if with.is_async => self.unsupported(with.range, "async with"),
            S::With(with) => self.with_stmt(&with.items, &with.body),
            S::Match(match_) => self.match_stmt(match_),
            S::TypeAlias(t) => self.unsupported(t.range, "type alias"),
            S::IpyEscapeCommand(c) => self.unsupported(c.range, "IPython escape command"),
        }
    }

    fn elif_else(&mut self, clauses: &'a [ast::ElifElseClause]) {
        let Some((first, rest)) = clauses.split_first() else {
            return;
        };
        match &first.test {
            None => self.body(&first.body),
            Some(test) => {
                let test = self.expr(test);
                let then = self.nested(|f| f.body(&first.body));
                let otherwise = self.nested(|f| f.elif_else(rest));
                self.emit(Stmt::If {
                    cond: Cond::Truthy(test),
                    then,
                    otherwise,
                });
            }
        }
    }

    /// `Block exit { Loop l { body } ; orelse }`: `break` leaves the block, skipping orelse.
    fn loop_with_else(&mut self, orelse: &'a [ast::Stmt], body: impl FnOnce(&mut Self, Label)) {
        let exit = self.label();
        let loop_label = self.label();
        let block = self.nested(|f| {
            f.loops.push(LoopContext {
                break_label: exit,
                continue_label: loop_label,
                finally_depth: f.finally_stack.len(),
            });
            let loop_body = f.nested(|f| body(f, loop_label));
            f.loops.pop();
            f.emit(Stmt::Loop {
                label: loop_label,
                body: loop_body,
            });
            f.body(orelse);
        });
        self.emit(Stmt::Block {
            label: exit,
            body: block,
        });
    }

    /// Copies the `finally` bodies above `depth` in front of a jump that leaves them.
    fn run_finally_blocks(&mut self, depth: usize) {
        let pending: Vec<FinallyContext<'a>> = self.finally_stack.drain(depth..).collect();
        let saved_depth = self.try_depth;
        for context in pending.iter().rev() {
            match context {
                FinallyContext::Body {
                    body,
                    try_depth_outside,
                } => {
                    let levels = saved_depth - try_depth_outside;
                    self.try_depth = *try_depth_outside;
                    let body = self.nested(|f| f.body(body));
                    self.emit(Stmt::OutsideTry { levels, body });
                }
                FinallyContext::LeaveHandler(previous) => {
                    self.emit(Stmt::HandlerLeave(Operand::Temp(*previous)))
                }
                FinallyContext::UnbindName(name) => self.unbind_name(name),
                FinallyContext::ExitContext {
                    exit,
                    try_depth_outside,
                } => {
                    let levels = saved_depth - try_depth_outside;
                    let body = vec![Stmt::Eval(exit_call(*exit))];
                    self.emit(Stmt::OutsideTry { levels, body });
                }
            }
        }
        self.try_depth = saved_depth;
        self.finally_stack.extend(pending);
    }

    fn guarded(&mut self, body: impl FnOnce(&mut Self)) -> Block {
        self.try_depth += 1;
        let block = self.nested(body);
        self.try_depth -= 1;
        block
    }

    /// `with manager as target: body`, as CPython 3.11 runs it: `__exit__` gets the exception
    /// (and suppresses it by returning a true value), or `None`s when the body completes or
    /// leaves by `return`, `break` or `continue`.
    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [ast::Stmt]) {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let manager = self.expr(&item.context_expr);
        let exit = self.assign(Op::WithExit(manager.clone()));
        let enter = self.str_const("__enter__");
        let value = self.value(Op::CallMethod {
            object: manager,
            name: enter,
            args: Vec::new(),
        });
        let after = self.label();
        self.finally_stack.push(FinallyContext::ExitContext {
            exit,
            try_depth_outside: self.try_depth,
        });
        let guarded = self.guarded(|f| {
            if let Some(target) = &item.optional_vars {
                f.store(target, value);
            }
            f.with_stmt(rest, body);
        });
        self.finally_stack.pop();
        let handler = self.nested(|f| {
            let exception = f.assign(Op::FetchException);
            f.handling(exception, |f, previous| {
                let type_builtin = f.lowering.constant(Const::Builtin("type".into()));
                let class = f.value(Op::Call {
                    callee: Operand::Const(type_builtin),
                    args: vec![Operand::Temp(exception)],
                });
                let suppress = f.value(Op::Call {
                    callee: Operand::Temp(exit),
                    args: vec![class, Operand::Temp(exception), Operand::None],
                });
                f.emit(Stmt::If {
                    cond: Cond::Not(Box::new(Cond::Truthy(suppress))),
                    then: vec![Stmt::Reraise(Operand::Temp(exception))],
                    otherwise: Vec::new(),
                });
                f.emit(Stmt::HandlerLeave(Operand::Temp(previous)));
                f.emit(Stmt::Break(after));
            });
        });
        let block = vec![
            Stmt::Try {
                body: guarded,
                handler,
            },
            Stmt::Eval(exit_call(exit)),
        ];
        self.emit(Stmt::Block {
            label: after,
            body: block,
        });
    }

    /// `match`: each case is a block that a failing pattern or guard leaves for the next.
    fn match_stmt(&mut self, match_: &'a ast::StmtMatch) {
        let subject = self.expr(&match_.subject);
        let subject = self.value(Op::Use(subject));
        let exit = self.label();
        let block = self.nested(|f| {
            for case in &match_.cases {
                let next = f.label();
                let attempt = f.nested(|f| {
                    f.pattern(&case.pattern, subject.clone(), next);
                    if let Some(guard) = &case.guard {
                        let test = f.expr(guard);
                        f.emit(Stmt::If {
                            cond: Cond::Not(Box::new(Cond::Truthy(test))),
                            then: vec![Stmt::Break(next)],
                            otherwise: Vec::new(),
                        });
                    }
                    f.body(&case.body);
                    f.emit(Stmt::Break(exit));
                });
                f.emit(Stmt::Block {
                    label: next,
                    body: attempt,
                });
            }
        });
        self.emit(Stmt::Block {
            label: exit,
            body: block,
        });
    }

    /// Leaves the block `fail` unless `value` matches the pattern; binds its captures.
    fn pattern(&mut self, pattern: &'a ast::Pattern, value: Operand, fail: Label) {
        use ast::Pattern as P;
        let fail_unless = |f: &mut Self, test: Operand| {
            f.emit(Stmt::If {
                cond: Cond::Not(Box::new(Cond::Truthy(test))),
                then: vec![Stmt::Break(fail)],
                otherwise: Vec::new(),
            })
        };
        let fail_if_none = |f: &mut Self, result: &Operand| {
            let no_match = f.value(Op::Is {
                left: result.clone(),
                right: Operand::None,
                negate: false,
            });
            f.emit(Stmt::If {
                cond: Cond::Truthy(no_match),
                then: vec![Stmt::Break(fail)],
                otherwise: Vec::new(),
            })
        };
        match pattern {
            P::MatchValue(p) => {
                let expected = self.expr(&p.value);
                let equal = self.value(Op::Compare(CompareOp::Eq, value, expected));
                fail_unless(self, equal);
            }
            P::MatchSingleton(p) => {
                let singleton = match p.value {
                    ast::Singleton::None => Operand::None,
                    ast::Singleton::True => Operand::True,
                    ast::Singleton::False => Operand::False,
                };
                let same = self.value(Op::Is {
                    left: value,
                    right: singleton,
                    negate: false,
                });
                fail_unless(self, same);
            }
            P::MatchAs(p) => {
                if let Some(inner) = &p.pattern {
                    self.pattern(inner, value.clone(), fail);
                }
                if let Some(name) = &p.name {
                    self.store_name(name.id.as_str(), value);
                }
            }
            P::MatchStar(p) => {
                if let Some(name) = &p.name {
                    self.store_name(name.id.as_str(), value);
                }
            }
            P::MatchOr(p) => {
                let matched = self.label();
                let (last, alternatives) = p.patterns.split_last().expect("an or-pattern");
                let block = self.nested(|f| {
                    for alternative in alternatives {
                        let next = f.label();
                        let attempt = f.nested(|f| {
                            f.pattern(alternative, value.clone(), next);
                            f.emit(Stmt::Break(matched));
                        });
                        f.emit(Stmt::Block {
                            label: next,
                            body: attempt,
                        });
                    }
                    f.pattern(last, value.clone(), fail);
                });
                self.emit(Stmt::Block {
                    label: matched,
                    body: block,
                });
            }
            P::MatchSequence(p) => {
                let star = p.patterns.iter().position(|p| p.is_match_star());
                let fixed = p.patterns.len() - usize::from(star.is_some());
                let items = self.value(Op::MatchSequence {
                    subject: value,
                    min_len: fixed as u32,
                    exact: star.is_none(),
                });
                fail_if_none(self, &items);
                let targets: Vec<Temp> = p.patterns.iter().map(|_| self.temp()).collect();
                match star {
                    None => self.emit(Stmt::Unpack {
                        value: items,
                        targets: targets.clone(),
                    }),
                    Some(index) => self.emit(Stmt::UnpackStarred {
                        value: items,
                        before: index as u32,
                        targets: targets.clone(),
                    }),
                }
                for (sub, temp) in p.patterns.iter().zip(targets) {
                    self.pattern(sub, Operand::Temp(temp), fail);
                }
            }
            P::MatchMapping(p) => {
                let is_mapping = self.value(Op::MatchMapping(value.clone()));
                fail_unless(self, is_mapping);
                let mut keys = Vec::new();
                for (key, sub) in p.keys.iter().zip(&p.patterns) {
                    let key = self.expr(key);
                    keys.push(key.clone());
                    let present =
                        self.value(Op::Compare(CompareOp::In, key.clone(), value.clone()));
                    fail_unless(self, present);
                    let item = self.value(Op::GetItem(value.clone(), key));
                    self.pattern(sub, item, fail);
                }
                if let Some(rest) = &p.rest {
                    let keys = self.value(Op::Tuple(keys));
                    let remaining = self.value(Op::MatchMappingRest(value, keys));
                    self.store_name(rest.id.as_str(), remaining);
                }
            }
            P::MatchClass(p) => {
                let class = self.expr(&p.cls);
                let names = p
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| k.attr.id.to_string())
                    .collect();
                let keywords = self.lowering.constant(Const::StrTuple(names));
                let positional = p.arguments.patterns.len();
                let attributes = self.value(Op::MatchClass {
                    subject: value,
                    class,
                    positional: positional as u32,
                    keywords,
                });
                fail_if_none(self, &attributes);
                let subs: Vec<&ast::Pattern> = p
                    .arguments
                    .patterns
                    .iter()
                    .chain(p.arguments.keywords.iter().map(|k| &k.pattern))
                    .collect();
                let targets: Vec<Temp> = subs.iter().map(|_| self.temp()).collect();
                self.emit(Stmt::Unpack {
                    value: attributes,
                    targets: targets.clone(),
                });
                for (sub, temp) in subs.into_iter().zip(targets) {
                    self.pattern(sub, Operand::Temp(temp), fail);
                }
            }
        }
    }

    fn try_stmt(&mut self, try_: &'a ast::StmtTry) {
        if try_.finalbody.is_empty() {
            return self.try_except(try_);
        }
        self.finally_stack.push(FinallyContext::Body {
            body: &try_.finalbody,
            try_depth_outside: self.try_depth,
        });
        let body = self.guarded(|f| f.try_except(try_));
        self.finally_stack.pop();
        let handler = self.nested(|f| {
            let exception = f.assign(Op::FetchException);
            f.handling(exception, |f, _| {
                f.body(&try_.finalbody);
                f.emit(Stmt::Reraise(Operand::Temp(exception)));
            });
        });
        self.emit(Stmt::Try { body, handler });
        self.body(&try_.finalbody);
    }

    fn try_except(&mut self, try_: &'a ast::StmtTry) {
        if try_.handlers.is_empty() {
            self.body(&try_.body);
            return self.body(&try_.orelse);
        }
        let exit = self.label();
        let block = self.nested(|f| {
            let body = f.guarded(|f| f.body(&try_.body));
            let handler = f.nested(|f| {
                let exception = f.assign(Op::FetchException);
                f.handled_exceptions.push(exception);
                f.handling(exception, |f, previous| {
                    f.except_handlers(&try_.handlers, Operand::Temp(exception), exit, previous)
                });
                f.handled_exceptions.pop();
            });
            f.emit(Stmt::Try { body, handler });
            f.body(&try_.orelse);
        });
        self.emit(Stmt::Block {
            label: exit,
            body: block,
        });
    }

    /// Runs `body` as the handler of `exception`: it becomes the exception being handled
    /// (CPython's `PUSH_EXC_INFO`) and every way out restores the one handled before
    /// (`POP_EXCEPT`): jumps through the finally stack, exceptions through a wrapping `Try`;
    /// `body` itself must leave before falling out of the region.
    fn handling(&mut self, exception: Temp, body: impl FnOnce(&mut Self, Temp)) {
        let previous = self.assign(Op::HandlerEnter(Operand::Temp(exception)));
        self.finally_stack
            .push(FinallyContext::LeaveHandler(previous));
        let guarded = self.guarded(|f| body(f, previous));
        self.finally_stack.pop();
        let handler = self.nested(|f| {
            let raised = f.assign(Op::FetchException);
            f.emit(Stmt::HandlerLeave(Operand::Temp(previous)));
            f.emit(Stmt::Reraise(Operand::Temp(raised)));
        });
        self.emit(Stmt::Try {
            body: guarded,
            handler,
        });
    }

    /// `name = None; del name`.
    fn unbind_name(&mut self, name: &str) {
        self.store_name(name, Operand::None);
        self.delete_name(name);
    }

    fn except_handlers(
        &mut self,
        handlers: &'a [ast::ExceptHandler],
        exception: Operand,
        exit: Label,
        previous: Temp,
    ) {
        let Some((ast::ExceptHandler::ExceptHandler(handler), rest)) = handlers.split_first()
        else {
            return self.emit(Stmt::Reraise(exception));
        };
        // `except E as name: body` unbinds `name` however `body` ends, as CPython's
        // implicit `try: body finally: name = None; del name` does.
        let run_handler = |f: &mut Self| {
            match &handler.name {
                Some(name) => {
                    let name = name.id.as_str();
                    f.store_name(name, exception.clone());
                    f.finally_stack.push(FinallyContext::UnbindName(name));
                    let body = f.guarded(|f| f.body(&handler.body));
                    f.finally_stack.pop();
                    let cleanup = f.nested(|f| {
                        let raised = f.assign(Op::FetchException);
                        f.unbind_name(name);
                        f.emit(Stmt::Reraise(Operand::Temp(raised)));
                    });
                    f.emit(Stmt::Try {
                        body,
                        handler: cleanup,
                    });
                    f.unbind_name(name);
                }
                None => f.body(&handler.body),
            }
            f.emit(Stmt::HandlerLeave(Operand::Temp(previous)));
            f.emit(Stmt::Break(exit));
        };
        match &handler.type_ {
            None => run_handler(self),
            Some(type_) => {
                let class = self.expr(type_);
                let then = self.nested(run_handler);
                let otherwise =
                    self.nested(|f| f.except_handlers(rest, exception.clone(), exit, previous));
                self.emit(Stmt::If {
                    cond: Cond::ExceptionMatches(exception.clone(), class),
                    then,
                    otherwise,
                });
            }
        }
    }

    fn aug_assign(&mut self, aug: &'a ast::StmtAugAssign) {
        let op = binary_op(aug.op);
        match aug.target.as_ref() {
            Expr::Name(name) => {
                let current = self.load_name(name.id.as_str());
                let value = self.expr(&aug.value);
                let result = self.value(Op::InPlace(op, current, value));
                self.store_name(name.id.as_str(), result);
            }
            Expr::Attribute(attr) => {
                let object = self.expr(&attr.value);
                let name = self.attribute_const(attr.attr.id.as_str());
                let current = self.value(Op::GetAttr(object.clone(), name));
                let value = self.expr(&aug.value);
                let result = self.value(Op::InPlace(op, current, value));
                self.emit(Stmt::SetAttr(object, name, result));
            }
            Expr::Subscript(sub) => {
                let object = self.expr(&sub.value);
                let key = self.expr(&sub.slice);
                let current = self.value(Op::GetItem(object.clone(), key.clone()));
                let value = self.expr(&aug.value);
                let result = self.value(Op::InPlace(op, current, value));
                self.emit(Stmt::SetItem(object, key, result));
            }
            other => self.unsupported(other.range(), "augmented assignment to this target"),
        }
    }

    fn store(&mut self, target: &'a Expr, value: Operand) {
        match target {
            Expr::Name(name) => self.store_name(name.id.as_str(), value),
            Expr::Attribute(attr) => {
                let attribute = attr.attr.id.as_str();
                if let Some(feature) = unsupported_attribute_store(attribute) {
                    return self.unsupported(attr.range, &feature);
                }
                let object = self.expr(&attr.value);
                let name = self.attribute_const(attribute);
                self.emit(Stmt::SetAttr(object, name, value));
            }
            Expr::Subscript(sub) => {
                let object = self.expr(&sub.value);
                let key = self.expr(&sub.slice);
                self.emit(Stmt::SetItem(object, key, value));
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let targets: Vec<Temp> = elts.iter().map(|_| self.temp()).collect();
                let starred: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.is_starred_expr())
                    .map(|(i, _)| i)
                    .collect();
                match starred.as_slice() {
                    [] => self.emit(Stmt::Unpack {
                        value,
                        targets: targets.clone(),
                    }),
                    [index] => self.emit(Stmt::UnpackStarred {
                        value,
                        before: *index as u32,
                        targets: targets.clone(),
                    }),
                    _ => {
                        return self.unsupported(
                            target.range(),
                            "multiple starred expressions in assignment",
                        )
                    }
                }
                for (element, temp) in elts.iter().zip(targets) {
                    let element = match element {
                        Expr::Starred(starred) => &starred.value,
                        other => other,
                    };
                    self.store(element, Operand::Temp(temp));
                }
            }
            other => self.unsupported(other.range(), "assignment to this target"),
        }
    }

    fn delete(&mut self, target: &'a Expr) {
        match target {
            Expr::Name(name) => self.delete_name(name.id.as_str()),
            Expr::Attribute(attr) => {
                let object = self.expr(&attr.value);
                let name = self.attribute_const(attr.attr.id.as_str());
                self.emit(Stmt::DelAttr(object, name));
            }
            Expr::Subscript(sub) => {
                let object = self.expr(&sub.value);
                let key = self.expr(&sub.slice);
                self.emit(Stmt::DelItem(object, key));
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for element in elts {
                    self.delete(element);
                }
            }
            other => self.unsupported(other.range(), "deletion of this target"),
        }
    }

    // ---- functions and classes ----

    fn function_def(&mut self, def: &'a ast::StmtFunctionDef) {
        if def.is_async {
            return self.unsupported(def.range, "async def");
        }
        if def.type_params.is_some() {
            return self.unsupported(def.range, "type parameters");
        }
        let decorators: Vec<Operand> = def
            .decorator_list
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect();
        let scope = self
            .lowering
            .scopes
            .scope_of(def.range, ScopeKind::Function);
        let mut function = self.make_function(scope, Some(&def.parameters), |f| f.body(&def.body));
        if let Some(doc) = docstring(&def.body) {
            let name = self.str_const("__doc__");
            let doc = Operand::Const(self.str_const(doc));
            self.emit(Stmt::SetAttr(function.clone(), name, doc));
        }
        for decorator in decorators.into_iter().rev() {
            function = self.value(Op::Call {
                callee: decorator,
                args: vec![function],
            });
        }
        self.store_name(def.name.id.as_str(), function);
    }

    /// Lowers a nested block into its own lifted function and makes the function object.
    fn make_function(
        &mut self,
        scope: ScopeId,
        parameters: Option<&'a ast::Parameters>,
        body: impl FnOnce(&mut FnLowering<'_, 'a>),
    ) -> Operand {
        let positional: Vec<&ast::ParameterWithDefault> = parameters
            .iter()
            .flat_map(|p| p.posonlyargs.iter().chain(&p.args))
            .collect();
        let kwonly: Vec<&ast::ParameterWithDefault> =
            parameters.iter().flat_map(|p| &p.kwonlyargs).collect();
        let defaults: Vec<Operand> = positional
            .iter()
            .filter_map(|p| p.default.as_ref())
            .map(|d| self.expr(d))
            .collect();
        let defaults = (!defaults.is_empty()).then(|| self.value(Op::Tuple(defaults)));
        let mut kwdefaults = Vec::new();
        for param in &kwonly {
            if let Some(default) = &param.default {
                // `__kwdefaults__` is keyed by parameter names, mangled as the parameters are.
                let key = Operand::Const(self.attribute_const(param.parameter.name.id.as_str()));
                let value = self.expr(default);
                kwdefaults.push((key, value));
            }
        }
        let kwdefaults = (!kwdefaults.is_empty()).then(|| self.value(Op::Dict(kwdefaults)));
        let posonly = parameters.map_or(0, |p| p.posonlyargs.len() as u32);
        let id = self.lift(scope, |f| {
            f.posonlycount = posonly;
            body(f);
            (
                positional.len() as u32,
                kwonly.len() as u32,
                parameters.is_some_and(|p| p.vararg.is_some()),
                parameters.is_some_and(|p| p.kwarg.is_some()),
            )
        });
        let closure = self.closure_for(scope);
        self.value(Op::MakeFunction {
            function: id,
            defaults,
            kwdefaults,
            closure,
        })
    }

    fn lift(
        &mut self,
        scope: ScopeId,
        body: impl FnOnce(&mut FnLowering<'_, 'a>) -> (u32, u32, bool, bool),
    ) -> FuncId {
        let id = self.lowering.module.functions.len() as FuncId;
        self.lowering.module.functions.push(placeholder());
        let scope_data = &self.lowering.scopes.scopes[scope];
        let mut inner = FnLowering::new(self.lowering, scope);
        let (argcount, kwonly, varargs, varkw) = body(&mut inner);
        let function = inner.finish(
            scope_data.name.clone(),
            scope_data.qualname.clone(),
            argcount,
            kwonly,
            varargs,
            varkw,
        );
        self.lowering.module.functions[id as usize] = function;
        id
    }

    /// The closure entries of a function of block `scope` made here: cells, or the values
    /// of variables captured by value.
    fn closure_for(&mut self, scope: ScopeId) -> Vec<Operand> {
        self.lowering.scopes.scopes[scope]
            .freevars()
            .iter()
            .map(|name| {
                if self.lowering.scopes.by_value(scope, name) {
                    self.captured_value(name)
                } else {
                    self.cell_of(name)
                }
            })
            .collect()
    }

    /// The str constant for attribute `name` (or a name of a class body's namespace),
    /// mangled as CPython mangles private names: inside a class `A` (its body or any
    /// function in it), `__x` (not ending in `__`) means `_A__x`.
    fn attribute_const(&mut self, name: &str) -> ConstId {
        let name = self.mangle(name);
        self.str_const(&name)
    }

    fn class_def(&mut self, class: &'a ast::StmtClassDef) {
        if class.type_params.is_some() {
            return self.unsupported(class.range, "type parameters");
        }
        for stmt in &class.body {
            let (name, range) = match stmt {
                ast::Stmt::FunctionDef(def) => (def.name.id.as_str(), def.range),
                ast::Stmt::Assign(assign) => match assign.targets.as_slice() {
                    [Expr::Name(name)] => (name.id.as_str(), name.range),
                    _ => continue,
                },
                ast::Stmt::AnnAssign(assign) => match assign.target.as_ref() {
                    Expr::Name(name) => (name.id.as_str(), name.range),
                    _ => continue,
                },
                _ => continue,
            };
            if let Some(feature) = unsupported_class_member(name) {
                return self.unsupported(range, feature);
            }
        }
        let decorators: Vec<Operand> = class
            .decorator_list
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect();
        let mut bases = Vec::new();
        if let Some(arguments) = &class.arguments {
            if let Some(keyword) = arguments.keywords.first() {
                return self.unsupported(keyword.range, "class keyword arguments");
            }
            for base in &arguments.args {
                bases.push(self.expr(base));
            }
        }
        let bases = self.value(Op::Tuple(bases));
        let scope = self.lowering.scopes.scope_of(class.range, ScopeKind::Class);
        let qualname = self.lowering.scopes.scopes[scope].qualname.clone();
        let module_key = Operand::Const(self.str_const("__module__"));
        let module_name = Operand::Const(self.str_const("__main__"));
        let qualname_key = Operand::Const(self.str_const("__qualname__"));
        let qualname_const = self.str_const(&qualname);
        let mut entries = vec![
            (module_key, module_name),
            (qualname_key, Operand::Const(qualname_const)),
        ];
        if let Some(doc) = docstring(&class.body) {
            let doc_key = Operand::Const(self.str_const("__doc__"));
            entries.push((doc_key, Operand::Const(self.str_const(doc))));
        }
        let namespace = self.assign(Op::Dict(entries));
        let class_cell = (self.lowering.scopes.scopes[scope].binding(CLASS_CELL)
            == Some(Binding::Cell))
        .then(|| {
            let slot = self.new_slot(format!("{CLASS_CELL} (cell of {qualname})"));
            let cell = self.value(Op::MakeCell(None));
            self.emit(Stmt::SetLocal(slot, cell));
            slot
        });
        self.scope_stack.push(scope);
        self.class_namespaces.push(namespace);
        self.class_cells.push(class_cell);
        let saved_loops = std::mem::take(&mut self.loops);
        self.body(&class.body);
        self.loops = saved_loops;
        self.class_cells.pop();
        self.class_namespaces.pop();
        self.scope_stack.pop();
        let name = self.str_const(class.name.id.as_str());
        let mut value = self.value(Op::MakeClass {
            name,
            qualname: qualname_const,
            bases,
            namespace: Operand::Temp(namespace),
        });
        if let Some(slot) = class_cell {
            let cell = self.value(Op::Slot(slot));
            self.emit(Stmt::CellSet {
                cell,
                value: value.clone(),
            });
        }
        for decorator in decorators.into_iter().rev() {
            value = self.value(Op::Call {
                callee: decorator,
                args: vec![value],
            });
        }
        self.store_name(class.name.id.as_str(), value);
    }

    // ---- expressions ----

    fn exprs(&mut self, exprs: &'a [Expr]) -> Vec<Operand> {
        exprs.iter().map(|e| self.expr(e)).collect()
    }

    fn expr(&mut self, expr: &'a Expr) -> Operand {
        match expr {
            Expr::Name(name) => {
                let id = name.id.as_str();
                if UNSUPPORTED_BUILTINS.contains(&id)
                    && self.place(id) == Place::Global
                    && !self.lowering.scopes.scopes[0].binds(id)
                {
                    return self.unsupported_value(name.range, &format!("builtin '{id}'"));
                }
                self.load_name(id)
            }
            Expr::NumberLiteral(number) => self.number(number),
            Expr::StringLiteral(s) => Operand::Const(self.str_const(s.value.to_str())),
            Expr::BooleanLiteral(b) => {
                if b.value {
                    Operand::True
                } else {
                    Operand::False
                }
            }
            Expr::NoneLiteral(_) => Operand::None,
            Expr::BinOp(bin) => {
                let left = self.expr(&bin.left);
                let right = self.expr(&bin.right);
                self.value(Op::Binary(binary_op(bin.op), left, right))
            }
            Expr::UnaryOp(unary) => {
                let operand = self.expr(&unary.operand);
                let op = match unary.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.value(Op::Unary(op, operand))
            }
            Expr::BoolOp(boolop) => self.bool_op(boolop.op, &boolop.values),
            Expr::Compare(compare) => self.compare(compare),
            Expr::If(if_) => {
                let test = self.expr(&if_.test);
                let result = self.temp();
                let then = self.nested(|f| {
                    let value = f.expr(&if_.body);
                    f.emit(Stmt::Assign(result, Op::Use(value)));
                });
                let otherwise = self.nested(|f| {
                    let value = f.expr(&if_.orelse);
                    f.emit(Stmt::Assign(result, Op::Use(value)));
                });
                self.emit(Stmt::If {
                    cond: Cond::Truthy(test),
                    then,
                    otherwise,
                });
                Operand::Temp(result)
            }
            Expr::Lambda(lambda) => {
                let scope = self
                    .lowering
                    .scopes
                    .scope_of(lambda.range, ScopeKind::Lambda);
                self.make_function(scope, lambda.parameters.as_deref(), |f| {
                    let value = f.expr(&lambda.body);
                    f.emit(Stmt::Return(value));
                })
            }
            Expr::Tuple(tuple) => {
                if tuple.elts.iter().any(Expr::is_starred_expr) {
                    let list = self.list_with_starred(&tuple.elts);
                    self.value(Op::ListToTuple(list))
                } else {
                    let items = self.exprs(&tuple.elts);
                    self.value(Op::Tuple(items))
                }
            }
            Expr::List(list) => self.list_with_starred(&list.elts),
            Expr::Set(set) => {
                if set.elts.iter().any(Expr::is_starred_expr) {
                    return self.unsupported_value(set.range, "starred expression in a set");
                }
                let items = self.exprs(&set.elts);
                if items.len() > 2 && set.elts.iter().all(is_constant) {
                    self.value(Op::ConstSet(items))
                } else {
                    self.value(Op::Set(items))
                }
            }
            Expr::Dict(dict) => self.dict(dict),
            Expr::ListComp(comp) => self.comprehension(
                comp.range,
                ComprehensionKind::List,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::SetComp(comp) => self.comprehension(
                comp.range,
                ComprehensionKind::Set,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::DictComp(comp) => match &comp.key {
                Some(key) => self.comprehension(
                    comp.range,
                    ComprehensionKind::Dict,
                    &comp.generators,
                    key,
                    Some(&comp.value),
                ),
                None => self.unsupported_value(comp.range, "dict comprehension unpacking"),
            },
            Expr::Generator(generator) => self.comprehension(
                generator.range,
                ComprehensionKind::Generator,
                &generator.generators,
                &generator.elt,
                None,
            ),
            Expr::Call(call) => self.call(call),
            Expr::FString(fstring) => self.fstring(fstring),
            Expr::Attribute(attr) => {
                let object = self.expr(&attr.value);
                let name = self.attribute_const(attr.attr.id.as_str());
                self.value(Op::GetAttr(object, name))
            }
            Expr::Subscript(sub) => {
                let object = self.expr(&sub.value);
                let key = self.expr(&sub.slice);
                self.value(Op::GetItem(object, key))
            }
            Expr::Slice(slice) => {
                let lower = slice.lower.as_ref().map(|e| self.expr(e));
                let upper = slice.upper.as_ref().map(|e| self.expr(e));
                let step = slice.step.as_ref().map(|e| self.expr(e));
                self.value(Op::Slice(lower, upper, step))
            }
            Expr::Starred(starred) => {
                self.unsupported_value(starred.range, "starred expression here")
            }
            Expr::Named(named) => {
                let value = self.expr(&named.value);
                let value = self.value(Op::Use(value));
                self.store(&named.target, value.clone());
                value
            }
            Expr::Await(e) => self.unsupported_value(e.range, "await"),
            Expr::Yield(e) => {
                let value = match &e.value {
                    Some(value) => self.expr(value),
                    None => Operand::None,
                };
                self.value(Op::Yield(value))
            }
            Expr::YieldFrom(e) => {
                let iterable = self.expr(&e.value);
                self.value(Op::YieldFrom(iterable))
            }
            Expr::TString(e) => self.unsupported_value(e.range, "template strings"),
            Expr::BytesLiteral(e) => self.unsupported_value(e.range, "bytes"),
            Expr::EllipsisLiteral(e) => self.unsupported_value(e.range, "Ellipsis"),
            Expr::IpyEscapeCommand(e) => self.unsupported_value(e.range, "IPython escape command"),
        }
    }

    /// The iterable of a `for` loop or comprehension. CPython compiles a set display of
    /// constants there to a frozenset constant, whose iteration order differs from the set's.
    /// The iterator a `for` statement walks: `Op::IterRange` when the iterable is written
    /// `range(...)` with one to three plain positional arguments.
    fn for_iterator(&mut self, iterable: &'a Expr) -> Operand {
        if let Expr::Call(call) = iterable {
            let arguments = &call.arguments;
            let plain = (1..=3).contains(&arguments.args.len())
                && arguments.keywords.is_empty()
                && !arguments.args.iter().any(Expr::is_starred_expr);
            if let (Expr::Name(name), true) = (&*call.func, plain) {
                if name.id.as_str() == "range" {
                    let callee = self.expr(&call.func);
                    let args = self.exprs(&arguments.args);
                    let range = self.lowering.constant(Const::Builtin("range".into()));
                    return self.value(Op::IterRange {
                        callee,
                        range,
                        args,
                    });
                }
            }
        }
        let iterable = self.iterable(iterable);
        self.value(Op::IterLoop(iterable))
    }

    fn iterable(&mut self, iterable: &'a Expr) -> Operand {
        match iterable {
            Expr::Set(set) if set.elts.iter().all(is_constant) => {
                let items = self.exprs(&set.elts);
                self.value(Op::ConstFrozenSet(items))
            }
            other => self.expr(other),
        }
    }

    fn unsupported_value(&mut self, range: TextRange, what: &str) -> Operand {
        self.unsupported(range, what);
        Operand::None
    }

    fn number(&mut self, number: &ast::ExprNumberLiteral) -> Operand {
        match &number.value {
            Number::Int(int) => {
                if let Some(value) = int.as_i64().filter(|v| fits_small_int(*v)) {
                    return Operand::Int(value);
                }
                let text = int.to_string().replace('_', "").to_ascii_lowercase();
                let decimal = [("0x", 16), ("0o", 8), ("0b", 2)]
                    .into_iter()
                    .find_map(|(prefix, radix)| Some(to_decimal(text.strip_prefix(prefix)?, radix)))
                    .unwrap_or(text);
                Operand::Const(self.lowering.constant(Const::BigInt(decimal)))
            }
            Number::Float(x) => Operand::Const(self.lowering.constant(Const::Float(*x))),
            Number::Complex { .. } => self.unsupported_value(number.range, "complex numbers"),
        }
    }

    fn bool_op(&mut self, op: ast::BoolOp, values: &'a [Expr]) -> Operand {
        let result = self.temp();
        self.bool_chain(op, values, result);
        Operand::Temp(result)
    }

    fn bool_chain(&mut self, op: ast::BoolOp, values: &'a [Expr], result: Temp) {
        let (first, rest) = values
            .split_first()
            .expect("a boolean operation has operands");
        let value = self.expr(first);
        self.emit(Stmt::Assign(result, Op::Use(value)));
        if rest.is_empty() {
            return;
        }
        let more = self.nested(|f| f.bool_chain(op, rest, result));
        let cond = Cond::Truthy(Operand::Temp(result));
        let (then, otherwise) = match op {
            ast::BoolOp::And => (more, Vec::new()),
            ast::BoolOp::Or => (Vec::new(), more),
        };
        self.emit(Stmt::If {
            cond,
            then,
            otherwise,
        });
    }

    fn compare(&mut self, compare: &'a ast::ExprCompare) -> Operand {
        let left = self.expr(&compare.left);
        let result = self.temp();
        self.compare_chain(left, &compare.ops, &compare.comparators, result);
        Operand::Temp(result)
    }

    fn compare_chain(
        &mut self,
        left: Operand,
        ops: &'a [ast::CmpOp],
        comparators: &'a [Expr],
        result: Temp,
    ) {
        let right = self.expr(&comparators[0]);
        let op = match ops[0] {
            ast::CmpOp::Is | ast::CmpOp::IsNot => Op::Is {
                left,
                right: right.clone(),
                negate: ops[0] == ast::CmpOp::IsNot,
            },
            other => Op::Compare(compare_op(other), left, right.clone()),
        };
        self.emit(Stmt::Assign(result, op));
        if ops.len() > 1 {
            let more =
                self.nested(|f| f.compare_chain(right, &ops[1..], &comparators[1..], result));
            self.emit(Stmt::If {
                cond: Cond::Truthy(Operand::Temp(result)),
                then: more,
                otherwise: Vec::new(),
            });
        }
    }

    fn list_with_starred(&mut self, elements: &'a [Expr]) -> Operand {
        let mut plain = Vec::new();
        let mut list: Option<Operand> = None;
        for element in elements {
            match element {
                Expr::Starred(starred) => {
                    let target = match list.clone() {
                        Some(list) => {
                            if !plain.is_empty() {
                                let items = self.value(Op::List(std::mem::take(&mut plain)));
                                self.emit(Stmt::ListExtend(list.clone(), items));
                            }
                            list
                        }
                        None => {
                            let new = self.value(Op::List(std::mem::take(&mut plain)));
                            list = Some(new.clone());
                            new
                        }
                    };
                    let iterable = self.expr(&starred.value);
                    self.emit(Stmt::ListExtend(target, iterable));
                }
                other => {
                    let value = self.expr(other);
                    match &list {
                        Some(list) => self.emit(Stmt::ListAppend(list.clone(), value)),
                        None => plain.push(value),
                    }
                }
            }
        }
        match list {
            Some(list) => list,
            None => self.value(Op::List(plain)),
        }
    }

    fn dict(&mut self, dict: &'a ast::ExprDict) -> Operand {
        let mut pairs = Vec::new();
        let mut result: Option<Operand> = None;
        for item in &dict.items {
            match &item.key {
                Some(key) => {
                    let key = self.expr(key);
                    let value = self.expr(&item.value);
                    match &result {
                        Some(d) => self.emit(Stmt::SetItem(Operand::clone(d), key, value)),
                        None => pairs.push((key, value)),
                    }
                }
                None => {
                    let target = match result.clone() {
                        Some(d) => d,
                        None => {
                            let new = self.value(Op::Dict(std::mem::take(&mut pairs)));
                            result = Some(new.clone());
                            new
                        }
                    };
                    let mapping = self.expr(&item.value);
                    self.emit(Stmt::DictUpdate(target, mapping));
                }
            }
        }
        match result {
            Some(d) => d,
            None => self.value(Op::Dict(pairs)),
        }
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        kind: ComprehensionKind,
        generators: &'a [ast::Comprehension],
        element: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Operand {
        if let Some(generator) = generators.iter().find(|g| g.is_async) {
            return self.unsupported_value(generator.range, "async comprehension");
        }
        let scope_kind = ScopeKind::Comprehension;
        let scope = self.lowering.scopes.scope_of(range, scope_kind);
        let first = self.iterable(&generators[0].iter);
        let iterator = self.value(Op::Iter(first));
        let id = self.lift(scope, |f| {
            let result = f.assign(match kind {
                ComprehensionKind::List => Op::List(Vec::new()),
                ComprehensionKind::Set => Op::Set(Vec::new()),
                ComprehensionKind::Dict => Op::Dict(Vec::new()),
                ComprehensionKind::Generator => Op::Use(Operand::None),
            });
            f.comprehension_loops(generators, 0, &|f| {
                let element = f.expr(element);
                match kind {
                    ComprehensionKind::List => {
                        f.emit(Stmt::ListAppend(Operand::Temp(result), element))
                    }
                    ComprehensionKind::Set => f.emit(Stmt::SetAdd(Operand::Temp(result), element)),
                    ComprehensionKind::Dict => {
                        let value = f.expr(value.expect("a dict comprehension has a value"));
                        f.emit(Stmt::SetItem(Operand::Temp(result), element, value));
                    }
                    ComprehensionKind::Generator => f.emit(Stmt::Eval(Op::Yield(element))),
                }
            });
            f.emit(Stmt::Return(Operand::Temp(result)));
            (1, 0, false, false)
        });
        let closure = self.closure_for(scope);
        let function = self.value(Op::MakeFunction {
            function: id,
            defaults: None,
            kwdefaults: None,
            closure,
        });
        self.value(Op::Call {
            callee: function,
            args: vec![iterator],
        })
    }

    fn comprehension_loops(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        innermost: &dyn Fn(&mut Self),
    ) {
        let Some(generator) = generators.get(index) else {
            return innermost(self);
        };
        let iterator = if index == 0 {
            self.value(Op::Slot(0))
        } else {
            let iterable = self.iterable(&generator.iter);
            self.value(Op::IterLoop(iterable))
        };
        let loop_label = self.label();
        let body = self.nested(|f| {
            let item = f.assign(Op::Next(iterator));
            f.emit(Stmt::If {
                cond: Cond::Exhausted(Operand::Temp(item)),
                then: vec![Stmt::Break(loop_label)],
                otherwise: Vec::new(),
            });
            f.store(&generator.target, Operand::Temp(item));
            for condition in &generator.ifs {
                let test = f.expr(condition);
                f.emit(Stmt::If {
                    cond: Cond::Not(Box::new(Cond::Truthy(test))),
                    then: vec![Stmt::Continue(loop_label)],
                    otherwise: Vec::new(),
                });
            }
            f.comprehension_loops(generators, index + 1, innermost);
        });
        self.emit(Stmt::Loop {
            label: loop_label,
            body,
        });
    }

    /// `super()` in a method is `super(__class__, <first argument>)`, as CPython computes it.
    fn zero_argument_super(&mut self, call: &'a ast::ExprCall) -> Option<Operand> {
        let Expr::Name(name) = call.func.as_ref() else {
            return None;
        };
        let scope = self.scope();
        if name.id.as_str() != "super"
            || !call.arguments.is_empty()
            || self.place("super") != Place::Global
            || scope.binding(CLASS_CELL) != Some(Binding::Free)
        {
            return None;
        }
        let first = scope.params.first()?.clone();
        let callee = self.load_name("super");
        let class = self.load_name(CLASS_CELL);
        let instance = self.load_name(&first);
        Some(self.value(Op::Call {
            callee,
            args: vec![class, instance],
        }))
    }

    fn call(&mut self, call: &'a ast::ExprCall) -> Operand {
        if let Some(result) = self.zero_argument_super(call) {
            return result;
        }
        if let (Expr::Name(callee), [_, Expr::StringLiteral(name), ..]) =
            (call.func.as_ref(), &call.arguments.args[..])
        {
            if callee.id.as_str() == "setattr" {
                if let Some(feature) = unsupported_attribute_store(name.value.to_str()) {
                    return self.unsupported_value(call.range(), &feature);
                }
            }
        }
        let arguments = &call.arguments;
        let callee_and_method = match call.func.as_ref() {
            Expr::Attribute(attr) if arguments.keywords.is_empty() => {
                let object = self.expr(&attr.value);
                Err((object, self.attribute_const(attr.attr.id.as_str())))
            }
            other => Ok(self.expr(other)),
        };
        let has_star = arguments.args.iter().any(Expr::is_starred_expr)
            || arguments.keywords.iter().any(|k| k.arg.is_none());
        let args: Vec<Operand> = if has_star {
            Vec::new()
        } else {
            arguments.args.iter().map(|a| self.expr(a)).collect()
        };
        let callee = match callee_and_method {
            Err((object, name)) if !has_star => {
                return self.value(Op::CallMethod { object, name, args })
            }
            Err((object, name)) => self.value(Op::GetAttr(object, name)),
            Ok(callee) => callee,
        };
        if has_star {
            // A lone `*iterable` goes to the call as it is, as CPython compiles it, which
            // words a non-iterable operand after the callee.
            let positional = match &arguments.args[..] {
                [Expr::Starred(starred)] => self.expr(&starred.value),
                elements => {
                    let list = self.list_with_starred(elements);
                    self.value(Op::ListToTuple(list))
                }
            };
            let kwargs = (!arguments.keywords.is_empty()).then(|| {
                let dict = self.value(Op::Dict(Vec::new()));
                let mut after_double_star = false;
                for keyword in &arguments.keywords {
                    let value = self.expr(&keyword.value);
                    let mapping = match &keyword.arg {
                        Some(name) if !after_double_star => {
                            let key = Operand::Const(self.str_const(name.id.as_str()));
                            self.emit(Stmt::SetItem(dict.clone(), key, value));
                            continue;
                        }
                        // After a `**`, CPython merges each explicit keyword as a mapping of
                        // its own, so a repeated name is refused the same way.
                        Some(name) => {
                            let key = Operand::Const(self.str_const(name.id.as_str()));
                            self.value(Op::Dict(vec![(key, value)]))
                        }
                        None => {
                            after_double_star = true;
                            value
                        }
                    };
                    self.emit(Stmt::KwargsMerge {
                        callee: callee.clone(),
                        dict: dict.clone(),
                        mapping,
                    });
                }
                dict
            });
            return self.value(Op::CallEx {
                callee,
                args: positional,
                kwargs,
            });
        }
        if arguments.keywords.is_empty() {
            if let Expr::Name(name) = call.func.as_ref() {
                let name = name.id.as_str();
                let inline = matches!((name, args.len()), ("len" | "abs", 1) | ("min" | "max", 2));
                if inline {
                    let builtin = self.lowering.constant(Const::Builtin(name.into()));
                    return self.value(Op::CallBuiltin {
                        callee,
                        builtin,
                        args,
                    });
                }
            }
            return self.value(Op::Call { callee, args });
        }
        let mut args = args;
        let mut names = Vec::new();
        for keyword in &arguments.keywords {
            let name = keyword.arg.as_ref().expect("no ** here").id.to_string();
            args.push(self.expr(&keyword.value));
            names.push(name);
        }
        let kwnames = self.lowering.constant(Const::StrTuple(names));
        self.value(Op::CallKw {
            callee,
            args,
            kwnames,
        })
    }

    fn fstring(&mut self, fstring: &'a ast::ExprFString) -> Operand {
        let mut parts = Vec::new();
        for part in fstring.value.iter() {
            match part {
                ast::FStringPart::Literal(literal) => {
                    parts.push(Operand::Const(self.str_const(&literal.value)))
                }
                ast::FStringPart::FString(f) => self.interpolated(&f.elements, &mut parts),
            }
        }
        self.value(Op::Concat(parts))
    }

    fn interpolated(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        parts: &mut Vec<Operand>,
    ) {
        for element in elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(literal) => {
                    parts.push(Operand::Const(self.str_const(&literal.value)))
                }
                ast::InterpolatedStringElement::Interpolation(interpolation) => {
                    if let Some(debug) = &interpolation.debug_text {
                        let text = format!(
                            "{}{}{}",
                            debug.leading(),
                            debug.expression(),
                            debug.trailing()
                        );
                        parts.push(Operand::Const(self.str_const(&text)));
                    }
                    let value = self.expr(&interpolation.expression);
                    let conversion = match interpolation.conversion {
                        ast::ConversionFlag::None
                            if interpolation.debug_text.is_some()
                                && interpolation.format_spec.is_none() =>
                        {
                            ast::ConversionFlag::Repr
                        }
                        other => other,
                    };
                    let value = match conversion {
                        ast::ConversionFlag::None => value,
                        ast::ConversionFlag::Str => self.value(Op::Str(value)),
                        ast::ConversionFlag::Repr => self.value(Op::Repr(value)),
                        ast::ConversionFlag::Ascii => {
                            self.unsupported(interpolation.range, "!a conversion");
                            value
                        }
                    };
                    let formatted = match &interpolation.format_spec {
                        Some(spec) => {
                            let mut spec_parts = Vec::new();
                            self.interpolated(&spec.elements, &mut spec_parts);
                            let spec = self.value(Op::Concat(spec_parts));
                            self.value(Op::Format(value, spec))
                        }
                        None if conversion == ast::ConversionFlag::None => {
                            let empty = Operand::Const(self.str_const(""));
                            self.value(Op::Format(value, empty))
                        }
                        None => value,
                    };
                    parts.push(formatted);
                }
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Local,
    Cell,
    Free,
    /// A variable closures capture by value: a slot in its owner, a closure entry elsewhere.
    Value,
    Global,
    ClassNamespace,
    /// A name a class body reads from the enclosing function's cells.
    ClassFree,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// The decimal digits of a non-negative integer written in `radix`, which the parser has
/// already validated (so every character is a digit of the radix).
fn to_decimal(digits: &str, radix: u32) -> String {
    const LIMB: u64 = 1_000_000_000;
    // Little-endian base-10^9 limbs.
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let mut carry = u64::from(c.to_digit(radix).unwrap_or(0));
        for limb in limbs.iter_mut() {
            let value = *limb * u64::from(radix) + carry;
            *limb = value % LIMB;
            carry = value / LIMB;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = limbs.pop().unwrap_or(0).to_string();
    for limb in limbs.iter().rev() {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

/// What is unsupported about storing attribute `name` (`o.name = v` or
/// `setattr(o, "name", v)`), if anything: the attributes the runtime cannot change, and the
/// class members it would ignore when set after the class is made.
fn unsupported_attribute_store(name: &str) -> Option<String> {
    if matches!(name, "__class__" | "__dict__" | "__code__") {
        return Some(format!("assignment to {name}"));
    }
    unsupported_class_member(name).map(|feature| format!("assignment of {feature}"))
}

/// The class members whose protocols the runtime does not implement (it would silently
/// ignore them), with what to call the feature in the diagnostic.
fn unsupported_class_member(name: &str) -> Option<&'static str> {
    Some(match name {
        "__getattribute__" => "__getattribute__",
        "__get__" | "__set__" | "__delete__" => {
            "user-defined descriptors (__get__, __set__, __delete__)"
        }
        "__set_name__" => "__set_name__",
        "__init_subclass__" => "__init_subclass__",
        "__class_getitem__" => "__class_getitem__",
        // CPython calls it the moment the last reference goes; a tracing collector cannot.
        "__del__" => "__del__ (finalizers)",
        _ => return None,
    })
}

/// The docstring of a function or class body: its first statement, if a string literal.
fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match body.first()? {
        ast::Stmt::Expr(statement) => match statement.value.as_ref() {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}

/// `exit(None, None, None)`: a `with` block left without an exception.
fn exit_call(exit: Temp) -> Op {
    Op::Call {
        callee: Operand::Temp(exit),
        args: vec![Operand::None, Operand::None, Operand::None],
    }
}

/// An expression CPython's compiler folds to a constant.
fn is_constant(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(unary) => {
            matches!(unary.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && unary.operand.is_number_literal_expr()
        }
        Expr::Tuple(tuple) => tuple.elts.iter().all(is_constant),
        _ => false,
    }
}

/// Small ints are tagged in 63 bits; larger literals become big-int constants.
fn fits_small_int(value: i64) -> bool {
    (-(1i64 << 62)..(1i64 << 62)).contains(&value)
}

fn binary_op(op: ast::Operator) -> BinaryOp {
    use ast::Operator as O;
    match op {
        O::Add => BinaryOp::Add,
        O::Sub => BinaryOp::Sub,
        O::Mult => BinaryOp::Mul,
        O::MatMult => BinaryOp::MatMul,
        O::Div => BinaryOp::TrueDiv,
        O::Mod => BinaryOp::Mod,
        O::Pow => BinaryOp::Pow,
        O::LShift => BinaryOp::LShift,
        O::RShift => BinaryOp::RShift,
        O::BitOr => BinaryOp::BitOr,
        O::BitXor => BinaryOp::BitXor,
        O::BitAnd => BinaryOp::BitAnd,
        O::FloorDiv => BinaryOp::FloorDiv,
    }
}

fn compare_op(op: ast::CmpOp) -> CompareOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CompareOp::Eq,
        C::NotEq => CompareOp::NotEq,
        C::Lt => CompareOp::Lt,
        C::LtE => CompareOp::LtE,
        C::Gt => CompareOp::Gt,
        C::GtE => CompareOp::GtE,
        C::In => CompareOp::In,
        C::NotIn => CompareOp::NotIn,
        C::Is | C::IsNot => unreachable!("identity comparisons are lowered to Op::Is"),
    }
}

#[cfg(test)]
mod tests {
    fn refusal(source: &str) -> Vec<String> {
        crate::compile_to_ir(source)
            .unwrap_err()
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn refuses_what_the_runtime_cannot_run() {
        assert_eq!(
            refusal("def f():\n    return eval('1')\n"),
            ["unsupported: builtin 'eval'"]
        );
        assert_eq!(
            refusal("import os\n"),
            ["unsupported: import of module 'os'"]
        );
        // Parsed as Python 3.11 syntax, then refused by name.
        assert_eq!(
            refusal("try:\n    pass\nexcept* ValueError:\n    pass\n"),
            ["unsupported: except*"]
        );
        assert!(crate::compile_to_ir("def eval(x):\n    return x\nprint(eval(1))\n").is_ok());
    }

    #[test]
    fn refuses_class_protocols_the_runtime_would_ignore() {
        assert_eq!(
            refusal("class D:\n    def __get__(self, obj, cls):\n        return 1\n"),
            ["unsupported: user-defined descriptors (__get__, __set__, __delete__)"]
        );
        assert_eq!(
            refusal("class B:\n    def __init_subclass__(cls):\n        pass\n"),
            ["unsupported: __init_subclass__"]
        );
        assert_eq!(
            refusal("class F:\n    def __del__(self):\n        print('gone')\n"),
            ["unsupported: __del__ (finalizers)"]
        );
        assert_eq!(
            refusal(
                "class A:\n    pass
a = A()
a.__class__ = A
"
            ),
            ["unsupported: assignment to __class__"]
        );
        assert_eq!(
            refusal("def f():\n    pass\nf.__dict__ = {}\n"),
            ["unsupported: assignment to __dict__"]
        );
        // Set after the class is made, by assignment or by setattr with the name.
        assert_eq!(
            refusal("class K:\n    pass\nK.__getattribute__ = lambda s, n: n\n"),
            ["unsupported: assignment of __getattribute__"]
        );
        assert_eq!(
            refusal("class A:\n    pass\nsetattr(A(), '__class__', A)\n"),
            ["unsupported: assignment to __class__"]
        );
        assert_eq!(
            refusal(
                "def f(a):\n    try:\n        return 1\n    finally:\n        a.__class__ = 1\n"
            ),
            ["unsupported: assignment to __class__"]
        );
        let accepted =
            "class P:\n    __slots__ = ('x',)\n    def get(self):\n        return self.__dict__\n";
        assert!(crate::compile_to_ir(accepted).is_ok());
    }

    #[test]
    fn converts_radix_literals_to_decimal() {
        assert_eq!(super::to_decimal("ff", 16), "255");
        assert_eq!(super::to_decimal("0", 2), "0");
        assert_eq!(
            super::to_decimal("1ffffffffffffffffffffffffffffffffffffff", 16),
            "11417981541647679048466287755595961091061972991"
        );
    }
}
