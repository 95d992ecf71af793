"""OS routines for POSIX systems: the system calls of the native posix module, and what
CPython also writes in Python over them (environ as a mapping, makedirs, walk, fspath,
scandir's entries, ...).

os.path is posixpath, entered in sys.modules as 'os.path' so that `import os.path`
finds it.
"""

import abc
import sys

import posix
from posix import *
from posix import _exit

import posixpath as path

sys.modules["os.path"] = path

from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull
from _collections_abc import MutableMapping, _check_methods

name = "posix"
linesep = "\n"
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_bytes_environ = True


def _fspath(path):
    """The str or bytes a path-like object stands for."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError(
            "expected str, bytes or os.PathLike object, not " + path_type.__name__
        ) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError(
        "expected {}.__fspath__() to return str or bytes, not {}".format(
            path_type.__name__, type(path_repr).__name__
        )
    )


_fspath.__name__ = "fspath"
fspath = _fspath


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, "__fspath__")
        return NotImplemented


def fsencode(filename):
    """Encode a file name (str or path-like) to bytes."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """Decode a file name (bytes or path-like) to str."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def _environ_text(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ(MutableMapping):
    """os.environ: the process's environment as a mapping of str to str; assignments and
    deletions change the environment child processes get."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_environ_text(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = _environ_text(key)
        value = _environ_text(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        key = _environ_text(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _environ_text(key) in self._data

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __repr__(self):
        inner = ", ".join(f"{key!r}: {value!r}" for key, value in self._data.items())
        return f"environ({{{inner}}})"

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(self._data)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(other)
        merged.update(self._data)
        return merged


environ = _Environ(dict(posix.environ))


def getenv(key, default=None):
    """The environment variable `key`, or `default` if it is not set."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """Make a directory and any missing parent; an existing leaf directory is an error
    unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Made meanwhile by someone else.
            pass
        here = bytes(curdir, "ASCII") if isinstance(tail, bytes) else curdir
        if tail == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a directory, then each parent that becomes empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, making the new path's directories and removing the old path's emptied
    ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of a directory listed by scandir(): its name, its path, and its type,
    read once and remembered."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name) if directory is not None else name
        self._lstat = None
        self._stat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or not self.is_symlink():
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _kind(self, mask, follow_symlinks):
        try:
            mode = self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return False
        return mode & 0o170000 == mask

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._kind(0o100000, follow_symlinks)

    def is_symlink(self):
        return self._kind(0o120000, False)


class _ScandirIterator:
    """What scandir() returns: an iterator over DirEntry objects that is also a context
    manager (closing it ends the iteration)."""

    def __init__(self, directory, names):
        self._directory = directory
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of a directory."""
    if path is None:
        return _ScandirIterator(".", listdir())
    names = listdir(path)
    return _ScandirIterator(fspath(path), names)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory of the tree under top,
    parents first (topdown) or last; with topdown the caller may prune dirnames."""
    top = fspath(top)
    try:
        with scandir(top) as entries:
            entries = list(entries)
    except OSError as failure:
        if onerror is not None:
            onerror(failure)
        return
    dirs = []
    nondirs = []
    later = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
        if not topdown and is_dir:
            if followlinks:
                later.append(entry.path)
            else:
                try:
                    is_link = entry.is_symlink()
                except OSError:
                    is_link = False
                if not is_link:
                    later.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            below = path.join(top, name)
            if followlinks or not path.islink(below):
                yield from walk(below, topdown, onerror, followlinks)
    else:
        for below in later:
            yield from walk(below, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_exec_path(env=None):
    """The directories searched for executables, from PATH."""
    if env is None:
        env = environ
    path_list = env.get("PATH")
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)
