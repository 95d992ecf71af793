//! `import` and `from ... import ...`, as CPython 3.11 compiles them: `IMPORT_NAME`, then
//! `IMPORT_FROM` for each name (and for each part after the first of `import a.b as c`).
//! Relative imports are made absolute here, from the module's `__package__`.

use super::FnLowering;
use crate::diag::Diagnostic;
use crate::ir::{Const, Op, Operand, Stmt};
use crate::modules::resolve_relative;
use ruff_python_ast as ast;

impl FnLowering<'_, '_> {
    pub(super) fn import(&mut self, import: &ast::StmtImport) {
        for alias in &import.names {
            let module = alias.name.id.as_str();
            let name = self.str_const(module);
            let top = self.value(Op::Import {
                name,
                top_level: true,
            });
            match &alias.asname {
                None => {
                    let bound = module.split('.').next().unwrap_or(module);
                    self.store_name(bound, top);
                }
                Some(asname) => {
                    let mut value = top;
                    for part in module.split('.').skip(1) {
                        let attr = self.str_const(part);
                        value = self.value(Op::ImportFrom(value, attr));
                    }
                    self.store_name(asname.id.as_str(), value);
                }
            }
        }
    }

    pub(super) fn import_from(&mut self, import: &ast::StmtImportFrom) {
        let module = import.module.as_ref().map(|m| m.id.as_str());
        // A future import is a compiler directive (`future.rs`) as well as an import.
        let misplaced_future = module == Some("__future__")
            && import.level == 0
            && !self.lowering.future_imports.contains(&import.range);
        if misplaced_future {
            self.lowering.errors.push(Diagnostic::new(
                import.range,
                "from __future__ imports must occur at the beginning of the file",
            ));
            return;
        }
        let package = self.lowering.module_package.as_deref();
        let absolute = match resolve_relative(package, import.level, module) {
            Ok(name) => name,
            Err(message) => return self.raise_import_error(message),
        };
        let name = self.str_const(&absolute);
        let module = self.value(Op::Import {
            name,
            top_level: false,
        });
        for alias in &import.names {
            if alias.name.id.as_str() == "*" {
                self.emit(Stmt::ImportStar(module.clone()));
                continue;
            }
            // CPython's IMPORT_FROM mangles the imported name too.
            let attr = self.attribute_const(alias.name.id.as_str());
            let value = self.value(Op::ImportFrom(module.clone(), attr));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(bound.id.as_str(), value);
        }
    }

    /// `raise ImportError(message)`, with the builtin class whatever the globals say.
    fn raise_import_error(&mut self, message: &str) {
        let class = self
            .lowering
            .constant(Const::Builtin("ImportError".to_string()));
        let message = self.str_const(message);
        let exception = self.value(Op::Call {
            callee: Operand::Const(class),
            args: vec![Operand::Const(message)],
        });
        self.emit(Stmt::Raise {
            exception,
            cause: None,
        });
    }
}
