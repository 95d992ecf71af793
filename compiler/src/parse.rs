//! Parsing: Python source to Ruff's syntax tree, with syntax errors as diagnostics.

use crate::diag::Diagnostic;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::{Ranged, TextRange};

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
    (
        "Bytes literal cannot be mixed with non-bytes literals",
        "cannot mix bytes and nonbytes literals",
    ),
    (
        "bytes can only contain ASCII literal characters",
        "bytes can only contain ASCII literal characters",
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
            let mut errors: Vec<Diagnostic> = parsed
                .unsupported_syntax_errors()
                .iter()
                .map(|e| Diagnostic::new(e.range, syntax_error_message(e.to_string())))
                .collect();
            errors.extend(
                surrogate_literals(&parsed, source)
                    .into_iter()
                    .map(|range| {
                        Diagnostic::new(
                            range,
                            "unsupported: a lone surrogate (\\ud800 to \\udfff) in a str literal",
                        )
                    }),
            );
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

/// The string literal tokens (f-string parts included) that escape a lone surrogate.
fn surrogate_literals(
    parsed: &ruff_python_parser::Parsed<ModModule>,
    source: &str,
) -> Vec<TextRange> {
    // Whether each f-string being read is raw, innermost last (f-strings nest).
    let mut raw_fstrings = Vec::new();
    let mut found = Vec::new();
    for token in parsed.tokens().iter() {
        let text = &source[token.range()];
        match token.kind() {
            TokenKind::String if has_surrogate_escape(text) => found.push(token.range()),
            TokenKind::FStringStart => raw_fstrings.push(text.contains(['r', 'R'])),
            TokenKind::FStringEnd => {
                raw_fstrings.pop();
            }
            TokenKind::FStringMiddle
                if raw_fstrings.last() == Some(&false)
                    && has_surrogate_escape(&format!("'{text}")) =>
            {
                found.push(token.range())
            }
            _ => {}
        }
    }
    found
}

/// True when the text of a (non-raw, non-bytes) string literal token escapes a lone
/// surrogate, `\\udc00` say: a Rust `String` cannot hold one, and CPython's str can.
fn has_surrogate_escape(token: &str) -> bool {
    let quote = token.find(['\'', '"']).unwrap_or(0);
    if token[..quote].contains(['r', 'R', 'b', 'B']) {
        return false;
    }
    let mut chars = token[quote..].chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            continue;
        }
        let digits = match chars.next() {
            Some('u') => 4,
            Some('U') => 8,
            _ => continue,
        };
        let hex: String = chars.clone().take(digits).collect();
        if u32::from_str_radix(&hex, 16).is_ok_and(|code| (0xD800..=0xDFFF).contains(&code)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn lone_surrogate_escapes_are_refused() {
        for source in [
            "s = 'a\\ud800b'\n",
            "s = \"\\udfff\"\n",
            "s = '\\U0000DC00'\n",
            "s = f'{1}\\ud800'\n",
        ] {
            let errors = parse(source).expect_err(source);
            assert!(errors[0].message.contains("lone surrogate"), "{source}");
        }
    }

    #[test]
    fn other_escapes_and_raw_strings_are_not() {
        for source in [
            "s = '\\\\ud800'\n",
            "s = r'\\ud800'\n",
            "s = rf'{1}\\ud800'\n",
            "s = '\\ud7ff\\ue000\\U0001F600'\n",
            "# '\\ud800' in a comment\n",
        ] {
            assert!(parse(source).is_ok(), "{source}");
        }
    }
}
