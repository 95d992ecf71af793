"""Filename matching with shell patterns: `*` matches any run of characters, `?` one
character, `[seq]` one character in seq, `[!seq]` one not in seq.

closc matches patterns directly rather than through `re` (CPython compiles them to
regular expressions), so `translate` is not provided.
"""

import os

__all__ = ["filter", "fnmatch", "fnmatchcase"]

# Pattern pieces: a literal character, any one character, a character set, any run.
_LITERAL = 0
_ANY_ONE = 1
_SET = 2
_ANY_RUN = 3

_compiled = {}


def _parse_set(body):
    """The (negated, ranges) of a bracket expression's body; a range from a higher to a
    lower character matches nothing."""
    negated = body[:1] == "!"
    if negated:
        body = body[1:]
    ranges = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            low, high = body[i], body[i + 2]
            if low <= high:
                ranges.append((low, high))
            i += 3
        else:
            ranges.append((body[i], body[i]))
            i += 1
    return negated, tuple(ranges)


def _compile(pat):
    """The pieces of a pattern (a str), cached."""
    pieces = _compiled.get(pat)
    if pieces is not None:
        return pieces
    pieces = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            # Consecutive stars match what one does.
            if not pieces or pieces[-1][0] != _ANY_RUN:
                pieces.append((_ANY_RUN, None))
        elif c == "?":
            pieces.append((_ANY_ONE, None))
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                pieces.append((_LITERAL, "["))
            else:
                pieces.append((_SET, _parse_set(pat[i:j])))
                i = j + 1
        else:
            pieces.append((_LITERAL, c))
    pieces = tuple(pieces)
    if len(_compiled) >= 32768:
        _compiled.clear()
    _compiled[pat] = pieces
    return pieces


def _matches_one(piece, c):
    kind, data = piece
    if kind == _LITERAL:
        return c == data
    if kind == _ANY_ONE:
        return True
    negated, ranges = data
    inside = False
    for low, high in ranges:
        if low <= c <= high:
            inside = True
            break
    return inside != negated


def _match(pieces, name):
    """Whether `name` matches the whole pattern: a scan that remembers the last `*` and
    lets it take one more character whenever the rest fails."""
    p = 0
    s = 0
    star = -1
    star_s = 0
    while s < len(name):
        if p < len(pieces) and pieces[p][0] == _ANY_RUN:
            star = p
            star_s = s
            p += 1
        elif p < len(pieces) and _matches_one(pieces[p], name[s]):
            p += 1
            s += 1
        elif star >= 0:
            star_s += 1
            s = star_s
            p = star + 1
        else:
            return False
    while p < len(pieces) and pieces[p][0] == _ANY_RUN:
        p += 1
    return p == len(pieces)


def _as_text(value):
    # Bytes match byte for byte: latin-1 maps each byte to one character.
    return value.decode("latin-1") if isinstance(value, bytes) else value


def fnmatchcase(name, pat):
    """Whether `name` matches the shell pattern `pat`, case-sensitively."""
    if isinstance(name, bytes) != isinstance(pat, bytes):
        if isinstance(pat, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("cannot use a bytes pattern on a string-like object")
    return _match(_compile(_as_text(pat)), _as_text(name))


def fnmatch(name, pat):
    """Whether `name` matches the shell pattern `pat` (after os.path.normcase, which
    changes nothing on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names of the list that match the pattern."""
    pat = os.path.normcase(pat)
    pieces = _compile(_as_text(pat))
    result = []
    for name in names:
        if isinstance(name, bytes) != isinstance(pat, bytes):
            fnmatchcase(name, pat)
        if _match(pieces, _as_text(os.path.normcase(name))):
            result.append(name)
    return result
