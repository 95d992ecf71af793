"""Warning control.

Written for closc from the `warnings` documentation of Python 3.11: `warn`,
`warn_explicit`, the filters (`filterwarnings`, `simplefilter`, `resetwarnings`, the
actions `error`, `ignore`, `always`, `default`, `module`, `once`, and CPython's default
filters), `showwarning` and `formatwarning` (both replaceable), `catch_warnings` (with
`record`, `action`, `category`) and `WarningMessage`.

closc has no frame objects, so `warn` cannot see its caller: every warning is
attributed to the main module (`__main__`, its `__file__`) at line 1, `stacklevel` is
ignored, and no source line is shown under the message. closc has no `re`: the `message`
and `module` patterns of `filterwarnings` are matched by a small matcher that knows
literal characters, `.`, `*`, `+`, `?`, backslash escapes and a final `$` (`message`
ignoring case, as CPython does).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]


# ---------------------------------------------------------------------------
# Patterns of filterwarnings


class _Pattern:
    """A `message` or `module` pattern of a filter: `match(text)` matches at the start of
    `text`, as a regular expression's would."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self.ignore_case = ignore_case
        self._items = self._parse(pattern)

    @staticmethod
    def _parse(pattern):
        """The pattern as (characters, repeat) items: characters None means any, repeat
        one of '', '*', '+', '?'; a final `$` becomes the item ('$', 'end')."""
        items = []
        i = 0
        while i < len(pattern):
            ch = pattern[i]
            if ch == "\\" and i + 1 < len(pattern):
                i += 1
                if pattern[i] == "Z" and i + 1 == len(pattern):
                    items.append(("$", "end"))
                    break
                items.append((pattern[i], ""))
            elif ch == "$" and i + 1 == len(pattern):
                items.append(("$", "end"))
            elif ch in "*+?" and items and items[-1][1] == "":
                items[-1] = (items[-1][0], ch)
            elif ch == ".":
                items.append((None, ""))
            else:
                items.append((ch, ""))
            i += 1
        return items

    def _fits(self, expected, ch):
        if expected is None:
            return ch != "\n"
        if self.ignore_case:
            return expected.lower() == ch.lower()
        return expected == ch

    def _match_from(self, k, text, pos):
        if k == len(self._items):
            return True
        expected, repeat = self._items[k]
        if repeat == "end":
            return pos == len(text) or (pos == len(text) - 1 and text[pos] == "\n")
        if repeat == "":
            return (pos < len(text) and self._fits(expected, text[pos])
                    and self._match_from(k + 1, text, pos + 1))
        limit = pos
        while limit < len(text) and self._fits(expected, text[limit]):
            limit += 1
            if repeat == "?":
                break
        lowest = pos + 1 if repeat == "+" else pos
        for end in range(limit, lowest - 1, -1):
            if self._match_from(k + 1, text, end):
                return True
        return False

    def match(self, text):
        return self._match_from(0, text, 0)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return (self.pattern, self.ignore_case) == (other.pattern, other.ignore_case)

    def __hash__(self):
        return hash((self.pattern, self.ignore_case))

    def __repr__(self):
        if self.ignore_case:
            return "re.compile(%r, re.IGNORECASE)" % self.pattern
        return "re.compile(%r)" % self.pattern


def _matches(pattern, text):
    """Whether a filter's pattern accepts `text`: None accepts anything, a str (as in
    the default filters) only itself."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


# ---------------------------------------------------------------------------
# Filters

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped whenever the filters change, so that the registries of warnings already shown
# are cleared.
_filters_version = 1

# Each module's registry of the warnings shown from it (CPython keeps it in the module's
# `__warningregistry__`).
_registries = {}

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _check_filter(action, lineno):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Adds a filter: `action` for the warnings of `category` whose text matches
    `message` (ignoring case), from modules matching `module`, at `lineno` (0: any)."""
    _check_filter(action, lineno)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    message_pattern = _Pattern(message, True) if message else None
    module_pattern = _Pattern(module, False) if module else None
    _add_filter(action, message_pattern, category, module_pattern, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of `category` (not checked to be a class, as in
    CPython)."""
    _check_filter(action, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Removes every filter, the default ones included."""
    filters[:] = []
    _filters_mutated()


# ---------------------------------------------------------------------------
# Showing warnings


class WarningMessage:
    """One warning, as `catch_warnings(record=True)` records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename,
                                self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """`file:line: Category: message`, then the source line when there is one."""
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        text += "  %s\n" % line.strip()
    return text


def _formatwarnmsg_impl(msg):
    return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _formatwarnmsg(msg):
    """Formats through `formatwarning`, or a replacement a program installed."""
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno,
                             msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (by default `sys.stderr`)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Shows through `showwarning`, or a replacement a program installed."""
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
                    msg.line)
        return
    _showwarnmsg_impl(msg)


# ---------------------------------------------------------------------------
# Issuing warnings


def _caller():
    """The file and module a warning is attributed to: the main module's, as closc
    cannot see the calling frame."""
    main = sys.modules.get("__main__")
    filename = getattr(main, "__file__", None) or "sys"
    return filename, "__main__"


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning: shown, ignored or raised as the filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    filename, module = _caller()
    registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, 1, module, registry, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning said to come from `filename` at `lineno`."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Saves the filters and `showwarning` on entry and restores them on exit;
    `record=True` collects the warnings in the list it returns instead of showing
    them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            action, category, lineno, append = self._filter
            module.simplefilter(action, category, lineno, append)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            # Recording bypasses any replacement of showwarning.
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl
