//! Literals and displays: numbers, bytes, f-strings, and list and dict displays with
//! unpacking.

use super::FnLowering;
use crate::ir::{Const, Op, Operand, Stmt};
use ruff_python_ast::{self as ast, Expr, Number};

impl<'l, 'a> FnLowering<'l, 'a> {
    pub(super) fn number(&mut self, number: &ast::ExprNumberLiteral) -> Operand {
        match &number.value {
            Number::Int(int) => {
                if let Some(value) = int.as_i64().filter(|v| fits_small_int(*v)) {
                    return Operand::Int(value);
                }
                let text = int.to_string().replace('_', "").to_ascii_lowercase();
                let decimal = [("0x", 16), ("0o", 8), ("0b", 2)]
                    .into_iter()
                    .find_map(|(prefix, radix)| Some(to_decimal(text.strip_prefix(prefix)?, radix)))
                    .unwrap_or(text);
                Operand::Const(self.lowering.constant(Const::BigInt(decimal)))
            }
            Number::Float(x) => Operand::Const(self.lowering.constant(Const::Float(*x))),
            Number::Complex { imag, .. } => {
                Operand::Const(self.lowering.constant(Const::Complex(*imag)))
            }
        }
    }

    /// A bytes literal (its implicitly concatenated parts joined): a constant.
    pub(super) fn bytes_literal(&mut self, literal: &ast::ExprBytesLiteral) -> Operand {
        let data = literal.value.bytes().collect();
        Operand::Const(self.lowering.constant(Const::Bytes(data)))
    }

    /// A set display with `*iterable` items, as CPython 3.11 builds it: the items before
    /// the first starred one, then each starred one's items and each plain item in order.
    pub(super) fn set_with_starred(&mut self, elements: &'a [Expr]) -> Operand {
        let first_starred = elements
            .iter()
            .position(Expr::is_starred_expr)
            .unwrap_or(elements.len());
        let leading = self.exprs(&elements[..first_starred]);
        let set = self.value(Op::Set(leading));
        for element in &elements[first_starred..] {
            match element {
                Expr::Starred(starred) => {
                    let iterable = self.expr(&starred.value);
                    let update = self.attribute_const("update");
                    self.value(Op::CallMethod {
                        object: set.clone(),
                        name: update,
                        args: vec![iterable],
                    });
                }
                other => {
                    let value = self.expr(other);
                    self.emit(Stmt::SetAdd(set.clone(), value));
                }
            }
        }
        set
    }

    pub(super) fn list_with_starred(&mut self, elements: &'a [Expr]) -> Operand {
        let mut plain = Vec::new();
        let mut list: Option<Operand> = None;
        for element in elements {
            match element {
                Expr::Starred(starred) => {
                    let target = match list.clone() {
                        Some(list) => {
                            if !plain.is_empty() {
                                let items = self.value(Op::List(std::mem::take(&mut plain)));
                                self.emit(Stmt::ListExtend(list.clone(), items));
                            }
                            list
                        }
                        None => {
                            let new = self.value(Op::List(std::mem::take(&mut plain)));
                            list = Some(new.clone());
                            new
                        }
                    };
                    let iterable = self.expr(&starred.value);
                    self.emit(Stmt::ListExtend(target, iterable));
                }
                other => {
                    let value = self.expr(other);
                    match &list {
                        Some(list) => self.emit(Stmt::ListAppend(list.clone(), value)),
                        None => plain.push(value),
                    }
                }
            }
        }
        match list {
            Some(list) => list,
            None => self.value(Op::List(plain)),
        }
    }

    pub(super) fn dict(&mut self, dict: &'a ast::ExprDict) -> Operand {
        let mut pairs = Vec::new();
        let mut result: Option<Operand> = None;
        for item in &dict.items {
            match &item.key {
                Some(key) => {
                    let key = self.expr(key);
                    let value = self.expr(&item.value);
                    match &result {
                        Some(d) => self.emit(Stmt::SetItem(Operand::clone(d), key, value)),
                        None => pairs.push((key, value)),
                    }
                }
                None => {
                    let target = match result.clone() {
                        Some(d) => d,
                        None => {
                            let new = self.value(Op::Dict(std::mem::take(&mut pairs)));
                            result = Some(new.clone());
                            new
                        }
                    };
                    let mapping = self.expr(&item.value);
                    self.emit(Stmt::DictUpdate(target, mapping));
                }
            }
        }
        match result {
            Some(d) => d,
            None => self.value(Op::Dict(pairs)),
        }
    }

    pub(super) fn fstring(&mut self, fstring: &'a ast::ExprFString) -> Operand {
        let mut parts = Vec::new();
        for part in fstring.value.iter() {
            match part {
                ast::FStringPart::Literal(literal) => {
                    parts.push(Operand::Const(self.str_const(&literal.value)))
                }
                ast::FStringPart::FString(f) => self.interpolated(&f.elements, &mut parts),
            }
        }
        self.value(Op::Concat(parts))
    }

    fn interpolated(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        parts: &mut Vec<Operand>,
    ) {
        for element in elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(literal) => {
                    parts.push(Operand::Const(self.str_const(&literal.value)))
                }
                ast::InterpolatedStringElement::Interpolation(interpolation) => {
                    if let Some(debug) = &interpolation.debug_text {
                        let text = format!(
                            "{}{}{}",
                            debug.leading(),
                            debug.expression(),
                            debug.trailing()
                        );
                        parts.push(Operand::Const(self.str_const(&text)));
                    }
                    let value = self.expr(&interpolation.expression);
                    let conversion = match interpolation.conversion {
                        ast::ConversionFlag::None
                            if interpolation.debug_text.is_some()
                                && interpolation.format_spec.is_none() =>
                        {
                            ast::ConversionFlag::Repr
                        }
                        other => other,
                    };
                    let value = match conversion {
                        ast::ConversionFlag::None => value,
                        ast::ConversionFlag::Str => self.value(Op::Str(value)),
                        ast::ConversionFlag::Repr => self.value(Op::Repr(value)),
                        ast::ConversionFlag::Ascii => {
                            self.unsupported(interpolation.range, "!a conversion");
                            value
                        }
                    };
                    let formatted = match &interpolation.format_spec {
                        Some(spec) => {
                            let mut spec_parts = Vec::new();
                            self.interpolated(&spec.elements, &mut spec_parts);
                            let spec = self.value(Op::Concat(spec_parts));
                            self.value(Op::Format(value, spec))
                        }
                        None if conversion == ast::ConversionFlag::None => {
                            let empty = Operand::Const(self.str_const(""));
                            self.value(Op::Format(value, empty))
                        }
                        None => value,
                    };
                    parts.push(formatted);
                }
            }
        }
    }
}

/// The decimal digits of a non-negative integer written in `radix`, which the parser has
/// already validated (so every character is a digit of the radix).
pub(super) fn to_decimal(digits: &str, radix: u32) -> String {
    const LIMB: u64 = 1_000_000_000;
    // Little-endian base-10^9 limbs.
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let mut carry = u64::from(c.to_digit(radix).unwrap_or(0));
        for limb in limbs.iter_mut() {
            let value = *limb * u64::from(radix) + carry;
            *limb = value % LIMB;
            carry = value / LIMB;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = limbs.pop().unwrap_or(0).to_string();
    for limb in limbs.iter().rev() {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

/// An expression CPython's compiler folds to a constant.
pub(super) fn is_constant(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(unary) => {
            matches!(unary.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && unary.operand.is_number_literal_expr()
        }
        Expr::Tuple(tuple) => tuple.elts.iter().all(is_constant),
        _ => false,
    }
}

/// Small ints are tagged in 63 bits; larger literals become big-int constants.
fn fits_small_int(value: i64) -> bool {
    (-(1i64 << 62)..(1i64 << 62)).contains(&value)
}
