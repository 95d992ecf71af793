"""Pretty-printing of Python data structures: `pprint`, `pformat`, `pp`, `PrettyPrinter`,
`saferepr`, `isreadable`, `isrecursive`.

Written for closc from the `pprint` documentation of Python 3.11, laying out containers as
CPython does: an object whose repr fits in the remaining width is written as its repr;
otherwise dicts, lists, tuples, sets, strs, bytes, dataclasses, `SimpleNamespace`,
`mappingproxy` and the `collections` containers are broken over lines, one item per
line (or as many as fit with `compact`), long strs and bytes into adjacent literals.
"""

import sys as _sys
import types as _types
import dataclasses as _dataclasses
from collections import OrderedDict as _OrderedDict
from collections import defaultdict as _defaultdict
from collections import Counter as _Counter
from collections import deque as _deque

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print `object` to `stream` (default `sys.stdout`), then a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of `object`."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """`pprint` keeping dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """`repr(object)`, with recursive containers shown as `<Recursion on ...>`."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether `saferepr(object)` is text `eval` could read back."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether `object` contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _OrderKey:
    """Sort key putting values that cannot be compared in a fixed order: by type name,
    then identity."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _pair_key(pair):
    return _OrderKey(pair[0]), _OrderKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _TextSink:
    """Collects what `write` is given (`pformat`'s stream)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return "".join(self.parts)


def _words(line):
    """`line` cut after each run of whitespace: each piece is non-space characters then
    the spaces following them."""
    pieces = []
    start = 0
    index = 0
    length = len(line)
    while index < length:
        while index < length and not line[index].isspace():
            index += 1
        while index < length and line[index].isspace():
            index += 1
        pieces.append(line[start:index])
        start = index
    return pieces


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    """Pretty-prints with a given `indent` per nesting level, `width`, `depth` limit,
    `stream`, `compact` item packing, `sort_dicts` and `underscore_numbers`."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        sink = _TextSink()
        self._format(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """The repr of `object`, whether it is readable and whether it is recursive;
        subclasses override this to change how values are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # Layout: `indent` is the column the object starts at, `allowance` the room to keep
    # free after it (for the closing brackets that follow), `context` the ids of the
    # containers being written, `level` the nesting depth.

    def _format(self, object, stream, indent, allowance, context, level):
        marker = id(object)
        if marker in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = _LAYOUTS.get(type(object).__repr__)
            if layout is None and self._is_plain_dataclass(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[marker] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[marker]
                return
        stream.write(text)

    def _is_plain_dataclass(self, object):
        """A dataclass instance whose repr is the one `@dataclass` wrote."""
        if isinstance(object, type) or not _dataclasses.is_dataclass(object):
            return False
        if not object.__dataclass_params__.repr:
            return False
        return getattr(type(object).__repr__, "__module__", None) == "dataclasses"

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        items = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(")")

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_pair_key)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        closing = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        kind = type(object)
        if kind is set:
            stream.write("{")
            closing = "}"
        else:
            stream.write(kind.__name__ + "({")
            closing = "})"
            indent += len(kind.__name__) + 1
        members = sorted(object, key=_OrderKey)
        self._format_items(members, stream, indent, allowance + len(closing), context,
                           level)
        stream.write(closing)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        pieces = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        line_width = last_line_width = self._width - indent
        for line_index, line in enumerate(lines):
            text = repr(line)
            last_line = line_index == len(lines) - 1
            if last_line:
                last_line_width -= allowance
            if len(text) <= last_line_width:
                pieces.append(text)
                continue
            words = _words(line)
            room = line_width
            current = ""
            for word_index, word in enumerate(words):
                candidate = current + word
                if last_line and word_index == len(words) - 1:
                    room -= allowance
                if len(repr(candidate)) > room:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(text)
            return
        if level == 1:
            stream.write("(")
        for index, piece in enumerate(pieces):
            if index > 0:
                stream.write("\n" + " " * indent)
            stream.write(piece)
        if level == 1:
            stream.write(")")

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parenthesized = level == 1
        if parenthesized:
            indent += 1
            allowance += 1
            stream.write("(")
        separator = ""
        for text in _bytes_pieces(object, self._width - indent, allowance):
            stream.write(separator)
            stream.write(text)
            separator = "\n" + " " * indent
        if parenthesized:
            stream.write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(")")

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            name = "namespace"
        else:
            name = type(object).__name__
        stream.write(name + "(")
        self._format_namespace_items(object.__dict__.items(), stream,
                                     indent + len(name) + 1, allowance, context, level)
        stream.write(")")

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write("})")

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "([")
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, maxlen))

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ",\n" + " " * indent
        last_index = len(items) - 1
        for index, (key, value) in enumerate(items):
            last = index == last_index
            key_text = self._repr(key, context, level)
            stream.write(key_text)
            stream.write(": ")
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ",\n" + " " * indent
        items = list(items)
        last_index = len(items) - 1
        for index, (key, value) in enumerate(items):
            last = index == last_index
            stream.write(key)
            stream.write("=")
            if id(value) in context:
                # A dataclass's own repr shows a field holding its container as `...`.
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        newline_separator = ",\n" + " " * indent
        separator = ""
        room = line_width = self._width - indent + 1
        entries = list(items)
        for index, entry in enumerate(entries):
            last = index == len(entries) - 1
            if last:
                line_width -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(entry, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = line_width
                    if separator:
                        separator = newline_separator
                if room >= needed:
                    room -= needed
                    stream.write(separator)
                    separator = ", "
                    stream.write(text)
                    continue
            stream.write(separator)
            separator = newline_separator
            self._format(entry, stream, indent, allowance if last else 1, context, level)

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            marker = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, marker in context
            if marker in context:
                return _recursion(object), False, True
            context[marker] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_pair_key)
            else:
                items = object.items()
            for key, value in items:
                key_text, key_readable, key_recursive = self.format(key, context,
                                                                    maxlevels, level)
                value_text, value_readable, value_recursive = self.format(
                    value, context, maxlevels, level)
                parts.append("%s: %s" % (key_text, value_text))
                readable = readable and key_readable and value_readable
                if key_recursive or value_recursive:
                    recursive = True
            del context[marker]
            return "{%s}" % ", ".join(parts), readable, recursive
        is_list = issubclass(kind, list) and own_repr is list.__repr__
        if is_list or (issubclass(kind, tuple) and own_repr is tuple.__repr__):
            if is_list:
                if not object:
                    return "[]", True, False
                template = "[%s]"
            elif len(object) == 1:
                template = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                template = "(%s)"
            marker = id(object)
            if maxlevels and level >= maxlevels:
                return template % "...", False, marker in context
            if marker in context:
                return _recursion(object), False, True
            context[marker] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                text, item_readable, item_recursive = self.format(item, context,
                                                                  maxlevels, level)
                parts.append(text)
                if not item_readable:
                    readable = False
                if item_recursive:
                    recursive = True
            del context[marker]
            return template % ", ".join(parts), readable, recursive
        text = repr(object)
        return text, bool(text and not text.startswith("<")), False


def _bytes_pieces(object, width, allowance):
    """The reprs of consecutive slices of `object` (whole groups of four bytes) that each
    fit in `width` (the last one in `width - allowance`)."""
    current = b""
    last = len(object) // 4 * 4
    for start in range(0, len(object), 4):
        part = object[start:start + 4]
        candidate = current + part
        if start == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


# How each repr is laid out when it does not fit, by the `__repr__` the type uses (so a
# subclass that keeps its base's repr is laid out as the base).
_LAYOUTS = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    _OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
    _defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
    _Counter.__repr__: PrettyPrinter._pprint_counter,
    _deque.__repr__: PrettyPrinter._pprint_deque,
}
