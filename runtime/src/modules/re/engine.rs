//! The matcher: a parsed pattern compiled to instructions for a backtracking machine whose
//! choice points live on an explicit stack (a heap vector), so that long inputs never
//! deepen the Rust stack. Only look-arounds and atomic groups run a nested machine, so
//! recursion depth is bounded by the pattern's nesting.
//!
//! The order in which alternatives are tried, the handling of repeats that match the empty
//! string (an iteration that makes no progress ends the loop once the minimum is reached),
//! captures inside repeats and the 3.7+ rule that a search after an empty match may not
//! return another empty match at the same place follow CPython's `_sre`.

use super::parser::{At, Category, CharSet, Greed, Node, Parsed, SetItem};
use crate::objects::unicode;

const UNSET: usize = usize::MAX;

#[derive(Debug)]
enum Inst {
    /// One character: exact, case-folded, or anything but it.
    Char {
        c: u32,
        negate: bool,
        fold: Option<Fold>,
    },
    Any,
    AnyAll,
    Set(usize),
    /// Try `first`; on failure `second`.
    Split {
        first: usize,
        second: usize,
    },
    Jmp(usize),
    Save(usize),
    At(At, bool),
    Backref {
        group: usize,
        fold: Option<Fold>,
    },
    /// Counters `reg` (iterations) and `reg + 1` (where the last iteration started) to
    /// their initial state before a `Repeat`.
    RepeatInit(usize),
    /// The head of a general repeat: the body starts at `body` and jumps back here.
    Repeat {
        reg: usize,
        min: u64,
        max: u64,
        lazy: bool,
        body: usize,
        exit: usize,
    },
    /// A repeat of the single-character instruction at the next index; continues two
    /// instructions on.
    RepeatOne {
        min: u64,
        max: u64,
        greed: Greed,
    },
    Look {
        behind: bool,
        negate: bool,
        width: usize,
        body: usize,
        next: usize,
    },
    Atomic {
        body: usize,
        next: usize,
    },
    GroupExists {
        group: usize,
        no: usize,
    },
    /// The end of the pattern, or of a look-around or atomic body.
    Succeed,
}

/// How a case-insensitive comparison folds: Unicode simple case mappings, or ASCII only.
#[derive(Debug, Clone, Copy)]
enum Fold {
    Unicode,
    Ascii,
}

impl Fold {
    fn of(ignore_case: bool, ascii: bool) -> Option<Fold> {
        match (ignore_case, ascii) {
            (false, _) => None,
            (true, true) => Some(Fold::Ascii),
            (true, false) => Some(Fold::Unicode),
        }
    }

    fn lower(self, c: u32) -> u32 {
        match self {
            Fold::Ascii if c < 0x80 => (c as u8).to_ascii_lowercase() as u32,
            Fold::Ascii => c,
            Fold::Unicode => unicode::simple_lower(c),
        }
    }

    fn upper(self, c: u32) -> u32 {
        match self {
            Fold::Ascii if c < 0x80 => (c as u8).to_ascii_uppercase() as u32,
            Fold::Ascii => c,
            Fold::Unicode => unicode::simple_upper(c),
        }
    }

    fn equal(self, a: u32, b: u32) -> bool {
        a == b || self.lower(a) == self.lower(b) || self.upper(a) == self.upper(b)
    }

    /// The characters a case-insensitive set test tries for `c`.
    fn variants(self, c: u32) -> [u32; 5] {
        let lower = self.lower(c);
        let upper = self.upper(c);
        [c, lower, upper, self.upper(lower), self.lower(upper)]
    }
}

/// A compiled pattern.
pub struct Program {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    registers: usize,
    /// Groups, group 0 included.
    pub groups: usize,
    /// The pattern's flags with its global inline flags.
    pub flags: u32,
    /// Group names with their numbers, in order of definition.
    pub names: Vec<(String, usize)>,
    /// A single-character instruction every match starts with (for the search loop to
    /// skip to where it matches).
    probe: Option<usize>,
    /// The pattern can only match at the start of the string.
    anchored: bool,
}

fn category_has(cat: Category, c: u32, ascii: bool) -> bool {
    let ch = char::from_u32(c);
    let digit = || {
        if ascii || c < 0x80 {
            (b'0' as u32..=b'9' as u32).contains(&c)
        } else {
            ch.is_some_and(unicode::is_decimal)
        }
    };
    let space = || {
        if ascii || c < 0x80 {
            matches!(c, 0x20 | 0x09..=0x0d)
        } else {
            ch.is_some_and(unicode::is_space)
        }
    };
    match cat {
        Category::Digit => digit(),
        Category::NotDigit => !digit(),
        Category::Space => space(),
        Category::NotSpace => !space(),
        Category::Word => is_word(c, ascii),
        Category::NotWord => !is_word(c, ascii),
    }
}

fn is_word(c: u32, ascii: bool) -> bool {
    if c < 0x80 {
        return c == b'_' as u32 || (c as u8).is_ascii_alphanumeric();
    }
    !ascii && char::from_u32(c).is_some_and(unicode::is_alnum)
}

fn set_has_raw(set: &CharSet, c: u32) -> bool {
    set.items.iter().any(|item| match *item {
        SetItem::Char(x) => x == c,
        SetItem::Range(lo, hi) => lo <= c && c <= hi,
        SetItem::Category(cat) => category_has(cat, c, set.ascii),
    })
}

fn set_has(set: &CharSet, c: u32) -> bool {
    let found = match Fold::of(set.ignore_case, set.ascii) {
        None => set_has_raw(set, c),
        Some(fold) => fold.variants(c).iter().any(|&v| set_has_raw(set, v)),
    };
    found != set.negate
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    registers: usize,
}

/// Whether `node` always matches exactly one character and captures nothing.
fn is_single_char(node: &Node) -> bool {
    matches!(node, Node::Char { .. } | Node::Any { .. } | Node::Set(_))
}

impl Compiler {
    fn emit(&mut self, inst: Inst) -> usize {
        self.insts.push(inst);
        self.insts.len() - 1
    }

    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.insts[at] {
            Inst::Jmp(t) => *t = target,
            Inst::Split { second, .. } => *second = target,
            Inst::Repeat { exit, .. } => *exit = target,
            Inst::Look { next, .. } | Inst::Atomic { next, .. } => *next = target,
            Inst::GroupExists { no, .. } => *no = target,
            other => unreachable!("patching {other:?}"),
        }
    }

    fn compile(&mut self, node: &Node) {
        match node {
            &Node::Char {
                c,
                negate,
                ignore_case,
                ascii,
            } => {
                self.emit(Inst::Char {
                    c,
                    negate,
                    fold: Fold::of(ignore_case, ascii),
                });
            }
            Node::Any { dotall } => {
                self.emit(if *dotall { Inst::AnyAll } else { Inst::Any });
            }
            Node::Set(set) => {
                self.sets.push(set.clone());
                self.emit(Inst::Set(self.sets.len() - 1));
            }
            Node::Concat(items) => items.iter().for_each(|n| self.compile(n)),
            Node::Alternation(items) => {
                let mut jumps = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if i + 1 == items.len() {
                        self.compile(item);
                        break;
                    }
                    let split = self.emit(Inst::Split {
                        first: self.insts.len() + 1,
                        second: 0,
                    });
                    self.compile(item);
                    jumps.push(self.emit(Inst::Jmp(0)));
                    let next = self.insts.len();
                    self.patch(split, next);
                }
                let end = self.insts.len();
                jumps.into_iter().for_each(|j| self.patch(j, end));
            }
            Node::Group(g, body) => {
                self.emit(Inst::Save(2 * g));
                self.compile(body);
                self.emit(Inst::Save(2 * g + 1));
            }
            Node::Repeat {
                min,
                max,
                greed,
                body,
            } => self.compile_repeat(*min, *max, *greed, body),
            &Node::Backref {
                group,
                ignore_case,
                ascii,
            } => {
                self.emit(Inst::Backref {
                    group,
                    fold: Fold::of(ignore_case, ascii),
                });
            }
            Node::Assert {
                behind,
                negate,
                body,
            } => {
                let width = if *behind {
                    fixed_width(body).unwrap_or(0)
                } else {
                    0
                };
                let look = self.emit(Inst::Look {
                    behind: *behind,
                    negate: *negate,
                    width,
                    body: self.insts.len() + 1,
                    next: 0,
                });
                self.compile(body);
                self.emit(Inst::Succeed);
                let next = self.insts.len();
                self.patch(look, next);
            }
            Node::Atomic(body) => self.compile_atomic(body),
            Node::Conditional { group, yes, no } => {
                let test = self.emit(Inst::GroupExists {
                    group: *group,
                    no: 0,
                });
                self.compile(yes);
                let jump = self.emit(Inst::Jmp(0));
                let no_start = self.insts.len();
                self.patch(test, no_start);
                self.compile(no);
                let end = self.insts.len();
                self.patch(jump, end);
            }
            &Node::At { at, ascii } => {
                self.emit(Inst::At(at, ascii));
            }
        }
    }

    fn compile_atomic(&mut self, body: &Node) {
        let atomic = self.emit(Inst::Atomic {
            body: self.insts.len() + 1,
            next: 0,
        });
        self.compile(body);
        self.emit(Inst::Succeed);
        let next = self.insts.len();
        self.patch(atomic, next);
    }

    fn compile_repeat(&mut self, min: u64, max: u64, greed: Greed, body: &Node) {
        if is_single_char(body) {
            self.emit(Inst::RepeatOne { min, max, greed });
            self.compile(body);
            return;
        }
        if greed == Greed::Possessive {
            // CPython never backtracks into an iteration of a possessive repeat either:
            // each iteration is atomic, and so is the whole.
            let inner = Node::Repeat {
                min,
                max,
                greed: Greed::Greedy,
                body: Box::new(Node::Atomic(Box::new(body.clone()))),
            };
            self.compile_atomic(&inner);
            return;
        }
        let reg = self.registers;
        self.registers += 2;
        self.emit(Inst::RepeatInit(reg));
        let head = self.emit(Inst::Repeat {
            reg,
            min,
            max,
            lazy: greed == Greed::Lazy,
            body: self.insts.len() + 1,
            exit: 0,
        });
        self.compile(body);
        self.emit(Inst::Jmp(head));
        let exit = self.insts.len();
        self.patch(head, exit);
    }
}

/// The width of a node that always matches the same number of characters.
fn fixed_width(node: &Node) -> Option<usize> {
    Some(match node {
        Node::Char { .. } | Node::Any { .. } | Node::Set(_) => 1,
        Node::Concat(items) => items.iter().map(fixed_width).sum::<Option<usize>>()?,
        Node::Alternation(items) => {
            let first = fixed_width(items.first()?)?;
            for item in items {
                if fixed_width(item)? != first {
                    return None;
                }
            }
            first
        }
        Node::Group(_, body) | Node::Atomic(body) => fixed_width(body)?,
        Node::Repeat { min, max, body, .. } if min == max => {
            fixed_width(body)?.checked_mul(usize::try_from(*min).ok()?)?
        }
        Node::Repeat { body, .. } => {
            if fixed_width(body)? == 0 {
                0
            } else {
                return None;
            }
        }
        Node::Assert { .. } | Node::At { .. } => 0,
        // A back reference has its group's width, which the parser checked to be fixed.
        Node::Backref { .. } => return None,
        Node::Conditional { yes, no, .. } => {
            let w = fixed_width(yes)?;
            if fixed_width(no)? != w {
                return None;
            }
            w
        }
    })
}

/// A single-character node every match of `node` starts with, when there is one (the
/// search loop skips the positions where it does not match).
fn leading_unit(node: &Node) -> Option<&Node> {
    match node {
        n if is_single_char(n) => Some(n),
        Node::Concat(items) => leading_unit(items.first()?),
        Node::Group(_, body) | Node::Atomic(body) => leading_unit(body),
        Node::Repeat { min, body, .. } if *min > 0 => leading_unit(body),
        _ => None,
    }
}

fn is_anchored(node: &Node) -> bool {
    match node {
        Node::At {
            at: At::BeginString,
            ..
        } => true,
        Node::Concat(items) => items.first().is_some_and(is_anchored),
        Node::Group(_, body) | Node::Atomic(body) => is_anchored(body),
        _ => false,
    }
}

pub fn compile(parsed: Parsed) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        registers: 0,
    };
    c.compile(&parsed.root);
    c.emit(Inst::Succeed);
    let probe = leading_unit(&parsed.root).map(|unit| {
        c.compile(unit);
        c.insts.len() - 1
    });
    Program {
        insts: c.insts,
        sets: c.sets,
        registers: c.registers,
        groups: parsed.groups,
        flags: parsed.flags,
        names: parsed.names,
        probe,
        anchored: is_anchored(&parsed.root),
    }
}

/// What a match must satisfy, besides the pattern.
#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    /// Anchored at the start position.
    Match,
    /// Anchored at both ends.
    FullMatch,
    /// At the first position where the pattern matches.
    Search,
}

/// A successful match: the start and end of each group (`UNSET` when it did not take
/// part), and CPython's `lastindex` (0: none).
pub struct Found {
    pub spans: Vec<usize>,
    pub lastindex: usize,
}

enum Frame {
    Retry {
        pc: usize,
        pos: usize,
    },
    Capture {
        slot: usize,
        old: usize,
    },
    /// A general repeat's counters (`reg`: iterations, `reg + 1`: where the last
    /// iteration started) as they were.
    Counters {
        reg: usize,
        count: usize,
        last: usize,
    },
    LastIndex {
        old: usize,
    },
    /// A greedy single-character repeat that matched `count` characters from `start`.
    GreedyOne {
        next: usize,
        start: usize,
        count: usize,
        min: usize,
    },
    /// A lazy single-character repeat at `pos` after `count` characters.
    LazyOne {
        item: usize,
        next: usize,
        pos: usize,
        count: u64,
        max: u64,
    },
    /// A lazy general repeat that may still run its body once more from `pos`.
    LazyRepeat {
        reg: usize,
        body: usize,
        pos: usize,
    },
}

impl Frame {
    fn is_undo(&self) -> bool {
        matches!(
            self,
            Frame::Capture { .. } | Frame::Counters { .. } | Frame::LastIndex { .. }
        )
    }
}

struct Machine<'p, 't, T> {
    prog: &'p Program,
    text: &'t [T],
    /// The end of the text the pattern sees (`endpos`).
    end: usize,
    caps: Vec<usize>,
    regs: Vec<usize>,
    lastindex: usize,
    stack: Vec<Frame>,
    full: bool,
    /// The position an empty match may not end at (after an empty match, in a scan).
    forbidden_empty: Option<usize>,
}

impl<'p, 't, T: Copy + Into<u32>> Machine<'p, 't, T> {
    fn at(&self, pos: usize) -> u32 {
        self.text[pos].into()
    }

    fn matches_one(&self, pc: usize, pos: usize) -> bool {
        if pos >= self.end {
            return false;
        }
        let ch = self.at(pos);
        match self.prog.insts[pc] {
            Inst::Char { c, negate, fold } => {
                let equal = match fold {
                    None => ch == c,
                    Some(f) => f.equal(ch, c),
                };
                equal != negate
            }
            Inst::Any => ch != b'\n' as u32,
            Inst::AnyAll => true,
            Inst::Set(i) => set_has(&self.prog.sets[i], ch),
            _ => unreachable!("not a single-character instruction"),
        }
    }

    fn at_holds(&self, at: At, ascii: bool, pos: usize) -> bool {
        let newline = b'\n' as u32;
        match at {
            At::BeginString => pos == 0,
            At::BeginLine => pos == 0 || self.at(pos - 1) == newline,
            At::EndString => pos == self.end,
            At::End => pos == self.end || (pos + 1 == self.end && self.at(pos) == newline),
            At::EndLine => pos == self.end || self.at(pos) == newline,
            At::Boundary | At::NonBoundary => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(self.at(pos - 1), ascii);
                let after = pos < self.end && is_word(self.at(pos), ascii);
                (before != after) == (at == At::Boundary)
            }
        }
    }

    fn set_cap(&mut self, slot: usize, value: usize) {
        self.stack.push(Frame::Capture {
            slot,
            old: self.caps[slot],
        });
        self.caps[slot] = value;
    }

    fn set_counters(&mut self, reg: usize, count: usize, last: usize) {
        self.stack.push(Frame::Counters {
            reg,
            count: self.regs[reg],
            last: self.regs[reg + 1],
        });
        self.regs[reg] = count;
        self.regs[reg + 1] = last;
    }

    fn restore_counters(&mut self, reg: usize, count: usize, last: usize) {
        self.regs[reg] = count;
        self.regs[reg + 1] = last;
    }

    /// Undoes the frames above `base` and drops them.
    fn unwind_to(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop().expect("a frame") {
                Frame::Capture { slot, old } => self.caps[slot] = old,
                Frame::Counters { reg, count, last } => self.restore_counters(reg, count, last),
                Frame::LastIndex { old } => self.lastindex = old,
                _ => {}
            }
        }
    }

    /// Keeps the undo records above `base` and drops its choice points (the body of an
    /// atomic group or look-around is never re-entered).
    fn commit_to(&mut self, base: usize) {
        let mut keep = base;
        for i in base..self.stack.len() {
            if self.stack[i].is_undo() {
                self.stack.swap(keep, i);
                keep += 1;
            }
        }
        self.stack.truncate(keep);
    }

    /// Runs from `pc` at `pos`; the end position of the first success. On failure every
    /// change is undone; on success the undo records stay on the stack.
    fn run(&mut self, mut pc: usize, mut pos: usize, top: bool) -> Option<usize> {
        let base = self.stack.len();
        loop {
            let ok = match self.prog.insts[pc] {
                Inst::Char { .. } | Inst::Any | Inst::AnyAll | Inst::Set(_) => {
                    if self.matches_one(pc, pos) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split { first, second } => {
                    self.stack.push(Frame::Retry { pc: second, pos });
                    pc = first;
                    true
                }
                Inst::Jmp(target) => {
                    pc = target;
                    true
                }
                Inst::Save(slot) => {
                    self.set_cap(slot, pos);
                    if slot % 2 == 1 {
                        self.stack.push(Frame::LastIndex {
                            old: self.lastindex,
                        });
                        self.lastindex = slot / 2;
                    }
                    pc += 1;
                    true
                }
                Inst::At(at, ascii) => {
                    pc += 1;
                    self.at_holds(at, ascii, pos)
                }
                Inst::Backref { group, fold } => {
                    let (s, e) = (self.caps[2 * group], self.caps[2 * group + 1]);
                    if s == UNSET || e == UNSET || e < s || pos + (e - s) > self.end {
                        false
                    } else {
                        let same = (0..e - s).all(|i| {
                            let (a, b) = (self.at(s + i), self.at(pos + i));
                            match fold {
                                None => a == b,
                                Some(f) => f.equal(a, b),
                            }
                        });
                        pos += e - s;
                        pc += 1;
                        same
                    }
                }
                Inst::RepeatInit(reg) => {
                    self.set_counters(reg, 0, UNSET);
                    pc += 1;
                    true
                }
                Inst::Repeat {
                    reg,
                    min,
                    max,
                    lazy,
                    body,
                    exit,
                } => {
                    let count = self.regs[reg] as u64;
                    let no_progress = count > 0 && self.regs[reg + 1] == pos;
                    if count >= min && no_progress || count >= max {
                        pc = exit;
                    } else if count < min {
                        self.set_counters(reg, count as usize + 1, pos);
                        pc = body;
                    } else if lazy {
                        self.stack.push(Frame::LazyRepeat { reg, body, pos });
                        pc = exit;
                    } else {
                        self.stack.push(Frame::Retry { pc: exit, pos });
                        self.set_counters(reg, count as usize + 1, pos);
                        pc = body;
                    }
                    true
                }
                Inst::RepeatOne { min, max, greed } => {
                    let item = pc + 1;
                    let next = pc + 2;
                    let limit = (self.end - pos) as u64;
                    if greed == Greed::Lazy {
                        let mut count = 0;
                        while count < min && self.matches_one(item, pos + count as usize) {
                            count += 1;
                        }
                        if count < min {
                            false
                        } else {
                            pos += count as usize;
                            if count < max {
                                self.stack.push(Frame::LazyOne {
                                    item,
                                    next,
                                    pos,
                                    count,
                                    max,
                                });
                            }
                            pc = next;
                            true
                        }
                    } else {
                        let cap = max.min(limit) as usize;
                        let mut count = 0;
                        while count < cap && self.matches_one(item, pos + count) {
                            count += 1;
                        }
                        if (count as u64) < min {
                            false
                        } else {
                            if greed == Greed::Greedy && count as u64 > min {
                                self.stack.push(Frame::GreedyOne {
                                    next,
                                    start: pos,
                                    count,
                                    min: min as usize,
                                });
                            }
                            pos += count;
                            pc = next;
                            true
                        }
                    }
                }
                Inst::Look {
                    behind,
                    negate,
                    width,
                    body,
                    next,
                } => {
                    let start = if behind {
                        pos.checked_sub(width)
                    } else {
                        Some(pos)
                    };
                    let inner_base = self.stack.len();
                    let found = match start {
                        Some(s) => self.run(body, s, false).is_some(),
                        None => false,
                    };
                    pc = next;
                    match (found, negate) {
                        (true, false) => {
                            self.commit_to(inner_base);
                            true
                        }
                        (true, true) => {
                            self.unwind_to(inner_base);
                            false
                        }
                        (false, false) => false,
                        (false, true) => true,
                    }
                }
                Inst::Atomic { body, next } => {
                    let inner_base = self.stack.len();
                    match self.run(body, pos, false) {
                        Some(end) => {
                            self.commit_to(inner_base);
                            pos = end;
                            pc = next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::GroupExists { group, no } => {
                    let set = self.caps[2 * group] != UNSET && self.caps[2 * group + 1] != UNSET;
                    pc = if set { pc + 1 } else { no };
                    true
                }
                Inst::Succeed => {
                    let rejected = top
                        && ((self.full && pos != self.end) || self.forbidden_empty == Some(pos));
                    if !rejected {
                        return Some(pos);
                    }
                    false
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the latest choice point.
            loop {
                if self.stack.len() == base {
                    return None;
                }
                match self.stack.pop().expect("a frame") {
                    Frame::Capture { slot, old } => self.caps[slot] = old,
                    Frame::Counters { reg, count, last } => self.restore_counters(reg, count, last),
                    Frame::LastIndex { old } => self.lastindex = old,
                    Frame::Retry { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Frame::GreedyOne {
                        next,
                        start,
                        count,
                        min,
                    } => {
                        let count = count - 1;
                        if count > min {
                            self.stack.push(Frame::GreedyOne {
                                next,
                                start,
                                count,
                                min,
                            });
                        }
                        pc = next;
                        pos = start + count;
                        break;
                    }
                    Frame::LazyOne {
                        item,
                        next,
                        pos: at,
                        count,
                        max,
                    } => {
                        if self.matches_one(item, at) {
                            if count + 1 < max {
                                self.stack.push(Frame::LazyOne {
                                    item,
                                    next,
                                    pos: at + 1,
                                    count: count + 1,
                                    max,
                                });
                            }
                            pc = next;
                            pos = at + 1;
                            break;
                        }
                    }
                    Frame::LazyRepeat { reg, body, pos: at } => {
                        let count = self.regs[reg];
                        self.set_counters(reg, count + 1, at);
                        pc = body;
                        pos = at;
                        break;
                    }
                }
            }
        }
    }
}

impl<'p, 't, T: Copy + Into<u32>> Machine<'p, 't, T> {
    fn new(prog: &'p Program, text: &'t [T], end: usize, mode: Mode) -> Self {
        Machine {
            prog,
            text,
            end,
            caps: vec![UNSET; 2 * prog.groups],
            regs: vec![UNSET; prog.registers],
            lastindex: 0,
            stack: Vec::with_capacity(64),
            full: mode == Mode::FullMatch,
            forbidden_empty: None,
        }
    }

    /// The first match from `pos` (only at `pos` unless `search`). Every failed attempt
    /// leaves the captures and registers as they were, so the machine can be reused.
    fn find_from(&mut self, pos: usize, search: bool) -> Option<Found> {
        let mut start = pos;
        loop {
            if start > self.end {
                return None;
            }
            if search {
                if let Some(probe) = self.prog.probe {
                    match (start..self.end).find(|&i| self.matches_one(probe, i)) {
                        Some(i) => start = i,
                        None => return None,
                    }
                }
            }
            if let Some(stop) = self.run(0, start, true) {
                let mut spans = self.caps.clone();
                spans[0] = start;
                spans[1] = stop;
                let lastindex = self.lastindex;
                // Undo this match's captures so the next search starts clean.
                self.unwind_to(0);
                return Some(Found { spans, lastindex });
            }
            self.stack.clear();
            if !search || self.prog.anchored {
                return None;
            }
            start += 1;
        }
    }
}

/// Matches `prog` against `text[..end]` from `pos` (`mode` says how).
pub fn find<T: Copy + Into<u32>>(
    prog: &Program,
    text: &[T],
    pos: usize,
    end: usize,
    mode: Mode,
) -> Option<Found> {
    Machine::new(prog, text, end, mode).find_from(pos, mode == Mode::Search)
}

/// Successive matches from `pos`, as `findall`, `finditer`, `sub` and `split` see them
/// (after an empty match, the next may not be empty at the same place); at most `limit`
/// of them when `limit` is not 0.
pub fn scan<T: Copy + Into<u32>>(
    prog: &Program,
    text: &[T],
    mut pos: usize,
    end: usize,
    limit: usize,
) -> Vec<Found> {
    let mut machine = Machine::new(prog, text, end, Mode::Search);
    let mut out = Vec::new();
    while pos <= end && (limit == 0 || out.len() < limit) {
        let Some(found) = machine.find_from(pos, true) else {
            break;
        };
        let (s, e) = (found.spans[0], found.spans[1]);
        machine.forbidden_empty = if s == e { Some(e) } else { None };
        pos = e;
        out.push(found);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::re::parser::parse;

    fn search(pattern: &str, text: &str) -> Option<(usize, usize)> {
        let p: Vec<u32> = pattern.chars().map(|c| c as u32).collect();
        let t: Vec<u32> = text.chars().map(|c| c as u32).collect();
        let parsed = parse(&p, true, 0).ok()?;
        let prog = compile(parsed);
        find(&prog, &t, 0, t.len(), Mode::Search).map(|f| (f.spans[0], f.spans[1]))
    }

    #[test]
    fn backtracking_order() {
        assert_eq!(search("a*ab", "xaaab"), Some((1, 5)));
        assert_eq!(search("a*?b", "aab"), Some((0, 3)));
        assert_eq!(search("(a|ab)c", "abc"), Some((0, 3)));
        assert_eq!(search("a++a", "aaa"), None);
        assert_eq!(search("(?<=a)b", "ab"), Some((1, 2)));
        assert_eq!(search("(a*)*b", "aab"), Some((0, 3)));
    }

    #[test]
    fn long_input_does_not_recurse() {
        let text = "ab".repeat(200_000);
        assert_eq!(search("(?:ab)*$", &text), Some((0, text.len())));
    }
}
