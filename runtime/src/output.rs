//! Standard output (buffered in a large buffer, flushed at exit) and standard error
//! (unbuffered).

use std::io::Write;
use std::sync::Mutex;

/// Flush once this much output has accumulated.
const LIMIT: usize = 1 << 20;

/// A process-wide buffer (not thread-local) so that exit handlers can still flush it.
static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

fn with_buffer<R>(f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
    let mut guard = STDOUT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    f(&mut guard)
}

pub fn write_stdout(s: &str) {
    write_stdout_bytes(s.as_bytes());
}

pub fn write_stdout_bytes(data: &[u8]) {
    let full = with_buffer(|b| {
        b.extend_from_slice(data);
        b.len() >= LIMIT
    });
    if full {
        flush_stdout();
    }
}

/// Writes out everything buffered for stdout. Write errors (a closed pipe) are ignored, as
/// there is nowhere left to report them.
pub fn flush_stdout() {
    let data = with_buffer(std::mem::take);
    if !data.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&data);
        let _ = out.flush();
    }
}

pub fn write_stderr(s: &str) {
    write_stderr_bytes(s.as_bytes());
}

pub fn write_stderr_bytes(data: &[u8]) {
    let _ = std::io::stderr().lock().write_all(data);
}
