//! `try`/`except`/`finally` and `with`, and the finally stack that jumps out of them run.

use super::{Block, FinallyContext, FnLowering};
use crate::ir::{AwaitSite, Cond, Const, Label, Op, Operand, Stmt, Temp};
use ruff_python_ast as ast;

impl<'l, 'a> FnLowering<'l, 'a> {
    /// Copies the `finally` bodies above `depth` in front of a jump that leaves them.
    pub(super) fn run_finally_blocks(&mut self, depth: usize) {
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
                    is_async,
                    try_depth_outside,
                } => {
                    let levels = saved_depth - try_depth_outside;
                    let body = self.exit_call(*exit, *is_async);
                    self.emit(Stmt::OutsideTry { levels, body });
                }
            }
        }
        self.try_depth = saved_depth;
        self.finally_stack.extend(pending);
    }

    pub(super) fn guarded(&mut self, body: impl FnOnce(&mut Self)) -> Block {
        self.try_depth += 1;
        let block = self.nested(body);
        self.try_depth -= 1;
        block
    }

    /// `with manager as target: body`, as CPython 3.11 runs it: `__exit__` gets the exception's
    /// type, the exception and its traceback (and suppresses it by returning a true value), or `None`s when the body completes or
    /// leaves by `return`, `break` or `continue`. `async with` awaits what `__aenter__` and
    /// `__aexit__` return. As in CPython, tracebacks show `__exit__` called from `line`, the
    /// `with` statement's.
    pub(super) fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        is_async: bool,
        line: u32,
    ) {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let manager = self.expr(&item.context_expr);
        let (exit, enter) = if is_async {
            (Op::AsyncWithExit(manager.clone()), "__aenter__")
        } else {
            (Op::WithExit(manager.clone()), "__enter__")
        };
        let exit = self.assign(exit);
        let enter = self.str_const(enter);
        let mut value = self.value(Op::CallMethod {
            object: manager,
            name: enter,
            args: Vec::new(),
        });
        if is_async {
            value = self.value(Op::Await(value, AwaitSite::AsyncEnter));
        }
        let after = self.label();
        self.finally_stack.push(FinallyContext::ExitContext {
            exit,
            is_async,
            try_depth_outside: self.try_depth,
        });
        let guarded = self.guarded(|f| {
            if let Some(target) = &item.optional_vars {
                f.store(target, value);
            }
            f.with_stmt(rest, body, is_async, line);
        });
        self.finally_stack.pop();
        let handler = self.nested(|f| {
            let exception = f.assign(Op::FetchException);
            f.handling(exception, |f, previous| {
                f.emit(Stmt::Line(line));
                let type_builtin = f.lowering.constant(Const::Builtin("type".into()));
                let class = f.value(Op::Call {
                    callee: Operand::Const(type_builtin),
                    args: vec![Operand::Temp(exception)],
                });
                let traceback_name = f.str_const("__traceback__");
                let traceback = f.value(Op::GetAttr(Operand::Temp(exception), traceback_name));
                let mut suppress = f.value(Op::Call {
                    callee: Operand::Temp(exit),
                    args: vec![class, Operand::Temp(exception), traceback],
                });
                if is_async {
                    suppress = f.value(Op::Await(suppress, AwaitSite::AsyncExit));
                }
                f.emit(Stmt::If {
                    cond: Cond::Not(Box::new(Cond::Truthy(suppress))),
                    then: vec![Stmt::Reraise(Operand::Temp(exception))],
                    otherwise: Vec::new(),
                });
                f.emit(Stmt::HandlerLeave(Operand::Temp(previous)));
                f.emit(Stmt::Break(after));
            });
        });
        let mut block = vec![
            Stmt::Try {
                body: guarded,
                handler,
            },
            Stmt::Line(line),
        ];
        block.extend(self.exit_call(exit, is_async));
        self.emit(Stmt::Block {
            label: after,
            body: block,
        });
    }

    pub(super) fn try_stmt(&mut self, try_: &'a ast::StmtTry) {
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
            // On this path the exception being propagated is the handled one: a bare
            // `raise` in the finally body re-raises it.
            f.handled_exceptions.push(exception);
            f.handling(exception, |f, _| {
                f.body(&try_.finalbody);
                f.emit(Stmt::Reraise(Operand::Temp(exception)));
            });
            f.handled_exceptions.pop();
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
                    if try_.is_star {
                        f.except_star_handlers(&try_.handlers, exception, exit, previous)
                    } else {
                        f.except_handlers(&try_.handlers, Operand::Temp(exception), exit, previous)
                    }
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
}

impl<'a> FnLowering<'_, 'a> {
    /// The `except*` clauses (PEP 654) of a `try` that caught `exception`. Each clause
    /// takes the part of what is still unhandled that its classes match (an exception that
    /// is not a group comes wrapped in one) and runs with it as the exception handled;
    /// what the clauses raise is collected, and the runtime puts it together with the part
    /// no clause matched into what the statement raises, if anything. Scope analysis has
    /// checked that no `break`, `continue` or `return` leaves a clause.
    fn except_star_handlers(
        &mut self,
        handlers: &'a [ast::ExceptHandler],
        exception: Temp,
        exit: Label,
        previous: Temp,
    ) {
        let rest = self.assign(Op::Use(Operand::Temp(exception)));
        let raised = self.assign(Op::List(Vec::new()));
        for ast::ExceptHandler::ExceptHandler(handler) in handlers {
            let Some(type_) = &handler.type_ else {
                return self.unsupported(handler.range, "except* without a class");
            };
            let classes = self.expr(type_);
            let pair = self.assign(Op::ExceptStarMatch(Operand::Temp(rest), classes));
            let matched = self.assign(Op::GetItem(Operand::Temp(pair), Operand::Int(0)));
            self.emit(Stmt::Assign(
                rest,
                Op::GetItem(Operand::Temp(pair), Operand::Int(1)),
            ));
            let found = self.value(Op::Is {
                left: Operand::Temp(matched),
                right: Operand::None,
                negate: true,
            });
            let then = self.nested(|f| f.except_star_clause(handler, matched, raised));
            self.emit(Stmt::If {
                cond: Cond::Truthy(found),
                then,
                otherwise: Vec::new(),
            });
        }
        self.append_to(raised, Operand::Temp(rest));
        let result = self.assign(Op::ExceptStarResult(
            Operand::Temp(exception),
            Operand::Temp(raised),
        ));
        let raises = self.value(Op::Is {
            left: Operand::Temp(result),
            right: Operand::None,
            negate: true,
        });
        // The enclosing `handling` restores the exception handled before on the way out.
        self.emit(Stmt::If {
            cond: Cond::Truthy(raises),
            then: vec![Stmt::Reraise(Operand::Temp(result))],
            otherwise: Vec::new(),
        });
        self.emit(Stmt::HandlerLeave(Operand::Temp(previous)));
        self.emit(Stmt::Break(exit));
    }

    /// One `except* ... [as name]:` clause run for `matched`; what it raises (re-raises
    /// included) goes into the list `raised`.
    fn except_star_clause(
        &mut self,
        handler: &'a ast::ExceptHandlerExceptHandler,
        matched: Temp,
        raised: Temp,
    ) {
        let previous = self.assign(Op::HandlerEnter(Operand::Temp(matched)));
        self.handled_exceptions.push(matched);
        let name = handler.name.as_ref().map(|n| n.id.as_str());
        let body = self.guarded(|f| {
            if let Some(name) = name {
                f.store_name(name, Operand::Temp(matched));
            }
            f.body(&handler.body);
            if let Some(name) = name {
                f.unbind_name(name);
            }
        });
        let collect = self.nested(|f| {
            let exception = f.assign(Op::FetchException);
            if let Some(name) = name {
                f.unbind_name(name);
            }
            f.append_to(raised, Operand::Temp(exception));
        });
        self.emit(Stmt::Try {
            body,
            handler: collect,
        });
        self.handled_exceptions.pop();
        self.emit(Stmt::HandlerLeave(Operand::Temp(previous)));
    }

    fn append_to(&mut self, list: Temp, item: Operand) {
        let append = self.str_const("append");
        self.emit(Stmt::Eval(Op::CallMethod {
            object: Operand::Temp(list),
            name: append,
            args: vec![item],
        }));
    }
}

impl FnLowering<'_, '_> {
    /// `exit(None, None, None)` (awaited for `async with`): a `with` block left without an
    /// exception.
    fn exit_call(&mut self, exit: Temp, is_async: bool) -> Vec<Stmt> {
        let call = Op::Call {
            callee: Operand::Temp(exit),
            args: vec![Operand::None, Operand::None, Operand::None],
        };
        if !is_async {
            return vec![Stmt::Eval(call)];
        }
        let result = self.temp();
        vec![
            Stmt::Assign(result, call),
            Stmt::Eval(Op::Await(Operand::Temp(result), AwaitSite::AsyncExit)),
        ]
    }
}
