//! Scope analysis: CPython's symbol table rules, giving every name in every block its binding.
//!
//! Two steps, as in CPython's symtable.c: a walk over the syntax tree records, per block, how
//! each name is used (assigned, a parameter, read, declared global or nonlocal) and reports the
//! declaration errors CPython raises at compile time; then a resolution step walks the block
//! tree top-down with the set of names bound by enclosing function blocks, deciding for each
//! name whether it is local, global, free (read from an enclosing function's cell) or a cell
//! (local, but captured by a nested block).

use crate::diag::Diagnostic;
use ruff_python_ast::{self as ast, Expr, Parameters, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

pub type ScopeId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

impl ScopeKind {
    /// Blocks whose local bindings are visible to nested blocks (CPython's FunctionBlock).
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// A plain local of the block: nothing nested captures it.
    Local,
    /// A local captured by a nested block: it lives in a heap cell.
    Cell,
    /// Captured from an enclosing function block, read through the closure's cell.
    Free,
    /// Declared `global` in this block.
    GlobalExplicit,
    /// Not bound anywhere visible: a module global or a builtin.
    GlobalImplicit,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const DEF_GLOBAL: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;
const DEF_ANNOT: u8 = 32;
/// An iteration variable of a comprehension.
const DEF_COMP_ITER: u8 = 64;

/// The implicit cell holding the class a method was defined in (for `super()`).
pub const CLASS_CELL: &str = "__class__";

/// `name` as CPython's `_Py_Mangle` spells it inside the class named `class` (`None`: outside
/// any class): a private name `__x` (not ending in `__`, without a dot) becomes `_A__x` for
/// class `A`, the class name's leading underscores stripped; a class named only with
/// underscores mangles nothing. Mangled names never start with `__`, so mangling twice
/// changes nothing.
pub fn mangle<'n>(class: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = class else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

#[derive(Debug, Clone)]
pub struct Symbol {
    flags: u8,
    pub binding: Binding,
    /// The `nonlocal` statement declaring the name, for the error when nothing binds it.
    nonlocal_at: Option<TextRange>,
    /// A `Cell` that closures capture by value (see `captures.rs`).
    by_value: bool,
}

#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Parameter names in CPython's order: positional, keyword-only, `*args`, `**kwargs`
    /// (mangled, like every name of the block).
    pub params: Vec<String>,
    /// Names in the order the block first mentions them, mangled as CPython mangles private
    /// names (see `mangle`): inside class `A`, `__x` is recorded as `_A__x`.
    names: Vec<String>,
    symbols: HashMap<String, Symbol>,
    /// Free names of nested blocks that pass through this class block to an enclosing function.
    pub class_passthrough: BTreeSet<String>,
    /// The block contains `yield` (or is a generator expression): calling it makes a
    /// generator.
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits: calling it makes a coroutine (an
    /// asynchronous generator when `is_generator` is set too).
    pub is_coroutine: bool,
    pub range: TextRange,
}

impl Scope {
    pub fn binding(&self, name: &str) -> Option<Binding> {
        self.symbols.get(name).map(|s| s.binding)
    }

    /// Names with the given binding, in first-mention order.
    pub fn names_with(&self, binding: Binding) -> impl Iterator<Item = &str> {
        self.names
            .iter()
            .filter(move |n| self.symbols[n.as_str()].binding == binding)
            .map(String::as_str)
    }

    /// Free variables sorted by name: the order of `co_freevars` and of `__closure__`.
    pub fn freevars(&self) -> Vec<String> {
        let mut free: Vec<String> = self.names_with(Binding::Free).map(String::from).collect();
        free.sort();
        free
    }

    /// The block assigns, imports or defines the name (or takes it as a parameter).
    pub fn binds(&self, name: &str) -> bool {
        self.symbols
            .get(name)
            .is_some_and(|s| s.flags & (DEF_LOCAL | DEF_PARAM) != 0)
    }

    pub fn is_param(&self, name: &str) -> bool {
        self.symbols
            .get(name)
            .is_some_and(|s| s.flags & DEF_PARAM != 0)
    }
}

/// The result of scope analysis: one scope per block, the module first.
#[derive(Debug)]
pub struct ScopeTree {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(TextRange, ScopeKind), ScopeId>,
}

impl ScopeTree {
    /// The name of the innermost class whose body is, or encloses, block `scope`: the class
    /// that decides how private names are mangled there (CPython's `u_private`).
    pub fn private_class(&self, scope: ScopeId) -> Option<&str> {
        let mut current = Some(scope);
        while let Some(id) = current {
            let block = &self.scopes[id];
            if block.kind == ScopeKind::Class {
                return Some(&block.name);
            }
            current = block.parent;
        }
        None
    }

    /// `name` as written in block `scope`, mangled as that block's symbols are.
    pub fn mangle<'n>(&self, scope: ScopeId, name: &'n str) -> Cow<'n, str> {
        mangle(self.private_class(scope), name)
    }

    /// The scope a `def`, `lambda`, `class` or comprehension node opened.
    pub fn scope_of(&self, range: TextRange, kind: ScopeKind) -> ScopeId {
        self.by_node[&(range, kind)]
    }

    /// True when `name`, a cell or free variable of `scope`, is captured by value: its
    /// owner (the block whose cell it is) never rebinds it after a closure captures it.
    pub fn by_value(&self, scope: ScopeId, name: &str) -> bool {
        let owner = match self.scopes[scope].binding(name) {
            Some(Binding::Cell) => Some(scope),
            Some(Binding::Free) => self.owner_of_free(scope, name),
            _ => None,
        };
        owner.is_some_and(|o| self.scopes[o].symbols[name].by_value)
    }

    /// The function block whose cell the free variable `name` of `scope` is.
    pub fn owner_of_free(&self, scope: ScopeId, name: &str) -> Option<ScopeId> {
        let mut current = self.scopes[scope].parent;
        while let Some(id) = current {
            let block = &self.scopes[id];
            if block.kind.is_function_like() && block.binding(name) == Some(Binding::Cell) {
                return Some(id);
            }
            current = block.parent;
        }
        None
    }

    pub fn set_by_value(&mut self, scope: ScopeId, name: &str) {
        if let Some(symbol) = self.scopes[scope].symbols.get_mut(name) {
            symbol.by_value = symbol.binding == Binding::Cell;
        }
    }

    pub fn clear_by_value(&mut self, scope: ScopeId, name: &str) {
        if let Some(symbol) = self.scopes[scope].symbols.get_mut(name) {
            symbol.by_value = false;
        }
    }

    /// The `--emit=scopes` view.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        self.dump_scope(0, 0, &mut out);
        out
    }

    fn dump_scope(&self, id: ScopeId, depth: usize, out: &mut String) {
        let scope = &self.scopes[id];
        let indent = "  ".repeat(depth);
        let _ = writeln!(out, "{indent}{:?} {}", scope.kind, scope.qualname);
        for name in &scope.names {
            let symbol = &scope.symbols[name];
            let param = if symbol.flags & DEF_PARAM != 0 {
                " (param)"
            } else {
                ""
            };
            let by_value = if self.by_value(id, name) {
                " (by value)"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "{indent}  {name}: {:?}{param}{by_value}",
                symbol.binding
            );
        }
        for name in &scope.class_passthrough {
            let _ = writeln!(out, "{indent}  {name}: passes through to nested blocks");
        }
        for &child in &scope.children {
            self.dump_scope(child, depth + 1, out);
        }
    }
}

/// The annotated parameters of a function with their annotations, in CPython's order:
/// positional, `*args`, keyword-only, `**kwargs`.
pub fn parameter_annotations(parameters: &Parameters) -> impl Iterator<Item = (&str, &Expr)> {
    parameters
        .posonlyargs
        .iter()
        .chain(&parameters.args)
        .map(|p| &p.parameter)
        .chain(parameters.vararg.as_deref())
        .chain(parameters.kwonlyargs.iter().map(|p| &p.parameter))
        .chain(parameters.kwarg.as_deref())
        .filter_map(|p| Some((p.name.id.as_str(), p.annotation.as_deref()?)))
}

const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

pub fn analyze(module: &ast::ModModule) -> Result<ScopeTree, Vec<Diagnostic>> {
    let mut builder = Builder {
        scopes: Vec::new(),
        by_node: HashMap::new(),
        current: 0,
        loop_depth: 0,
        except_star_loop_depth: None,
        private: None,
        annotations_are_strings: crate::future::has_annotations_feature(&module.body),
        value_returns: Vec::new(),
        errors: Vec::new(),
    };
    builder.push_scope(ScopeKind::Module, "<module>", module.range, None);
    builder.visit_body(&module.body);
    let mut tree = ScopeTree {
        scopes: builder.scopes,
        by_node: builder.by_node,
    };
    let mut errors = builder.errors;
    resolve(&mut tree, 0, &BTreeSet::new(), &mut errors);
    if errors.is_empty() {
        Ok(tree)
    } else {
        errors.sort_by_key(|d| d.range.start());
        Err(errors)
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<(TextRange, ScopeKind), ScopeId>,
    current: ScopeId,
    loop_depth: usize,
    /// The loop depth where the innermost `except*` block of the current scope being
    /// visited starts: `break`, `continue` and `return` may not leave it.
    except_star_loop_depth: Option<usize>,
    /// The innermost class whose body is being visited (CPython's `st_private`): every name
    /// recorded is mangled with it.
    private: Option<String>,
    /// `from __future__ import annotations`: annotations are strings, so they use no name.
    annotations_are_strings: bool,
    /// The `return value` statements of the function being visited.
    value_returns: Vec<TextRange>,
    errors: Vec<Diagnostic>,
}

impl Builder {
    fn push_scope(
        &mut self,
        kind: ScopeKind,
        name: &str,
        range: TextRange,
        declared_global: Option<bool>,
    ) -> ScopeId {
        let id = self.scopes.len();
        let parent = (id > 0).then_some(self.current);
        let qualname = match parent {
            None => String::new(),
            Some(p) => {
                let parent_scope = &self.scopes[p];
                match parent_scope.kind {
                    ScopeKind::Module => name.to_string(),
                    _ if declared_global == Some(true) => name.to_string(),
                    ScopeKind::Class | ScopeKind::Comprehension => {
                        format!("{}.{name}", parent_scope.qualname)
                    }
                    _ => format!("{}.<locals>.{name}", parent_scope.qualname),
                }
            }
        };
        self.scopes.push(Scope {
            kind,
            name: name.to_string(),
            qualname,
            parent,
            children: Vec::new(),
            params: Vec::new(),
            names: Vec::new(),
            symbols: HashMap::new(),
            class_passthrough: BTreeSet::new(),
            is_generator: kind == ScopeKind::Comprehension && name == "<genexpr>",
            is_coroutine: false,
            range,
        });
        if let Some(p) = parent {
            self.scopes[p].children.push(id);
        }
        self.by_node.insert((range, kind), id);
        id
    }

    fn in_scope(&mut self, id: ScopeId, loop_depth: usize, f: impl FnOnce(&mut Self)) {
        let saved = (self.current, self.loop_depth, self.except_star_loop_depth);
        self.current = id;
        self.loop_depth = loop_depth;
        self.except_star_loop_depth = None;
        f(self);
        (self.current, self.loop_depth, self.except_star_loop_depth) = saved;
    }

    fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }

    /// The flags of `name` (as written; mangled here) in the current block.
    fn flags(&self, name: &str) -> u8 {
        self.scopes[self.current]
            .symbols
            .get(self.mangle(name).as_ref())
            .map_or(0, |s| s.flags)
    }

    /// Records a use of `name` (as written; mangled here) in the current block.
    fn add(&mut self, name: &str, flag: u8) {
        let name = mangle(self.private.as_deref(), name);
        let name = name.as_ref();
        let scope = &mut self.scopes[self.current];
        match scope.symbols.get_mut(name) {
            Some(symbol) => symbol.flags |= flag,
            None => {
                scope.names.push(name.to_string());
                scope.symbols.insert(
                    name.to_string(),
                    Symbol {
                        flags: flag,
                        binding: Binding::Local,
                        nonlocal_at: None,
                        by_value: false,
                    },
                );
            }
        }
    }

    fn bind(&mut self, name: &str) {
        self.add(name, DEF_LOCAL);
    }

    fn error(&mut self, range: TextRange, message: String) {
        self.errors.push(Diagnostic::new(range, message));
    }

    fn visit_body(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.visit_stmt(stmt);
        }
    }

    fn declare(&mut self, names: &[ast::Identifier], flag: u8, range: TextRange) {
        let (word, other) = if flag == DEF_GLOBAL {
            ("global", DEF_NONLOCAL)
        } else {
            ("nonlocal", DEF_GLOBAL)
        };
        for ident in names {
            let name = ident.id.as_str();
            let flags = self.flags(name);
            let at_module_level = self.scopes[self.current].kind == ScopeKind::Module;
            // CPython's order of checks (symtable.c).
            let problem = if flags & DEF_PARAM != 0 {
                Some(format!("name '{name}' is parameter and {word}"))
            } else if flags & USE != 0 {
                Some(format!("name '{name}' is used prior to {word} declaration"))
            } else if flags & DEF_ANNOT != 0 {
                Some(format!("annotated name '{name}' can't be {word}"))
            } else if flags & DEF_LOCAL != 0 {
                Some(format!(
                    "name '{name}' is assigned to before {word} declaration"
                ))
            } else if flags & other != 0 {
                // CPython finds this one while resolving, where names are mangled.
                Some(format!(
                    "name '{}' is nonlocal and global",
                    self.mangle(name)
                ))
            } else if flag == DEF_NONLOCAL && at_module_level {
                Some("nonlocal declaration not allowed at module level".to_string())
            } else {
                None
            };
            match problem {
                Some(message) => self.error(range, message),
                None => {
                    self.add(name, flag);
                    if flag == DEF_NONLOCAL {
                        let mangled = mangle(self.private.as_deref(), name);
                        let scope = &mut self.scopes[self.current];
                        let symbol = scope.symbols.get_mut(mangled.as_ref()).unwrap();
                        symbol.nonlocal_at = Some(range);
                    }
                }
            }
        }
    }

    fn visit_stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => {
                for decorator in &def.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                self.visit_defaults(&def.parameters);
                if !self.annotations_are_strings {
                    for (_, annotation) in parameter_annotations(&def.parameters) {
                        self.visit_expr(annotation);
                    }
                    if let Some(returns) = &def.returns {
                        self.visit_expr(returns);
                    }
                }
                let name = def.name.id.as_str();
                let global = self.flags(name) & DEF_GLOBAL != 0;
                self.bind(name);
                let id = self.push_scope(ScopeKind::Function, name, def.range, Some(global));
                self.scopes[id].is_coroutine = def.is_async;
                let outer_returns = std::mem::take(&mut self.value_returns);
                self.in_scope(id, 0, |b| {
                    b.add_params(&def.parameters);
                    b.visit_body(&def.body);
                });
                let returns = std::mem::replace(&mut self.value_returns, outer_returns);
                if self.scopes[id].is_coroutine && self.scopes[id].is_generator {
                    for range in returns {
                        self.error(range, "'return' with value in async generator".into());
                    }
                }
            }
            Stmt::ClassDef(class) => {
                for decorator in &class.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
                let name = class.name.id.as_str();
                let global = self.flags(name) & DEF_GLOBAL != 0;
                self.bind(name);
                let id = self.push_scope(ScopeKind::Class, name, class.range, Some(global));
                // The body, and every block nested in it, mangles private names with this
                // class's name; its name, bases and decorators belong to the enclosing block.
                let outer_private = self.private.replace(name.to_string());
                self.in_scope(id, 0, |b| b.visit_body(&class.body));
                self.private = outer_private;
            }
            Stmt::Return(ret) => {
                if !self.scopes[self.current].kind.is_function_like() {
                    self.error(ret.range, "'return' outside function".into());
                } else if self.except_star_loop_depth.is_some() {
                    self.error(ret.range, EXCEPT_STAR_EXIT.into());
                }
                if let Some(value) = &ret.value {
                    self.value_returns.push(ret.range);
                    self.visit_expr(value);
                }
            }
            Stmt::Delete(del) => {
                for target in &del.targets {
                    self.visit_target(target);
                }
            }
            Stmt::Assign(assign) => {
                self.visit_expr(&assign.value);
                for target in &assign.targets {
                    self.visit_target(target);
                }
            }
            Stmt::AugAssign(aug) => {
                self.visit_expr(&aug.value);
                if let Expr::Name(name) = aug.target.as_ref() {
                    self.add(name.id.as_str(), USE);
                }
                self.visit_target(&aug.target);
            }
            Stmt::AnnAssign(ann) => {
                if let Some(value) = &ann.value {
                    self.visit_expr(value);
                }
                if !self.annotations_are_strings {
                    self.visit_expr(&ann.annotation);
                }
                if let (Expr::Name(name), true) = (ann.target.as_ref(), ann.simple) {
                    self.add(name.id.as_str(), DEF_ANNOT);
                }
                self.visit_target(&ann.target);
            }
            Stmt::For(for_) => {
                if for_.is_async {
                    self.require_async_function(for_.range, "'async for'");
                }
                self.visit_expr(&for_.iter);
                self.visit_target(&for_.target);
                self.visit_loop_body(&for_.body);
                self.visit_body(&for_.orelse);
            }
            Stmt::While(while_) => {
                self.visit_expr(&while_.test);
                self.visit_loop_body(&while_.body);
                self.visit_body(&while_.orelse);
            }
            Stmt::If(if_) => {
                self.visit_expr(&if_.test);
                self.visit_body(&if_.body);
                for clause in &if_.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.visit_expr(test);
                    }
                    self.visit_body(&clause.body);
                }
            }
            Stmt::With(with) => {
                if with.is_async {
                    self.require_async_function(with.range, "'async with'");
                }
                for item in &with.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(target) = &item.optional_vars {
                        self.visit_target(target);
                    }
                }
                self.visit_body(&with.body);
            }
            Stmt::Raise(raise) => {
                if let Some(exc) = &raise.exc {
                    self.visit_expr(exc);
                }
                if let Some(cause) = &raise.cause {
                    self.visit_expr(cause);
                }
            }
            Stmt::Try(try_) => {
                self.visit_body(&try_.body);
                for handler in &try_.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if let Some(type_) = &handler.type_ {
                        self.visit_expr(type_);
                    }
                    if let Some(name) = &handler.name {
                        self.bind(name.id.as_str());
                    }
                    if try_.is_star {
                        let saved = self.except_star_loop_depth.replace(self.loop_depth);
                        self.visit_body(&handler.body);
                        self.except_star_loop_depth = saved;
                    } else {
                        self.visit_body(&handler.body);
                    }
                }
                self.visit_body(&try_.orelse);
                self.visit_body(&try_.finalbody);
            }
            Stmt::Assert(assert) => {
                self.visit_expr(&assert.test);
                if let Some(msg) = &assert.msg {
                    self.visit_expr(msg);
                }
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let bound = match &alias.asname {
                        Some(asname) => asname.id.as_str(),
                        None => alias.name.id.split('.').next().unwrap_or_default(),
                    };
                    self.bind(bound);
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    if alias.name.id.as_str() == "*" {
                        if self.scopes[self.current].kind != ScopeKind::Module {
                            self.error(
                                import.range,
                                "import * only allowed at module level".into(),
                            );
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(bound.id.as_str());
                }
            }
            Stmt::Global(global) => self.declare(&global.names, DEF_GLOBAL, global.range),
            Stmt::Nonlocal(nonlocal) => self.declare(&nonlocal.names, DEF_NONLOCAL, nonlocal.range),
            Stmt::Expr(expr) => self.visit_expr(&expr.value),
            Stmt::Break(brk) => {
                if self.loop_depth == 0 {
                    self.error(brk.range, "'break' outside loop".into());
                } else if self.except_star_loop_depth == Some(self.loop_depth) {
                    self.error(brk.range, EXCEPT_STAR_EXIT.into());
                }
            }
            Stmt::Continue(cont) => {
                if self.loop_depth == 0 {
                    self.error(cont.range, "'continue' not properly in loop".into());
                } else if self.except_star_loop_depth == Some(self.loop_depth) {
                    self.error(cont.range, EXCEPT_STAR_EXIT.into());
                }
            }
            Stmt::Match(match_) => {
                if let Some(problem) = crate::patterns::check_match(match_) {
                    self.errors.push(problem);
                }
                self.visit_expr(&match_.subject);
                for case in &match_.cases {
                    self.visit_pattern(&case.pattern);
                    if let Some(guard) = &case.guard {
                        self.visit_expr(guard);
                    }
                    self.visit_body(&case.body);
                }
            }
            Stmt::Pass(_) | Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn mark_iteration_targets(&mut self, target: &Expr) {
        match target {
            Expr::Name(name) => self.add(name.id.as_str(), DEF_COMP_ITER),
            Expr::Tuple(tuple) => tuple
                .elts
                .iter()
                .for_each(|e| self.mark_iteration_targets(e)),
            Expr::List(list) => list
                .elts
                .iter()
                .for_each(|e| self.mark_iteration_targets(e)),
            Expr::Starred(starred) => self.mark_iteration_targets(&starred.value),
            _ => {}
        }
    }

    /// `name := value` inside a comprehension binds `name` in the nearest enclosing block
    /// that is not a comprehension (PEP 572); the comprehensions reach it as a free (or
    /// global) name.
    fn bind_from_comprehension(&mut self, name: &str, range: TextRange) {
        let mut comprehensions = Vec::new();
        let mut scope = self.current;
        while self.scopes[scope].kind == ScopeKind::Comprehension {
            // CPython 3.11 looks the target up as written, not mangled: inside a class,
            // `[__y := 1 for __y in ...]` is accepted and binds `_A__y` in the function.
            if self.scopes[scope]
                .symbols
                .get(name)
                .is_some_and(|s| s.flags & DEF_COMP_ITER != 0)
            {
                return self.error(
                    range,
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                );
            }
            comprehensions.push(scope);
            scope = self.scopes[scope]
                .parent
                .expect("a comprehension has a parent");
        }
        let flag =
            match self.scopes[scope].kind {
                ScopeKind::Class => return self.error(
                    range,
                    "assignment expression within a comprehension cannot be used in a class body"
                        .into(),
                ),
                ScopeKind::Module => DEF_GLOBAL,
                // A function declaring the name `global` binds the module's (looked up as
                // written, as CPython 3.11 does).
                _ if self.scopes[scope]
                    .symbols
                    .get(name)
                    .is_some_and(|s| s.flags & DEF_GLOBAL != 0) =>
                {
                    DEF_GLOBAL
                }
                _ => DEF_NONLOCAL,
            };
        let saved = self.current;
        self.current = scope;
        self.bind(name);
        for comprehension in comprehensions {
            self.current = comprehension;
            self.add(name, flag);
        }
        self.current = saved;
    }

    fn visit_pattern(&mut self, pattern: &ast::Pattern) {
        use ast::Pattern as P;
        match pattern {
            P::MatchValue(p) => self.visit_expr(&p.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(p) => p.patterns.iter().for_each(|p| self.visit_pattern(p)),
            P::MatchMapping(p) => {
                p.keys.iter().for_each(|k| self.visit_expr(k));
                p.patterns.iter().for_each(|p| self.visit_pattern(p));
                if let Some(rest) = &p.rest {
                    self.bind(rest.id.as_str());
                }
            }
            P::MatchClass(p) => {
                self.visit_expr(&p.cls);
                p.arguments
                    .patterns
                    .iter()
                    .for_each(|p| self.visit_pattern(p));
                p.arguments
                    .keywords
                    .iter()
                    .for_each(|k| self.visit_pattern(&k.pattern));
            }
            P::MatchStar(p) => {
                if let Some(name) = &p.name {
                    self.bind(name.id.as_str());
                }
            }
            P::MatchAs(p) => {
                if let Some(inner) = &p.pattern {
                    self.visit_pattern(inner);
                }
                if let Some(name) = &p.name {
                    self.bind(name.id.as_str());
                }
            }
            P::MatchOr(p) => p.patterns.iter().for_each(|p| self.visit_pattern(p)),
        }
    }

    fn visit_loop_body(&mut self, body: &[Stmt]) {
        self.loop_depth += 1;
        self.visit_body(body);
        self.loop_depth -= 1;
    }

    fn visit_defaults(&mut self, parameters: &Parameters) {
        for param in parameters.iter_non_variadic_params() {
            if let Some(default) = &param.default {
                self.visit_expr(default);
            }
        }
    }

    fn add_params(&mut self, parameters: &Parameters) {
        let names: Vec<&str> = parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs)
            .map(|p| p.parameter.name.id.as_str())
            .chain(parameters.vararg.iter().map(|p| p.name.id.as_str()))
            .chain(parameters.kwarg.iter().map(|p| p.name.id.as_str()))
            .collect();
        for name in &names {
            if self.flags(name) & DEF_PARAM != 0 {
                self.error(
                    parameters.range,
                    format!("duplicate argument '{name}' in function definition"),
                );
            }
            self.add(name, DEF_PARAM);
        }
        let params = names.iter().map(|n| self.mangle(n).into_owned()).collect();
        self.scopes[self.current].params = params;
    }

    fn visit_arguments(&mut self, arguments: &ast::Arguments) {
        for arg in &arguments.args {
            self.visit_expr(arg);
        }
        for keyword in &arguments.keywords {
            self.visit_expr(&keyword.value);
        }
    }

    fn visit_target(&mut self, target: &Expr) {
        match target {
            Expr::Name(name) => {
                if name.id.as_str() == "__debug__" {
                    self.error(name.range, "cannot assign to __debug__".into());
                }
                self.bind(name.id.as_str())
            }
            Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| self.visit_target(e)),
            Expr::List(list) => list.elts.iter().for_each(|e| self.visit_target(e)),
            Expr::Starred(starred) => self.visit_target(&starred.value),
            other => self.visit_expr(other),
        }
    }

    fn visit_comprehension(
        &mut self,
        kind_name: &str,
        range: TextRange,
        generators: &[ast::Comprehension],
        elements: &[&Expr],
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        self.visit_expr(&first.iter);
        let id = self.push_scope(ScopeKind::Comprehension, kind_name, range, None);
        self.in_scope(id, 0, |b| {
            b.add(".0", DEF_PARAM);
            b.scopes[id].params = vec![".0".to_string()];
            for (i, generator) in generators.iter().enumerate() {
                if i > 0 {
                    b.visit_expr(&generator.iter);
                }
                b.visit_target(&generator.target);
                b.mark_iteration_targets(&generator.target);
                for condition in &generator.ifs {
                    b.visit_expr(condition);
                }
            }
            for element in elements {
                b.visit_expr(element);
            }
            if generators.iter().any(|g| g.is_async) {
                b.scopes[id].is_coroutine = true;
            }
        });
        // An asynchronous list, set or dict comprehension is awaited where it is evaluated,
        // which only an async function or another comprehension may do; an asynchronous
        // generator expression is only made there.
        if self.scopes[id].is_coroutine && kind_name != "<genexpr>" {
            let parent = &mut self.scopes[self.current];
            match parent.kind {
                ScopeKind::Comprehension => parent.is_coroutine = true,
                ScopeKind::Function if parent.is_coroutine => {}
                _ => self.error(
                    range,
                    "asynchronous comprehension outside of an asynchronous function".into(),
                ),
            }
        }
    }

    /// Reports `what` (`'async for'`, `'async with'`) unless the current block is an
    /// `async def`.
    fn require_async_function(&mut self, range: TextRange, what: &str) {
        let scope = &self.scopes[self.current];
        if !(scope.kind == ScopeKind::Function && scope.is_coroutine) {
            self.error(range, format!("{what} outside async function"));
        }
    }

    fn visit_expr(&mut self, expr: &Expr) {
        match expr {
            Expr::Name(name) => {
                self.add(name.id.as_str(), USE);
                // As in CPython, any function mentioning `super` captures `__class__`.
                if name.id.as_str() == "super" && self.scopes[self.current].kind.is_function_like()
                {
                    self.add(CLASS_CELL, USE);
                }
            }
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.visit_defaults(parameters);
                }
                let id = self.push_scope(ScopeKind::Lambda, "<lambda>", lambda.range, None);
                self.in_scope(id, 0, |b| {
                    if let Some(parameters) = &lambda.parameters {
                        b.add_params(parameters);
                    }
                    b.visit_expr(&lambda.body);
                });
            }
            Expr::ListComp(comp) => {
                self.visit_comprehension("<listcomp>", comp.range, &comp.generators, &[&comp.elt])
            }
            Expr::SetComp(comp) => {
                self.visit_comprehension("<setcomp>", comp.range, &comp.generators, &[&comp.elt])
            }
            Expr::Generator(comp) => {
                self.visit_comprehension("<genexpr>", comp.range, &comp.generators, &[&comp.elt])
            }
            Expr::DictComp(comp) => {
                let mut elements = vec![comp.value.as_ref()];
                if let Some(key) = &comp.key {
                    elements.insert(0, key);
                }
                self.visit_comprehension("<dictcomp>", comp.range, &comp.generators, &elements)
            }
            Expr::Named(named) => {
                self.visit_expr(&named.value);
                match named.target.as_ref() {
                    Expr::Name(name)
                        if self.scopes[self.current].kind == ScopeKind::Comprehension =>
                    {
                        self.bind_from_comprehension(name.id.as_str(), named.range)
                    }
                    target => self.visit_target(target),
                }
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let scope = &mut self.scopes[self.current];
                let problem = match scope.kind {
                    ScopeKind::Module | ScopeKind::Class => Some("'yield' outside function".into()),
                    ScopeKind::Comprehension => Some(format!(
                        "'yield' inside {}",
                        comprehension_noun(&scope.name)
                    )),
                    ScopeKind::Function | ScopeKind::Lambda => {
                        scope.is_generator = true;
                        (scope.is_coroutine && matches!(expr, Expr::YieldFrom(_)))
                            .then(|| "'yield from' inside async function".into())
                    }
                };
                if let Some(message) = problem {
                    self.error(expr.range(), message);
                }
                walk_children(expr, |child| self.visit_expr(child))
            }
            Expr::Await(_) => {
                let scope = &mut self.scopes[self.current];
                let problem = match scope.kind {
                    ScopeKind::Module | ScopeKind::Class => Some("'await' outside function"),
                    ScopeKind::Comprehension => {
                        scope.is_coroutine = true;
                        None
                    }
                    ScopeKind::Function if scope.is_coroutine => None,
                    ScopeKind::Function | ScopeKind::Lambda => {
                        Some("'await' outside async function")
                    }
                };
                if let Some(message) = problem {
                    self.error(expr.range(), message.into());
                }
                walk_children(expr, |child| self.visit_expr(child))
            }
            Expr::Call(call) => {
                let mut seen = BTreeSet::new();
                for keyword in &call.arguments.keywords {
                    if let Some(name) = &keyword.arg {
                        if !seen.insert(name.id.as_str()) {
                            self.error(
                                keyword.range,
                                format!("keyword argument repeated: {}", name.id),
                            );
                        }
                    }
                }
                walk_children(expr, |child| self.visit_expr(child))
            }
            _ => walk_children(expr, |child| self.visit_expr(child)),
        }
    }
}

/// How CPython's messages name a comprehension block.
fn comprehension_noun(block_name: &str) -> &'static str {
    match block_name {
        "<listcomp>" => "list comprehension",
        "<setcomp>" => "set comprehension",
        "<dictcomp>" => "dict comprehension",
        _ => "generator expression",
    }
}

/// Calls `f` on each direct sub-expression of an expression that opens no scope of its own.
pub fn walk_children<'a>(expr: &'a Expr, mut f: impl FnMut(&'a Expr)) {
    match expr {
        Expr::BoolOp(e) => e.values.iter().for_each(f),
        Expr::Named(e) => {
            f(&e.target);
            f(&e.value)
        }
        Expr::BinOp(e) => {
            f(&e.left);
            f(&e.right)
        }
        Expr::UnaryOp(e) => f(&e.operand),
        Expr::If(e) => {
            f(&e.test);
            f(&e.body);
            f(&e.orelse)
        }
        Expr::Dict(e) => {
            for item in &e.items {
                if let Some(key) = &item.key {
                    f(key);
                }
                f(&item.value);
            }
        }
        Expr::Set(e) => e.elts.iter().for_each(f),
        Expr::Await(e) => f(&e.value),
        Expr::Yield(e) => {
            if let Some(value) = &e.value {
                f(value);
            }
        }
        Expr::YieldFrom(e) => f(&e.value),
        Expr::Compare(e) => {
            f(&e.left);
            e.comparators.iter().for_each(f)
        }
        Expr::Call(e) => {
            f(&e.func);
            e.arguments.args.iter().for_each(&mut f);
            e.arguments.keywords.iter().for_each(|k| f(&k.value));
        }
        Expr::FString(e) => {
            for part in e.value.iter() {
                if let ast::FStringPart::FString(fstring) = part {
                    walk_interpolations(&fstring.elements, &mut f);
                }
            }
        }
        Expr::Attribute(e) => f(&e.value),
        Expr::Subscript(e) => {
            f(&e.value);
            f(&e.slice)
        }
        Expr::Starred(e) => f(&e.value),
        Expr::List(e) => e.elts.iter().for_each(f),
        Expr::Tuple(e) => e.elts.iter().for_each(f),
        Expr::Slice(e) => {
            for part in [&e.lower, &e.upper, &e.step].into_iter().flatten() {
                f(part);
            }
        }
        Expr::Lambda(_)
        | Expr::ListComp(_)
        | Expr::SetComp(_)
        | Expr::DictComp(_)
        | Expr::Generator(_)
        | Expr::TString(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_)
        | Expr::Name(_)
        | Expr::IpyEscapeCommand(_) => {}
    }
}

fn walk_interpolations<'a>(
    elements: &'a ast::InterpolatedStringElements,
    f: &mut impl FnMut(&'a Expr),
) {
    for element in elements.iter() {
        if let ast::InterpolatedStringElement::Interpolation(interpolation) = element {
            f(&interpolation.expression);
            if let Some(spec) = &interpolation.format_spec {
                walk_interpolations(&spec.elements, f);
            }
        }
    }
}

/// Decides each name's binding, top-down; returns the free names this block needs from its
/// enclosing blocks.
fn resolve(
    tree: &mut ScopeTree,
    id: ScopeId,
    enclosing_bound: &BTreeSet<String>,
    errors: &mut Vec<Diagnostic>,
) -> BTreeSet<String> {
    let kind = tree.scopes[id].kind;
    let mut bound_for_children = enclosing_bound.clone();
    let mut free = BTreeSet::new();
    let names = tree.scopes[id].names.clone();
    for name in &names {
        let symbol = &tree.scopes[id].symbols[name];
        let (flags, nonlocal_at) = (symbol.flags, symbol.nonlocal_at);
        let binding = if flags & DEF_GLOBAL != 0 {
            bound_for_children.remove(name);
            Binding::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !enclosing_bound.contains(name) {
                errors.push(Diagnostic::new(
                    nonlocal_at.unwrap_or(tree.scopes[id].range),
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            free.insert(name.clone());
            Binding::Free
        } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
            if kind == ScopeKind::Module {
                Binding::GlobalImplicit
            } else {
                if kind.is_function_like() {
                    bound_for_children.insert(name.clone());
                }
                Binding::Local
            }
        } else if enclosing_bound.contains(name) && kind != ScopeKind::Module {
            free.insert(name.clone());
            Binding::Free
        } else {
            Binding::GlobalImplicit
        };
        tree.scopes[id].symbols.get_mut(name).unwrap().binding = binding;
    }
    if kind == ScopeKind::Module {
        bound_for_children.clear();
    }
    if kind == ScopeKind::Class {
        // Methods see the class being defined as the implicit cell `__class__`.
        bound_for_children.insert(CLASS_CELL.to_string());
    }
    let children = tree.scopes[id].children.clone();
    for child in children {
        let child_free = resolve(tree, child, &bound_for_children, errors);
        for name in child_free {
            let scope = &mut tree.scopes[id];
            match scope.symbols.get(&name).map(|s| s.binding) {
                Some(Binding::Local) if kind.is_function_like() => {
                    scope.symbols.get_mut(&name).unwrap().binding = Binding::Cell;
                }
                Some(Binding::Cell) | Some(Binding::Free) if kind.is_function_like() => {}
                _ if kind == ScopeKind::Class && name == CLASS_CELL => {
                    scope.names.push(name.clone());
                    scope.symbols.insert(
                        name,
                        Symbol {
                            flags: 0,
                            binding: Binding::Cell,
                            nonlocal_at: None,
                            by_value: false,
                        },
                    );
                }
                _ if kind == ScopeKind::Class => {
                    scope.class_passthrough.insert(name.clone());
                    free.insert(name);
                }
                _ => {
                    scope.names.push(name.clone());
                    scope.symbols.insert(
                        name.clone(),
                        Symbol {
                            flags: 0,
                            binding: Binding::Free,
                            nonlocal_at: None,
                            by_value: false,
                        },
                    );
                    free.insert(name);
                }
            }
        }
    }
    if kind == ScopeKind::Module {
        free.clear();
    }
    free
}

#[cfg(test)]
mod tests;
