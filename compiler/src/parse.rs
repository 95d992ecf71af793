//! Parsing: Python source to Ruff's syntax tree, with syntax errors as diagnostics.

use crate::diag::Diagnostic;
use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions};

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
    // Python 3.11 is the language: syntax newer than it is reported, syntax it has is not.
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse(source, options).map(|parsed| {
        parsed
            .try_into_module()
            .expect("a module parse gives a module")
    });
    match parsed {
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
