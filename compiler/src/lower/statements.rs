//! Statements: the dispatch over them, `if`/`elif`/`else`, and loops with their `else`.

use super::{FnLowering, LoopContext};
use crate::ir::{Cond, Label, Op, Operand, Stmt};
use ruff_python_ast as ast;

impl<'l, 'a> FnLowering<'l, 'a> {
    pub(super) fn body(&mut self, body: &'a [ast::Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &'a ast::Stmt) {
        use ast::Stmt as S;
        let line = self.line_of(ruff_text_size::Ranged::start(stmt));
        self.emit(Stmt::Line(line));
        match stmt {
            S::FunctionDef(def) => self.function_def(def),
            S::ClassDef(class) => self.class_def(class),
            S::Return(ret) => {
                let value = match &ret.value {
                    Some(value) => self.expr(value),
                    None => Operand::None,
                };
                let value = self.value(Op::Use(value));
                self.run_finally_blocks(0);
                let abandoned: Vec<Operand> = self
                    .loops
                    .iter()
                    .rev()
                    .filter_map(|l| l.abandoned_iterator.clone())
                    .collect();
                for iterator in abandoned {
                    self.emit(Stmt::Eval(Op::AsyncForAbandon(iterator)));
                }
                self.emit(Stmt::Return(value));
            }
            S::Delete(del) => {
                for target in &del.targets {
                    self.delete(target);
                }
            }
            S::Assign(assign) => {
                let value = self.expr(&assign.value);
                for target in &assign.targets {
                    self.store(target, value.clone());
                }
            }
            S::AugAssign(aug) => self.aug_assign(aug),
            S::AnnAssign(ann) => {
                if let Some(value) = &ann.value {
                    let value = self.expr(value);
                    self.store(&ann.target, value);
                }
                self.annotated_assignment(ann);
            }
            S::For(for_) => {
                let iterator = if for_.is_async {
                    let iterable = self.expr(&for_.iter);
                    self.value(Op::AIter(iterable))
                } else {
                    self.for_iterator(&for_.iter)
                };
                let abandoned =
                    (for_.is_async && for_.iter.is_call_expr()).then(|| iterator.clone());
                self.loop_with_else(&for_.orelse, abandoned, |f, loop_label| {
                    let next = if for_.is_async {
                        Op::ANext(iterator.clone())
                    } else {
                        Op::Next(iterator.clone())
                    };
                    let item = f.assign(next);
                    f.emit(Stmt::If {
                        cond: Cond::Exhausted(Operand::Temp(item)),
                        then: vec![Stmt::Break(loop_label)],
                        otherwise: Vec::new(),
                    });
                    f.store(&for_.target, Operand::Temp(item));
                    f.body(&for_.body);
                });
            }
            S::While(while_) => {
                self.loop_with_else(&while_.orelse, None, |f, loop_label| {
                    let test = f.expr(&while_.test);
                    f.emit(Stmt::If {
                        cond: Cond::Not(Box::new(Cond::Truthy(test))),
                        then: vec![Stmt::Break(loop_label)],
                        otherwise: Vec::new(),
                    });
                    f.body(&while_.body);
                });
            }
            S::If(if_) => {
                let test = self.expr(&if_.test);
                let then = self.nested(|f| f.body(&if_.body));
                let otherwise = self.nested(|f| f.elif_else(&if_.elif_else_clauses));
                self.emit(Stmt::If {
                    cond: Cond::Truthy(test),
                    then,
                    otherwise,
                });
            }
            S::Raise(raise) => match &raise.exc {
                Some(exc) => {
                    let exception = self.expr(exc);
                    let cause = raise.cause.as_ref().map(|c| self.expr(c));
                    self.emit(Stmt::Raise { exception, cause });
                }
                None => match self.handled_exceptions.last() {
                    Some(&exc) => self.emit(Stmt::Reraise(Operand::Temp(exc))),
                    None => self.emit(Stmt::RaiseHandled),
                },
            },
            S::Try(try_) => self.try_stmt(try_),
            S::Assert(assert) => {
                let test = self.expr(&assert.test);
                let fail = self.nested(|f| {
                    let message = assert.msg.as_ref().map(|m| f.expr(m));
                    f.emit(Stmt::AssertFail(message));
                });
                self.emit(Stmt::If {
                    cond: Cond::Not(Box::new(Cond::Truthy(test))),
                    then: fail,
                    otherwise: Vec::new(),
                });
            }
            S::Import(import) => self.import(import),
            S::ImportFrom(import) => self.import_from(import),
            S::Global(_) | S::Nonlocal(_) | S::Pass(_) => {}
            S::Expr(expr) => {
                self.expr(&expr.value);
            }
            S::Break(_) => {
                let context = self.loops.last().expect("scope analysis checked the loop");
                let (label, depth) = (context.break_label, context.finally_depth);
                let abandoned = context.abandoned_iterator.clone();
                self.run_finally_blocks(depth);
                if let Some(iterator) = abandoned {
                    self.emit(Stmt::Eval(Op::AsyncForAbandon(iterator)));
                }
                self.emit(Stmt::Break(label));
            }
            S::Continue(_) => {
                let context = self.loops.last().expect("scope analysis checked the loop");
                let (label, depth) = (context.continue_label, context.finally_depth);
                self.run_finally_blocks(depth);
                self.emit(Stmt::Continue(label));
            }
            S::With(with) => self.with_stmt(&with.items, &with.body, with.is_async, line),
            S::Match(match_) => self.match_stmt(match_),
            S::TypeAlias(t) => self.unsupported(t.range, "type alias"),
            S::IpyEscapeCommand(c) => self.unsupported(c.range, "IPython escape command"),
        }
    }

    fn elif_else(&mut self, clauses: &'a [ast::ElifElseClause]) {
        let Some((first, rest)) = clauses.split_first() else {
            return;
        };
        match &first.test {
            None => self.body(&first.body),
            Some(test) => {
                let test = self.expr(test);
                let then = self.nested(|f| f.body(&first.body));
                let otherwise = self.nested(|f| f.elif_else(rest));
                self.emit(Stmt::If {
                    cond: Cond::Truthy(test),
                    then,
                    otherwise,
                });
            }
        }
    }

    /// `Block exit { Loop l { body } ; orelse }`: `break` leaves the block, skipping orelse.
    fn loop_with_else(
        &mut self,
        orelse: &'a [ast::Stmt],
        abandoned_iterator: Option<Operand>,
        body: impl FnOnce(&mut Self, Label),
    ) {
        let exit = self.label();
        let loop_label = self.label();
        let block = self.nested(|f| {
            f.loops.push(LoopContext {
                break_label: exit,
                continue_label: loop_label,
                finally_depth: f.finally_stack.len(),
                abandoned_iterator,
            });
            let loop_body = f.nested(|f| body(f, loop_label));
            f.loops.pop();
            f.emit(Stmt::Loop {
                label: loop_label,
                body: loop_body,
            });
            f.body(orelse);
        });
        self.emit(Stmt::Block {
            label: exit,
            body: block,
        });
    }
}
