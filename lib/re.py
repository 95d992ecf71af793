"""Regular expressions: CPython's `re` interface over closc's native engine `_sre`.

`_sre` parses patterns (with CPython's error messages and positions) and runs the
backtracking matcher; this module holds what CPython also writes in Python (flags,
`error`, the caches, replacement templates, `split`, `escape`) and the Pattern and Match
objects, which keep the spans `_sre` returns.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXREPEAT = 4294967295
_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    """The flags, ints that show their names (`re.IGNORECASE|re.MULTILINE`)."""

    _names = {}

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in RegexFlag._names.items():
            if bit and value & bit == bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    @property
    def name(self):
        for name, bit in RegexFlag._names.items():
            if bit == int(self):
                return name
        return None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

# In the order CPython defines them: the order of names in a flag's repr.
RegexFlag._names = {
    "NOFLAG": 0, "ASCII": 256, "IGNORECASE": 2, "LOCALE": 4, "UNICODE": 32,
    "MULTILINE": 8, "DOTALL": 16, "VERBOSE": 64, "TEMPLATE": 1, "DEBUG": 128,
}

# The order CPython's Pattern repr names flags in.
_PATTERN_FLAG_NAMES = [
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
    ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
    ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
]


class error(Exception):
    """A bad pattern or template: `msg`, the `pattern`, the index `pos` in it, and the
    `lineno` and `colno` of that position."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


def _is_bytes_like(value):
    return isinstance(value, (bytes, bytearray, memoryview))


def _slice(text, start, end):
    """`text[start:end]` (a str is sliced natively: see `_sre.slice`)."""
    if type(text) is str:
        return _sre.slice(text, start, end)
    return text[start:end]


def _text_of(string):
    """The subject as str or bytes, which its groups are slices of."""
    if isinstance(string, (str, bytes)):
        return string
    return bytes(string)


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags, code, groups, names):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = dict(names)
        self._code = code
        self._is_str = isinstance(pattern, str)
        self._subject_type = str if self._is_str else bytes
        self._group_names = {index: name for name, index in names}

    def _check(self, string):
        if type(string) is self._subject_type:
            return
        if self._is_str:
            if isinstance(string, str):
                return
            if _is_bytes_like(string):
                raise TypeError("cannot use a string pattern on a bytes-like object")
        else:
            if _is_bytes_like(string):
                return
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(string).__name__)

    def _run(self, string, pos, endpos, mode):
        if type(string) is not self._subject_type:
            self._check(string)
        found = _sre.match(self._code, string, pos, endpos, mode)
        if found is None:
            return None
        return Match(self, string, pos, endpos, found)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        self._check(string)
        return _sre.scan(self._code, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter([Match(self, string, pos, endpos, found)
                     for found in self._scan(string, pos, endpos)])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        self._check(string)
        return _sre.findall(self._code, string, pos, endpos)

    def split(self, string, maxsplit=0):
        self._check(string)
        if maxsplit < 0:
            return [_text_of(string)]
        return _sre.split(self._code, string, maxsplit)

    def subn(self, repl, string, count=0):
        return self._substitute(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._substitute(repl, string, count)[0]

    def _substitute(self, repl, string, count):
        self._check(string)
        if count < 0:
            return _text_of(string), 0
        template = None
        if not callable(repl):
            template = _compile_template(self, repl)
            if isinstance(repl, str) == self._is_str:
                return _sre.sub(self._code, string, template, count)
        # A callable, or a template of the wrong type (whose pieces make `join` raise
        # CPython's error): the pieces are listed as CPython's `pattern_subx` lists them,
        # so a bad piece is reported at the same index.
        text = _text_of(string)
        parts = []
        last = 0
        found_all = _sre.scan(self._code, string, 0, _MAXSIZE, count)
        for found in found_all:
            if last < found[0]:
                parts.append(_slice(text, last, found[0]))
            match = Match(self, string, 0, _MAXSIZE, found)
            if template is None:
                piece = repl(match)
            elif len(template) == 1 and not isinstance(template[0], int):
                piece = template[0]
            else:
                piece = _expand_template(template, match, text[:0])
            if piece is not None:
                parts.append(piece)
            last = found[1]
        if last < len(text):
            parts.append(_slice(text, last, len(text)))
        return text[:0].join(parts), len(found_all)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported by closc")

    def __repr__(self):
        flags = self.flags
        if self._is_str and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _PATTERN_FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._is_str == other._is_str
                and self.pattern == other.pattern)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class Match:
    """The result of a successful match: the groups' spans in `string`."""

    def __init__(self, pattern, string, pos, endpos, found):
        self.re = pattern
        self.string = string
        self._pos = pos
        self._endpos = endpos
        self._spans = found

    @property
    def pos(self):
        return min(max(self._pos, 0), len(self.string))

    @property
    def endpos(self):
        return min(max(self._endpos, 0), len(self.string))

    @property
    def lastindex(self):
        return self._spans[-1]

    @property
    def lastgroup(self):
        index = self._spans[-1]
        if index is None:
            return None
        return self.re._group_names.get(index)

    @property
    def _text(self):
        # Groups of a bytearray or memoryview subject are bytes, as CPython's.
        return _text_of(self.string)

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1])
                     for g in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, (str, bytes)):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _get(self, group, default=None):
        if type(group) is int and 0 <= group <= self.re.groups:
            index = group
        else:
            index = self._index(group)
        spans = self._spans
        start = spans[2 * index]
        if start < 0:
            return default
        string = self.string
        if type(string) is str:
            return _sre.slice(string, start, spans[2 * index + 1])
        if type(string) is not bytes:
            string = bytes(string)
        return string[start:spans[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, group):
        return self._get(group)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        result = {}
        spans = self._spans
        for name, index in self.re.groupindex.items():
            result[name] = default if spans[2 * index] < 0 else self._get(index)
        return result

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    def expand(self, template):
        parsed = _parse_template(self.re, template)
        return _expand_template(parsed, self, self._text[:0])

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = "re"
Match.__module__ = "re"

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray, memoryview)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'"
                        % type(flags).__name__)
    compiled = _sre.compile(pattern, flags)
    if len(compiled) == 2:
        message, position = compiled
        if position is None:
            # What CPython's compiler (not its parser) rejects carries no position.
            raise error(message)
        raise error(message, pattern, position)
    code, final_flags, groups, names = compiled
    _check_flags(pattern, final_flags)
    if not isinstance(pattern, (str, bytes)):
        pattern = bytes(pattern)
    p = Pattern(pattern, final_flags, code, groups, names)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL_CHARS = {c: "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join([_SPECIAL_CHARS.get(c, c) for c in pattern])
    text = str(pattern, "latin1")
    return "".join([_SPECIAL_CHARS.get(c, c) for c in text]).encode("latin1")


# Replacement templates: a list of literal pieces (str or bytes) and group numbers.

_template_cache = {}

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\v", "\\": "\\"}
_OCTAL = "01234567"
_DIGITS = "0123456789"


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    try:
        return _template_cache[key]
    except (KeyError, TypeError):
        pass
    parsed = _parse_template(pattern, repl)
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[key] = parsed
    return parsed


def _template_error(is_str, msg, source, pos):
    if not is_str:
        msg = msg.encode("ascii", "backslashreplace").decode("ascii")
    return error(msg, source, pos)


def _parse_template(pattern, source):
    """`source` as literal pieces and group numbers, with CPython's errors."""
    is_str = isinstance(source, str)
    text = source if is_str else str(source, "latin1")
    items = []
    literal = []
    n = len(text)
    i = 0

    def add_group(index, at, offset):
        if index > pattern.groups:
            raise _template_error(is_str, "invalid group reference %d" % index,
                                  source, at - offset)
        if literal:
            items.append("".join(literal))
            literal.clear()
        items.append(index)

    while i < n:
        c = text[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        if i >= n:
            raise _template_error(is_str, "bad escape (end of pattern)", source, n - 1)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise _template_error(is_str, "missing <", source, i)
            i += 1
            close = text.find(">", i)
            if close < 0:
                name = text[i:]
                if not name:
                    raise _template_error(is_str, "missing group name", source, n)
                raise _template_error(is_str, "missing >, unterminated name", source, i)
            name = text[i:close]
            if not name:
                raise _template_error(is_str, "missing group name", source, close)
            i = close + 1
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if not (name.isdecimal() and name.isascii()) or not name:
                    raise _template_error(is_str, "bad character in group name %r" % name,
                                          source, i - len(name) - 1)
                index = int(name)
                if index >= 1073741823:
                    raise _template_error(is_str, "invalid group reference %d" % index,
                                          source, i - len(name) - 1)
            add_group(index, i, len(name) + 1)
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and text[i] in _OCTAL:
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            escape = "\\" + c
            if i < n and text[i] in _DIGITS:
                escape += text[i]
                i += 1
                if c in _OCTAL and escape[2] in _OCTAL and i < n and text[i] in _OCTAL:
                    escape += text[i]
                    i += 1
                    value = int(escape[1:], 8)
                    if value > 0o377:
                        raise _template_error(
                            is_str, "octal escape value %s outside of range 0-0o377" % escape,
                            source, i - len(escape))
                    literal.append(chr(value))
                    continue
            add_group(int(escape[1:]), i, len(escape) - 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise _template_error(is_str, "bad escape \\%s" % c, source, i - 2)
        else:
            literal.append("\\" + c)
    if literal:
        items.append("".join(literal))
    if not is_str:
        items = [item.encode("latin1") if isinstance(item, str) else item
                 for item in items]
    return items


def _expand_template(template, match, empty):
    parts = []
    for item in template:
        if isinstance(item, int):
            parts.append(match.group(item) or empty)
        else:
            parts.append(item)
    return empty.join(parts)
