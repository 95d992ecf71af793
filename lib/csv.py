"""CSV reading and writing, as CPython's csv module (whose core, _csv, is C there).

The reader is CPython's state machine, one character at a time, so that quoting, escaping and
errors come out exactly as CPython's; the end of each input line is handled as its own event
after the line's characters, as CPython's parser sees an end-of-line marker.
"""

__all__ = [
    "QUOTE_MINIMAL",
    "QUOTE_ALL",
    "QUOTE_NONNUMERIC",
    "QUOTE_NONE",
    "Error",
    "Dialect",
    "excel",
    "excel_tab",
    "field_size_limit",
    "reader",
    "writer",
    "register_dialect",
    "get_dialect",
    "list_dialects",
    "unregister_dialect",
    "DictReader",
    "DictWriter",
    "unix_dialect",
]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_QUOTING_VALUES = (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)


class Error(Exception):
    # CPython defines it in its C accelerator; tracebacks name it `_csv.Error`.
    __module__ = "_csv"


_field_limit = 128 * 1024
_NO_LIMIT_GIVEN = object()


def field_size_limit(new_limit=_NO_LIMIT_GIVEN):
    """Return the largest field the reader accepts; with an argument, set it too."""
    global _field_limit
    previous = _field_limit
    if new_limit is not _NO_LIMIT_GIVEN:
        if not isinstance(new_limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = new_limit
    return previous


def _present_as_csv_core(cls, name):
    """Name a class as CPython's C core `_csv` names its type (for reprs and error messages)."""
    cls.__name__ = name
    cls.__qualname__ = name
    cls.__module__ = "_csv"


# ---------------------------------------------------------------- dialects

_DIALECT_ATTRIBUTES = (
    "delimiter",
    "doublequote",
    "escapechar",
    "lineterminator",
    "quotechar",
    "quoting",
    "skipinitialspace",
    "strict",
)
_MISSING = object()


def _one_char(name, value, default):
    if value is _MISSING:
        return default
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be string, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


def _one_char_or_none(name, value, default):
    if value is _MISSING:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class _ValidatedDialect:
    """The immutable, checked set of options a reader or writer uses (CPython's `_csv.Dialect`)."""

    def __init__(self, dialect=None, **options):
        for name in options:
            if name not in _DIALECT_ATTRIBUTES:
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        given = {}
        if options.get("quotechar", "") is None and "quoting" not in options:
            # As CPython: turning quoting off by the keyword alone disables quoting.
            given["quoting"] = QUOTE_NONE
        for name in _DIALECT_ATTRIBUTES:
            if name in given:
                continue
            if name in options:
                given[name] = options[name]
            elif dialect is not None:
                given[name] = getattr(dialect, name, _MISSING)
            else:
                given[name] = _MISSING
        # Checked in CPython's order, so the first problem reported is the same.
        delimiter = _one_char("delimiter", given["delimiter"], ",")
        doublequote = True if given["doublequote"] is _MISSING else bool(given["doublequote"])
        escapechar = _one_char_or_none("escapechar", given["escapechar"], None)
        lineterminator = given["lineterminator"]
        if lineterminator is _MISSING:
            lineterminator = "\r\n"
        elif lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = _one_char_or_none("quotechar", given["quotechar"], '"')
        quoting = given["quoting"]
        if quoting is _MISSING:
            quoting = QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        elif quoting not in _QUOTING_VALUES:
            raise TypeError('bad "quoting" value')
        skipinitialspace = given["skipinitialspace"] is not _MISSING and bool(given["skipinitialspace"])
        strict = given["strict"] is not _MISSING and bool(given["strict"])
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        values = {
            "delimiter": delimiter,
            "doublequote": doublequote,
            "escapechar": escapechar,
            "lineterminator": lineterminator,
            "quotechar": quotechar,
            "quoting": quoting,
            "skipinitialspace": skipinitialspace,
            "strict": strict,
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        if name in _DIALECT_ATTRIBUTES:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")


_present_as_csv_core(_ValidatedDialect, "Dialect")


def _dialect_from(dialect, options):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _ValidatedDialect) and not options:
        return dialect
    return _ValidatedDialect(dialect, **options)


_dialects = {}


def register_dialect(name, dialect=None, **options):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _dialect_from(dialect, options)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


class Dialect:
    """Describe a CSV dialect as class attributes; subclasses are checked when instantiated."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _ValidatedDialect(self)
        except TypeError as problem:
            raise Error(str(problem))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""

    delimiter = "\t"


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


# ---------------------------------------------------------------- reader

# Parser states, as CPython's.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class _Reader:
    def __init__(self, lines, dialect):
        self._lines = lines
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        dialect = self.dialect
        delimiter = dialect.delimiter
        escapechar = dialect.escapechar
        # With QUOTE_NONE the quote character is an ordinary character.
        quotechar = None if dialect.quoting == QUOTE_NONE else dialect.quotechar
        doublequote = dialect.doublequote
        skipinitialspace = dialect.skipinitialspace
        strict = dialect.strict
        nonnumeric = dialect.quoting == QUOTE_NONNUMERIC
        limit = _field_limit
        fields = []
        chars = []
        numeric = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if chars or state == _IN_QUOTED_FIELD:
                    if strict:
                        raise Error("unexpected end of data") from None
                    fields.append(_field_value(chars, numeric))
                    return fields
                raise
            if not isinstance(line, str):
                raise Error(
                    f"iterator should return strings, not {type(line).__name__}"
                    " (the file should be opened in text mode)"
                )
            self.line_num += 1
            if state == _START_RECORD:
                simple = self._simple_record(line, quotechar, escapechar, skipinitialspace, nonnumeric, limit)
                if simple is not None:
                    return simple
            for c in line:
                if state == _START_RECORD:
                    if c == "\n" or c == "\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                add = False
                # After an escaped line break CPython parses as in a field but keeps the state
                # until the field ends, so that the end of the line does not end the record.
                if state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                    if c == "\n" or c == "\r":
                        fields.append(_field_value(chars, numeric))
                        chars = []
                        numeric = False
                        state = _EAT_CRNL
                    elif c == escapechar:
                        state = _ESCAPED_CHAR
                    elif c == delimiter:
                        fields.append(_field_value(chars, numeric))
                        chars = []
                        numeric = False
                        state = _START_FIELD
                    else:
                        add = True
                elif state == _START_FIELD:
                    if c == "\n" or c == "\r":
                        fields.append(_field_value(chars, numeric))
                        chars = []
                        numeric = False
                        state = _EAT_CRNL
                    elif c == quotechar:
                        state = _IN_QUOTED_FIELD
                    elif c == escapechar:
                        state = _ESCAPED_CHAR
                    elif c == " " and skipinitialspace:
                        pass
                    elif c == delimiter:
                        fields.append(_field_value(chars, numeric))
                        chars = []
                        numeric = False
                    else:
                        numeric = nonnumeric
                        add = True
                        state = _IN_FIELD
                elif state == _IN_QUOTED_FIELD:
                    if c == escapechar:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == quotechar:
                        state = _QUOTE_IN_QUOTED_FIELD if doublequote else _IN_FIELD
                    else:
                        add = True
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if c == quotechar:
                        add = True
                        state = _IN_QUOTED_FIELD
                    elif c == delimiter:
                        fields.append(_field_value(chars, numeric))
                        chars = []
                        numeric = False
                        state = _START_FIELD
                    elif c == "\n" or c == "\r":
                        fields.append(_field_value(chars, numeric))
                        chars = []
                        numeric = False
                        state = _EAT_CRNL
                    elif not strict:
                        add = True
                        state = _IN_FIELD
                    else:
                        raise Error(f"'{delimiter}' expected after '{dialect.quotechar}'")
                elif state == _ESCAPED_CHAR:
                    add = True
                    if c == "\n" or c == "\r":
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        state = _IN_FIELD
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    add = True
                    state = _IN_QUOTED_FIELD
                elif state == _EAT_CRNL:
                    if c != "\n" and c != "\r":
                        raise Error(
                            "new-line character seen in unquoted field"
                            " - do you need to open the file in universal-newline mode?"
                        )
                if add:
                    if len(chars) >= limit:
                        raise Error(f"field larger than field limit ({limit})")
                    chars.append(c)
            # The end of the line.
            if state == _START_FIELD or state == _IN_FIELD or state == _QUOTE_IN_QUOTED_FIELD:
                fields.append(_field_value(chars, numeric))
                chars = []
                numeric = False
                state = _START_RECORD
            elif state == _EAT_CRNL:
                state = _START_RECORD
            elif state == _ESCAPED_CHAR or state == _ESCAPE_IN_QUOTED_FIELD:
                if len(chars) >= limit:
                    raise Error(f"field larger than field limit ({limit})")
                chars.append("\n")
                state = _IN_FIELD if state == _ESCAPED_CHAR else _IN_QUOTED_FIELD
            if state == _START_RECORD:
                return fields

    def _simple_record(self, line, quotechar, escapechar, skipinitialspace, nonnumeric, limit):
        """The fields of a whole line without quotes, escapes or inner line breaks, as the
        state machine would give them, found with str methods; None for any other line."""
        if line.endswith("\r\n"):
            body = line[:-2]
        elif line.endswith("\n") or line.endswith("\r"):
            body = line[:-1]
        else:
            body = line
        if "\n" in body or "\r" in body:
            return None
        if quotechar is not None and quotechar in body:
            return None
        if escapechar is not None and escapechar in body:
            return None
        if not body:
            return []
        fields = body.split(self.dialect.delimiter)
        for index in range(len(fields)):
            field = fields[index]
            if skipinitialspace:
                field = field.lstrip(" ")
            if len(field) > limit:
                return None
            if nonnumeric and field:
                field = float(field)
            fields[index] = field
        return fields


def _field_value(chars, numeric):
    text = "".join(chars)
    if numeric:
        return float(text)
    return text


def reader(csvfile, dialect="excel", **options):
    lines = iter(csvfile)
    return _Reader(lines, _dialect_from(dialect, options))


_present_as_csv_core(_Reader, "reader")


# ---------------------------------------------------------------- writer


def _is_number(value):
    # CPython's PyNumber_Check: anything convertible by int(), float() or index().
    if isinstance(value, (int, float, complex)):
        return True
    kind = type(value)
    return hasattr(kind, "__index__") or hasattr(kind, "__int__") or hasattr(kind, "__float__")


class _Writer:
    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect

    def _field_text(self, text, quoted):
        dialect = self.dialect
        delimiter = dialect.delimiter
        escapechar = dialect.escapechar
        quotechar = dialect.quotechar
        lineterminator = dialect.lineterminator
        if not (
            delimiter in text
            or (quotechar is not None and quotechar in text)
            or (escapechar is not None and escapechar in text)
            or any(c in text for c in lineterminator)
        ):
            return quotechar + text + quotechar if quoted else text
        quote_none = dialect.quoting == QUOTE_NONE
        out = []
        for c in text:
            if c == delimiter or c == escapechar or c == quotechar or c in lineterminator:
                escape = quote_none
                if not quote_none:
                    if c == quotechar:
                        if dialect.doublequote:
                            out.append(quotechar)
                        else:
                            escape = True
                    elif c == escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(escapechar)
            out.append(c)
        if quoted:
            return quotechar + "".join(out) + quotechar
        return "".join(out)

    def writerow(self, row):
        try:
            fields = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        quoting = self.dialect.quoting
        texts = []
        for field in fields:
            if quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            texts.append(self._field_text(text, quoted))
        if len(texts) == 1 and texts[0] == "":
            # A lone empty field would read back as an empty record.
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            texts[0] = self.dialect.quotechar * 2
        return self._write(self.dialect.delimiter.join(texts) + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect="excel", **options):
    if not hasattr(fileobj, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(fileobj, _dialect_from(dialect, options))


_present_as_csv_core(_Writer, "writer")


# ---------------------------------------------------------------- dict reader and writer


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", **options):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, **options)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Reads the header row when no field names were given.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(names) < len(row):
            record[self.restkey] = row[len(names) :]
        else:
            for name in names[len(row) :]:
                record[name] = self.restval
        return record


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", **options):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, **options)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _row_values(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                names = ", ".join([repr(name) for name in unknown])
                raise ValueError("dict contains fields not in fieldnames: " + names)
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row_values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._row_values, rowdicts))
