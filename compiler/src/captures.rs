//! Which captured variables can be captured by value instead of through a heap cell.
//!
//! A cell exists so that a closure sees later rebindings of the variable it captured. When
//! the variable can never be rebound after any closure captures it, the closure may hold
//! the value itself: no cell is allocated, and each read is one load instead of two plus an
//! unbound check. This pass finds such *frozen* variables of function and lambda blocks:
//! - a parameter that nothing else in the block (nested blocks included) binds, deletes or
//!   declares `nonlocal`; or
//! - a local whose only binding, anywhere in the block and its nested blocks, is a plain
//!   `name = value` statement (possibly annotated) at the top level of the function body,
//!   and every nested block that captures it lies in a later top-level statement. Top-level
//!   statements run in order and at most once per call, so each closure is made after the
//!   assignment has completed, and nothing assigns the name again.
//!
//! Counting bindings in nested blocks too (even those that shadow the name) only makes the
//! test stricter. Names are counted mangled, as the scope tree records them (`__x` inside
//! class `A` is `_A__x`, in nested classes mangled with their own name), so that every
//! binding of a private name is counted under its symbol's name. The result is recorded in
//! the scope tree (`Symbol::by_value`).
//!
//! Cells are also visible through `__closure__`: sibling closures share theirs, and a store
//! into `cell_contents` rebinds the variable. `__closure__` makes a fresh cell for each value
//! (once per function), which is indistinguishable only while no cell escapes. So nothing is
//! captured by value in a program that uses `__closure__` other than as
//! `f.__closure__[i].cell_contents` (a read), or that could look it up by a name computed
//! at run time (`getattr` and its kin with anything but a literal name).

use crate::scopes::{mangle, Binding, ScopeId, ScopeKind, ScopeTree, CLASS_CELL};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;

/// The most free variables a function may have and still receive values: `__closure__`
/// needs to know which entries are values, one bit each (`ir::Function::value_freevars`).
pub const MAX_VALUE_FREEVARS: usize = 64;

/// Marks the frozen variables of every function and lambda block of `module` in `tree`.
pub fn find_frozen(module: &ast::ModModule, tree: &mut ScopeTree) {
    let mut introspection = CellIntrospection::default();
    introspection.visit_body(&module.body);
    if introspection.cells_escape {
        return;
    }
    let mut finder = BlockFinder {
        tree,
        found: Vec::new(),
    };
    finder.visit_body(&module.body);
    let found = std::mem::take(&mut finder.found);
    for (scope, name) in found {
        tree.set_by_value(scope, &name);
    }
    // A block with too many free variables cannot say which of them are values.
    for id in 0..tree.scopes.len() {
        let freevars = tree.scopes[id].freevars();
        if freevars.len() > MAX_VALUE_FREEVARS {
            for name in freevars {
                if let Some(owner) = tree.owner_of_free(id, &name) {
                    tree.clear_by_value(owner, &name);
                }
            }
        }
    }
}

/// Finds every function and lambda block and analyses it.
struct BlockFinder<'t> {
    tree: &'t ScopeTree,
    found: Vec<(ScopeId, String)>,
}

impl<'a> Visitor<'a> for BlockFinder<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::FunctionDef(def) = stmt {
            let scope = self.tree.scope_of(def.range, ScopeKind::Function);
            let statements: Vec<TextRange> = def.body.iter().map(Ranged::range).collect();
            let private = self.tree.private_class(scope);
            let mut counter = BindingCounter::new(private);
            counter.visit_body(&def.body);
            let definitions = top_level_definitions(&def.body, private);
            self.frozen_in(scope, &statements, &counter.counts, &definitions);
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Lambda(lambda) = expr {
            let scope = self.tree.scope_of(lambda.range, ScopeKind::Lambda);
            let mut counter = BindingCounter::new(self.tree.private_class(scope));
            counter.visit_expr(&lambda.body);
            self.frozen_in(
                scope,
                &[lambda.body.range()],
                &counter.counts,
                &HashMap::new(),
            );
        }
        visitor::walk_expr(self, expr);
    }
}

impl BlockFinder<'_> {
    /// Records the frozen variables of block `scope`, whose body is the top-level
    /// statements `statements` (a lambda's body is one), given how often each name is bound
    /// inside it and which top-level statement is a name's plain assignment.
    fn frozen_in(
        &mut self,
        scope: ScopeId,
        statements: &[TextRange],
        counts: &HashMap<String, usize>,
        definitions: &HashMap<String, usize>,
    ) {
        let block = &self.tree.scopes[scope];
        let captured: Vec<&str> = block
            .names_with(Binding::Cell)
            .filter(|&name| name != CLASS_CELL)
            .collect();
        for name in captured {
            let bindings = counts.get(name).copied().unwrap_or(0);
            // The index of the statement after which the value is final (0: from the start).
            let ready_after = if block.is_param(name) {
                (bindings == 0).then_some(0)
            } else {
                match definitions.get(name) {
                    Some(&index) if bindings == 1 => Some(index + 1),
                    _ => None,
                }
            };
            let Some(ready_after) = ready_after else {
                continue;
            };
            let captures_after = block.children.iter().all(|&child| {
                let nested = &self.tree.scopes[child];
                let captures = nested.binding(name) == Some(Binding::Free)
                    || nested.class_passthrough.contains(name);
                !captures
                    || statements
                        .iter()
                        .position(|s| s.contains_range(nested.range))
                        .is_some_and(|index| index >= ready_after)
            });
            if captures_after {
                self.found.push((scope, name.to_string()));
            }
        }
    }
}

/// The names (mangled with the class `private`) that a top-level statement of `body`
/// assigns plainly (`name = value` or `name: T = value`), with the statement's index.
fn top_level_definitions(body: &[Stmt], private: Option<&str>) -> HashMap<String, usize> {
    let mut definitions = HashMap::new();
    for (index, stmt) in body.iter().enumerate() {
        let target = match stmt {
            Stmt::Assign(assign) if assign.targets.len() == 1 => &assign.targets[0],
            Stmt::AnnAssign(assign) if assign.value.is_some() => &assign.target,
            _ => continue,
        };
        if let Expr::Name(name) = target {
            definitions.insert(mangle(private, &name.id).into_owned(), index);
        }
    }
    definitions
}

/// Counts, per name, the places in a subtree that bind, delete or declare it: assignment
/// targets of every kind, `def`/`class` names, imports, `except ... as`, match captures,
/// parameters of nested blocks, and `global`/`nonlocal` declarations. Names are counted
/// mangled, as CPython's symbol table records them.
struct BindingCounter {
    counts: HashMap<String, usize>,
    /// The innermost class around the names being counted, which mangles private names.
    private: Option<String>,
}

impl BindingCounter {
    fn new(private: Option<&str>) -> Self {
        BindingCounter {
            counts: HashMap::new(),
            private: private.map(String::from),
        }
    }

    fn count(&mut self, name: &str) {
        let name = mangle(self.private.as_deref(), name).into_owned();
        *self.counts.entry(name).or_default() += 1;
    }
}

impl<'a> Visitor<'a> for BindingCounter {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => self.count(&def.name.id),
            Stmt::ClassDef(class) => {
                // The class's name, decorators and bases belong to the enclosing block; its
                // body mangles with the class's own name.
                self.count(&class.name.id);
                for decorator in &class.decorator_list {
                    self.visit_decorator(decorator);
                }
                if let Some(type_params) = &class.type_params {
                    self.visit_type_params(type_params);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
                let outer = self.private.replace(class.name.id.to_string());
                self.visit_body(&class.body);
                self.private = outer;
                return;
            }
            Stmt::Global(global) => global.names.iter().for_each(|n| self.count(&n.id)),
            Stmt::Nonlocal(nonlocal) => nonlocal.names.iter().for_each(|n| self.count(&n.id)),
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr {
            if matches!(name.ctx, ExprContext::Store | ExprContext::Del) {
                self.count(&name.id);
            }
        }
        visitor::walk_expr(self, expr);
    }

    fn visit_alias(&mut self, alias: &'a ast::Alias) {
        match &alias.asname {
            Some(asname) => self.count(&asname.id),
            None => self.count(alias.name.id.split('.').next().unwrap_or_default()),
        }
    }

    fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
        self.count(&parameter.name.id);
        visitor::walk_parameter(self, parameter);
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(handler_data) = handler;
        if let Some(name) = &handler_data.name {
            self.count(&name.id);
        }
        visitor::walk_except_handler(self, handler);
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        match pattern {
            ast::Pattern::MatchAs(p) => p.name.iter().for_each(|n| self.count(&n.id)),
            ast::Pattern::MatchStar(p) => p.name.iter().for_each(|n| self.count(&n.id)),
            ast::Pattern::MatchMapping(p) => p.rest.iter().for_each(|n| self.count(&n.id)),
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }
}

const CLOSURE: &str = "__closure__";

/// Names through which an attribute can be looked up by a name computed at run time.
const DYNAMIC_LOOKUPS: [&str; 8] = [
    "getattr",
    "hasattr",
    "setattr",
    "delattr",
    "__getattribute__",
    "attrgetter",
    "builtins",
    "__builtins__",
];

/// Looks for uses of `__closure__` that could let a cell escape: any other than reading
/// `f.__closure__[i].cell_contents`, and any attribute lookup whose name is not a string
/// literal (it could be `"__closure__"` built at run time). `getattr(x, "name")` and the
/// like with a literal name other than `__closure__` are fine.
#[derive(Default)]
struct CellIntrospection {
    cells_escape: bool,
}

impl CellIntrospection {
    /// `getattr(x, "name", ...)`, `x.__getattribute__("name")` or `attrgetter("name")`
    /// with a literal name: visits the other arguments and returns true.
    fn literal_lookup(&mut self, call: &ast::ExprCall) -> bool {
        let name_position = match call.func.as_ref() {
            Expr::Name(name) => match name.id.as_str() {
                "getattr" | "hasattr" | "setattr" | "delattr" => 1,
                "attrgetter" => 0,
                _ => return false,
            },
            Expr::Attribute(attribute) => match attribute.attr.id.as_str() {
                "__getattribute__" | "attrgetter" => {
                    self.visit_expr(&attribute.value);
                    0
                }
                _ => return false,
            },
            _ => return false,
        };
        let args = &call.arguments.args;
        let literal = args
            .get(name_position)
            .and_then(|a| a.as_string_literal_expr());
        match literal {
            Some(name) if call.arguments.keywords.is_empty() => {
                self.cells_escape |= name.value.to_str() == CLOSURE;
                for (i, arg) in args.iter().enumerate() {
                    if i != name_position {
                        self.visit_expr(arg);
                    }
                }
            }
            _ => self.cells_escape = true,
        }
        true
    }
}

impl<'a> Visitor<'a> for CellIntrospection {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            // `f.__closure__[i].cell_contents`, read: only the function and the index are
            // looked at further.
            Expr::Attribute(contents)
                if contents.attr.id.as_str() == "cell_contents"
                    && contents.ctx == ExprContext::Load =>
            {
                if let Expr::Subscript(item) = contents.value.as_ref() {
                    if let Expr::Attribute(closure) = item.value.as_ref() {
                        if closure.attr.id.as_str() == CLOSURE {
                            self.visit_expr(&closure.value);
                            self.visit_expr(&item.slice);
                            return;
                        }
                    }
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Attribute(attribute)
                if attribute.attr.id.as_str() == CLOSURE
                    || DYNAMIC_LOOKUPS.contains(&attribute.attr.id.as_str()) =>
            {
                self.cells_escape = true;
            }
            Expr::Name(name) if DYNAMIC_LOOKUPS.contains(&name.id.as_str()) => {
                self.cells_escape = true;
            }
            Expr::Call(call) if self.literal_lookup(call) => {}
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_alias(&mut self, alias: &'a ast::Alias) {
        let imported = alias.name.id.as_str();
        self.cells_escape |= DYNAMIC_LOOKUPS.contains(&imported);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `(qualname, name)` pairs captured by value in `source`.
    fn by_value(source: &str) -> Vec<(String, String)> {
        let module = crate::parse::parse(source).unwrap();
        let mut tree = crate::scopes::analyze(&module).unwrap();
        find_frozen(&module, &mut tree);
        let mut found = Vec::new();
        for (id, scope) in tree.scopes.iter().enumerate() {
            for name in scope.names_with(Binding::Cell) {
                if tree.by_value(id, name) {
                    found.push((scope.qualname.clone(), name.to_string()));
                }
            }
        }
        found
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(q, n)| (q.to_string(), n.to_string()))
            .collect()
    }

    #[test]
    fn parameters_and_single_top_level_assignments_are_frozen() {
        let source = "def f(a, b):\n c = a + b\n return lambda: (a, b, c)\n";
        assert_eq!(
            by_value(source),
            pairs(&[("f", "a"), ("f", "b"), ("f", "c")])
        );
    }

    #[test]
    fn a_closure_made_before_the_assignment_sees_a_cell() {
        let source = "def f():\n def g():\n  return x\n x = 1\n return g\n";
        assert_eq!(by_value(source), pairs(&[]));
    }

    #[test]
    fn any_second_binding_keeps_the_cell() {
        for body in [
            " x = 1\n x = 2\n",
            " x = 1\n x += 1\n",
            " x = 1\n del x\n",
            " x = 1\n for x in ():\n  pass\n",
            " x = 1\n import x\n",
            " x = 1\n try:\n  pass\n except E as x:\n  pass\n",
            " x = 1\n [(x := 2) for _ in ()]\n",
        ] {
            let source = format!("def f():\n{body} return lambda: x\n");
            assert_eq!(by_value(&source), pairs(&[]), "{body}");
        }
    }

    #[test]
    fn rebinding_a_parameter_or_nonlocal_keeps_the_cell() {
        assert_eq!(
            by_value("def f(a):\n a = 2\n return lambda: a\n"),
            pairs(&[])
        );
        let source = "def f(a):\n def g():\n  nonlocal a\n  a = 1\n return g\n";
        assert_eq!(by_value(source), pairs(&[]));
    }

    #[test]
    fn assignments_inside_compound_statements_keep_the_cell() {
        let source = "def f(c):\n if c:\n  x = 1\n return lambda: x\n";
        assert_eq!(by_value(source), pairs(&[]));
    }

    #[test]
    fn a_recursive_inner_function_keeps_its_cell() {
        let source = "def f():\n def g(n):\n  return g(n - 1)\n return g\n";
        assert_eq!(by_value(source), pairs(&[]));
        let source = "def f():\n g = lambda n: g(n - 1)\n return g\n";
        assert_eq!(by_value(source), pairs(&[]));
    }

    #[test]
    fn values_pass_through_middle_functions_and_class_bodies() {
        let source = "def f(a):\n def m():\n  return lambda: a\n class C:\n  b = a\n return m, C\n";
        assert_eq!(by_value(source), pairs(&[("f", "a")]));
    }

    #[test]
    fn private_names_are_counted_mangled() {
        // `__x` and `__p` are `_A__x` and `_A__p` in the method and in `g`: the rebinding
        // through `nonlocal` counts, so both keep their cells.
        let source = "class A:\n def m(self, __p):\n  __x = 1\n  def g():\n   nonlocal __x, __p\n   __x = __p = 2\n  return g\n";
        assert_eq!(by_value(source), pairs(&[]));
        // Not rebound: captured by value, under the mangled names.
        let source = "class A:\n def m(self, __p):\n  __x = 1\n  return lambda: (__x, __p)\n";
        assert_eq!(
            by_value(source),
            pairs(&[("A.m", "_A__p"), ("A.m", "_A__x")])
        );
        // A nested class mangles with its own name: its `__x` is another variable.
        let source =
            "class A:\n def m(self):\n  __x = 1\n  class B:\n   __x = 2\n  return lambda: __x\n";
        assert_eq!(by_value(source), pairs(&[("A.m", "_A__x")]));
        let source = "class A:\n def m(self):\n  __x = 1\n  class B:\n   global _A__x\n   _A__x = 2\n  return lambda: __x\n";
        assert_eq!(by_value(source), pairs(&[]));
    }

    #[test]
    fn cells_escaping_through_closure_turn_capture_by_value_off() {
        let closure_read = "def f(a):\n return lambda: a\nf(1).__closure__[0].cell_contents\n";
        assert_eq!(by_value(closure_read), pairs(&[("f", "a")]));
        let literal_names = "def f(a):\n return lambda: a\ngetattr(f, 'x', hasattr(f, 'y'))\n";
        assert_eq!(by_value(literal_names), pairs(&[("f", "a")]));
        for escape in [
            "c = f(1).__closure__\n",
            "f(1).__closure__[0].cell_contents = 2\n",
            "getattr(f(1), '__closure__')\n",
            "getattr(f(1), '__clo' 'sure__')\n",
            "getattr(f(1), '__' + 'closure__')\n",
            "getattr(f(1), name)\n",
            "lookup = getattr\n",
            "f(1).__getattribute__(name)\n",
            "from operator import attrgetter\n",
            "import builtins\n",
        ] {
            let source = format!("def f(a):\n return lambda: a\n{escape}");
            assert_eq!(by_value(&source), pairs(&[]), "{escape}");
        }
    }
}
