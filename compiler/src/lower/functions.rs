//! Functions: `def`, and lifting a nested block into a function object with its closure.

use super::{placeholder, FnLowering};
use crate::ir::{FuncId, Op, Operand, Stmt};
use crate::scopes::{ScopeId, ScopeKind};
use ruff_python_ast::{self as ast, Expr};

impl<'l, 'a> FnLowering<'l, 'a> {
    pub(super) fn function_def(&mut self, def: &'a ast::StmtFunctionDef) {
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
        self.function_annotations(&function, &def.parameters, def.returns.as_deref());
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
    pub(super) fn make_function(
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

    pub(super) fn lift(
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
    pub(super) fn closure_for(&mut self, scope: ScopeId) -> Vec<Operand> {
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
}

/// The docstring of a function or class body: its first statement, if a string literal.
pub(super) fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match body.first()? {
        ast::Stmt::Expr(statement) => match statement.value.as_ref() {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}
