//! Parsing: Python source to Ruff's syntax tree, with syntax errors as diagnostics.

use crate::diag::Diagnostic;
use ruff_python_ast::ModModule;

/// Ruff's wording of syntax errors, and CPython's for the same error.
const CPYTHON_MESSAGES: &[(&str, &str)] = &[
    (
        "Parameter without a default cannot follow a parameter with a default",
        "non-default argument follows default argument",
    ),
    (
        "Positional argument cannot follow keyword argument",
        "positional argument follows keyword argument",
    ),
    (
        "Positional argument cannot follow keyword argument unpacking",
        "positional argument follows keyword argument unpacking",
    ),
];

fn syntax_error_message(ruff_message: String) -> String {
    match CPYTHON_MESSAGES
        .iter()
        .find(|(ruff, _)| *ruff == ruff_message)
    {
        Some((_, cpython)) => cpython.to_string(),
        None => format!("invalid syntax: {ruff_message}"),
    }
}

pub fn parse(source: &str) -> Result<ModModule, Vec<Diagnostic>> {
    match ruff_python_parser::parse_module(source) {
        Ok(parsed) => {
            let errors: Vec<Diagnostic> = parsed
                .unsupported_syntax_errors()
                .iter()
                .map(|e| Diagnostic::new(e.range, syntax_error_message(e.to_string())))
                .collect();
            if errors.is_empty() {
                Ok(parsed.into_syntax())
            } else {
                Err(errors)
            }
        }
        Err(error) => Err(vec![Diagnostic::new(
            error.location,
            syntax_error_message(error.error.to_string()),
        )]),
    }
}
