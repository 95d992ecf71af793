"""JSONDecoder: JSON text to Python values.

Written for closc from the `json` documentation of Python 3.11. The native scanner of
`_json` decodes by default; the Python one here (`py_scanstring`, `JSONObject`,
`JSONArray`, `json.scanner.py_make_scanner`) follows it, so both raise the messages and
positions of CPython's C accelerator: for instance `Invalid control character at`,
without the character.
"""

from _json import scanstring as c_scanstring
from json import scanner

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """ValueError with where the document failed to parse: `msg` (the message without
    the position), `doc`, `pos` (an index of `doc`), `lineno` and `colno` (from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    "-Infinity": NegInf,
    "Infinity": PosInf,
    "NaN": NaN,
}

_ESCAPED = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
}

_HEX_DIGITS = "0123456789abcdefABCDEF"


def _hex4(s, start):
    """The value of the four hex digits at `s[start:start+4]`, or -1."""
    digits = s[start:start + 4]
    if len(digits) != 4:
        return -1
    for ch in digits:
        if ch not in _HEX_DIGITS:
            return -1
    return int(digits, 16)


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at `end - 1`; return the str and
    the index after its closing quote. With `strict` false, control characters may
    appear unescaped."""
    begin = end - 1
    length = len(s)
    chunks = []
    while True:
        # The next quote or backslash ends the run of plain characters.
        quote_at = s.find('"', end)
        if quote_at < 0:
            quote_at = length
        stop = s.find("\\", end, quote_at)
        if stop < 0:
            stop = quote_at
        run = s[end:stop]
        if strict and not run.isprintable():
            for offset, ch in enumerate(run):
                if ch < " ":
                    raise JSONDecodeError("Invalid control character at", s, end + offset)
        if stop >= length:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunks.append(run)
        if stop == quote_at:
            return "".join(chunks), stop + 1
        # A backslash at `stop`.
        if stop + 1 >= length:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        kind = s[stop + 1]
        if kind != "u":
            char = _ESCAPED.get(kind)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            chunks.append(char)
            end = stop + 2
            continue
        # `\uXXXX`: the accelerator wants a character after the four digits.
        if stop + 6 >= length:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, stop + 1)
        code = _hex4(s, stop + 2)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, stop + 1)
        end = stop + 6
        if 0xD800 <= code <= 0xDBFF and end + 6 < length and s[end:end + 2] == "\\u":
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        chunks.append(chr(code))


scanstring = c_scanstring

_WHITESPACE = " \t\n\r"


def _skip_whitespace(s, end):
    while end < len(s) and s[end] in _WHITESPACE:
        end += 1
    return end


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None,
               _w=None, _ws=None):
    """Decode the members of a JSON object whose `{` is just before `end`; return the
    value (a dict, or what a hook made of it) and the index after the `}`."""
    s, end = s_and_end
    if memo is None:
        memo = {}
    length = len(s)
    pairs = []
    end = _skip_whitespace(s, end)
    if end >= length or s[end] != "}":
        while True:
            if end >= length or s[end] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end)
            key, end = scanstring(s, end + 1, strict)
            key = memo.setdefault(key, key)
            end = _skip_whitespace(s, end)
            if end >= length or s[end] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_whitespace(s, end + 1)
            value, end = scan_once(s, end)
            pairs.append((key, value))
            end = _skip_whitespace(s, end)
            if end < length and s[end] == "}":
                break
            if end >= length or s[end] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip_whitespace(s, end + 1)
    end += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, end


def JSONArray(s_and_end, scan_once, _w=None, _ws=None):
    """Decode the items of a JSON array whose `[` is just before `end`; return the list
    and the index after the `]`."""
    s, end = s_and_end
    length = len(s)
    values = []
    end = _skip_whitespace(s, end)
    if end < length and s[end] == "]":
        return values, end + 1
    while True:
        value, end = scan_once(s, end)
        values.append(value)
        end = _skip_whitespace(s, end)
        if end < length and s[end] == "]":
            return values, end + 1
        if end >= length or s[end] != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, end)
        end = _skip_whitespace(s, end + 1)


class JSONDecoder(object):
    """Simple JSON decoder: object to dict, array to list, string to str, number to int
    or float, true/false/null to True/False/None; also NaN, Infinity and -Infinity."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The value of the JSON document `s` (whitespace may surround it)."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at `s[idx]`; return it and the index after
        it."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
