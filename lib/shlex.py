"""Shell-like syntax: `split` a command line as a POSIX shell would, `quote` an argument
so a shell reads it back as one word, and `join` arguments into a command line."""

__all__ = ["split", "quote", "join"]

_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")
_WHITESPACE = " \t\r\n"
# Inside double quotes a backslash escapes only these (and itself).
_ESCAPED_IN_DOUBLE_QUOTES = '"\\'


def split(s, comments=False, posix=True):
    """The words of command line `s`, with quotes and backslashes resolved as a POSIX
    shell resolves them; with `comments`, `#` starts a comment running to the end of
    the line."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("closc: shlex.split supports only posix=True")
    words = []
    word = []
    in_word = False
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in _WHITESPACE:
            if in_word:
                words.append("".join(word))
                word = []
                in_word = False
            i += 1
        elif comments and c == "#":
            if in_word:
                words.append("".join(word))
                word = []
                in_word = False
            end = s.find("\n", i)
            i = n if end < 0 else end + 1
        elif c == "\\":
            if i + 1 >= n:
                raise ValueError("No escaped character")
            word.append(s[i + 1])
            in_word = True
            i += 2
        elif c == "'":
            end = s.find("'", i + 1)
            if end < 0:
                raise ValueError("No closing quotation")
            word.append(s[i + 1 : end])
            in_word = True
            i = end + 1
        elif c == '"':
            i += 1
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\" and i + 1 < n and s[i + 1] in _ESCAPED_IN_DOUBLE_QUOTES:
                    word.append(s[i + 1])
                    i += 2
                elif c == "\\" and i + 1 >= n:
                    raise ValueError("No escaped character")
                else:
                    word.append(c)
                    i += 1
            in_word = True
        else:
            word.append(c)
            in_word = True
            i += 1
    if in_word:
        words.append("".join(word))
    return words


def quote(s):
    """`s` as one shell word: unchanged when it needs no quoting, else single-quoted."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The command line whose words are `split_command`."""
    return " ".join(quote(arg) for arg in split_command)
