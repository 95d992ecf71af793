//! Annotations, as CPython 3.11 evaluates and stores them: a module or class body with an
//! annotated assignment starts with an empty `__annotations__` dict, and each `name: T`
//! there stores `T` under the name; a function's parameter and return annotations are
//! evaluated at its `def` and become its `__annotations__`. Annotations of local variables
//! are never evaluated. Under `from __future__ import annotations` every annotation is its
//! source text instead.

use super::FnLowering;
use crate::ir::{Op, Operand, Stmt};
use crate::scopes::{parameter_annotations, ScopeKind};
use ruff_python_ast::visitor::{walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// True when a module or class body holds an annotated assignment (outside nested
/// functions and classes): CPython's `find_ann`, which decides `SETUP_ANNOTATIONS`.
pub(super) fn has_annotated_assignment(body: &[ast::Stmt]) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
            match stmt {
                ast::Stmt::AnnAssign(_) => self.0 = true,
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, _: &'a Expr) {}
    }
    let mut finder = Finder(false);
    body.iter().for_each(|s| finder.visit_stmt(s));
    finder.0
}

impl<'a> FnLowering<'_, 'a> {
    /// The value of an annotation: evaluated, or its source text under the future feature.
    fn annotation(&mut self, annotation: &'a Expr) -> Operand {
        if self.lowering.future_annotations {
            let text = &self.lowering.source[annotation.range()];
            Operand::Const(self.str_const(text))
        } else {
            self.expr(annotation)
        }
    }

    /// The annotation of `target: annotation [= value]`, after the assignment.
    pub(super) fn annotated_assignment(&mut self, ann: &'a ast::StmtAnnAssign) {
        let dict = match self.scope().kind {
            ScopeKind::Module => self.load_global("__annotations__"),
            ScopeKind::Class => {
                let namespace = Operand::Temp(*self.class_namespaces.last().unwrap());
                let key = Operand::Const(self.str_const("__annotations__"));
                self.value(Op::GetItem(namespace, key))
            }
            _ => return,
        };
        let value = self.annotation(&ann.annotation);
        if let (Expr::Name(name), true) = (ann.target.as_ref(), ann.simple) {
            let key = Operand::Const(self.attribute_const(name.id.as_str()));
            self.emit(Stmt::SetItem(dict, key, value));
        }
    }

    /// Sets a function's `__annotations__` from its parameters' and return annotations,
    /// keyed by the (mangled) parameter names.
    pub(super) fn function_annotations(
        &mut self,
        function: &Operand,
        parameters: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) {
        let annotated = parameter_annotations(parameters).chain(returns.map(|r| ("return", r)));
        let mut entries = Vec::new();
        for (name, annotation) in annotated {
            let key = Operand::Const(self.attribute_const(name));
            let value = self.annotation(annotation);
            entries.push((key, value));
        }
        if entries.is_empty() {
            return;
        }
        let dict = self.value(Op::Dict(entries));
        let name = self.str_const("__annotations__");
        self.emit(Stmt::SetAttr(function.clone(), name, dict));
    }

    /// The empty `__annotations__` a module body starts with, when it has annotations.
    pub(super) fn setup_module_annotations(&mut self, body: &[ast::Stmt]) {
        if has_annotated_assignment(body) {
            let global = self.lowering.global("__annotations__");
            let dict = self.value(Op::Dict(Vec::new()));
            self.emit(Stmt::SetGlobal(global, dict));
        }
    }

    /// The `__annotations__` entry a class namespace starts with, when the body has
    /// annotations.
    pub(super) fn class_annotations_entry(
        &mut self,
        body: &[ast::Stmt],
    ) -> Option<(Operand, Operand)> {
        if !has_annotated_assignment(body) {
            return None;
        }
        let key = Operand::Const(self.str_const("__annotations__"));
        Some((key, self.value(Op::Dict(Vec::new()))))
    }
}
