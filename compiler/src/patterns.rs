//! CPython's compile-time checks of `match` statements, which its compiler (not its symbol
//! table) makes: a pattern binds each name once, the alternatives of an or-pattern bind the
//! same names, an irrefutable pattern is never followed by one it would hide, and mapping
//! keys, class-pattern keywords and starred names are not repeated.

use crate::diag::Diagnostic;
use ruff_python_ast::{self as ast, Expr, Number, Pattern, UnaryOp};
use ruff_text_size::{Ranged, TextRange};
use std::collections::BTreeSet;

/// The first problem in `match_`'s patterns, in the order CPython compiles them.
pub fn check_match(match_: &ast::StmtMatch) -> Option<Diagnostic> {
    let cases = &match_.cases;
    // A final `case _:` is compiled as a plain default, with no pattern.
    let has_default = cases.len() > 1
        && matches!(&cases[cases.len() - 1].pattern, Pattern::MatchAs(p) if p.name.is_none() && p.pattern.is_none());
    let checked = cases.len() - usize::from(has_default);
    cases[..checked].iter().enumerate().find_map(|(i, case)| {
        let mut checker = Checker {
            allow_irrefutable: case.guard.is_some() || i + 1 == cases.len(),
            stores: Vec::new(),
        };
        checker.pattern(&case.pattern).err()
    })
}

struct Checker {
    /// Whether an irrefutable pattern is allowed where the checker is.
    allow_irrefutable: bool,
    /// The names bound so far by the pattern, in order.
    stores: Vec<String>,
}

type Checked = Result<(), Diagnostic>;

impl Checker {
    fn store(&mut self, name: &str, range: TextRange) -> Checked {
        if self.stores.iter().any(|s| s == name) {
            return Err(Diagnostic::new(
                range,
                format!("multiple assignments to name '{name}' in pattern"),
            ));
        }
        self.stores.push(name.to_string());
        Ok(())
    }

    /// A pattern inside a sequence, mapping or class pattern, where irrefutable patterns
    /// are always allowed.
    fn subpattern(&mut self, pattern: &Pattern) -> Checked {
        let saved = std::mem::replace(&mut self.allow_irrefutable, true);
        let result = self.pattern(pattern);
        self.allow_irrefutable = saved;
        result
    }

    fn pattern(&mut self, pattern: &Pattern) -> Checked {
        match pattern {
            Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(p) => {
                let stars = p.patterns.iter().filter(|p| p.is_match_star()).count();
                if stars > 1 {
                    return Err(Diagnostic::new(
                        p.range,
                        "multiple starred names in sequence pattern",
                    ));
                }
                p.patterns.iter().try_for_each(|p| self.subpattern(p))
            }
            Pattern::MatchMapping(p) => {
                let mut seen: Vec<Key> = Vec::new();
                for key in &p.keys {
                    let Some(k) = Key::of(key) else { continue };
                    if seen.iter().any(|s| s.equals(&k)) {
                        return Err(Diagnostic::new(
                            key.range(),
                            format!("mapping pattern checks duplicate key ({})", k.repr()),
                        ));
                    }
                    seen.push(k);
                }
                p.patterns.iter().try_for_each(|p| self.subpattern(p))?;
                match &p.rest {
                    Some(rest) => self.store(rest.id.as_str(), p.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchClass(p) => {
                let keywords = &p.arguments.keywords;
                for (i, k) in keywords.iter().enumerate() {
                    if keywords[..i].iter().any(|e| e.attr.id == k.attr.id) {
                        return Err(Diagnostic::new(
                            k.attr.range,
                            format!("attribute name repeated in class pattern: {}", k.attr.id),
                        ));
                    }
                }
                p.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.subpattern(p))?;
                keywords
                    .iter()
                    .try_for_each(|k| self.subpattern(&k.pattern))
            }
            Pattern::MatchStar(p) => match &p.name {
                Some(name) => self.store(name.id.as_str(), p.range),
                None => Ok(()),
            },
            Pattern::MatchAs(p) => {
                let Some(inner) = &p.pattern else {
                    if !self.allow_irrefutable {
                        let message = match &p.name {
                            Some(name) => {
                                format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    name.id
                                )
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(Diagnostic::new(p.range, message));
                    }
                    return match &p.name {
                        Some(name) => self.store(name.id.as_str(), p.range),
                        None => Ok(()),
                    };
                };
                self.pattern(inner)?;
                match &p.name {
                    Some(name) => self.store(name.id.as_str(), p.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(p) => {
                let outer = std::mem::take(&mut self.stores);
                let allow = self.allow_irrefutable;
                let mut first: Option<BTreeSet<String>> = None;
                for (i, alternative) in p.patterns.iter().enumerate() {
                    self.allow_irrefutable = allow && i + 1 == p.patterns.len();
                    self.stores.clear();
                    self.pattern(alternative)?;
                    let names: BTreeSet<String> = self.stores.iter().cloned().collect();
                    match &first {
                        None => first = Some(names),
                        Some(f) if *f != names => {
                            return Err(Diagnostic::new(
                                p.range,
                                "alternative patterns bind different names",
                            ))
                        }
                        Some(_) => {}
                    }
                }
                self.allow_irrefutable = allow;
                let bound = std::mem::replace(&mut self.stores, outer);
                bound.iter().try_for_each(|name| self.store(name, p.range))
            }
        }
    }
}

/// The value of a literal mapping-pattern key, compared as CPython's set of keys does
/// (`1`, `1.0` and `True` are one key), with its repr.
enum Key {
    /// An int or bool, in decimal.
    Int(String, String),
    Float(f64, String),
    Str(String),
    None,
}

impl Key {
    /// None for keys that are not literals (attribute lookups), which CPython does not check.
    fn of(expr: &Expr) -> Option<Key> {
        match expr {
            Expr::NumberLiteral(n) => Key::number(&n.value, false),
            Expr::UnaryOp(u) if u.op == UnaryOp::USub => match u.operand.as_ref() {
                Expr::NumberLiteral(n) => Key::number(&n.value, true),
                _ => None,
            },
            Expr::StringLiteral(s) => Some(Key::Str(s.value.to_str().to_string())),
            Expr::BooleanLiteral(b) => Some(Key::Int(
                u8::from(b.value).to_string(),
                if b.value { "True" } else { "False" }.to_string(),
            )),
            Expr::NoneLiteral(_) => Some(Key::None),
            _ => None,
        }
    }

    fn number(value: &Number, negative: bool) -> Option<Key> {
        match value {
            Number::Int(i) => {
                let digits = match i.as_i64() {
                    Some(n) => n.to_string(),
                    None => i.to_string(),
                };
                let text = if negative && digits != "0" {
                    format!("-{digits}")
                } else {
                    digits
                };
                Some(Key::Int(text.clone(), text))
            }
            Number::Float(f) => {
                let f = if negative { -f } else { *f };
                Some(Key::Float(f, format!("{f:?}")))
            }
            Number::Complex { .. } => None,
        }
    }

    fn equals(&self, other: &Key) -> bool {
        let as_float = |digits: &str| digits.parse::<f64>().unwrap_or(f64::NAN);
        match (self, other) {
            (Key::Int(a, _), Key::Int(b, _)) => a == b,
            (Key::Int(a, _), Key::Float(b, _)) | (Key::Float(b, _), Key::Int(a, _)) => {
                as_float(a) == *b
            }
            (Key::Float(a, _), Key::Float(b, _)) => a == b,
            (Key::Str(a), Key::Str(b)) => a == b,
            (Key::None, Key::None) => true,
            _ => false,
        }
    }

    fn repr(&self) -> String {
        match self {
            Key::Int(_, text) | Key::Float(_, text) => text.clone(),
            Key::None => "None".to_string(),
            Key::Str(s) if s.contains('\'') && !s.contains('"') => format!("\"{s}\""),
            Key::Str(s) => format!("'{}'", s.replace('\'', "\\'")),
        }
    }
}
