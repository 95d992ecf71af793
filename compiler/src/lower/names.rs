//! Names: slots and cells, mangling, and loading, storing and deleting a name where it lives.

use super::builtins::BUILTIN_NAMES;
use super::FnLowering;
use crate::ir::{CompareOp, Cond, Const, ConstId, LocalId, Op, Operand, Stmt};
use crate::scopes::{Binding, ScopeKind, ScopeTree, CLASS_CELL};
use std::borrow::Cow;

impl<'l, 'a> FnLowering<'l, 'a> {
    pub(super) fn new_slot(&mut self, name: String) -> LocalId {
        self.slots.push(name);
        (self.slots.len() - 1) as LocalId
    }

    /// The plain slot of a local, made at its first mention (which fixes `co_varnames` order).
    pub(super) fn plain_slot(&mut self, name: &str) -> LocalId {
        if let Some(&slot) = self.slot_of.get(name) {
            return slot;
        }
        let slot = self.new_slot(name.to_string());
        self.slot_of.insert(name.to_string(), slot);
        self.varnames.push(name.to_string());
        slot
    }

    /// The operand holding the cell of `name`, as seen from the function being lowered.
    pub(super) fn cell_of(&mut self, name: &str) -> Operand {
        if name == CLASS_CELL && self.scope().kind == ScopeKind::Class {
            if let Some(Some(slot)) = self.class_cells.last() {
                return self.value(Op::Slot(*slot));
            }
        }
        if let Some(&slot) = self.cell_slot_of.get(name) {
            return self.value(Op::Slot(slot));
        }
        let index = self
            .freevars
            .iter()
            .position(|f| f == name)
            .expect("scope analysis gives every captured name a cell or a free slot");
        self.value(Op::FreeCell(index as u32))
    }

    /// The slot of `name`, a variable of this function captured by value. Only the owner
    /// binds such a variable.
    fn value_slot(&self, name: &str) -> LocalId {
        *self
            .value_slot_of
            .get(name)
            .expect("only the owner binds a variable captured by value")
    }

    /// The value of `name`, captured by value: from its slot in the owner (where reading it
    /// early raises UnboundLocalError, as CPython does for a cell), from the closure in a
    /// nested function (where it is always bound).
    pub(super) fn captured_value(&mut self, name: &str) -> Operand {
        if let Some(&local) = self.value_slot_of.get(name) {
            let name_const = self.str_const(name);
            return self.value(Op::Local {
                local,
                name: name_const,
            });
        }
        let index = self
            .freevars
            .iter()
            .position(|f| f == name)
            .expect("scope analysis gives every captured name a slot or a closure entry");
        self.value(Op::FreeValue(index as u32))
    }

    /// `name` as written in the innermost scope, mangled as CPython mangles private names
    /// (see `scopes::mangle`): the spelling of its symbol, slot, cell, global and messages.
    fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        let scopes: &'a ScopeTree = self.lowering.scopes;
        scopes.mangle(*self.scope_stack.last().unwrap(), name)
    }

    /// Where a name (mangled) read or written in the innermost scope lives.
    pub(super) fn place(&self, name: &str) -> Place {
        let scope = self.scope();
        let binding = scope.binding(name).unwrap_or(Binding::GlobalImplicit);
        if scope.kind == ScopeKind::Class {
            return match binding {
                Binding::GlobalExplicit => Place::Global,
                Binding::Free => Place::ClassFree,
                _ => Place::ClassNamespace,
            };
        }
        let by_value = || {
            let id = *self.scope_stack.last().unwrap();
            self.lowering.scopes.by_value(id, name)
        };
        match binding {
            Binding::Local if scope.kind == ScopeKind::Module => Place::Global,
            Binding::Local => Place::Local,
            Binding::Cell | Binding::Free if by_value() => Place::Value,
            Binding::Cell => Place::Cell,
            Binding::Free => Place::Free,
            Binding::GlobalExplicit | Binding::GlobalImplicit => Place::Global,
        }
    }

    pub(super) fn load_global(&mut self, name: &str) -> Operand {
        let global = self.lowering.global(name);
        let name_const = self.str_const(name);
        let builtin = BUILTIN_NAMES
            .contains(&name)
            .then(|| self.lowering.constant(Const::Builtin(name.to_string())));
        self.value(Op::Global {
            global,
            name: name_const,
            builtin,
        })
    }

    pub(super) fn load_name(&mut self, name: &str) -> Operand {
        let name = &*self.mangle(name);
        let name_const = self.str_const(name);
        match self.place(name) {
            Place::Local => {
                let local = self.plain_slot(name);
                self.value(Op::Local {
                    local,
                    name: name_const,
                })
            }
            Place::Cell | Place::Free => {
                let free = self.place(name) == Place::Free;
                let cell = self.cell_of(name);
                self.value(Op::CellGet {
                    cell,
                    name: name_const,
                    free,
                })
            }
            Place::Value => self.captured_value(name),
            Place::Global => self.load_global(name),
            Place::ClassNamespace | Place::ClassFree => {
                let namespace = Operand::Temp(*self.class_namespaces.last().unwrap());
                let result = self.temp();
                let key = Operand::Const(self.attribute_const(name));
                let present =
                    self.value(Op::Compare(CompareOp::In, key.clone(), namespace.clone()));
                let from_namespace = self.nested(|f| {
                    f.emit(Stmt::Assign(result, Op::GetItem(namespace, key)));
                });
                let class_free = self.place(name) == Place::ClassFree;
                let fallback = self.nested(|f| {
                    let class_scope = *f.scope_stack.last().unwrap();
                    let value = if class_free && f.lowering.scopes.by_value(class_scope, name) {
                        f.captured_value(name)
                    } else if class_free {
                        let cell = f.cell_of(name);
                        f.value(Op::CellGet {
                            cell,
                            name: name_const,
                            free: true,
                        })
                    } else {
                        f.load_global(name)
                    };
                    f.emit(Stmt::Assign(result, Op::Use(value)));
                });
                self.emit(Stmt::If {
                    cond: Cond::Truthy(present),
                    then: from_namespace,
                    otherwise: fallback,
                });
                Operand::Temp(result)
            }
        }
    }

    pub(super) fn store_name(&mut self, name: &str, value: Operand) {
        let name = &*self.mangle(name);
        match self.place(name) {
            Place::Local => {
                let local = self.plain_slot(name);
                self.emit(Stmt::SetLocal(local, value));
            }
            Place::Value => {
                let local = self.value_slot(name);
                self.emit(Stmt::SetLocal(local, value));
            }
            Place::Cell | Place::Free | Place::ClassFree => {
                let cell = self.cell_of(name);
                self.emit(Stmt::CellSet { cell, value });
            }
            Place::Global => {
                let global = self.lowering.global(name);
                self.emit(Stmt::SetGlobal(global, value));
            }
            Place::ClassNamespace => {
                let namespace = Operand::Temp(*self.class_namespaces.last().unwrap());
                let key = Operand::Const(self.attribute_const(name));
                self.emit(Stmt::SetItem(namespace, key, value));
            }
        }
    }

    pub(super) fn delete_name(&mut self, name: &str) {
        let name = &*self.mangle(name);
        let name_const = self.str_const(name);
        match self.place(name) {
            Place::Local => {
                let local = self.plain_slot(name);
                self.emit(Stmt::DelLocal {
                    local,
                    name: name_const,
                });
            }
            Place::Value => {
                let local = self.value_slot(name);
                self.emit(Stmt::DelLocal {
                    local,
                    name: name_const,
                });
            }
            place @ (Place::Cell | Place::Free | Place::ClassFree) => {
                let cell = self.cell_of(name);
                self.emit(Stmt::CellDel {
                    cell,
                    name: name_const,
                    free: place != Place::Cell,
                });
            }
            Place::Global => {
                let global = self.lowering.global(name);
                self.emit(Stmt::DelGlobal {
                    global,
                    name: name_const,
                });
            }
            Place::ClassNamespace => {
                let namespace = Operand::Temp(*self.class_namespaces.last().unwrap());
                let key = Operand::Const(self.attribute_const(name));
                self.emit(Stmt::DelItem(namespace, key));
            }
        }
    }

    /// The str constant for attribute `name` (or a name of a class body's namespace),
    /// mangled as CPython mangles private names: inside a class `A` (its body or any
    /// function in it), `__x` (not ending in `__`) means `_A__x`.
    pub(super) fn attribute_const(&mut self, name: &str) -> ConstId {
        let name = self.mangle(name);
        self.str_const(&name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    Local,
    Cell,
    Free,
    /// A variable closures capture by value: a slot in its owner, a closure entry elsewhere.
    Value,
    Global,
    ClassNamespace,
    /// A name a class body reads from the enclosing function's cells.
    ClassFree,
}
