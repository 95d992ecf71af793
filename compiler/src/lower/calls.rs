//! Calls: positional, keyword and unpacked arguments, method calls, inline builtins, `super()`.

use super::classes::unsupported_attribute_store;
use super::names::Place;
use super::FnLowering;
use crate::ir::{Const, Op, Operand, Stmt};
use crate::scopes::{Binding, ScopeKind, CLASS_CELL};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'l, 'a> FnLowering<'l, 'a> {
    /// The operands of `super(__class__, <first argument>)`, which `super()` is in a
    /// method, as CPython computes it: the callee, the class and the instance.
    fn zero_argument_super_operands(
        &mut self,
        call: &'a ast::ExprCall,
    ) -> Option<(Operand, Operand, Operand)> {
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
        Some((callee, class, instance))
    }

    /// `super()` in a method.
    fn zero_argument_super(&mut self, call: &'a ast::ExprCall) -> Option<Operand> {
        let (callee, class, instance) = self.zero_argument_super_operands(call)?;
        Some(self.value(Op::Call {
            callee,
            args: vec![class, instance],
        }))
    }

    /// `super().name(args)` with positional arguments alone: the method is found (in this
    /// order: super's arguments, the lookup, then the call's arguments, as CPython does)
    /// without making a super object when `super` is the builtin (CPython 3.12's
    /// LOAD_SUPER_ATTR).
    fn super_method_call(&mut self, call: &'a ast::ExprCall) -> Option<Operand> {
        let Expr::Attribute(attr) = call.func.as_ref() else {
            return None;
        };
        let Expr::Call(inner) = attr.value.as_ref() else {
            return None;
        };
        let arguments = &call.arguments;
        if !arguments.keywords.is_empty() || arguments.args.iter().any(Expr::is_starred_expr) {
            return None;
        }
        let (callee, class, instance) = self.zero_argument_super_operands(inner)?;
        let name = self.attribute_const(attr.attr.id.as_str());
        let method = self.value(Op::SuperMethod {
            callee,
            class,
            instance: instance.clone(),
            name,
        });
        let args = arguments.args.iter().map(|a| self.expr(a)).collect();
        Some(self.value(Op::CallSuperMethod {
            method,
            instance,
            args,
        }))
    }

    /// True when `name` here means the builtin: nothing in this block or the module
    /// binds it.
    pub(super) fn means_builtin(&self, name: &str) -> bool {
        matches!(self.place(name), Place::Global | Place::ClassNamespace)
            && !self.scope().binds(name)
            && !self.lowering.scopes.scopes[0].binds(name)
    }

    /// `globals()`, `locals()`, `vars()` and `dir()` without arguments, which read the
    /// namespace of the block calling them.
    fn namespace_call(&mut self, call: &'a ast::ExprCall) -> Option<Operand> {
        let Expr::Name(name) = call.func.as_ref() else {
            return None;
        };
        let name = name.id.as_str();
        if !call.arguments.is_empty()
            || !matches!(name, "globals" | "locals" | "vars" | "dir")
            || !self.means_builtin(name)
        {
            return None;
        }
        if name == "globals" {
            return Some(self.value(Op::Globals));
        }
        let namespace = self.locals();
        if name != "dir" {
            return Some(namespace);
        }
        let sorted = self.lowering.constant(Const::Builtin("sorted".into()));
        Some(self.value(Op::Call {
            callee: Operand::Const(sorted),
            args: vec![namespace],
        }))
    }

    /// `locals()`: the module's globals, a class body's namespace, or a dict of the
    /// function's bound variables in CPython's order (parameters and locals, cells, free
    /// variables).
    fn locals(&mut self) -> Operand {
        match self.scope().kind {
            ScopeKind::Module => return self.value(Op::Globals),
            ScopeKind::Class => {
                return Operand::Temp(*self.class_namespaces.last().unwrap());
            }
            _ => {}
        }
        let scope = self.scope();
        let mut names: Vec<String> = scope.params.clone();
        names.extend(
            scope
                .names_with(Binding::Local)
                .filter(|n| !scope.is_param(n))
                .map(String::from),
        );
        names.extend(self.cellvars.iter().filter(|n| !scope.is_param(n)).cloned());
        names.extend(self.freevars.iter().cloned());
        let mut kinds = String::new();
        let mut values = Vec::new();
        for name in &names {
            let (kind, value) = match self.place(name) {
                Place::Local => ('v', Op::Slot(self.plain_slot(name))),
                Place::Value => match self.value_slot_of.get(name) {
                    Some(&slot) => ('v', Op::Slot(slot)),
                    None => ('v', Op::Use(self.captured_value(name))),
                },
                _ => ('c', Op::Use(self.cell_of(name))),
            };
            kinds.push(kind);
            values.push(self.value(value));
        }
        let names = self.lowering.constant(Const::StrTuple(names));
        let kinds = self.str_const(&kinds);
        self.value(Op::Locals {
            names,
            kinds,
            values,
        })
    }

    pub(super) fn call(&mut self, call: &'a ast::ExprCall) -> Operand {
        if let Some(result) = self.zero_argument_super(call) {
            return result;
        }
        if let Some(result) = self.super_method_call(call) {
            return result;
        }
        if let Some(result) = self.namespace_call(call) {
            return result;
        }
        if let Some(result) = self.consumed_generator(call) {
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
                let inline = matches!(
                    (name, args.len()),
                    ("len" | "abs" | "int", 1) | ("min" | "max", 2)
                );
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
}
