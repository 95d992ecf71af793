//! Assignment targets: storing into and deleting names, attributes, items and unpackings.

use super::classes::unsupported_attribute_store;
use super::expressions::binary_op;
use super::FnLowering;
use crate::ir::{Op, Operand, Stmt, Temp};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'l, 'a> FnLowering<'l, 'a> {
    pub(super) fn aug_assign(&mut self, aug: &'a ast::StmtAugAssign) {
        let op = binary_op(aug.op);
        match aug.target.as_ref() {
            Expr::Name(name) => {
                let current = self.load_name(name.id.as_str());
                let value = self.expr(&aug.value);
                let result = self.value(Op::InPlace(op, current, value));
                self.store_name(name.id.as_str(), result);
            }
            Expr::Attribute(attr) => {
                let object = self.expr(&attr.value);
                let name = self.attribute_const(attr.attr.id.as_str());
                let current = self.value(Op::GetAttr(object.clone(), name));
                let value = self.expr(&aug.value);
                let result = self.value(Op::InPlace(op, current, value));
                self.emit(Stmt::SetAttr(object, name, result));
            }
            Expr::Subscript(sub) => {
                let object = self.expr(&sub.value);
                let key = self.expr(&sub.slice);
                let current = self.value(Op::GetItem(object.clone(), key.clone()));
                let value = self.expr(&aug.value);
                let result = self.value(Op::InPlace(op, current, value));
                self.emit(Stmt::SetItem(object, key, result));
            }
            other => self.unsupported(other.range(), "augmented assignment to this target"),
        }
    }

    pub(super) fn store(&mut self, target: &'a Expr, value: Operand) {
        match target {
            Expr::Name(name) => self.store_name(name.id.as_str(), value),
            Expr::Attribute(attr) => {
                let attribute = attr.attr.id.as_str();
                if let Some(feature) = unsupported_attribute_store(attribute) {
                    return self.unsupported(attr.range, &feature);
                }
                let object = self.expr(&attr.value);
                let name = self.attribute_const(attribute);
                self.emit(Stmt::SetAttr(object, name, value));
            }
            Expr::Subscript(sub) => {
                let object = self.expr(&sub.value);
                if let Expr::Slice(slice) = sub.slice.as_ref() {
                    let parts = self.slice_parts(slice);
                    return self.emit(Stmt::SetSlice(object, parts, value));
                }
                let key = self.expr(&sub.slice);
                self.emit(Stmt::SetItem(object, key, value));
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let targets: Vec<Temp> = elts.iter().map(|_| self.temp()).collect();
                let starred: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.is_starred_expr())
                    .map(|(i, _)| i)
                    .collect();
                match starred.as_slice() {
                    [] => self.emit(Stmt::Unpack {
                        value,
                        targets: targets.clone(),
                    }),
                    [index] => self.emit(Stmt::UnpackStarred {
                        value,
                        before: *index as u32,
                        targets: targets.clone(),
                    }),
                    _ => {
                        return self.unsupported(
                            target.range(),
                            "multiple starred expressions in assignment",
                        )
                    }
                }
                for (element, temp) in elts.iter().zip(targets) {
                    let element = match element {
                        Expr::Starred(starred) => &starred.value,
                        other => other,
                    };
                    self.store(element, Operand::Temp(temp));
                }
            }
            other => self.unsupported(other.range(), "assignment to this target"),
        }
    }

    pub(super) fn delete(&mut self, target: &'a Expr) {
        match target {
            Expr::Name(name) => self.delete_name(name.id.as_str()),
            Expr::Attribute(attr) => {
                let object = self.expr(&attr.value);
                let name = self.attribute_const(attr.attr.id.as_str());
                self.emit(Stmt::DelAttr(object, name));
            }
            Expr::Subscript(sub) => {
                let object = self.expr(&sub.value);
                let key = self.expr(&sub.slice);
                self.emit(Stmt::DelItem(object, key));
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for element in elts {
                    self.delete(element);
                }
            }
            other => self.unsupported(other.range(), "deletion of this target"),
        }
    }
}
