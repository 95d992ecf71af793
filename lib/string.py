"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

Written for closc from the `string` documentation of Python 3.11: the constants,
`capwords` and `Template`. closc has no `re`: `Template` scans templates by hand for the
default placeholder syntax (its `delimiter` and `flags` may be overridden, but a subclass
defining its own `idpattern`, `braceidpattern` or `pattern` is refused), and the
`pattern` attribute is not a compiled regular expression. `Formatter` parses format
strings itself, as `str.format` does.
"""

__all__ = [
    "ascii_letters",
    "ascii_lowercase",
    "ascii_uppercase",
    "capwords",
    "digits",
    "hexdigits",
    "octdigits",
    "printable",
    "punctuation",
    "whitespace",
    "Formatter",
    "Template",
]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or " ").join([word.capitalize() for word in s.split(sep)])


_no_mapping = {}
_IGNORECASE = 2  # re.IGNORECASE
_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"


class _Placeholder:
    """One match of a template's placeholder syntax: `kind` is "escaped", "named",
    "braced" or "invalid"; `start`/`end` span the whole match, `name` is the identifier
    and `at` is where the invalid group (just after the delimiter) starts."""

    def __init__(self, kind, start, end, name, at):
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.at = at


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE
    pattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        for name in ("pattern", "idpattern", "braceidpattern"):
            if name in cls.__dict__:
                raise NotImplementedError(
                    f"closc's string.Template cannot use a custom {name} (there is no re module)"
                )

    def __init__(self, template):
        self.template = template

    def _is_identifier_start(self, c, ignore_case):
        return c == "_" or "a" <= c <= "z" or (ignore_case and "A" <= c <= "Z")

    def _is_identifier_char(self, c, ignore_case):
        return self._is_identifier_start(c, ignore_case) or "0" <= c <= "9"

    def _identifier_end(self, text, pos, ignore_case):
        """Where the identifier starting at `pos` ends (`pos` if there is none)."""
        if pos >= len(text) or not self._is_identifier_start(text[pos], ignore_case):
            return pos
        pos += 1
        while pos < len(text) and self._is_identifier_char(text[pos], ignore_case):
            pos += 1
        return pos

    def _placeholders(self):
        """The placeholders of the template, left to right, as a regular expression
        search for the default pattern would find them."""
        text = self.template
        delim = self.delimiter
        ignore_case = bool(self.flags & _IGNORECASE)
        size = len(delim)
        pos = text.find(delim)
        while pos >= 0:
            after = pos + size
            if text.startswith(delim, after):
                found = _Placeholder("escaped", pos, after + size, None, None)
            else:
                end = self._identifier_end(text, after, ignore_case)
                if end > after:
                    found = _Placeholder("named", pos, end, text[after:end], None)
                else:
                    found = None
                    if text.startswith("{", after):
                        end = self._identifier_end(text, after + 1, ignore_case)
                        if end > after + 1 and text.startswith("}", end):
                            name = text[after + 1 : end]
                            found = _Placeholder("braced", pos, end + 1, name, None)
                    if found is None:
                        found = _Placeholder("invalid", pos, after, None, after)
            yield found
            pos = text.find(delim, found.end) if size else -1

    def _invalid(self, placeholder):
        i = placeholder.at
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _render(self, mapping, kws, safe):
        def lookup(name):
            if kws and name in kws:
                return kws[name]
            return mapping[name]

        text = self.template
        pieces = []
        done = 0
        for found in self._placeholders():
            pieces.append(text[done : found.start])
            done = found.end
            if found.kind == "escaped":
                pieces.append(self.delimiter)
            elif found.kind == "invalid":
                if not safe:
                    self._invalid(found)
                pieces.append(text[found.start : found.end])
            elif safe:
                try:
                    pieces.append(str(lookup(found.name)))
                except KeyError:
                    pieces.append(text[found.start : found.end])
            else:
                pieces.append(str(lookup(found.name)))
        pieces.append(text[done:])
        return "".join(pieces)

    def substitute(self, mapping=_no_mapping, /, **kws):
        if mapping is _no_mapping:
            return self._render(kws, None, False)
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        if mapping is _no_mapping:
            return self._render(kws, None, True)
        return self._render(mapping, kws, True)

    def is_valid(self):
        for found in self._placeholders():
            if found.kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for found in self._placeholders():
            if found.name is not None and found.name not in ids:
                ids.append(found.name)
        return ids


def _parse_format(text):
    """Split a format string as `str.format` does, into tuples (literal text, field
    name, format spec, conversion); the last three are None after a literal ending at
    an escaped brace or at the end of the string."""
    n = len(text)
    i = 0
    while i < n:
        literal = []
        field = False
        while i < n:
            c = text[i]
            i += 1
            if c == "{":
                if i < n and text[i] == "{":
                    literal.append("{")
                    i += 1
                    break
                if i >= n:
                    raise ValueError("Single '{' encountered in format string")
                field = True
                break
            if c == "}":
                if i < n and text[i] == "}":
                    literal.append("}")
                    i += 1
                    break
                raise ValueError("Single '}' encountered in format string")
            literal.append(c)
        literal = "".join(literal)
        if not field:
            yield (literal, None, None, None)
            continue
        name, spec, conversion, i = _read_field(text, i)
        yield (literal, name, spec, conversion)


def _read_field(text, i):
    """Read the field starting at `text[i]`, just after its '{': its name, format spec
    and conversion, and where the text goes on after its '}'."""
    n = len(text)
    start = i
    stop = None
    while i < n:
        c = text[i]
        i += 1
        if c == "[":
            # An index may hold any character but ']'.
            while i < n and text[i] != "]":
                i += 1
        elif c == "{":
            raise ValueError("unexpected '{' in field name")
        elif c in "}:!":
            stop = c
            break
    if stop is None:
        raise ValueError("expected '}' before end of string")
    name = text[start : i - 1]
    if stop == "}":
        return name, "", None, i
    conversion = None
    if stop == "!":
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[i]
        i += 1
        if i < n:
            c = text[i]
            i += 1
            if c == "}":
                return name, "", conversion, i
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    # The format spec runs to the '}' balancing the field's '{'.
    spec_start = i
    depth = 1
    while i < n:
        c = text[i]
        i += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return name, text[spec_start : i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _as_index(text):
    return int(text) if text and text.isdigit() and text.isascii() else text


def _split_field_name(name):
    """The first part of a field name (an int if it is all digits) and an iterator of
    (is attribute, attribute name or index) for the `.name` and `[key]` parts after it."""
    n = len(name)
    i = 0
    while i < n and name[i] not in ".[":
        i += 1
    first = _as_index(name[:i])
    rest = []
    while i < n:
        c = name[i]
        i += 1
        start = i
        if c == ".":
            while i < n and name[i] not in ".[":
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[start:i]))
        elif c == "[":
            while i < n and name[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            rest.append((False, _as_index(name[start:i])))
            i += 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            # Automatic numbering ("{}") and explicit numbers ("{0}") do not mix.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError(
                        "cannot switch from manual field specification to automatic field numbering"
                    )
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (CPython's message, though the switch is the other way round.)
                    raise ValueError(
                        "cannot switch from manual field specification to automatic field numbering"
                    )
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The format spec may hold fields of its own.
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index
            )
            out.append(self.format_field(obj, format_spec))
        return "".join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        # returns an iterable that contains tuples of the form:
        # (literal_text, field_name, format_spec, conversion)
        # literal_text can be zero length
        # field_name can be None, in which case there's no
        #  object to format and output
        # if field_name is not None, it is looked up, formatted
        #  with format_spec and conversion and then used
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
