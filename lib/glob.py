"""Filename globbing: the paths matching a shell pattern, with `**` for any depth when
`recursive` is true. Names starting with a dot match only patterns starting with one,
unless `include_hidden`."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname`, in the order the directories list them."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator of the paths matching `pathname`."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # A leading `**` first yields the empty path, which is not a match.
        return _skip_empty_first(found)
    return found


def _skip_empty_first(found):
    first = True
    for path in found:
        if first:
            first = False
            if not path:
                continue
        yield path


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern ending with a separator matches directories only.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob_recursive
        else:
            glob_in_dir = _glob_pattern
    else:
        glob_in_dir = _glob_literal
    for directory in dirs:
        for name in glob_in_dir(_join(root_dir, directory), basename, dironly, include_hidden):
            yield os.path.join(directory, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [name for name in names if not _ishidden(name)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    """The names in a directory (only its directories with dironly); none if it cannot be
    listed."""
    if not dirname:
        dirname = b"." if isinstance(dirname, bytes) else "."
    names = []
    try:
        with os.scandir(dirname) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        return []
    return names


def _walk_names(dirname, dironly, include_hidden):
    """Every path below a directory, relative to it, each directory before its content."""
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            below = _join(dirname, name) if dirname else name
            for deeper in _walk_names(below, dironly, include_hidden):
                yield _join(name, deeper)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    """Whether a pattern has any of the wildcards `*`, `?` and `[`."""
    if isinstance(s, bytes):
        return any(c in b"*?[" for c in s)
    return any(c in "*?[" for c in s)


def _ishidden(path):
    return path[:1] in (".", b".")


def _isrecursive(pattern):
    return pattern == "**" or pattern == b"**"


def escape(pathname):
    """The pathname with every wildcard made literal (`[*]`)."""
    if isinstance(pathname, bytes):
        out = bytearray()
        for c in pathname:
            if c in b"*?[":
                out += b"[" + bytes([c]) + b"]"
            else:
                out.append(c)
        return bytes(out)
    return "".join("[" + c + "]" if c in "*?[" else c for c in pathname)
