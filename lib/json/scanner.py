"""The JSON value scanner `make_scanner`, written for closc: the native one of `_json`,
and `py_make_scanner`, the same in Python.

`make_scanner(decoder)` reads the decoder's settings (`strict`, `object_hook`,
`object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`, `parse_object`,
`parse_array`, `parse_string`, `memo`) once and returns `scan_once(string, idx)`, which
decodes the value starting at `string[idx]` and returns it with the index after it, or
raises `StopIteration(idx)` when no value starts there.
"""

from _json import make_scanner as c_make_scanner

__all__ = ["make_scanner"]

_DIGITS = "0123456789"


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def number(string, idx):
        """The number at `idx` (JSON's grammar, as CPython's accelerator matches it)."""
        length = len(string)
        start = idx
        if string[idx] == "-":
            idx += 1
            if idx >= length:
                raise StopIteration(start)
        ch = string[idx]
        if "1" <= ch <= "9":
            idx += 1
            while idx < length and string[idx] in _DIGITS:
                idx += 1
        elif ch == "0":
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx + 1 < length and string[idx] == "." and string[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < length and string[idx] in _DIGITS:
                idx += 1
        if idx + 1 < length and string[idx] in "eE":
            exponent_start = idx
            idx += 1
            if string[idx] in "+-":
                idx += 1
            digits_start = idx
            while idx < length and string[idx] in _DIGITS:
                idx += 1
            if idx > digits_start:
                is_float = True
            else:
                idx = exponent_start
        text = string[start:idx]
        if is_float:
            return parse_float(text), idx
        return parse_int(text), idx

    def scan(string, idx):
        if idx < 0 or idx >= len(string):
            raise StopIteration(idx)
        ch = string[idx]
        if ch == '"':
            return parse_string(string, idx + 1, strict)
        if ch == "{":
            return parse_object((string, idx + 1), strict, scan, object_hook,
                                object_pairs_hook, memo)
        if ch == "[":
            return parse_array((string, idx + 1), scan)
        if ch == "n" and string[idx:idx + 4] == "null":
            return None, idx + 4
        if ch == "t" and string[idx:idx + 4] == "true":
            return True, idx + 4
        if ch == "f" and string[idx:idx + 5] == "false":
            return False, idx + 5
        if ch == "N" and string[idx:idx + 3] == "NaN":
            return parse_constant("NaN"), idx + 3
        if ch == "I" and string[idx:idx + 8] == "Infinity":
            return parse_constant("Infinity"), idx + 8
        if ch == "-" and string[idx:idx + 9] == "-Infinity":
            return parse_constant("-Infinity"), idx + 9
        return number(string, idx)

    def scan_once(string, idx):
        try:
            return scan(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner
