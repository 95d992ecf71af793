//! The state behind file objects (the classes of `modules/io`): an open OS file with its
//! read-ahead and write buffers, standard input, output and error, and the in-memory
//! buffers of `io.BytesIO` and `io.StringIO`. A file object keeps its state in a hidden
//! `FileObj`, which the collector frees (flushing and closing the file) with the object.
//!
//! Every stream with pending output is registered, so that its data is written before any
//! file is opened (a program reading back a file it wrote without closing it, as CPython
//! would have freed and flushed it by then) and at exit.

use crate::memory::heap;
use crate::objects::value::{Header, HeapObject, Kind, Value};
use crate::output;
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::{Rc, Weak};

/// Bytes read from or written to the OS at a time (CPython's `DEFAULT_BUFFER_SIZE`).
pub const CHUNK: usize = 8192;

/// The hidden state of a file object. Holds no `Value`s.
#[repr(C)]
pub struct FileObj {
    pub header: Header,
    pub stream: Rc<RefCell<Stream>>,
    /// Whether this object reads and writes str (a text file) or bytes (its `buffer`).
    pub text: bool,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for FileObj {
    const KIND: Kind = Kind::File;
}

thread_local! {
    /// The streams that may hold unwritten output.
    static OPEN: RefCell<Vec<Weak<RefCell<Stream>>>> = const { RefCell::new(Vec::new()) };
}

/// A new state object for `stream`.
pub fn new(stream: Stream) -> Value {
    let text = stream.text.is_some();
    let stream = Rc::new(RefCell::new(stream));
    OPEN.with(|o| o.borrow_mut().push(Rc::downgrade(&stream)));
    heap::new(FileObj {
        header: Header::new(Kind::File),
        stream,
        text,
    })
}

/// A binary state object sharing `v`'s stream (a text file's `buffer`).
pub fn share_bytes(v: Value) -> Option<Value> {
    share(v, false)
}

/// A text state object sharing `v`'s stream (a `TextIOWrapper` made over a buffer).
pub fn share_text(v: Value) -> Option<Value> {
    share(v, true)
}

fn share(v: Value, text: bool) -> Option<Value> {
    let stream = v.get::<FileObj>()?.stream.clone();
    Some(heap::new(FileObj {
        header: Header::new(Kind::File),
        stream,
        text,
    }))
}

/// Writes out the pending output of every stream (errors are ignored: there is nowhere to
/// report them), forgetting the streams freed meanwhile.
pub fn flush_all() {
    // At process exit the registry may be gone already (it was flushed before).
    let Ok(live) = OPEN.try_with(|o| {
        let mut o = o.borrow_mut();
        o.retain(|w| w.strong_count() > 0);
        o.iter().filter_map(Weak::upgrade).collect::<Vec<_>>()
    }) else {
        return;
    };
    for s in live {
        if let Ok(mut s) = s.try_borrow_mut() {
            let _ = s.flush();
        }
    }
}

/// Where a stream's bytes go.
pub enum Target {
    Disk(std::fs::File),
    Stdin,
    Stdout,
    Stderr,
    /// `io.BytesIO`: the contents are `Stream::ahead`, the position `Stream::at`.
    Memory,
    Closed,
}

/// The encodings text files support.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

/// How a text stream reads and writes line ends (`newline=`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// `None`: `\n`, `\r` and `\r\n` end lines and read as `\n`.
    Universal,
    /// `''`: the three end lines and are kept.
    Any,
    /// `'\n'`, `'\r'` or `'\r\n'`: only this ends lines; `\n` is written as it.
    Exactly(&'static str),
}

/// The text layer of a stream: the decoded text of the last chunk read, not yet consumed.
pub struct Text {
    pub encoding: Encoding,
    pub newline: Newline,
    /// The error handler (`errors=`): undecodable bytes raise under "strict", are dropped
    /// under "ignore", read as U+FFFD under "replace" and as `\xNN` under
    /// "backslashreplace".
    pub errors: String,
    /// Set by `next()` until the end of the file or a seek: `tell` then refuses, as
    /// CPython's does.
    pub iterating: bool,
    /// Decoded text; `decoded[taken..]` is unread.
    decoded: String,
    taken: usize,
    /// The stream position where `decoded` starts.
    decoded_from: u64,
}

impl Text {
    pub fn new(encoding: Encoding, newline: Newline, errors: &str) -> Text {
        Text {
            encoding,
            newline,
            errors: errors.to_owned(),
            iterating: false,
            decoded: String::new(),
            taken: 0,
            decoded_from: 0,
        }
    }
}

/// Why a stream operation failed: the OS's error, or text that does not decode (the
/// encoding's error for these bytes is raised by the caller).
pub enum StreamError {
    Os(std::io::Error),
    Decode(Vec<u8>),
}

impl From<std::io::Error> for StreamError {
    fn from(e: std::io::Error) -> Self {
        StreamError::Os(e)
    }
}

pub type StreamResult<T> = Result<T, StreamError>;

/// A byte stream with its buffers, and its text layer for text files.
pub struct Stream {
    pub target: Target,
    pub readable: bool,
    pub writable: bool,
    /// Bytes read ahead and not consumed (`ahead[at..]`); for `Memory`, the contents.
    ahead: Vec<u8>,
    at: usize,
    /// Bytes written and not yet passed to the OS.
    pending: Vec<u8>,
    pub text: Option<Text>,
}

impl Stream {
    pub fn new(target: Target, readable: bool, writable: bool) -> Stream {
        Stream {
            target,
            readable,
            writable,
            ahead: Vec::new(),
            at: 0,
            pending: Vec::new(),
            text: None,
        }
    }

    /// An in-memory stream holding `data`, positioned at its start.
    pub fn memory(data: Vec<u8>) -> Stream {
        let mut s = Stream::new(Target::Memory, true, true);
        s.ahead = data;
        s
    }

    pub fn closed(&self) -> bool {
        matches!(self.target, Target::Closed)
    }

    pub fn seekable(&self) -> bool {
        match &self.target {
            Target::Memory => true,
            Target::Disk(f) => {
                let mut f: &std::fs::File = f;
                f.stream_position().is_ok()
            }
            _ => false,
        }
    }

    /// The OS file descriptor.
    pub fn fileno(&self) -> Option<i32> {
        use std::os::fd::AsRawFd;
        match &self.target {
            Target::Disk(f) => Some(f.as_raw_fd()),
            Target::Stdin => Some(0),
            Target::Stdout => Some(1),
            Target::Stderr => Some(2),
            _ => None,
        }
    }

    /// The contents of an in-memory stream.
    pub fn contents(&self) -> &[u8] {
        &self.ahead
    }

    /// Passes pending output to the OS.
    pub fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.target {
            Target::Disk(f) if !self.pending.is_empty() => {
                let data = std::mem::take(&mut self.pending);
                f.write_all(&data)?;
            }
            Target::Stdout => output::flush_stdout(),
            _ => {}
        }
        Ok(())
    }

    /// Flushes and closes; closing twice does nothing.
    pub fn close(&mut self) -> std::io::Result<()> {
        let flushed = self.flush();
        if !matches!(self.target, Target::Memory) {
            self.ahead = Vec::new();
            self.at = 0;
        }
        self.target = Target::Closed;
        flushed
    }

    /// Reads more from the OS into `ahead`; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if matches!(self.target, Target::Memory) {
            return Ok(false);
        }
        self.flush()?;
        if self.at > 0 {
            self.ahead.drain(..self.at);
            self.at = 0;
        }
        let old = self.ahead.len();
        self.ahead.resize(old + CHUNK, 0);
        let n = loop {
            let read = match &mut self.target {
                Target::Disk(f) => f.read(&mut self.ahead[old..]),
                Target::Stdin => std::io::stdin().lock().read(&mut self.ahead[old..]),
                _ => Ok(0),
            };
            match read {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                other => break other,
            }
        };
        let n = n.inspect_err(|_| self.ahead.truncate(old))?;
        self.ahead.truncate(old + n);
        Ok(n > 0)
    }

    /// Up to `n` bytes (all of them when None).
    pub fn read(&mut self, n: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.discard_text()?;
        let want = n.unwrap_or(usize::MAX);
        while self.ahead.len() - self.at < want {
            if !self.fill()? {
                break;
            }
        }
        let end = self.ahead.len().min(self.at.saturating_add(want));
        let out = self.ahead[self.at..end].to_vec();
        self.at = end;
        Ok(out)
    }

    /// Up to and including the next `\n`, at most `limit` bytes.
    pub fn read_line(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.discard_text()?;
        let limit = limit.unwrap_or(usize::MAX);
        let mut scanned = 0;
        loop {
            let avail = &self.ahead[self.at..];
            if let Some(i) = avail[scanned..].iter().position(|&b| b == b'\n') {
                let end = (scanned + i + 1).min(limit);
                return Ok(self.take(end));
            }
            scanned = avail.len();
            if scanned >= limit || !self.fill()? {
                let end = scanned.min(limit);
                return Ok(self.take(end));
            }
        }
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let out = self.ahead[self.at..self.at + n].to_vec();
        self.at += n;
        out
    }

    /// Writes `data` at the current position.
    pub fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        self.discard_text()?;
        match &mut self.target {
            Target::Stdout => output::write_stdout_bytes(data),
            Target::Stderr => output::write_stderr_bytes(data),
            Target::Memory => {
                let end = self.at + data.len();
                if self.ahead.len() < end {
                    self.ahead.resize(end, 0);
                }
                self.ahead[self.at..end].copy_from_slice(data);
                self.at = end;
            }
            Target::Disk(_) => {
                self.drop_read_ahead()?;
                self.pending.extend_from_slice(data);
                if self.pending.len() >= CHUNK {
                    self.flush()?;
                }
            }
            Target::Stdin | Target::Closed => {}
        }
        Ok(())
    }

    /// Gives back the bytes read ahead, moving the OS position to the logical one.
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let unread = self.ahead.len() - self.at;
        if let Target::Disk(f) = &mut self.target {
            if unread > 0 {
                f.seek(SeekFrom::Current(-(unread as i64)))?;
            }
            self.ahead.clear();
            self.at = 0;
        }
        Ok(())
    }

    /// The position (bytes from the start).
    pub fn tell(&mut self) -> std::io::Result<u64> {
        if let Some(t) = &self.text {
            if !t.decoded.is_empty() {
                return Ok(t.decoded_from + encoded_len(t.encoding, &t.decoded[..t.taken]));
            }
        }
        self.byte_tell()
    }

    fn byte_tell(&mut self) -> std::io::Result<u64> {
        let unread = (self.ahead.len() - self.at) as u64;
        match &mut self.target {
            Target::Memory => Ok(self.at as u64),
            Target::Disk(f) => Ok(f.stream_position()? - unread + self.pending.len() as u64),
            _ => Err(std::io::Error::from_raw_os_error(29)),
        }
    }

    /// Moves to `pos` (bytes, relative to `whence`: 0 start, 1 current, 2 end).
    pub fn seek(&mut self, offset: i64, whence: u8) -> std::io::Result<u64> {
        let here = self.tell()?;
        if let Some(t) = &mut self.text {
            t.decoded.clear();
            t.taken = 0;
            t.iterating = false;
        }
        match &mut self.target {
            Target::Memory => {
                let base = match whence {
                    0 => 0,
                    1 => self.at as i64,
                    _ => self.ahead.len() as i64,
                };
                self.at = (base + offset).max(0) as usize;
                Ok(self.at as u64)
            }
            Target::Disk(_) => {
                self.flush()?;
                self.ahead.clear();
                self.at = 0;
                let Target::Disk(f) = &mut self.target else {
                    unreachable!("matched above")
                };
                let to = match whence {
                    0 => SeekFrom::Start(offset as u64),
                    1 => SeekFrom::Start((here as i64 + offset) as u64),
                    _ => SeekFrom::End(offset),
                };
                if whence != 2 && (whence == 0 && offset < 0 || here as i64 + offset < 0) {
                    return Err(std::io::Error::from_raw_os_error(22));
                }
                f.seek(to)
            }
            _ => Err(std::io::Error::from_raw_os_error(29)),
        }
    }

    /// Cuts the stream at `size` bytes; the position stays.
    pub fn truncate(&mut self, size: u64) -> std::io::Result<()> {
        let here = self.tell()?;
        match &mut self.target {
            Target::Memory => {
                self.ahead.truncate(size as usize);
                Ok(())
            }
            Target::Disk(_) => {
                self.seek(here as i64, 0)?;
                let Target::Disk(f) = &mut self.target else {
                    unreachable!("seek keeps the target")
                };
                f.set_len(size)
            }
            _ => Err(std::io::Error::from_raw_os_error(22)),
        }
    }

    /// Forgets decoded text read ahead, moving the byte position back to where the
    /// consumed text ends (before a byte operation or a write on a text file).
    fn discard_text(&mut self) -> std::io::Result<()> {
        let Some(t) = &self.text else {
            return Ok(());
        };
        if t.taken == t.decoded.len() && t.decoded.is_empty() {
            return Ok(());
        }
        let unread = encoded_len(t.encoding, &t.decoded[t.taken..]);
        if let Some(t) = &mut self.text {
            t.decoded.clear();
            t.taken = 0;
        }
        if unread == 0 {
            return Ok(());
        }
        let to = self.byte_tell()? - unread;
        match self.target {
            Target::Memory => self.at = to as usize,
            _ => {
                self.drop_read_ahead()?;
                if let Target::Disk(f) = &mut self.target {
                    f.seek(SeekFrom::Start(to))?;
                }
            }
        }
        Ok(())
    }

    /// Decodes the next chunk into the text layer; false at end of file.
    fn decode_more(&mut self) -> StreamResult<bool> {
        let start = self.byte_tell().unwrap_or(0);
        let Some(text) = &self.text else {
            return Ok(false);
        };
        let (encoding, errors) = (text.encoding, text.errors.clone());
        let mut eof = false;
        if self.ahead.len() == self.at {
            eof = !self.fill()?;
        }
        loop {
            let avail = &self.ahead[self.at..];
            if avail.is_empty() {
                return Ok(false);
            }
            // A character split between two reads waits for the rest of its bytes.
            let cut = if eof || encoding != Encoding::Utf8 {
                avail.len()
            } else {
                complete_utf8_prefix(avail)
            };
            if cut > 0 {
                let Some(decoded) = decode(encoding, &errors, &avail[..cut]) else {
                    return Err(StreamError::Decode(avail[..cut].to_vec()));
                };
                self.at += cut;
                if let Some(t) = &mut self.text {
                    t.decoded = decoded;
                    t.taken = 0;
                    t.decoded_from = start;
                }
                return Ok(true);
            }
            eof = !self.fill()?;
        }
    }

    /// The next unread character of a text stream, without consuming it.
    fn peek_char(&mut self) -> StreamResult<Option<char>> {
        loop {
            if let Some(t) = &self.text {
                if let Some(c) = t.decoded[t.taken..].chars().next() {
                    return Ok(Some(c));
                }
            }
            if !self.decode_more()? {
                return Ok(None);
            }
        }
    }

    fn text_mut(&mut self) -> &mut Text {
        self.text.as_mut().expect("a text stream")
    }

    /// Consumes the unread decoded text up to byte `end` of `decoded[taken..]`.
    fn consume_text(&mut self, out: &mut String, end: usize) {
        let t = self.text_mut();
        out.push_str(&t.decoded[t.taken..t.taken + end]);
        t.taken += end;
    }

    /// Consumes a `\r` just read as a line end: with universal newlines, a `\n` after it
    /// is part of the same line end, and the pair reads as `\n`.
    fn finish_cr(&mut self, out: &mut String) -> StreamResult<()> {
        let newline = self.text_mut().newline;
        if matches!(newline, Newline::Universal | Newline::Any) && self.peek_char()? == Some('\n') {
            self.text_mut().taken += 1;
            if newline == Newline::Any {
                out.push('\n');
                return Ok(());
            }
        }
        if newline == Newline::Universal {
            out.pop();
            out.push('\n');
        }
        Ok(())
    }

    /// A line of text (at most `limit` characters), its end translated as `newline` says.
    pub fn read_text_line(&mut self, limit: Option<usize>) -> StreamResult<String> {
        let mut out = String::new();
        let mut count = 0;
        let limit = limit.unwrap_or(usize::MAX);
        while count < limit {
            if self.peek_char()?.is_none() {
                break;
            }
            let t = self.text_mut();
            let rest = &t.decoded[t.taken..];
            let mut end = rest.len();
            let mut ended = None;
            for (i, c) in rest.char_indices() {
                if count == limit {
                    end = i;
                    break;
                }
                count += 1;
                let stop = match t.newline {
                    Newline::Universal | Newline::Any => c == '\n' || c == '\r',
                    Newline::Exactly(s) => c == s.chars().last().unwrap_or('\n'),
                };
                if stop {
                    end = i + c.len_utf8();
                    ended = Some(c);
                    break;
                }
            }
            self.consume_text(&mut out, end);
            match (ended, self.text_mut().newline) {
                (Some('\r'), Newline::Universal | Newline::Any) => {
                    self.finish_cr(&mut out)?;
                    break;
                }
                (Some(_), Newline::Exactly("\r\n")) => {
                    if out.ends_with("\r\n") {
                        break;
                    }
                }
                (Some(_), _) => break,
                (None, _) => {}
            }
        }
        Ok(out)
    }

    /// Up to `n` characters of text (all the rest when None), line ends translated.
    pub fn read_text(&mut self, n: Option<usize>) -> StreamResult<String> {
        let Some(n) = n else {
            return self.read_all_text();
        };
        let mut out = String::new();
        let mut count = 0;
        while count < n {
            let Some(c) = self.peek_char()? else {
                break;
            };
            let t = self.text_mut();
            t.taken += c.len_utf8();
            out.push(c);
            count += 1;
            if c == '\r' && t.newline == Newline::Universal {
                self.finish_cr(&mut out)?;
            }
        }
        Ok(out)
    }

    fn read_all_text(&mut self) -> StreamResult<String> {
        let mut out = String::new();
        let t = self.text_mut();
        out.push_str(&t.decoded[t.taken..]);
        t.taken = t.decoded.len();
        let encoding = t.encoding;
        let errors = t.errors.clone();
        let universal = t.newline == Newline::Universal;
        let rest = self.read(None)?;
        match decode(encoding, &errors, &rest) {
            Some(s) => out.push_str(&s),
            None => return Err(StreamError::Decode(rest)),
        }
        if universal && out.contains('\r') {
            out = out.replace("\r\n", "\n").replace('\r', "\n");
        }
        Ok(out)
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// How many bytes `text` takes in `encoding`.
fn encoded_len(encoding: Encoding, text: &str) -> u64 {
    match encoding {
        Encoding::Utf8 => text.len() as u64,
        Encoding::Ascii | Encoding::Latin1 => text.chars().count() as u64,
    }
}

/// The longest prefix of `data` not ending inside a UTF-8 sequence that more bytes could
/// complete (all of `data` when it cannot end so).
fn complete_utf8_prefix(data: &[u8]) -> usize {
    let n = data.len();
    for back in 1..=3.min(n) {
        let b = data[n - back];
        if b & 0xc0 == 0x80 {
            continue;
        }
        let width = match b {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => 1,
        };
        return if width > back { n - back } else { n };
    }
    n
}

/// `data` decoded, None if it does not decode and `errors` is "strict" (the caller raises
/// the codec's error).
fn decode(encoding: Encoding, errors: &str, data: &[u8]) -> Option<String> {
    let strict = match encoding {
        Encoding::Utf8 => std::str::from_utf8(data).ok().map(str::to_owned),
        Encoding::Ascii => data
            .is_ascii()
            .then(|| String::from_utf8_lossy(data).into_owned()),
        Encoding::Latin1 => Some(data.iter().map(|&b| b as char).collect()),
    };
    if strict.is_some() {
        return strict;
    }
    // Each undecodable stretch (a maximal invalid subpart, as CPython's decoder sees it;
    // each byte for ascii) gets the handler's replacement.
    let replace = |bad: &[u8], out: &mut String| -> bool {
        match errors {
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for b in bad {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            _ => return false,
        }
        true
    };
    let mut out = String::with_capacity(data.len());
    match encoding {
        Encoding::Utf8 => {
            for chunk in data.utf8_chunks() {
                out.push_str(chunk.valid());
                if !chunk.invalid().is_empty() && !replace(chunk.invalid(), &mut out) {
                    return None;
                }
            }
        }
        _ => {
            for &b in data {
                if b.is_ascii() {
                    out.push(b as char);
                } else if !replace(&[b], &mut out) {
                    return None;
                }
            }
        }
    }
    Some(out)
}
