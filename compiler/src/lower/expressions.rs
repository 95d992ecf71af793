//! Expressions: the dispatch over them, operators, `and`/`or` and chained comparisons.

use super::builtins::UNSUPPORTED_BUILTINS;
use super::comprehensions::ComprehensionKind;
use super::literals::is_constant;
use super::names::Place;
use super::FnLowering;
use crate::ir::{
    AwaitSite, BinaryOp, CompareOp, Cond, Const, Op, Operand, SliceParts, Stmt, Temp, UnaryOp,
};
use crate::scopes::ScopeKind;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;

impl<'l, 'a> FnLowering<'l, 'a> {
    /// The parts of a slice, evaluated in order.
    pub(super) fn slice_parts(&mut self, slice: &'a ast::ExprSlice) -> SliceParts {
        [&slice.lower, &slice.upper, &slice.step].map(|part| part.as_ref().map(|e| self.expr(e)))
    }

    pub(super) fn exprs(&mut self, exprs: &'a [Expr]) -> Vec<Operand> {
        exprs.iter().map(|e| self.expr(e)).collect()
    }

    pub(super) fn expr(&mut self, expr: &'a Expr) -> Operand {
        match expr {
            Expr::Name(name) => {
                let id = name.id.as_str();
                if UNSUPPORTED_BUILTINS.contains(&id)
                    && self.place(id) == Place::Global
                    && !self.lowering.scopes.scopes[0].binds(id)
                {
                    return self.unsupported_value(name.range, &format!("builtin '{id}'"));
                }
                self.load_name(id)
            }
            Expr::NumberLiteral(number) => self.number(number),
            Expr::StringLiteral(s) => Operand::Const(self.str_const(s.value.to_str())),
            Expr::BooleanLiteral(b) => {
                if b.value {
                    Operand::True
                } else {
                    Operand::False
                }
            }
            Expr::NoneLiteral(_) => Operand::None,
            Expr::BinOp(bin) => {
                let left = self.expr(&bin.left);
                let right = self.expr(&bin.right);
                self.value(Op::Binary(binary_op(bin.op), left, right))
            }
            Expr::UnaryOp(unary) => {
                let operand = self.expr(&unary.operand);
                let op = match unary.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.value(Op::Unary(op, operand))
            }
            Expr::BoolOp(boolop) => self.bool_op(boolop.op, &boolop.values),
            Expr::Compare(compare) => self.compare(compare),
            Expr::If(if_) => {
                let test = self.expr(&if_.test);
                let result = self.temp();
                let then = self.nested(|f| {
                    let value = f.expr(&if_.body);
                    f.emit(Stmt::Assign(result, Op::Use(value)));
                });
                let otherwise = self.nested(|f| {
                    let value = f.expr(&if_.orelse);
                    f.emit(Stmt::Assign(result, Op::Use(value)));
                });
                self.emit(Stmt::If {
                    cond: Cond::Truthy(test),
                    then,
                    otherwise,
                });
                Operand::Temp(result)
            }
            Expr::Lambda(lambda) => {
                let scope = self
                    .lowering
                    .scopes
                    .scope_of(lambda.range, ScopeKind::Lambda);
                self.make_function(scope, lambda.parameters.as_deref(), |f| {
                    // The lambda's frame shows in tracebacks, at its body's line.
                    let line = f.line_of(ruff_text_size::Ranged::start(&*lambda.body));
                    f.emit(Stmt::Line(line));
                    let value = f.expr(&lambda.body);
                    f.emit(Stmt::Return(value));
                })
            }
            Expr::Tuple(tuple) => {
                if tuple.elts.iter().any(Expr::is_starred_expr) {
                    let list = self.list_with_starred(&tuple.elts);
                    self.value(Op::ListToTuple(list))
                } else {
                    let items = self.exprs(&tuple.elts);
                    self.value(Op::Tuple(items))
                }
            }
            Expr::List(list) => self.list_with_starred(&list.elts),
            Expr::Set(set) => {
                if set.elts.iter().any(Expr::is_starred_expr) {
                    return self.set_with_starred(&set.elts);
                }
                let items = self.exprs(&set.elts);
                if items.len() > 2 && set.elts.iter().all(is_constant) {
                    self.value(Op::ConstSet(items))
                } else {
                    self.value(Op::Set(items))
                }
            }
            Expr::Dict(dict) => self.dict(dict),
            Expr::ListComp(comp) => self.comprehension(
                comp.range,
                ComprehensionKind::List,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::SetComp(comp) => self.comprehension(
                comp.range,
                ComprehensionKind::Set,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::DictComp(comp) => match &comp.key {
                Some(key) => self.comprehension(
                    comp.range,
                    ComprehensionKind::Dict,
                    &comp.generators,
                    key,
                    Some(&comp.value),
                ),
                None => self.unsupported_value(comp.range, "dict comprehension unpacking"),
            },
            Expr::Generator(generator) => self.comprehension(
                generator.range,
                ComprehensionKind::Generator,
                &generator.generators,
                &generator.elt,
                None,
            ),
            Expr::Call(call) => self.call(call),
            Expr::FString(fstring) => self.fstring(fstring),
            Expr::Attribute(attr) => {
                let object = self.expr(&attr.value);
                let name = self.attribute_const(attr.attr.id.as_str());
                self.value(Op::GetAttr(object, name))
            }
            Expr::Subscript(sub) => {
                let object = self.expr(&sub.value);
                if let Expr::Slice(slice) = sub.slice.as_ref() {
                    let parts = self.slice_parts(slice);
                    return self.value(Op::GetSlice(object, parts));
                }
                let key = self.expr(&sub.slice);
                self.value(Op::GetItem(object, key))
            }
            Expr::Slice(slice) => {
                let [lower, upper, step] = self.slice_parts(slice);
                self.value(Op::Slice(lower, upper, step))
            }
            Expr::Starred(starred) => {
                self.unsupported_value(starred.range, "starred expression here")
            }
            Expr::Named(named) => {
                let value = self.expr(&named.value);
                let value = self.value(Op::Use(value));
                self.store(&named.target, value.clone());
                value
            }
            Expr::Await(e) => {
                let awaitable = self.expr(&e.value);
                self.value(Op::Await(awaitable, AwaitSite::Expression))
            }
            Expr::Yield(e) => {
                let value = match &e.value {
                    Some(value) => self.expr(value),
                    None => Operand::None,
                };
                self.value(Op::Yield(value))
            }
            Expr::YieldFrom(e) => {
                let iterable = self.expr(&e.value);
                self.value(Op::YieldFrom(iterable))
            }
            Expr::TString(e) => self.unsupported_value(e.range, "template strings"),
            Expr::BytesLiteral(e) => self.bytes_literal(e),
            Expr::EllipsisLiteral(_) => {
                Operand::Const(self.lowering.constant(Const::Builtin("Ellipsis".into())))
            }
            Expr::IpyEscapeCommand(e) => self.unsupported_value(e.range, "IPython escape command"),
        }
    }

    pub(super) fn unsupported_value(&mut self, range: TextRange, what: &str) -> Operand {
        self.unsupported(range, what);
        Operand::None
    }

    fn bool_op(&mut self, op: ast::BoolOp, values: &'a [Expr]) -> Operand {
        let result = self.temp();
        self.bool_chain(op, values, result);
        Operand::Temp(result)
    }

    fn bool_chain(&mut self, op: ast::BoolOp, values: &'a [Expr], result: Temp) {
        let (first, rest) = values
            .split_first()
            .expect("a boolean operation has operands");
        let value = self.expr(first);
        self.emit(Stmt::Assign(result, Op::Use(value)));
        if rest.is_empty() {
            return;
        }
        let more = self.nested(|f| f.bool_chain(op, rest, result));
        let cond = Cond::Truthy(Operand::Temp(result));
        let (then, otherwise) = match op {
            ast::BoolOp::And => (more, Vec::new()),
            ast::BoolOp::Or => (Vec::new(), more),
        };
        self.emit(Stmt::If {
            cond,
            then,
            otherwise,
        });
    }

    fn compare(&mut self, compare: &'a ast::ExprCompare) -> Operand {
        let left = self.expr(&compare.left);
        let result = self.temp();
        self.compare_chain(left, &compare.ops, &compare.comparators, result);
        Operand::Temp(result)
    }

    fn compare_chain(
        &mut self,
        left: Operand,
        ops: &'a [ast::CmpOp],
        comparators: &'a [Expr],
        result: Temp,
    ) {
        let right = self.expr(&comparators[0]);
        let op = match ops[0] {
            ast::CmpOp::Is | ast::CmpOp::IsNot => Op::Is {
                left,
                right: right.clone(),
                negate: ops[0] == ast::CmpOp::IsNot,
            },
            other => Op::Compare(compare_op(other), left, right.clone()),
        };
        self.emit(Stmt::Assign(result, op));
        if ops.len() > 1 {
            let more =
                self.nested(|f| f.compare_chain(right, &ops[1..], &comparators[1..], result));
            self.emit(Stmt::If {
                cond: Cond::Truthy(Operand::Temp(result)),
                then: more,
                otherwise: Vec::new(),
            });
        }
    }
}

pub(super) fn binary_op(op: ast::Operator) -> BinaryOp {
    use ast::Operator as O;
    match op {
        O::Add => BinaryOp::Add,
        O::Sub => BinaryOp::Sub,
        O::Mult => BinaryOp::Mul,
        O::MatMult => BinaryOp::MatMul,
        O::Div => BinaryOp::TrueDiv,
        O::Mod => BinaryOp::Mod,
        O::Pow => BinaryOp::Pow,
        O::LShift => BinaryOp::LShift,
        O::RShift => BinaryOp::RShift,
        O::BitOr => BinaryOp::BitOr,
        O::BitXor => BinaryOp::BitXor,
        O::BitAnd => BinaryOp::BitAnd,
        O::FloorDiv => BinaryOp::FloorDiv,
    }
}

fn compare_op(op: ast::CmpOp) -> CompareOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CompareOp::Eq,
        C::NotEq => CompareOp::NotEq,
        C::Lt => CompareOp::Lt,
        C::LtE => CompareOp::LtE,
        C::Gt => CompareOp::Gt,
        C::GtE => CompareOp::GtE,
        C::In => CompareOp::In,
        C::NotIn => CompareOp::NotIn,
        C::Is | C::IsNot => unreachable!("identity comparisons are lowered to Op::Is"),
    }
}
