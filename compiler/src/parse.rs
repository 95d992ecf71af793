//! Parsing: Python source to Ruff's syntax tree, with syntax errors as diagnostics.

use crate::diag::Diagnostic;
use ruff_python_ast::ModModule;

pub fn parse(source: &str) -> Result<ModModule, Vec<Diagnostic>> {
    match ruff_python_parser::parse_module(source) {
        Ok(parsed) => {
            let errors: Vec<Diagnostic> = parsed
                .unsupported_syntax_errors()
                .iter()
                .map(|e| Diagnostic::new(e.range, format!("invalid syntax: {e}")))
                .collect();
            if errors.is_empty() {
                Ok(parsed.into_syntax())
            } else {
                Err(errors)
            }
        }
        Err(error) => Err(vec![Diagnostic::new(
            error.location,
            format!("invalid syntax: {}", error.error),
        )]),
    }
}
