//! `match` statements: each case is a block that a failing pattern or guard leaves.

use super::FnLowering;
use crate::ir::{CompareOp, Cond, Const, Label, Op, Operand, Stmt, Temp};
use ruff_python_ast as ast;

impl<'l, 'a> FnLowering<'l, 'a> {
    /// `match`: each case is a block that a failing pattern or guard leaves for the next.
    pub(super) fn match_stmt(&mut self, match_: &'a ast::StmtMatch) {
        let subject = self.expr(&match_.subject);
        let subject = self.value(Op::Use(subject));
        let exit = self.label();
        let block = self.nested(|f| {
            for case in &match_.cases {
                let next = f.label();
                let attempt = f.nested(|f| {
                    f.pattern(&case.pattern, subject.clone(), next);
                    if let Some(guard) = &case.guard {
                        let test = f.expr(guard);
                        f.emit(Stmt::If {
                            cond: Cond::Not(Box::new(Cond::Truthy(test))),
                            then: vec![Stmt::Break(next)],
                            otherwise: Vec::new(),
                        });
                    }
                    f.body(&case.body);
                    f.emit(Stmt::Break(exit));
                });
                f.emit(Stmt::Block {
                    label: next,
                    body: attempt,
                });
            }
        });
        self.emit(Stmt::Block {
            label: exit,
            body: block,
        });
    }

    /// Leaves the block `fail` unless `value` matches the pattern; binds its captures.
    fn pattern(&mut self, pattern: &'a ast::Pattern, value: Operand, fail: Label) {
        use ast::Pattern as P;
        let fail_unless = |f: &mut Self, test: Operand| {
            f.emit(Stmt::If {
                cond: Cond::Not(Box::new(Cond::Truthy(test))),
                then: vec![Stmt::Break(fail)],
                otherwise: Vec::new(),
            })
        };
        let fail_if_none = |f: &mut Self, result: &Operand| {
            let no_match = f.value(Op::Is {
                left: result.clone(),
                right: Operand::None,
                negate: false,
            });
            f.emit(Stmt::If {
                cond: Cond::Truthy(no_match),
                then: vec![Stmt::Break(fail)],
                otherwise: Vec::new(),
            })
        };
        match pattern {
            P::MatchValue(p) => {
                let expected = self.expr(&p.value);
                let equal = self.value(Op::Compare(CompareOp::Eq, value, expected));
                fail_unless(self, equal);
            }
            P::MatchSingleton(p) => {
                let singleton = match p.value {
                    ast::Singleton::None => Operand::None,
                    ast::Singleton::True => Operand::True,
                    ast::Singleton::False => Operand::False,
                };
                let same = self.value(Op::Is {
                    left: value,
                    right: singleton,
                    negate: false,
                });
                fail_unless(self, same);
            }
            P::MatchAs(p) => {
                if let Some(inner) = &p.pattern {
                    self.pattern(inner, value.clone(), fail);
                }
                if let Some(name) = &p.name {
                    self.store_name(name.id.as_str(), value);
                }
            }
            P::MatchStar(p) => {
                if let Some(name) = &p.name {
                    self.store_name(name.id.as_str(), value);
                }
            }
            P::MatchOr(p) => {
                let matched = self.label();
                let (last, alternatives) = p.patterns.split_last().expect("an or-pattern");
                let block = self.nested(|f| {
                    for alternative in alternatives {
                        let next = f.label();
                        let attempt = f.nested(|f| {
                            f.pattern(alternative, value.clone(), next);
                            f.emit(Stmt::Break(matched));
                        });
                        f.emit(Stmt::Block {
                            label: next,
                            body: attempt,
                        });
                    }
                    f.pattern(last, value.clone(), fail);
                });
                self.emit(Stmt::Block {
                    label: matched,
                    body: block,
                });
            }
            P::MatchSequence(p) => {
                let star = p.patterns.iter().position(|p| p.is_match_star());
                let fixed = p.patterns.len() - usize::from(star.is_some());
                let items = self.value(Op::MatchSequence {
                    subject: value,
                    min_len: fixed as u32,
                    exact: star.is_none(),
                });
                fail_if_none(self, &items);
                let targets: Vec<Temp> = p.patterns.iter().map(|_| self.temp()).collect();
                match star {
                    None => self.emit(Stmt::Unpack {
                        value: items,
                        targets: targets.clone(),
                    }),
                    Some(index) => self.emit(Stmt::UnpackStarred {
                        value: items,
                        before: index as u32,
                        targets: targets.clone(),
                    }),
                }
                for (sub, temp) in p.patterns.iter().zip(targets) {
                    self.pattern(sub, Operand::Temp(temp), fail);
                }
            }
            P::MatchMapping(p) => {
                let is_mapping = self.value(Op::MatchMapping(value.clone()));
                fail_unless(self, is_mapping);
                let mut keys = Vec::new();
                for (key, sub) in p.keys.iter().zip(&p.patterns) {
                    let key = self.expr(key);
                    keys.push(key.clone());
                    let present =
                        self.value(Op::Compare(CompareOp::In, key.clone(), value.clone()));
                    fail_unless(self, present);
                    let item = self.value(Op::GetItem(value.clone(), key));
                    self.pattern(sub, item, fail);
                }
                if let Some(rest) = &p.rest {
                    let keys = self.value(Op::Tuple(keys));
                    let remaining = self.value(Op::MatchMappingRest(value, keys));
                    self.store_name(rest.id.as_str(), remaining);
                }
            }
            P::MatchClass(p) => {
                let class = self.expr(&p.cls);
                let names = p
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| k.attr.id.to_string())
                    .collect();
                let keywords = self.lowering.constant(Const::StrTuple(names));
                let positional = p.arguments.patterns.len();
                let attributes = self.value(Op::MatchClass {
                    subject: value,
                    class,
                    positional: positional as u32,
                    keywords,
                });
                fail_if_none(self, &attributes);
                let subs: Vec<&ast::Pattern> = p
                    .arguments
                    .patterns
                    .iter()
                    .chain(p.arguments.keywords.iter().map(|k| &k.pattern))
                    .collect();
                let targets: Vec<Temp> = subs.iter().map(|_| self.temp()).collect();
                self.emit(Stmt::Unpack {
                    value: attributes,
                    targets: targets.clone(),
                });
                for (sub, temp) in subs.into_iter().zip(targets) {
                    self.pattern(sub, Operand::Temp(temp), fail);
                }
            }
        }
    }
}
