//! Closure conversion: the syntax tree and its scopes become closc's IR.
//!
//! Every function, lambda and comprehension becomes a lifted `ir::Function`; the function
//! object made at its `def` site carries a closure tuple holding the cells of its free
//! variables (in sorted name order, as CPython's `co_freevars`). Variables that a nested block
//! captures live in cells created at function entry; all others are plain slots. Class bodies
//! run inline in the enclosing function against a namespace dict.

mod annotations;
mod builtins;
mod calls;
mod classes;
mod comprehensions;
mod exceptions;
mod expressions;
mod functions;
mod imports;
mod literals;
mod matching;
mod names;
mod statements;
mod targets;
#[cfg(test)]
mod tests;

use crate::diag::Diagnostic;
use crate::ir::{
    Const, ConstId, FuncId, Function, GlobalId, Label, LocalId, Module, ModuleInfo, Op, Operand,
    Stmt, Temp,
};
use crate::modules::Program;
use crate::scopes::{Binding, ScopeId, ScopeTree};
use ruff_python_ast as ast;
use ruff_text_size::TextRange;
use std::collections::HashMap;

/// Lowers the modules `members` (indices into the program's modules, each with its scope
/// tree in `scopes`) into one IR module, a unit of compilation whose modules are numbered
/// by their position in `members`; problems come with the program's index of the module
/// they are in.
pub fn lower(
    program: &Program,
    members: &[usize],
    scopes: &[ScopeTree],
) -> Result<Module, Vec<(usize, Diagnostic)>> {
    let mut lowering = Lowering {
        scopes: &scopes[0],
        module_index: 0,
        module_package: None,
        future_imports: Vec::new(),
        future_annotations: false,
        source: "",
        line_starts: Vec::new(),
        module: Module::default(),
        const_index: HashMap::new(),
        global_index: HashMap::new(),
        labels: 0,
        errors: Vec::new(),
    };
    let mut errors = Vec::new();
    for (position, &index) in members.iter().enumerate() {
        let source = &program.modules[index];
        lowering.scopes = &scopes[position];
        lowering.module_index = position as u32;
        lowering.module_package = source.package();
        let (features, future_imports) =
            crate::future::future_features(&source.ast.body, &mut lowering.errors);
        lowering.future_annotations = features.iter().any(|f| f == "annotations");
        lowering.future_imports = future_imports;
        lowering.source = &source.source;
        lowering.line_starts = std::iter::once(0)
            .chain(source.source.match_indices('\n').map(|(i, _)| i as u32 + 1))
            .collect();
        lowering.global_index.clear();
        let globals_start = lowering.module.globals.len() as GlobalId;
        let body_index = lowering.module.functions.len();
        lowering.module.functions.push(placeholder());
        let body = {
            let mut f = FnLowering::new(&mut lowering, 0);
            f.setup_module_annotations(&source.ast.body);
            f.body(&source.ast.body);
            f.finish("<module>".into(), "<module>".into(), 0, 0, false, false)
        };
        lowering.module.functions[body_index] = body;
        lowering.module.modules.push(ModuleInfo {
            name: source.name.clone(),
            file: source.file.clone(),
            doc: functions::docstring(&source.ast.body).map(str::to_string),
            package: source.package(),
            package_dirs: source
                .package_dirs
                .as_ref()
                .map(|dirs| dirs.iter().map(|d| d.display().to_string()).collect()),
            body: body_index as FuncId,
            globals: globals_start..lowering.module.globals.len() as GlobalId,
            source: source.source.clone(),
        });
        let mut found = std::mem::take(&mut lowering.errors);
        found.sort_by(|a, b| (a.range.start(), &a.message).cmp(&(b.range.start(), &b.message)));
        // A `finally` body is lowered once per way out of its `try`: report its problems once.
        found.dedup_by(|a, b| a.range == b.range && a.message == b.message);
        errors.extend(found.into_iter().map(|d| (index, d)));
    }
    if errors.is_empty() {
        Ok(lowering.module)
    } else {
        Err(errors)
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
        is_coroutine: false,
        varnames: Vec::new(),
        freevars: Vec::new(),
        value_freevars: 0,
        cellvars: Vec::new(),
        module: 0,
        first_line: 0,
        locals: Vec::new(),
        temps: 0,
        body: Vec::new(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    Str(String),
    Bytes(Vec<u8>),
    BigInt(String),
    Float(u64),
    Complex(u64),
    StrTuple(Vec<String>),
    Builtin(String),
}

struct Lowering<'a> {
    scopes: &'a ScopeTree,
    /// The index of the module being lowered.
    module_index: u32,
    /// Its `__package__`, where relative imports start.
    module_package: Option<String>,
    /// Its `from __future__` imports (those at its beginning) and whether they enable
    /// `annotations` (annotations kept as strings).
    future_imports: Vec<TextRange>,
    future_annotations: bool,
    /// Its source text (annotations under the future feature are their text).
    source: &'a str,
    /// The offset where each of its lines starts.
    line_starts: Vec<u32>,
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
            Const::Bytes(b) => ConstKey::Bytes(b.clone()),
            Const::BigInt(s) => ConstKey::BigInt(s.clone()),
            Const::Float(x) => ConstKey::Float(x.to_bits()),
            Const::Complex(x) => ConstKey::Complex(x.to_bits()),
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
    /// The iterator of an `async for` over a call, which CPython frees (and so finalizes)
    /// when the loop is left by `break` or `return`.
    abandoned_iterator: Option<Operand>,
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
    /// Leave a `with` block: call its manager's bound `__exit__(None, None, None)` (and
    /// await the result, for `async with`).
    ExitContext {
        exit: Temp,
        is_async: bool,
        try_depth_outside: u32,
    },
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
    function_scope_is_coroutine: bool,
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
            function_scope_is_coroutine: scope_data.is_coroutine,
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
        let first_line = self.line_of(self.lowering.scopes.scopes[scope].range.start());
        Function {
            name,
            qualname,
            argcount,
            posonlycount: self.posonlycount,
            kwonlycount,
            has_varargs,
            has_varkeywords,
            is_generator: self.function_scope_is_generator,
            is_coroutine: self.function_scope_is_coroutine,
            varnames: self.varnames,
            freevars: self.freevars,
            value_freevars,
            cellvars: self.cellvars,
            module: self.lowering.module_index,
            first_line,
            locals: self.slots,
            temps: self.temps,
            body: self.blocks.pop().unwrap_or_default(),
        }
    }

    // ---- building blocks ----

    fn scope(&self) -> &'a crate::scopes::Scope {
        &self.lowering.scopes.scopes[*self.scope_stack.last().unwrap()]
    }

    /// The line (from 1) of a source offset.
    fn line_of(&self, offset: ruff_text_size::TextSize) -> u32 {
        let offset = u32::from(offset);
        self.lowering
            .line_starts
            .partition_point(|&start| start <= offset) as u32
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
}
