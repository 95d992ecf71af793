//! Iteration: the iterators of `for` loops, comprehensions and generator expressions.

use super::literals::is_constant;
use super::FnLowering;
use crate::ir::{AwaitSite, Cond, Const, Op, Operand, Stmt};
use crate::scopes::ScopeKind;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;

impl<'l, 'a> FnLowering<'l, 'a> {
    /// The iterable of a `for` loop or comprehension. CPython compiles a set display of
    /// constants there to a frozenset constant, whose iteration order differs from the set's.
    /// The iterator a `for` statement walks: `Op::IterRange` when the iterable is written
    /// `range(...)` with one to three plain positional arguments.
    pub(super) fn for_iterator(&mut self, iterable: &'a Expr) -> Operand {
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

    pub(super) fn comprehension(
        &mut self,
        range: TextRange,
        kind: ComprehensionKind,
        generators: &'a [ast::Comprehension],
        element: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Operand {
        let scope_kind = ScopeKind::Comprehension;
        let scope = self.lowering.scopes.scope_of(range, scope_kind);
        let first = self.iterable(&generators[0].iter);
        let iterator = self.value(if generators[0].is_async {
            Op::AIter(first)
        } else {
            Op::Iter(first)
        });
        let id = self.lift(scope, |f| {
            // The comprehension's frame shows in tracebacks, at its line, as in CPython.
            let line = f.line_of(range.start());
            f.emit(Stmt::Line(line));
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
        let result = self.value(Op::Call {
            callee: function,
            args: vec![iterator],
        });
        // An asynchronous list, set or dict comprehension is a coroutine to await; an
        // asynchronous generator expression is an asynchronous generator.
        if self.lowering.scopes.scopes[scope].is_coroutine && kind != ComprehensionKind::Generator {
            return self.value(Op::Await(result, AwaitSite::Expression));
        }
        result
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
            self.value(if generator.is_async {
                Op::AIter(iterable)
            } else {
                Op::IterLoop(iterable)
            })
        };
        let loop_label = self.label();
        let body = self.nested(|f| {
            let item = f.assign(if generator.is_async {
                Op::ANext(iterator)
            } else {
                Op::Next(iterator)
            });
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}
