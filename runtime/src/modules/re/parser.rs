//! The pattern parser: a pattern's code points (a bytes pattern's bytes as Latin-1) to a
//! tree of `Node`s, with CPython's `re.error` messages and positions (its `_parser.py` is
//! the specification). Flags are resolved here: 3.11 only allows global inline flags at the
//! very start, so every node knows the flags that apply to it when it is made.

use crate::objects::unicode;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;

const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

/// CPython's MAXREPEAT (repetition counts must stay below it) and MAXGROUPS.
pub const MAXREPEAT: u64 = 4_294_967_295;
const MAXGROUPS: usize = 1_073_741_823;

/// The classes of `\d \w \s` and their negations.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// Zero-width assertions.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum At {
    /// `\A`, and `^` without MULTILINE.
    BeginString,
    /// `^` with MULTILINE.
    BeginLine,
    /// `\Z`.
    EndString,
    /// `$` without MULTILINE: the end, or before a newline that ends the string.
    End,
    /// `$` with MULTILINE.
    EndLine,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    Category(Category),
}

/// A character set `[...]` (or a single category escape) with the flags it was read under.
#[derive(Clone, Debug)]
pub struct CharSet {
    pub negate: bool,
    pub items: Vec<SetItem>,
    pub ignore_case: bool,
    pub ascii: bool,
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    /// A literal character; `negate` for a one-character negated set `[^x]`.
    Char {
        c: u32,
        negate: bool,
        ignore_case: bool,
        ascii: bool,
    },
    /// `.`; `dotall` when it also matches a newline.
    Any {
        dotall: bool,
    },
    Set(CharSet),
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat {
        min: u64,
        max: u64,
        greed: Greed,
        body: Box<Node>,
    },
    Backref {
        group: usize,
        ignore_case: bool,
        ascii: bool,
    },
    Assert {
        behind: bool,
        negate: bool,
        body: Box<Node>,
    },
    Atomic(Box<Node>),
    Conditional {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
    At {
        at: At,
        ascii: bool,
    },
}

/// A bad pattern: CPython's message and the position it reports (None: no position, as
/// for errors its compiler raises).
#[derive(Debug)]
pub struct PatternError {
    pub msg: String,
    pub pos: Option<usize>,
}

/// What parsing can fail with: `re.error`, or the OverflowError of too large counts.
#[derive(Debug)]
pub enum ParseFailure {
    Error(PatternError),
    Overflow,
}

type PResult<T> = Result<T, ParseFailure>;

/// A parsed pattern.
pub struct Parsed {
    pub root: Node,
    pub flags: u32,
    pub groups: usize,
    /// Group names in order of definition, with their numbers.
    pub names: Vec<(String, usize)>,
}

/// A token: one character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq)]
enum Token {
    Plain(u32),
    Escape(u32),
}

impl Token {
    fn len(self) -> usize {
        match self {
            Token::Plain(_) => 1,
            Token::Escape(_) => 2,
        }
    }

    fn text(self) -> String {
        match self {
            Token::Plain(c) => show(c),
            Token::Escape(c) => format!("\\{}", show(c)),
        }
    }
}

fn show(c: u32) -> String {
    char::from_u32(c).map_or_else(String::new, |c| c.to_string())
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn is_octal(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}

fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

/// The width range of a node (CPython's `getwidth`), for look-behind checks.
fn width(node: &Node, group_widths: &[Option<(u64, u64)>]) -> (u64, u64) {
    const INF: u64 = u64::MAX;
    match node {
        Node::Char { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
        Node::Concat(items) => items.iter().fold((0, 0), |(lo, hi), n| {
            let (a, b) = width(n, group_widths);
            (lo.saturating_add(a), hi.saturating_add(b))
        }),
        Node::Alternation(items) => {
            let mut lo = INF;
            let mut hi = 0;
            for n in items {
                let (a, b) = width(n, group_widths);
                lo = lo.min(a);
                hi = hi.max(b);
            }
            (lo, hi)
        }
        Node::Group(_, body) | Node::Atomic(body) => width(body, group_widths),
        Node::Repeat { min, max, body, .. } => {
            let (a, b) = width(body, group_widths);
            let hi = if *max == MAXREPEAT {
                if b == 0 {
                    0
                } else {
                    INF
                }
            } else {
                b.saturating_mul(*max)
            };
            (a.saturating_mul(*min), hi)
        }
        Node::Backref { group, .. } => group_widths
            .get(*group)
            .copied()
            .flatten()
            .unwrap_or((0, INF)),
        Node::Assert { .. } | Node::At { .. } => (0, 0),
        Node::Conditional { yes, no, .. } => {
            let (a, b) = width(yes, group_widths);
            let (c, d) = width(no, group_widths);
            (a.min(c), b.max(d))
        }
    }
}

struct Parser<'a> {
    text: &'a [u32],
    /// Index of the character after the current token.
    index: usize,
    next: Option<Token>,
    is_str: bool,
    flags: u32,
    group_widths: Vec<Option<(u64, u64)>>,
    names: Vec<(String, usize)>,
    lookbehind_groups: Option<usize>,
    /// Group numbers named by conditionals before their group exists, with positions.
    condition_refs: Vec<(usize, usize)>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(ParseFailure::Error(PatternError {
        msg: msg.into(),
        pos: Some(pos),
    }))
}

impl<'a> Parser<'a> {
    fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.text.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == b'\\' as u32 {
            let Some(&e) = self.text.get(self.index + 1) else {
                return err("bad escape (end of pattern)", self.text.len() - 1);
            };
            self.index += 2;
            self.next = Some(Token::Escape(e));
        } else {
            self.index += 1;
            self.next = Some(Token::Plain(c));
        }
        Ok(())
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Token::len)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    fn get(&mut self) -> PResult<Option<Token>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn next_is(&self, c: char) -> bool {
        self.next == Some(Token::Plain(c as u32))
    }

    fn accept(&mut self, c: char) -> PResult<bool> {
        if self.next_is(c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn next_plain_in(&self, pred: fn(u32) -> bool) -> Option<u32> {
        match self.next {
            Some(Token::Plain(c)) if pred(c) => Some(c),
            _ => None,
        }
    }

    fn error<T>(&self, msg: impl Into<String>, offset: usize) -> PResult<T> {
        let mut msg = msg.into();
        if !self.is_str {
            msg = msg
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect();
        }
        err(msg, self.tell() - offset)
    }

    /// Up to `n` characters satisfying `pred`, as a number in `radix`, with their text.
    fn get_while(&mut self, n: usize, pred: fn(u32) -> bool) -> PResult<String> {
        let mut s = String::new();
        for _ in 0..n {
            let Some(c) = self.next_plain_in(pred) else {
                break;
            };
            s.push_str(&show(c));
            self.advance()?;
        }
        Ok(s)
    }

    /// Characters up to `terminator` (CPython's `getuntil`), escapes kept as written.
    fn get_until(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut result = String::new();
        loop {
            let t = self.get()?;
            let Some(t) = t else {
                if result.is_empty() {
                    return self.error(format!("missing {name}"), 0);
                }
                let n = result.chars().count();
                return self.error(format!("missing {terminator}, unterminated name"), n);
            };
            if t == Token::Plain(terminator as u32) {
                if result.is_empty() {
                    return self.error(format!("missing {name}"), 1);
                }
                return Ok(result);
            }
            result.push_str(&t.text());
        }
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !unicode::is_identifier(name) {
            let msg = format!(
                "bad character in group name {}",
                crate::objects::str::repr(name)
            );
            return self.error(msg, name.chars().count() + offset);
        }
        Ok(())
    }

    fn groups(&self) -> usize {
        self.group_widths.len()
    }

    fn group_closed(&self, gid: usize) -> bool {
        gid < self.groups() && self.group_widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize) -> PResult<()> {
        if let Some(first) = self.lookbehind_groups {
            if !self.group_closed(gid) {
                return self.error("cannot refer to an open group", 0);
            }
            if gid >= first {
                return self.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                );
            }
        }
        Ok(())
    }

    fn ignore_case(&self) -> bool {
        self.flags & FLAG_IGNORECASE != 0
    }

    fn ascii(&self) -> bool {
        !self.is_str || self.flags & FLAG_ASCII != 0
    }

    fn literal(&self, c: u32) -> Node {
        Node::Char {
            c,
            negate: false,
            ignore_case: self.ignore_case(),
            ascii: self.ascii(),
        }
    }

    fn category_set(&self, cat: Category) -> Node {
        Node::Set(CharSet {
            negate: false,
            items: vec![SetItem::Category(cat)],
            ignore_case: false,
            ascii: self.ascii(),
        })
    }

    fn category_of(c: u32) -> Option<Category> {
        Some(match char::from_u32(c)? {
            'd' => Category::Digit,
            'D' => Category::NotDigit,
            's' => Category::Space,
            'S' => Category::NotSpace,
            'w' => Category::Word,
            'W' => Category::NotWord,
            _ => return None,
        })
    }

    fn simple_escape(c: u32) -> Option<u32> {
        Some(match char::from_u32(c)? {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => b'\\' as u32,
            _ => return None,
        })
    }

    /// The hexadecimal and named escapes shared by sets and patterns; None when `c` is
    /// not one of them.
    fn numeric_escape(&mut self, c: u32) -> PResult<Option<u32>> {
        let digits = match char::from_u32(c) {
            Some('x') => 2,
            Some('u') if self.is_str => 4,
            Some('U') if self.is_str => 8,
            Some('N') if self.is_str => return self.named_escape().map(Some),
            _ => return Ok(None),
        };
        let hex = self.get_while(digits, is_hex)?;
        let escape = format!("\\{}{hex}", show(c));
        if hex.len() != digits {
            let n = escape.chars().count();
            return self.error(format!("incomplete escape {escape}"), n);
        }
        let v = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
        if char::from_u32(v).is_none() && !(0xd800..0xe000).contains(&v) {
            let n = escape.chars().count();
            return self.error(format!("bad escape {escape}"), n);
        }
        Ok(Some(v))
    }

    fn named_escape(&mut self) -> PResult<u32> {
        if !self.accept('{')? {
            return self.error("missing {", 0);
        }
        let name = self.get_until('}', "character name")?;
        // The runtime has no Unicode name database, so every name is unknown here.
        self.error(
            format!(
                "undefined character name {}",
                crate::objects::str::repr(&name)
            ),
            name.chars().count() + 4,
        )
    }

    /// An escape inside a set: a character, or a category.
    fn class_escape(&mut self, c: u32) -> PResult<SetItem> {
        if let Some(v) = Self::simple_escape(c) {
            return Ok(SetItem::Char(v));
        }
        if c == b'b' as u32 {
            return Ok(SetItem::Char(8));
        }
        if let Some(cat) = Self::category_of(c) {
            return Ok(SetItem::Category(cat));
        }
        if let Some(v) = self.numeric_escape(c)? {
            return Ok(SetItem::Char(v));
        }
        if is_octal(c) {
            let more = self.get_while(2, is_octal)?;
            let escape = format!("\\{}{more}", show(c));
            let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
            if v > 0o377 {
                return self.error(
                    format!("octal escape value {escape} outside of range 0-0o377"),
                    escape.len(),
                );
            }
            return Ok(SetItem::Char(v));
        }
        if is_digit(c) || is_ascii_letter(c) {
            return self.error(format!("bad escape \\{}", show(c)), 2);
        }
        Ok(SetItem::Char(c))
    }

    /// An escape outside sets.
    fn escape(&mut self, c: u32) -> PResult<Node> {
        let at = |at| {
            Ok(Node::At {
                at,
                ascii: self.ascii(),
            })
        };
        match char::from_u32(c) {
            Some('A') => return at(At::BeginString),
            Some('Z') => return at(At::EndString),
            Some('b') => return at(At::Boundary),
            Some('B') => return at(At::NonBoundary),
            _ => {}
        }
        if let Some(cat) = Self::category_of(c) {
            return Ok(self.category_set(cat));
        }
        if let Some(v) = Self::simple_escape(c) {
            return Ok(self.literal(v));
        }
        if let Some(v) = self.numeric_escape(c)? {
            return Ok(self.literal(v));
        }
        if c == b'0' as u32 {
            let more = self.get_while(2, is_octal)?;
            return Ok(self.literal(u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0)));
        }
        if is_digit(c) {
            let mut escape = format!("\\{}", show(c));
            if let Some(d) = self.next_plain_in(is_digit) {
                self.advance()?;
                escape.push_str(&show(d));
                if is_octal(c) && is_octal(d) {
                    if let Some(e) = self.next_plain_in(is_octal) {
                        self.advance()?;
                        escape.push_str(&show(e));
                        let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                        if v > 0o377 {
                            return self.error(
                                format!("octal escape value {escape} outside of range 0-0o377"),
                                escape.len(),
                            );
                        }
                        return Ok(self.literal(v));
                    }
                }
            }
            let group: usize = escape[1..].parse().unwrap_or(0);
            if group < self.groups() {
                if !self.group_closed(group) {
                    return self.error("cannot refer to an open group", escape.len());
                }
                self.check_lookbehind_group(group)?;
                return Ok(Node::Backref {
                    group,
                    ignore_case: self.ignore_case(),
                    ascii: self.ascii(),
                });
            }
            return self.error(format!("invalid group reference {group}"), escape.len() - 1);
        }
        if is_ascii_letter(c) {
            return self.error(format!("bad escape \\{}", show(c)), 2);
        }
        Ok(self.literal(c))
    }

    /// `a|b|c` (CPython's `_parse_sub`).
    fn parse_alternation(&mut self, verbose: bool, nested: usize) -> PResult<Node> {
        let mut items = Vec::new();
        let mut verbose = verbose;
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_sequence(verbose, nested + 1, first)?);
            if !self.accept('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.flags & FLAG_VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().expect("one item"));
        }
        Ok(merge_single_characters(items))
    }

    /// A sequence of items up to `|`, `)` or the end (CPython's `_parse`).
    fn parse_sequence(&mut self, mut verbose: bool, nested: usize, first: bool) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item was a repeat (for "multiple repeat").
        let mut last_repeat = false;
        while let Some(this) = self.next {
            if this == Token::Plain(b'|' as u32) || this == Token::Plain(b')' as u32) {
                break;
            }
            self.advance()?;
            let was_repeat = last_repeat;
            last_repeat = false;
            let c = match this {
                Token::Escape(e) => {
                    items.push(self.escape(e)?);
                    continue;
                }
                Token::Plain(c) => c,
            };
            if verbose {
                if matches!(c, 0x20 | 0x09 | 0x0a | 0x0d | 0x0b | 0x0c) {
                    continue;
                }
                if c == b'#' as u32 {
                    loop {
                        match self.get()? {
                            None | Some(Token::Plain(0x0a)) => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
            match char::from_u32(c) {
                Some('[') => items.push(self.parse_set()?),
                Some(q @ ('*' | '+' | '?' | '{')) => {
                    let here = self.tell();
                    let (min, max) = match q {
                        '?' => (0, 1),
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        _ => {
                            if self.next_is('}') {
                                items.push(self.literal(c));
                                continue;
                            }
                            let lo = self.get_while(usize::MAX, is_digit)?;
                            let hi = if self.accept(',')? {
                                Some(self.get_while(usize::MAX, is_digit)?)
                            } else {
                                None
                            };
                            if !self.accept('}')? {
                                items.push(self.literal(c));
                                self.seek(here)?;
                                continue;
                            }
                            let hi = hi.unwrap_or_else(|| lo.clone());
                            let parse = |s: &str| -> PResult<u64> {
                                match s.parse::<u64>() {
                                    Ok(v) if v < MAXREPEAT => Ok(v),
                                    _ => Err(ParseFailure::Overflow),
                                }
                            };
                            let min = if lo.is_empty() { 0 } else { parse(&lo)? };
                            let max = if hi.is_empty() {
                                MAXREPEAT
                            } else {
                                parse(&hi)?
                            };
                            if max < min {
                                return self.error(
                                    "min repeat greater than max repeat",
                                    self.tell() - here,
                                );
                            }
                            (min, max)
                        }
                    };
                    let length = self.tell() - here + 1;
                    let repeatable = items.last().is_some_and(|n| !matches!(n, Node::At { .. }));
                    if !repeatable {
                        return self.error("nothing to repeat", length);
                    }
                    if was_repeat {
                        return self.error("multiple repeat", length);
                    }
                    let greed = if self.accept('?')? {
                        Greed::Lazy
                    } else if self.accept('+')? {
                        Greed::Possessive
                    } else {
                        Greed::Greedy
                    };
                    let body = items.pop().expect("an item to repeat");
                    items.push(Node::Repeat {
                        min,
                        max,
                        greed,
                        body: Box::new(body),
                    });
                    last_repeat = true;
                }
                Some('.') => items.push(Node::Any {
                    dotall: self.flags & FLAG_DOTALL != 0,
                }),
                Some('(') => {
                    if let Some(node) = self.parse_group(&mut verbose, nested, first, &items)? {
                        items.push(node);
                    }
                }
                Some('^') => items.push(Node::At {
                    at: if self.flags & FLAG_MULTILINE != 0 {
                        At::BeginLine
                    } else {
                        At::BeginString
                    },
                    ascii: self.ascii(),
                }),
                Some('$') => items.push(Node::At {
                    at: if self.flags & FLAG_MULTILINE != 0 {
                        At::EndLine
                    } else {
                        At::End
                    },
                    ascii: self.ascii(),
                }),
                _ => items.push(self.literal(c)),
            }
        }
        Ok(match items.len() {
            1 => items.pop().expect("one item"),
            _ => Node::Concat(items),
        })
    }

    fn parse_set(&mut self) -> PResult<Node> {
        let here = self.tell() - 1;
        let negate = self.accept('^')?;
        let mut items: Vec<SetItem> = Vec::new();
        let mut first = true;
        loop {
            let Some(this) = self.get()? else {
                return self.error("unterminated character set", self.tell() - here);
            };
            if this == Token::Plain(b']' as u32) && !first {
                break;
            }
            first = false;
            let code1 = match this {
                Token::Escape(e) => self.class_escape(e)?,
                Token::Plain(c) => SetItem::Char(c),
            };
            if self.accept('-')? {
                let Some(that) = self.get()? else {
                    return self.error("unterminated character set", self.tell() - here);
                };
                if that == Token::Plain(b']' as u32) {
                    items.push(code1);
                    items.push(SetItem::Char(b'-' as u32));
                    break;
                }
                let code2 = match that {
                    Token::Escape(e) => self.class_escape(e)?,
                    Token::Plain(c) => SetItem::Char(c),
                };
                let bad = || format!("bad character range {}-{}", this.text(), that.text());
                let offset = this.len() + 1 + that.len();
                match (code1, code2) {
                    (SetItem::Char(lo), SetItem::Char(hi)) if lo <= hi => {
                        items.push(SetItem::Range(lo, hi))
                    }
                    _ => return self.error(bad(), offset),
                }
            } else {
                items.push(code1);
            }
        }
        let mut unique: Vec<SetItem> = Vec::new();
        for item in items {
            if !unique.contains(&item) {
                unique.push(item);
            }
        }
        if let [SetItem::Char(c)] = unique[..] {
            return Ok(Node::Char {
                c,
                negate,
                ignore_case: self.ignore_case(),
                ascii: self.ascii(),
            });
        }
        Ok(Node::Set(CharSet {
            negate,
            items: unique,
            ignore_case: self.ignore_case(),
            ascii: self.ascii(),
        }))
    }

    /// After `(`: a group, an extension, or inline flags (None: nothing to add).
    fn parse_group(
        &mut self,
        verbose: &mut bool,
        nested: usize,
        first: bool,
        items: &[Node],
    ) -> PResult<Option<Node>> {
        let start = self.tell() - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add_flags = 0;
        let mut del_flags = 0;
        if self.accept('?')? {
            let Some(tok) = self.get()? else {
                return self.error("unexpected end of pattern", 0);
            };
            let ch = match tok {
                Token::Plain(c) => char::from_u32(c).unwrap_or('\0'),
                Token::Escape(_) => {
                    return self.error(format!("unknown extension ?{}", tok.text()), tok.len() + 1)
                }
            };
            match ch {
                'P' => {
                    if self.accept('<')? {
                        let n = self.get_until('>', "group name")?;
                        self.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.accept('=')? {
                        let n = self.get_until(')', "group name")?;
                        self.check_group_name(&n, 1)?;
                        let Some(&(_, gid)) = self.names.iter().find(|(k, _)| *k == n) else {
                            let msg =
                                format!("unknown group name {}", crate::objects::str::repr(&n));
                            return self.error(msg, n.chars().count() + 1);
                        };
                        if !self.group_closed(gid) {
                            return self
                                .error("cannot refer to an open group", n.chars().count() + 1);
                        }
                        self.check_lookbehind_group(gid)?;
                        return Ok(Some(Node::Backref {
                            group: gid,
                            ignore_case: self.ignore_case(),
                            ascii: self.ascii(),
                        }));
                    } else {
                        let Some(t) = self.get()? else {
                            return self.error("unexpected end of pattern", 0);
                        };
                        return self
                            .error(format!("unknown extension ?P{}", t.text()), t.len() + 2);
                    }
                }
                ':' => capture = false,
                '#' => {
                    loop {
                        if self.next.is_none() {
                            return self
                                .error("missing ), unterminated comment", self.tell() - start);
                        }
                        if self.get()? == Some(Token::Plain(b')' as u32)) {
                            break;
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' | '<' => {
                    let mut kind = ch;
                    let behind = ch == '<';
                    let saved_lookbehind = self.lookbehind_groups;
                    if behind {
                        let Some(t) = self.get()? else {
                            return self.error("unexpected end of pattern", 0);
                        };
                        if t != Token::Plain(b'=' as u32) && t != Token::Plain(b'!' as u32) {
                            return self
                                .error(format!("unknown extension ?<{}", t.text()), t.len() + 2);
                        }
                        kind = if t == Token::Plain(b'=' as u32) {
                            '='
                        } else {
                            '!'
                        };
                        if self.lookbehind_groups.is_none() {
                            self.lookbehind_groups = Some(self.groups());
                        }
                    }
                    let body = self.parse_alternation(*verbose, nested + 1)?;
                    if behind && saved_lookbehind.is_none() {
                        self.lookbehind_groups = None;
                    }
                    if !self.accept(')')? {
                        return self
                            .error("missing ), unterminated subpattern", self.tell() - start);
                    }
                    if behind {
                        let (lo, hi) = width(&body, &self.group_widths);
                        if lo != hi {
                            return Err(ParseFailure::Error(PatternError {
                                msg: "look-behind requires fixed-width pattern".into(),
                                pos: None,
                            }));
                        }
                    }
                    return Ok(Some(Node::Assert {
                        behind,
                        negate: kind == '!',
                        body: Box::new(body),
                    }));
                }
                '(' => return self.parse_conditional(*verbose, nested, start).map(Some),
                '>' => {
                    capture = false;
                    atomic = true;
                }
                c if flag_of(c as u32).is_some() || c == '-' => match self.parse_flags(c)? {
                    None => {
                        if !first || !items.is_empty() {
                            return self.error(
                                "global flags not at the start of the expression",
                                self.tell() - start,
                            );
                        }
                        *verbose = self.flags & FLAG_VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((add, del)) => {
                        add_flags = add;
                        del_flags = del;
                        capture = false;
                    }
                },
                _ => {
                    return self.error(format!("unknown extension ?{}", tok.text()), tok.len() + 1)
                }
            }
        }
        let group = if capture {
            let gid = self.groups();
            self.group_widths.push(None);
            if self.groups() > MAXGROUPS {
                return self.error("too many groups", name.as_ref().map_or(0, |n| n.len() + 1));
            }
            if let Some(n) = &name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| k == n) {
                    let msg = format!(
                        "redefinition of group name {} as group {gid}; was group {old}",
                        crate::objects::str::repr(n)
                    );
                    return self.error(msg, n.chars().count() + 1);
                }
                self.names.push((n.clone(), gid));
            }
            Some(gid)
        } else {
            None
        };
        let sub_verbose =
            (*verbose || add_flags & FLAG_VERBOSE != 0) && del_flags & FLAG_VERBOSE == 0;
        let saved_flags = self.flags;
        self.flags = (self.flags | add_flags) & !del_flags;
        let body = self.parse_alternation(sub_verbose, nested + 1);
        self.flags = saved_flags;
        let body = body?;
        if !self.accept(')')? {
            return self.error("missing ), unterminated subpattern", self.tell() - start);
        }
        Ok(Some(match group {
            Some(gid) => {
                self.group_widths[gid] = Some(width(&body, &self.group_widths));
                Node::Group(gid, Box::new(body))
            }
            None if atomic => Node::Atomic(Box::new(body)),
            // `(?:\A)*` repeats a group, not an anchor: keep it from looking like one.
            None if matches!(body, Node::At { .. }) => Node::Concat(vec![body]),
            None => body,
        }))
    }

    fn parse_conditional(&mut self, verbose: bool, nested: usize, start: usize) -> PResult<Node> {
        let cond = self.get_until(')', "group name")?;
        let offset = cond.chars().count() + 1;
        let group = if unicode::is_identifier(&cond) {
            match self.names.iter().find(|(k, _)| *k == cond) {
                Some(&(_, gid)) => gid,
                None => {
                    let msg = format!("unknown group name {}", crate::objects::str::repr(&cond));
                    return self.error(msg, offset);
                }
            }
        } else {
            let bad = || {
                format!(
                    "bad character in group name {}",
                    crate::objects::str::repr(&cond)
                )
            };
            let trimmed = cond.trim();
            let digits = trimmed.strip_prefix('+').unwrap_or(trimmed);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return self.error(bad(), offset);
            }
            let gid: usize = match digits.parse() {
                Ok(g) => g,
                Err(_) => return self.error(format!("invalid group reference {digits}"), offset),
            };
            if gid == 0 {
                return self.error("bad group number", offset);
            }
            if gid >= MAXGROUPS {
                return self.error(format!("invalid group reference {gid}"), offset);
            }
            if !self.condition_refs.iter().any(|&(g, _)| g == gid) {
                self.condition_refs.push((gid, self.tell() - offset));
            }
            gid
        };
        self.check_lookbehind_group(group)?;
        let yes = self.parse_sequence(verbose, nested + 1, false)?;
        let no = if self.accept('|')? {
            let no = self.parse_sequence(verbose, nested + 1, false)?;
            if self.next_is('|') {
                return self.error("conditional backref with more than two branches", 0);
            }
            no
        } else {
            Node::Concat(Vec::new())
        };
        if !self.accept(')')? {
            return self.error("missing ), unterminated subpattern", self.tell() - start);
        }
        Ok(Node::Conditional {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// Inline flags after `(?`; None for global flags `(?i)`, else the scoped additions
    /// and removals of `(?i-m:...)`.
    fn parse_flags(&mut self, first: char) -> PResult<Option<(u32, u32)>> {
        let mut add = 0;
        let mut del = 0;
        let mut ch = first;
        let char_of = |t: Option<Token>| -> Option<char> {
            match t {
                Some(Token::Plain(c)) => char::from_u32(c),
                Some(Token::Escape(_)) => Some('\\'),
                None => None,
            }
        };
        if ch != '-' {
            loop {
                let flag = flag_of(ch as u32).expect("a flag character");
                if self.is_str && ch == 'L' {
                    return self.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    );
                }
                if !self.is_str && ch == 'u' {
                    return self.error(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    );
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return self.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    );
                }
                let tok = self.get()?;
                let Some(c) = char_of(tok) else {
                    return self.error("missing -, : or )", 0);
                };
                ch = c;
                if ")-:".contains(ch) && matches!(tok, Some(Token::Plain(_))) {
                    break;
                }
                if flag_of(ch as u32).is_none() || matches!(tok, Some(Token::Escape(_))) {
                    let msg = if ch.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return self.error(msg, tok.map_or(1, Token::len));
                }
            }
        }
        if ch == ')' {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return self.error("bad inline flags: cannot turn on global flag", 1);
        }
        if ch == '-' {
            let tok = self.get()?;
            let Some(c) = char_of(tok) else {
                return self.error("missing flag", 0);
            };
            ch = c;
            if flag_of(ch as u32).is_none() || matches!(tok, Some(Token::Escape(_))) {
                let msg = if ch.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return self.error(msg, tok.map_or(1, Token::len));
            }
            loop {
                let flag = flag_of(ch as u32).expect("a flag character");
                if flag & TYPE_FLAGS != 0 {
                    return self.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    );
                }
                del |= flag;
                let tok = self.get()?;
                let Some(c) = char_of(tok) else {
                    return self.error("missing :", 0);
                };
                ch = c;
                if ch == ':' && matches!(tok, Some(Token::Plain(_))) {
                    break;
                }
                if flag_of(ch as u32).is_none() || matches!(tok, Some(Token::Escape(_))) {
                    let msg = if ch.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return self.error(msg, tok.map_or(1, Token::len));
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return self.error("bad inline flags: cannot turn off global flag", 1);
        }
        if add & del != 0 {
            return self.error("bad inline flags: flag turned on and off", 1);
        }
        Ok(Some((add, del)))
    }
}

/// `a|b|[cd]` as the set `[abcd]` (as CPython's parser does), so that a repeat of it is a
/// repeat of one character; other alternations as they are.
fn merge_single_characters(items: Vec<Node>) -> Node {
    let mut merged: Vec<SetItem> = Vec::new();
    let mut flags = None;
    for item in &items {
        let (item_flags, members) = match item {
            &Node::Char {
                c,
                negate: false,
                ignore_case,
                ascii,
            } => ((ignore_case, ascii), vec![SetItem::Char(c)]),
            Node::Set(set) if !set.negate => ((set.ignore_case, set.ascii), set.items.clone()),
            _ => return Node::Alternation(items),
        };
        if flags.is_some_and(|f| f != item_flags) {
            return Node::Alternation(items);
        }
        flags = Some(item_flags);
        for m in members {
            if !merged.contains(&m) {
                merged.push(m);
            }
        }
    }
    let (ignore_case, ascii) = flags.unwrap_or((false, false));
    Node::Set(CharSet {
        negate: false,
        items: merged,
        ignore_case,
        ascii,
    })
}

/// Parses `text` (a str pattern's code points, or a bytes pattern's bytes) under `flags`.
pub fn parse(text: &[u32], is_str: bool, flags: u32) -> PResult<Parsed> {
    let mut p = Parser {
        text,
        index: 0,
        next: None,
        is_str,
        flags,
        group_widths: vec![None],
        names: Vec::new(),
        lookbehind_groups: None,
        condition_refs: Vec::new(),
    };
    p.advance()?;
    let root = p.parse_alternation(flags & FLAG_VERBOSE != 0, 0)?;
    if p.next.is_some() {
        return p.error("unbalanced parenthesis", 0);
    }
    for &(g, pos) in &p.condition_refs {
        if g >= p.groups() {
            return err(format!("invalid group reference {g}"), pos);
        }
    }
    let mut flags = p.flags;
    if is_str && flags & FLAG_ASCII == 0 {
        flags |= FLAG_UNICODE;
    }
    Ok(Parsed {
        root,
        flags,
        groups: p.groups(),
        names: p.names,
    })
}
