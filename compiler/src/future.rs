//! `from __future__ import ...`: the features a module enables, and CPython's checks of
//! future imports.

use crate::diag::Diagnostic;
use ruff_python_ast as ast;
use ruff_text_size::TextRange;

/// The `from __future__ import` features of 3.11; all but `annotations` change nothing in
/// 3.11 (`barry_as_FLUFL`'s `<>` is not supported by the parser).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The future features a module enables and the future imports that may enable them,
/// with CPython's compile-time errors for an unknown feature (a future import anywhere
/// else is refused where it is lowered).
pub fn future_features(
    body: &[ast::Stmt],
    errors: &mut Vec<Diagnostic>,
) -> (Vec<String>, Vec<TextRange>) {
    let mut features = Vec::new();
    let mut imports = Vec::new();
    let mut at_beginning = true;
    for (i, stmt) in body.iter().enumerate() {
        let future = match stmt {
            ast::Stmt::ImportFrom(import)
                if import.level == 0
                    && import
                        .module
                        .as_ref()
                        .is_some_and(|m| m.id.as_str() == "__future__") =>
            {
                import
            }
            ast::Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => continue,
            _ => {
                at_beginning = false;
                continue;
            }
        };
        if !at_beginning {
            continue;
        }
        imports.push(future.range);
        for alias in &future.names {
            let name = alias.name.id.as_str();
            if name == "braces" {
                errors.push(Diagnostic::new(alias.range, "not a chance"));
            } else if !FUTURE_FEATURES.contains(&name) {
                errors.push(Diagnostic::new(
                    alias.range,
                    format!("future feature {name} is not defined"),
                ));
            } else {
                features.push(name.to_string());
            }
        }
    }
    (features, imports)
}

/// True when the module enables `annotations`: annotations are then kept as strings, never
/// evaluated.
pub fn has_annotations_feature(body: &[ast::Stmt]) -> bool {
    future_features(body, &mut Vec::new())
        .0
        .iter()
        .any(|f| f == "annotations")
}
