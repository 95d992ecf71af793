//! Tracebacks: each function an exception leaves records its code and the line it was at
//! (`rt_traceback_here`, from the function's error exit), and an uncaught exception is
//! reported as CPython reports it: its chain of causes and contexts, each with its frames
//! (outermost first, the source line under each, runs of one repeated frame collapsed) and
//! its last line. The sources come from the executable (`rt_module_register`), so the
//! `.py` files need not exist at run time. CPython's caret lines under the failing
//! expression are not shown.

use crate::objects::exceptions::{self, ExceptionObj};
use crate::objects::function::{CodeObj, FunctionObj};
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::module;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::value::Value;
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
/// the chain first, joined by CPython's sentences.
pub fn report(exc: Value) -> String {
    let mut chain = vec![(exc, "")];
    let mut seen = vec![exc];
    let mut current = exc;
    while let Some(e) = current.get::<ExceptionObj>() {
        let cause = e.cause.get();
        let context = e.context.get();
        let (next, joint) = if !cause.is_null() && !cause.is_none() {
            (
                cause,
                "\nThe above exception was the direct cause of the following exception:\n\n",
            )
        } else if !context.is_null() && !context.is_none() && !e.suppress_context.get() {
            (
                context,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            )
        } else {
            break;
        };
        if seen.contains(&next) {
            break;
        }
        seen.push(next);
        chain.push((next, joint));
        current = next;
    }
    let mut out = String::new();
    for i in (0..chain.len()).rev() {
        let (e, _) = chain[i];
        let frames = frames_text(e);
        if !frames.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&frames);
        }
        out.push_str(&exceptions::last_line(e));
        for note in notes(e) {
            out.push('\n');
            out.push_str(&note);
        }
        if i > 0 {
            out.push('\n');
            out.push_str(chain[i].1);
        }
    }
    out
}
