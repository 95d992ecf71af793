"""Common operations on POSIX pathnames: the module os.path refers to.

Every function takes str or bytes paths (or os.PathLike objects giving one) and answers in
the same type. closc folds CPython's genericpath (the functions shared with ntpath) into
this module.
"""

import os
import pwd
import stat

__all__ = [
    "normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
    "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists",
    "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
    "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir", "sep",
    "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
    "supports_unicode_filenames", "relpath", "commonpath",
]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _sep_of(path):
    return b"/" if isinstance(path, bytes) else "/"


def _check_arg_types(funcname, *args):
    """The TypeError CPython gives for arguments that are not all str or all bytes."""
    has_str = has_bytes = False
    for arg in args:
        if isinstance(arg, str):
            has_str = True
        elif isinstance(arg, bytes):
            has_bytes = True
        else:
            raise TypeError(
                f"{funcname}() argument must be str, bytes, or "
                f"os.PathLike object, not {arg.__class__.__name__!r}"
            ) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize the case of a pathname: nothing to do on POSIX."""
    return os.fspath(s)


def isabs(s):
    """Whether a path is absolute."""
    s = os.fspath(s)
    return s.startswith(_sep_of(s))


def join(a, *p):
    """Join path components, an absolute component discarding those before it."""
    a = os.fspath(a)
    sep = _sep_of(a)
    path = a
    try:
        if not p:
            # Raises TypeError when `a` is neither str nor bytes.
            path[:0] + sep
        for component in map(os.fspath, p):
            if component.startswith(sep):
                path = component
            elif not path or path.endswith(sep):
                path += component
            else:
                path += sep + component
    except (TypeError, AttributeError):
        _check_arg_types("join", a, *p)
        raise
    return path


def split(p):
    """Split a path into (head, tail): tail is what follows the last slash."""
    p = os.fspath(p)
    sep = _sep_of(p)
    cut = p.rfind(sep) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split a path into (root, ext); leading dots of the last component are not an
    extension."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    last_sep = p.rfind(sep)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # The name must have something other than dots before the extension.
        for i in range(last_sep + 1, last_dot):
            if p[i : i + 1] != dot:
                return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    """Split a path into (drive, path): POSIX has no drives."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """The final component of a path."""
    p = os.fspath(p)
    return p[p.rfind(_sep_of(p)) + 1 :]


def dirname(p):
    """The directory component of a path."""
    p = os.fspath(p)
    sep = _sep_of(p)
    head = p[: p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def exists(path):
    """Whether a path names an existing file (a broken symbolic link does not)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Whether a path exists, a broken symbolic link included."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, check, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return check(st.st_mode)


def isfile(path):
    """Whether a path is a regular file (following symbolic links)."""
    return _mode_is(path, stat.S_ISREG)


def isdir(s):
    """Whether a path is a directory (following symbolic links)."""
    return _mode_is(s, stat.S_ISDIR)


def islink(path):
    """Whether a path is a symbolic link."""
    return _mode_is(path, stat.S_ISLNK, follow=False)


def ismount(path):
    """Whether a path is a mount point: a directory on another device than its parent,
    or on the same inode as it (the root)."""
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b".." if isinstance(path, bytes) else "..")
    parent = realpath(parent)
    try:
        above = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return here.st_dev != above.st_dev or here.st_ino == above.st_ino


def getsize(filename):
    """The size of a file, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time a file was last modified, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time a file was last accessed, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The metadata change time of a file, from os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def commonprefix(m):
    """The longest prefix (character by character) common to all the paths."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    smallest = min(m)
    largest = max(m)
    for i, c in enumerate(smallest):
        if c != largest[i]:
            return smallest[:i]
    return smallest


def commonpath(paths):
    """The longest sub-path common to all the paths (component by component)."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, here = b"/", b"."
    else:
        sep, here = "/", "."
    try:
        split_paths = [path.split(sep) for path in paths]
        kinds = set(path[:1] == sep for path in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        absolute = kinds.pop()
        split_paths = [[c for c in parts if c and c != here] for parts in split_paths]
        smallest = min(split_paths)
        largest = max(split_paths)
        common = smallest
        for i, c in enumerate(smallest):
            if c != largest[i]:
                common = smallest[:i]
                break
        prefix = sep if absolute else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise


def expanduser(path):
    """Replace a leading ~ or ~user by that user's home directory."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        tilde, sep = b"~", b"/"
    else:
        tilde, sep = "~", "/"
    if not path.startswith(tilde):
        return path
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if "HOME" in os.environ:
            home = os.environ["HOME"]
        else:
            try:
                home = pwd.getpwuid(os.getuid()).pw_dir
            except KeyError:
                return path
    else:
        name = path[1:end]
        if isinstance(name, bytes):
            name = str(name, "ASCII")
        try:
            home = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(sep)
    return (home + path[end:]) or sep


def _is_name_char(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9")


def expandvars(path):
    """Replace $name and ${name} by the environment variable's value; unknown
    variables are left as they are."""
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    text = path.decode("utf-8", "surrogateescape") if as_bytes else path
    if "$" not in text:
        return path
    pieces = []
    start = 0
    while True:
        dollar = text.find("$", start)
        if dollar < 0:
            break
        after = dollar + 1
        if text[after : after + 1] == "{":
            close = text.find("}", after + 1)
            if close < 0:
                pieces.append(text[start:after])
                start = after
                continue
            name = text[after + 1 : close]
            end = close + 1
        else:
            end = after
            while end < len(text) and _is_name_char(text[end]):
                end += 1
            if end == after:
                pieces.append(text[start:after])
                start = after
                continue
            name = text[after:end]
        pieces.append(text[start:dollar])
        if name in os.environ:
            pieces.append(os.environ[name])
        else:
            pieces.append(text[dollar:end])
        start = end
    pieces.append(text[start:])
    result = "".join(pieces)
    return result.encode("utf-8", "surrogateescape") if as_bytes else result


def normpath(path):
    """Normalize a path: collapse redundant separators and '.' components, and resolve
    '..' textually (without looking at symbolic links)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, here, up = b"/", b".", b".."
    else:
        sep, here, up = "/", ".", ".."
    if not path:
        return here
    leading = 0
    if path.startswith(sep):
        # POSIX gives two leading slashes a meaning of their own; three or more are one.
        leading = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    kept = []
    for part in path.split(sep):
        if not part or part == here:
            continue
        if part != up or (not leading and not kept) or (kept and kept[-1] == up):
            kept.append(part)
        elif kept:
            kept.pop()
    result = sep * leading + sep.join(kept)
    return result or here


def abspath(path):
    """The absolute, normalized version of a path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path of a file, with every symbolic link resolved."""
    filename = os.fspath(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Joins `rest` to the resolved `path`, resolving links on the way; gives the path and
    whether it is fully resolved (False after a symbolic link loop). `seen` maps each link
    met to its resolution (None while it is being resolved)."""
    if isinstance(path, bytes):
        sep, here, up = b"/", b".", b".."
    else:
        sep, here, up = "/", ".", ".."
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == here:
            continue
        if name == up:
            if path:
                path, name = split(path)
                if name == up:
                    path = join(path, up, up)
            else:
                path = up
            continue
        candidate = join(path, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = candidate
            continue
        if candidate in seen:
            resolved = seen[candidate]
            if resolved is not None:
                path = resolved
                continue
            if strict:
                # Raises the ELOOP error of the loop.
                os.stat(candidate)
            return join(candidate, rest), False
        seen[candidate] = None
        path, complete = _resolve(path, os.readlink(candidate), strict, seen)
        if not complete:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=None):
    """A relative path from `start` (default: the current directory) to `path`."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, here, up = b"/", b".", b".."
    else:
        sep, here, up = "/", ".", ".."
    start = here if start is None else os.fspath(start)
    try:
        start_parts = [p for p in abspath(start).split(sep) if p]
        path_parts = [p for p in abspath(path).split(sep) if p]
        shared = len(commonprefix([start_parts, path_parts]))
        parts = [up] * (len(start_parts) - shared) + path_parts[shared:]
        if not parts:
            return here
        return join(*parts)
    except (TypeError, AttributeError):
        _check_arg_types("relpath", path, start)
        raise
