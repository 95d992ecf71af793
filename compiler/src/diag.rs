//! Compile-time diagnostics: errors as data with a source range, rendered in one place.

use ruff_text_size::{TextRange, TextSize};

/// One problem found in the program, pointing at the source range responsible for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub range: TextRange,
    pub message: String,
}

impl Diagnostic {
    pub fn new(range: TextRange, message: impl Into<String>) -> Self {
        Diagnostic {
            range,
            message: message.into(),
        }
    }

    pub fn unsupported(range: TextRange, what: impl AsRef<str>) -> Self {
        Diagnostic::new(range, format!("unsupported: {}", what.as_ref()))
    }
}

/// The diagnostics of one file, with what rendering them needs.
pub struct FileDiagnostics {
    pub file: String,
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl FileDiagnostics {
    pub fn render(&self) -> String {
        self.diagnostics
            .iter()
            .map(|d| render(&self.file, &self.source, d))
            .collect()
    }
}

/// Line (1-based), column (1-based, in characters) and the text of the line holding `offset`.
pub fn locate(source: &str, offset: TextSize) -> (usize, usize, &str) {
    let offset = usize::from(offset).min(source.len());
    let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    let line_number = source[..line_start].matches('\n').count() + 1;
    let column = source[line_start..offset].chars().count() + 1;
    (line_number, column, &source[line_start..line_end])
}

/// `FILE:LINE:COL: error: MESSAGE`, then the source line and a caret under the column.
pub fn render(file: &str, source: &str, diagnostic: &Diagnostic) -> String {
    render_as("error", file, source, diagnostic)
}

/// `FILE:LINE:COL: SEVERITY: MESSAGE`, then the source line and a caret under the column.
pub fn render_as(severity: &str, file: &str, source: &str, diagnostic: &Diagnostic) -> String {
    let (line, column, text) = locate(source, diagnostic.range.start());
    let caret_indent: String = text
        .chars()
        .take(column - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    format!(
        "{file}:{line}:{column}: {severity}: {}\n    {text}\n    {caret_indent}^\n",
        diagnostic.message
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_columns() {
        let source = "a = 1\n  b = 2\n";
        assert_eq!(locate(source, TextSize::from(0)), (1, 1, "a = 1"));
        assert_eq!(locate(source, TextSize::from(8)), (2, 3, "  b = 2"));
    }

    #[test]
    fn renders_caret_under_column() {
        let d = Diagnostic::new(TextRange::new(TextSize::from(8), TextSize::from(9)), "boom");
        assert_eq!(
            render("p.py", "a = 1\n  b = 2\n", &d),
            "p.py:2:3: error: boom\n      b = 2\n      ^\n"
        );
    }
}
