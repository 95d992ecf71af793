//! Classes: the body runs inline against a namespace dict; protocols the runtime lacks.

use super::functions::docstring;
use super::FnLowering;
use crate::ir::{Const, Op, Operand, Stmt};
use crate::scopes::{Binding, ScopeKind, CLASS_CELL};
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'l, 'a> FnLowering<'l, 'a> {
    pub(super) fn class_def(&mut self, class: &'a ast::StmtClassDef) {
        if class.type_params.is_some() {
            return self.unsupported(class.range, "type parameters");
        }
        let decorators: Vec<Operand> = class
            .decorator_list
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect();
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        if let Some(arguments) = &class.arguments {
            for base in &arguments.args {
                if base.is_starred_expr() {
                    return self.unsupported(base.range(), "starred class bases");
                }
                bases.push(self.expr(base));
            }
            for keyword in &arguments.keywords {
                let Some(name) = &keyword.arg else {
                    return self.unsupported(keyword.range, "** in class keywords");
                };
                let key = Operand::Const(self.str_const(name.id.as_str()));
                keywords.push((key, self.expr(&keyword.value)));
            }
        }
        let keywords = (!keywords.is_empty()).then(|| self.value(Op::Dict(keywords)));
        let bases = self.value(Op::Tuple(bases));
        let scope = self.lowering.scopes.scope_of(class.range, ScopeKind::Class);
        let qualname = self.lowering.scopes.scopes[scope].qualname.clone();
        let module_key = Operand::Const(self.str_const("__module__"));
        // CPython's class body starts with `__module__ = __name__`, a global read.
        let module_name = self.load_global("__name__");
        let qualname_key = Operand::Const(self.str_const("__qualname__"));
        let qualname_const = self.str_const(&qualname);
        let mut entries = vec![
            (module_key, module_name),
            (qualname_key, Operand::Const(qualname_const)),
        ];
        entries.extend(self.class_annotations_entry(&class.body));
        if let Some(doc) = docstring(&class.body) {
            let doc_key = Operand::Const(self.str_const("__doc__"));
            entries.push((doc_key, Operand::Const(self.str_const(doc))));
        }
        let class_name = self.str_const(class.name.id.as_str());
        let namespace = self.assign(Op::ClassNamespace {
            name: class_name,
            bases: bases.clone(),
            keywords: keywords.clone(),
        });
        for (key, value) in entries {
            self.emit(Stmt::SetItem(Operand::Temp(namespace), key, value));
        }
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
        let attributes: Vec<String> = instance_attribute_names(&class.body)
            .into_iter()
            .map(|name| self.lowering.scopes.mangle(scope, name).into_owned())
            .collect();
        let attributes = self.lowering.constant(Const::StrTuple(attributes));
        let name = self.str_const(class.name.id.as_str());
        let mut value = self.value(Op::MakeClass {
            name,
            qualname: qualname_const,
            bases,
            namespace: Operand::Temp(namespace),
            keywords,
            attributes,
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
}

/// The attributes the methods of a class body store on their first parameter (`self.name
/// = ...`), those of `__init__` first, then the others' in source order: the runtime
/// reserves inline room for them in every instance (`ClassObj::expect_attributes`). Only
/// a hint: stores in nested functions, through other names or by `setattr` still work,
/// in the room left or in the instance dict.
pub(super) fn instance_attribute_names(body: &[ast::Stmt]) -> Vec<&str> {
    struct Stores<'a> {
        receiver: &'a str,
        names: Vec<&'a str>,
    }
    impl<'a> Visitor<'a> for Stores<'a> {
        fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
            match stmt {
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Lambda(_) => {}
                Expr::Attribute(attribute) if attribute.ctx.is_store() => {
                    if let Expr::Name(object) = attribute.value.as_ref() {
                        let name = attribute.attr.id.as_str();
                        if object.id.as_str() == self.receiver && !self.names.contains(&name) {
                            self.names.push(name);
                        }
                    }
                    walk_expr(self, expr);
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let methods = body.iter().filter_map(|stmt| match stmt {
        ast::Stmt::FunctionDef(def) if !is_static_or_class_method(def) => {
            let parameters = &def.parameters;
            let first = parameters
                .posonlyargs
                .iter()
                .chain(&parameters.args)
                .next()?;
            Some((def, first.parameter.name.id.as_str()))
        }
        _ => None,
    });
    let (init, others): (Vec<_>, Vec<_>) =
        methods.partition(|(def, _)| def.name.id.as_str() == "__init__");
    let mut stores = Stores {
        receiver: "",
        names: Vec::new(),
    };
    for (def, receiver) in init.into_iter().chain(others) {
        stores.receiver = receiver;
        def.body.iter().for_each(|stmt| stores.visit_stmt(stmt));
    }
    stores.names
}

/// A method decorated with `staticmethod` or `classmethod`: its first parameter is not an
/// instance.
fn is_static_or_class_method(def: &ast::StmtFunctionDef) -> bool {
    def.decorator_list.iter().any(|d| {
        matches!(&d.expression, Expr::Name(name)
            if matches!(name.id.as_str(), "staticmethod" | "classmethod"))
    })
}

/// What is unsupported about storing attribute `name` (`o.name = v` or
/// `setattr(o, "name", v)`), if anything: the attributes the runtime cannot change.
pub(super) fn unsupported_attribute_store(name: &str) -> Option<String> {
    matches!(name, "__class__" | "__dict__" | "__code__").then(|| format!("assignment to {name}"))
}
