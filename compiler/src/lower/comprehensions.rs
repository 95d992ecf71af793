//! Iteration: the iterators of `for` loops, comprehensions and generator expressions.

use super::literals::is_constant;
use super::FnLowering;
use crate::ir::{AwaitSite, BinaryOp, Cond, Const, Op, Operand, Stmt, Temp};
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
            let ComprehensionKind::Consumed(consumer) = kind else {
                f.comprehension_body(kind, generators, element, value);
                return (1, 0, false, false);
            };
            // A generator expression whose consumer runs here is a plain function; what
            // escapes it as StopIteration would have left the generator as RuntimeError.
            f.function_scope_is_generator = false;
            let body = f.guarded(|f| f.consumer_loop(consumer, generators, element));
            let handler = f.nested(|f| {
                let exception = f.assign(Op::FetchException);
                let stop_iteration = f.lowering.constant(Const::Builtin("StopIteration".into()));
                let runtime_error = f.lowering.constant(Const::Builtin("RuntimeError".into()));
                let message = f.str_const("generator raised StopIteration");
                let converted = f.nested(|f| {
                    let error = f.value(Op::Call {
                        callee: Operand::Const(runtime_error),
                        args: vec![Operand::Const(message)],
                    });
                    f.emit(Stmt::Raise {
                        exception: error,
                        cause: Some(Operand::Temp(exception)),
                    });
                });
                f.emit(Stmt::If {
                    cond: Cond::ExceptionMatches(
                        Operand::Temp(exception),
                        Operand::Const(stop_iteration),
                    ),
                    then: converted,
                    otherwise: Vec::new(),
                });
                f.emit(Stmt::Reraise(Operand::Temp(exception)));
            });
            f.emit(Stmt::Try { body, handler });
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

    /// The loops of a comprehension that builds its result, or yields its elements.
    fn comprehension_body(
        &mut self,
        kind: ComprehensionKind,
        generators: &'a [ast::Comprehension],
        element: &'a Expr,
        value: Option<&'a Expr>,
    ) {
        let result = self.assign(match kind {
            ComprehensionKind::Set => Op::Set(Vec::new()),
            ComprehensionKind::Dict => Op::Dict(Vec::new()),
            ComprehensionKind::Generator => Op::Use(Operand::None),
            ComprehensionKind::List => Op::List(Vec::new()),
            ComprehensionKind::Consumed(_) => {
                unreachable!("a consumed generator expression runs its consumer's loop")
            }
        });
        self.comprehension_loops(generators, 0, &|f| {
            let element = f.expr(element);
            match kind {
                ComprehensionKind::Set => f.emit(Stmt::SetAdd(Operand::Temp(result), element)),
                ComprehensionKind::Dict => {
                    let value = f.expr(value.expect("a dict comprehension has a value"));
                    f.emit(Stmt::SetItem(Operand::Temp(result), element, value));
                }
                ComprehensionKind::Generator => f.emit(Stmt::Eval(Op::Yield(element))),
                ComprehensionKind::List | ComprehensionKind::Consumed(_) => {
                    f.emit(Stmt::ListAppend(Operand::Temp(result), element))
                }
            }
        });
        self.emit(Stmt::Return(Operand::Temp(result)));
    }

    /// The loops of a generator expression that `consumer` consumes, done by the consumer:
    /// `sum`, `any` and `all` fold the elements as they come (`any` and `all` stop at the
    /// first that decides); the others build a list (a set for `set`) as a comprehension
    /// does, which the caller hands to the builtin.
    fn consumer_loop(
        &mut self,
        consumer: Consumer,
        generators: &'a [ast::Comprehension],
        element: &'a Expr,
    ) {
        let (start, fold): (Op, fn(&mut Self, Operand, Temp)) = match consumer {
            Consumer::Sum => (Op::Use(Operand::Int(0)), |f, element, total| {
                let sum = f.value(Op::Binary(BinaryOp::Add, Operand::Temp(total), element));
                f.emit(Stmt::Assign(total, Op::Use(sum)));
            }),
            Consumer::Any => (Op::Use(Operand::False), |f, element, _| {
                f.emit(Stmt::If {
                    cond: Cond::Truthy(element),
                    then: vec![Stmt::Return(Operand::True)],
                    otherwise: Vec::new(),
                });
            }),
            Consumer::All => (Op::Use(Operand::True), |f, element, _| {
                f.emit(Stmt::If {
                    cond: Cond::Not(Box::new(Cond::Truthy(element))),
                    then: vec![Stmt::Return(Operand::False)],
                    otherwise: Vec::new(),
                });
            }),
            Consumer::Set => {
                return self.comprehension_body(ComprehensionKind::Set, generators, element, None)
            }
            Consumer::List | Consumer::ListThenBuiltin => {
                return self.comprehension_body(ComprehensionKind::List, generators, element, None)
            }
        };
        let result = self.assign(start);
        self.comprehension_loops(generators, 0, &|f| {
            let element = f.expr(element);
            fold(f, element, result);
        });
        self.emit(Stmt::Return(Operand::Temp(result)));
    }

    /// `consumer(generator expression)` with a builtin consumer: the loops run in a plain
    /// function when the callee is that builtin at run time, without the generator and its
    /// stack; any other callee gets the generator.
    pub(super) fn consumed_generator(&mut self, call: &'a ast::ExprCall) -> Option<Operand> {
        let Expr::Name(name) = call.func.as_ref() else {
            return None;
        };
        let name = name.id.as_str();
        let consumer = Consumer::of(name)?;
        let ([Expr::Generator(generator)], []) =
            (&call.arguments.args[..], &call.arguments.keywords[..])
        else {
            return None;
        };
        let scope = self
            .lowering
            .scopes
            .scope_of(generator.range, ScopeKind::Comprehension);
        if self.lowering.scopes.scopes[scope].is_coroutine || !self.means_builtin(name) {
            return None;
        }
        let callee = self.expr(&call.func);
        let builtin = self.lowering.constant(Const::Builtin(name.into()));
        let is_builtin = self.value(Op::Is {
            left: callee.clone(),
            right: Operand::Const(builtin),
            negate: false,
        });
        let result = self.temp();
        let inline = self.nested(|f| {
            let mut value = f.comprehension(
                generator.range,
                ComprehensionKind::Consumed(consumer),
                &generator.generators,
                &generator.elt,
                None,
            );
            if consumer == Consumer::ListThenBuiltin {
                value = f.value(Op::Call {
                    callee: Operand::Const(builtin),
                    args: vec![value],
                });
            }
            f.emit(Stmt::Assign(result, Op::Use(value)));
        });
        let general = self.nested(|f| {
            let generator = f.expr(&call.arguments.args[0]);
            let value = f.value(Op::Call {
                callee,
                args: vec![generator],
            });
            f.emit(Stmt::Assign(result, Op::Use(value)));
        });
        self.emit(Stmt::If {
            cond: Cond::Truthy(is_builtin),
            then: inline,
            otherwise: general,
        });
        Some(Operand::Temp(result))
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
    /// A generator expression whose consumer's loop runs in its place.
    Consumed(Consumer),
}

/// A builtin that consumes the whole of an iterable argument (or, for `any` and `all`,
/// up to the element that decides), so that a generator expression given to it can run as
/// the builtin's own loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Consumer {
    Sum,
    Any,
    All,
    Set,
    List,
    /// `tuple`, `frozenset`, `sorted`, `min` or `max`, given the list of the elements: what
    /// they do with any iterable they do with that list.
    ListThenBuiltin,
}

impl Consumer {
    fn of(builtin: &str) -> Option<Consumer> {
        Some(match builtin {
            "sum" => Consumer::Sum,
            "any" => Consumer::Any,
            "all" => Consumer::All,
            "set" => Consumer::Set,
            "list" => Consumer::List,
            "tuple" | "frozenset" | "sorted" | "min" | "max" => Consumer::ListThenBuiltin,
            _ => return None,
        })
    }
}
