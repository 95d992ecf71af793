//! Tracebacks: each function an exception leaves records its code and the line it was at
//! (`rt_traceback_here`, from the function's error exit), and an uncaught exception is
//! reported as CPython reports it: its chain of causes and contexts, each with its frames
//! (outermost first, the source line under each, runs of one repeated frame collapsed) and
//! its last line. The sources come from the executable (`rt_module_register`), so the
//! `.py` files need not exist at run time. CPython's caret lines under the failing
//! expression are not shown. `__traceback__` shows the frames as `traceback` objects.

use crate::objects::exception_group;
use crate::objects::exceptions::{self, type_error, ExceptionObj};
use crate::objects::function::{CodeObj, FunctionObj};
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::module;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::value::{none, PyResult, Value};
use std::fmt::Write;

/// Records that the pending exception was raised in (or came up to) function `func` at
/// `line`; line 0 (a re-raise, or a failure before the body starts) records nothing.
pub fn here(func: Value, line: u64) {
    let Some(f) = func.get::<FunctionObj>().filter(|_| line != 0) else {
        return;
    };
    let pending = exceptions::pending();
    let Some(e) = pending.get::<ExceptionObj>() else {
        return;
    };
    if e.traceback.get().is_null() {
        e.traceback.set(list::new(&[]));
    }
    if let Some(l) = e.traceback.get().get::<ListObj>() {
        l.push(tuple::new(&[f.code, int::from_u64(line)]));
    }
}

/// One frame as CPython prints it: `File "...", line N, in name` and the source line.
fn frame_text(code: Value, line: i64) -> String {
    let Some(c) = code.get::<CodeObj>() else {
        return String::new();
    };
    let info = module::compiled(c.module.get() as usize);
    let file = info
        .and_then(|m| pystr::as_str(m.file))
        .unwrap_or("<unknown>");
    let name = pystr::as_str(c.name).unwrap_or("?");
    let mut out = format!("  File \"{file}\", line {line}, in {name}\n");
    let source = info.and_then(|m| pystr::as_str(m.source));
    if let Some(text) = source.and_then(|s| s.lines().nth((line - 1).max(0) as usize)) {
        let text = text.trim();
        if !text.is_empty() {
            let _ = writeln!(out, "    {text}");
        }
    }
    out
}

/// The frames of an exception's traceback, outermost first, with CPython's collapsing of
/// a frame repeated more than three times in a row.
fn frames_text(exc: Value) -> String {
    let entries: Vec<(Value, i64)> = exc
        .get::<ExceptionObj>()
        .and_then(|e| e.traceback.get().get::<ListObj>())
        .map(|l| l.snapshot())
        .unwrap_or_default()
        .into_iter()
        .rev()
        .filter_map(|t| match tuple::items(t)? {
            [code, line] => Some((*code, int::as_int(*line)?.to_i64()?)),
            _ => None,
        })
        .collect();
    let mut out = String::new();
    let mut previous: Option<(Value, i64)> = None;
    let mut repeats = 0;
    let flush = |out: &mut String, repeats: usize| {
        if repeats > 3 {
            let more = repeats - 3;
            let s = if more == 1 { "" } else { "s" };
            let _ = writeln!(out, "  [Previous line repeated {more} more time{s}]");
        }
    };
    for entry in entries {
        if previous == Some(entry) {
            repeats += 1;
            if repeats > 3 {
                continue;
            }
        } else {
            flush(&mut out, repeats);
            previous = Some(entry);
            repeats = 1;
        }
        out.push_str(&frame_text(entry.0, entry.1));
    }
    flush(&mut out, repeats);
    out
}

/// The notes `add_note` attached to an exception, which follow its last line.
fn notes(exc: Value) -> Vec<String> {
    let Some(notes) = crate::objects::class::own_attr(exc, pystr::intern("__notes__")) else {
        return Vec::new();
    };
    let items = match notes.get::<ListObj>() {
        Some(l) => l.snapshot(),
        None => tuple::items(notes)
            .map(<[Value]>::to_vec)
            .unwrap_or_default(),
    };
    items
        .into_iter()
        .map(|n| match pystr::as_str(n) {
            Some(s) => s.to_string(),
            None => crate::protocols::ops::repr_string(n).unwrap_or_default(),
        })
        .collect()
}

/// The report of an uncaught exception, ending with its last line (no final newline):
/// its causes and contexts first, each followed by CPython's sentence, and exception
/// groups drawn as CPython draws them, their members in nested boxes.
pub fn report(exc: Value) -> String {
    let mut printer = Printer::default();
    printer.exception(exc);
    let mut out = printer.out;
    if out.ends_with('\n') {
        out.pop();
    }
    out
}

/// CPython's limits on how much of an exception group it prints.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// CPython's `exception_print_context` (Python/pythonrun.c).
#[derive(Default)]
struct Printer {
    out: String,
    /// How many exception groups the exception being printed is inside.
    group_depth: usize,
    /// Whether the innermost group's box still needs its closing line.
    need_close: bool,
    /// The exceptions printed so far, which chains do not print again.
    seen: Vec<Value>,
}

impl Printer {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// What starts each line inside a group's box.
    fn margin(&self) -> String {
        if self.group_depth == 0 {
            String::new()
        } else {
            format!("{}| ", self.indent())
        }
    }

    /// Writes `text` with the margin in front of each of its lines.
    fn lines(&mut self, text: &str) {
        let margin = self.margin();
        for line in text.lines() {
            let _ = writeln!(self.out, "{margin}{line}");
        }
    }

    fn exception(&mut self, exc: Value) {
        self.cause_and_context(exc);
        if exception_group::is_group(exc) {
            self.group(exc);
        } else {
            self.single(exc);
        }
    }

    fn cause_and_context(&mut self, exc: Value) {
        self.seen.push(exc);
        let Some(e) = exc.get::<ExceptionObj>() else {
            return;
        };
        let present = |v: Value| !v.is_null() && !v.is_none();
        let (cause, context) = (e.cause.get(), e.context.get());
        if present(cause) {
            if !self.seen.contains(&cause) {
                self.chained(
                    cause,
                    "The above exception was the direct cause of the following exception:",
                );
            }
        } else if present(context) && !e.suppress_context.get() && !self.seen.contains(&context) {
            self.chained(
                context,
                "During handling of the above exception, another exception occurred:",
            );
        }
    }

    fn chained(&mut self, exc: Value, sentence: &str) {
        let need_close = self.need_close;
        self.exception(exc);
        self.need_close = need_close;
        let margin = self.margin();
        let _ = write!(self.out, "{margin}\n{margin}{sentence}\n{margin}\n");
    }

    /// An exception's traceback, last line and notes.
    fn single(&mut self, exc: Value) {
        let frames = frames_text(exc);
        if !frames.is_empty() {
            let (header, header_margin) = if exception_group::is_group(exc) {
                let margin = if self.group_depth == 1 {
                    format!("{}+ ", self.indent())
                } else {
                    self.margin()
                };
                ("Exception Group Traceback (most recent call last):", margin)
            } else {
                ("Traceback (most recent call last):", self.margin())
            };
            let _ = writeln!(self.out, "{header_margin}{header}");
            self.lines(&frames);
        }
        let margin = self.margin();
        let _ = writeln!(self.out, "{margin}{}", exceptions::last_line(exc));
        for note in notes(exc) {
            self.lines(&note);
        }
    }

    /// A group and, in numbered boxes, the exceptions it holds.
    fn group(&mut self, exc: Value) {
        if self.group_depth > MAX_GROUP_DEPTH {
            let margin = self.margin();
            let _ = writeln!(
                self.out,
                "{margin}... (max_group_depth is {MAX_GROUP_DEPTH})"
            );
            return;
        }
        if self.group_depth == 0 {
            self.group_depth = 1;
        }
        self.single(exc);
        let members = exception_group::parts(exc).1;
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, &member) in members.iter().take(shown).enumerate() {
            let last = i + 1 == shown;
            if last {
                self.need_close = true;
            }
            let corner = if i == 0 { "+-" } else { "  " };
            let title = if i < MAX_GROUP_WIDTH {
                (i + 1).to_string()
            } else {
                "...".to_string()
            };
            let _ = writeln!(
                self.out,
                "{}{corner}+---------------- {title} ----------------",
                self.indent()
            );
            self.group_depth += 1;
            if i < MAX_GROUP_WIDTH {
                self.exception(member);
            } else {
                let more = members.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                let margin = self.margin();
                let _ = writeln!(self.out, "{margin}and {more} more exception{s}");
            }
            if last && self.need_close {
                let _ = writeln!(
                    self.out,
                    "{}+------------------------------------",
                    self.indent()
                );
                self.need_close = false;
            }
            self.group_depth -= 1;
        }
        if self.group_depth == 1 {
            self.group_depth = 0;
        }
    }
}

/// The key of the `traceback` class (`types.TracebackType`).
const TRACEBACK: &str = "traceback";

fn traceback_class() -> Value {
    native_class::class(TRACEBACK, || {
        native_class::new_class("traceback", "builtins", Value::NULL, &[])
    })
}

/// The class of the frames traceback objects hold: named `frame` like the class of a
/// generator's frame, but holding its values itself.
fn frame_class() -> Value {
    native_class::class("traceback frame", || {
        native_class::new_class("frame", "builtins", Value::NULL, &[])
    })
}

/// `exc.__traceback__`: the frames the exception went through as CPython's chain of
/// `traceback` objects (`tb_frame`, `tb_lineno`, `tb_next`), outermost first; None when
/// it has none. The frames hold `f_code` and `f_lineno` only, and each read makes a new
/// chain.
pub fn traceback_object(exc: Value) -> Value {
    let entries = exc
        .get::<ExceptionObj>()
        .and_then(|e| e.traceback.get().get::<ListObj>())
        .map(|l| l.snapshot())
        .unwrap_or_default();
    let mut next = none();
    for entry in entries {
        let Some(&[code, line]) = tuple::items(entry) else {
            continue;
        };
        let frame = native_class::instance(frame_class());
        native_class::set(frame, "f_code", code);
        native_class::set(frame, "f_lineno", line);
        let tb = native_class::instance(traceback_class());
        native_class::set(tb, "tb_frame", frame);
        native_class::set(tb, "tb_lineno", line);
        native_class::set(tb, "tb_next", next);
        next = tb;
    }
    next
}

/// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: the exception's frames become
/// those of the chain `tb` (None clears them).
pub fn set_traceback(exc: Value, tb: Value) -> PyResult<()> {
    let Some(e) = exc.get::<ExceptionObj>() else {
        return Ok(());
    };
    if tb.is_none() {
        e.traceback.set(Value::NULL);
        return Ok(());
    }
    if !native_class::is(tb, TRACEBACK) {
        return type_error("__traceback__ must be a traceback or None");
    }
    let mut entries = Vec::new();
    let mut current = tb;
    while native_class::is(current, TRACEBACK) && !entries.contains(&current) {
        entries.push(current);
        current = native_class::get(current, "tb_next").unwrap_or_else(none);
    }
    let frames: Vec<Value> = entries
        .iter()
        .rev()
        .map(|&tb| {
            let frame = native_class::get(tb, "tb_frame").unwrap_or_else(none);
            let code = native_class::get(frame, "f_code").unwrap_or_else(none);
            let line = native_class::get(tb, "tb_lineno").unwrap_or_else(none);
            tuple::new(&[code, line])
        })
        .collect();
    e.traceback.set(list::new(&frames));
    Ok(())
}
