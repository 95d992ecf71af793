"""JSONEncoder: Python values to JSON text.

Written for closc from the `json` documentation of Python 3.11. A whole document
(`dumps`) is encoded in one go by the native accelerator (`_json.make_encoder`), and chunk
by chunk in Python by `iterencode` (`dump`): the chunks are what a `dump` target's `write`
receives. CPython's accelerator does not indent, so `dumps(indent=...)` gives the messages
of its Python encoder (an out-of-range float's value), which the native one copies then.
"""

from _json import encode_basestring as c_encode_basestring
from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import make_encoder as c_make_encoder

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

# The escape of each character a JSON string cannot hold as itself.
_SHORT_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}
_CONTROL_ESCAPES = {}
for _code in range(0x20):
    _CONTROL_ESCAPES[chr(_code)] = _SHORT_ESCAPES.get(chr(_code), "\\u%04x" % _code)
_CONTROL_ESCAPES["\\"] = "\\\\"
_CONTROL_ESCAPES['"'] = '\\"'
del _code


def py_encode_basestring(s):
    """`s` as a JSON string, escaping only quotes, backslashes and control characters."""
    if s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    parts = ['"']
    escapes = _CONTROL_ESCAPES
    for ch in s:
        parts.append(escapes.get(ch, ch))
    parts.append('"')
    return "".join(parts)


def py_encode_basestring_ascii(s):
    """`s` as a JSON string of ASCII characters: others become `\\uXXXX` escapes (a
    surrogate pair above U+FFFF)."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    parts = ['"']
    escapes = _CONTROL_ESCAPES
    for ch in s:
        if " " <= ch <= "~":
            parts.append(_SHORT_ESCAPES.get(ch, ch))
            continue
        escape = escapes.get(ch)
        if escape is not None:
            parts.append(escape)
            continue
        code = ord(ch)
        if code < 0x10000:
            parts.append("\\u%04x" % code)
        else:
            code -= 0x10000
            parts.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
    parts.append('"')
    return "".join(parts)


encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures: dict (object), list and tuple
    (array), str (string), int and float (number), True/False/None (true/false/null).
    Subclasses override `default` to encode other objects."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for `o`, or raise `TypeError`."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """The JSON text of `o`."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o`, as an iterable of chunks."""
        if self.ensure_ascii:
            quote = encode_basestring_ascii
        else:
            quote = encode_basestring
        if _one_shot:
            # Unlike CPython's, the native encoder also indents (as its Python one does).
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = " " * indent
            markers = {} if self.check_circular else None
            encode = c_make_encoder(markers, self.default, quote, indent,
                                    self.key_separator, self.item_separator,
                                    self.sort_keys, self.skipkeys, self.allow_nan)
            return encode(o, 0)
        return _chunk_encoder(self, quote)(o, 0)


def _float_text(value, allow_nan):
    """JSON text of a float (NaN and the infinities as JavaScript spells them)."""
    if value != value:
        text = "NaN"
    elif value == INFINITY:
        text = "Infinity"
    elif value == -INFINITY:
        text = "-Infinity"
    else:
        return float.__repr__(value)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(value))
    return text


def _key_text(key, encoder):
    """A dict key as the str to quote, or None when `skipkeys` drops it."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float_text(key, encoder.allow_nan)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    if encoder.skipkeys:
        return None
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")


def _chunk_encoder(encoder, quote):
    """A generator function yielding the text of a value in the chunks CPython's
    pure-Python encoder yields (a `dump` target sees one `write` per chunk)."""
    markers = {} if encoder.check_circular else None
    indent = encoder.indent
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent
    item_separator = encoder.item_separator
    key_separator = encoder.key_separator
    allow_nan = encoder.allow_nan
    sort_keys = encoder.sort_keys
    default = encoder.default

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def scalar(o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return quote(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_text(o, allow_nan)
        return None

    def nested(o, level):
        if isinstance(o, (list, tuple)):
            return array(o, level)
        if isinstance(o, dict):
            return obj(o, level)
        return other(o, level)

    def array(lst, level):
        if not lst:
            yield "[]"
            return
        enter(lst)
        prefix = "["
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            separator = item_separator + newline
            prefix += newline
        else:
            newline = None
            separator = item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                prefix = separator
            text = scalar(value)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from nested(value, level)
        if newline is not None:
            level -= 1
            yield "\n" + indent * level
        yield "]"
        leave(lst)

    def obj(dct, level):
        if not dct:
            yield "{}"
            return
        enter(dct)
        yield "{"
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            separator = item_separator + newline
            yield newline
        else:
            newline = None
            separator = item_separator
        first = True
        items = sorted(dct.items()) if sort_keys else dct.items()
        for key, value in items:
            key = _key_text(key, encoder)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield quote(key)
            yield key_separator
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from nested(value, level)
        if newline is not None:
            level -= 1
            yield "\n" + indent * level
        yield "}"
        leave(dct)

    def other(o, level):
        enter(o)
        yield from top(default(o), level)
        leave(o)

    def top(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        else:
            yield from nested(o, level)

    return top
