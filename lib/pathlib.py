"""Object-oriented filesystem paths (closc's pathlib: the POSIX flavour only).

A path is kept parsed: its root ('' , '/' or '//', the last for exactly two leading
slashes, as POSIX allows) and the tuple of its parts, where an absolute path's first
part is its root, as `PurePath.parts` shows it. Pure paths never touch the filesystem;
`Path` adds the operations that do, over `os` and `os.path`.
"""

import fnmatch
import os
import posixpath
from errno import EBADF, ELOOP, ENOENT, ENOTDIR
from stat import S_ISDIR, S_ISREG, S_ISLNK

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

# Errors that exists()/is_dir()/is_file() report as "no such path" instead of raising.
_MISSING_PATH_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _is_missing_path_error(error):
    return getattr(error, "errno", None) in _MISSING_PATH_ERRNOS


def _split_root(text):
    """Splits one path string into its root and the rest."""
    if not text.startswith("/"):
        return "", text
    rest = text.lstrip("/")
    if len(text) - len(rest) == 2:
        return "//", rest
    return "/", rest


def _parse_segments(segments):
    """Parses path segments (str, PurePath or os.PathLike) into (root, parts);
    a later absolute segment discards what came before it, as os.path.join does."""
    root = ""
    relative = []
    for segment in segments:
        if isinstance(segment, PurePath):
            text = str(segment)
        else:
            text = os.fspath(segment)
            if not isinstance(text, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % type(text)
                )
        segment_root, rest = _split_root(text)
        if segment_root:
            root = segment_root
            relative = []
        relative.extend(name for name in rest.split("/") if name and name != ".")
    if root:
        return root, (root,) + tuple(relative)
    return root, tuple(relative)


class _PathParents:
    """The sequence of a path's logical ancestors (`path.parents`)."""

    __slots__ = ("_path_class", "_root", "_parts")

    def __init__(self, path):
        self._path_class = type(path)
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, index):
        count = len(self)
        if isinstance(index, slice):
            return tuple(self[i] for i in range(count)[index])
        if index >= count or index < -count:
            raise IndexError(index)
        if index < 0:
            index += count
        return self._path_class._from_parsed(
            self._root, self._parts[: len(self._parts) - index - 1]
        )

    def __iter__(self):
        for index in range(len(self)):
            yield self[index]

    def __contains__(self, item):
        return any(parent == item for parent in self)

    def __repr__(self):
        return "<{}.parents>".format(self._path_class.__name__)


class PurePath:
    """A filesystem path that never touches the filesystem."""

    __slots__ = ("_root", "_parts", "_text", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_segments(args)

    @classmethod
    def _from_segments(cls, segments):
        root, parts = _parse_segments(segments)
        return cls._from_parsed(root, parts)

    @classmethod
    def _from_parsed(cls, root, parts):
        path = object.__new__(cls)
        path._root = root
        path._parts = tuple(parts)
        path._text = None
        path._hash = None
        return path

    # Text forms

    def __str__(self):
        if self._text is None:
            if self._root:
                self._text = self._root + "/".join(self._parts[1:])
            else:
                self._text = "/".join(self._parts) or "."
        return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + _quote_uri_path(str(self))

    # Comparison: every POSIX path class compares with every other one.

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._parts)
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    # Joining

    def __truediv__(self, key):
        try:
            return self._from_segments((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_segments((key, self))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._from_segments((self,) + args)

    # Components

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return self._parts

    @property
    def name(self):
        parts = self._parts
        if not parts or (self._root and len(parts) == 1):
            return ""
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            return name[dot:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        return ["." + piece for piece in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            return name[:dot]
        return name

    @property
    def parent(self):
        parts = self._parts
        if not parts or (self._root and len(parts) == 1):
            return self
        return self._from_parsed(self._root, parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    # Derived paths

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _parse_segments((name,))
        if not name or name.endswith("/") or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if old_suffix:
            name = name[: -len(old_suffix)]
        return self._from_parsed(self._root, self._parts[:-1] + (name + suffix,))

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base_root, base_parts = _parse_segments(other)
        count = len(base_parts)
        if count == 0:
            mismatched = bool(self._root)
        else:
            mismatched = self._parts[:count] != base_parts
        if mismatched:
            base = PurePosixPath._from_parsed(base_root, base_parts)
            raise ValueError(
                "{!r} is not in the subpath of {!r}"
                " OR one path is relative and the other is absolute.".format(
                    str(self), str(base)
                )
            )
        return self._from_parsed("", self._parts[count:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def match(self, path_pattern):
        pattern_root, pattern_parts = _parse_segments((path_pattern,))
        if not pattern_parts:
            raise ValueError("empty pattern")
        if pattern_root and pattern_root != self._root:
            return False
        parts = self._parts
        if pattern_root:
            if len(pattern_parts) != len(parts):
                return False
            pattern_parts = pattern_parts[1:]
        elif len(pattern_parts) > len(parts):
            return False
        for part, pattern in zip(reversed(parts), reversed(pattern_parts)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


def _quote_uri_path(text):
    """Percent-encodes a path for a file URI, keeping what urllib.parse.quote_from_bytes
    keeps with safe='/'."""
    kept = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/"
    return "".join(
        chr(byte) if chr(byte) in kept else "%{:02X}".format(byte)
        for byte in os.fsencode(text)
    )


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""

    __slots__ = ()


def _has_wildcard(pattern):
    return "*" in pattern or "?" in pattern or "[" in pattern


def _child(path, name):
    return path._from_parsed(path._root, path._parts + (name,))


def _directory_entries(path):
    """The (name, is_dir) pairs of a directory, or none when it cannot be listed."""
    try:
        with os.scandir(path) as entries:
            listed = list(entries)
    except PermissionError:
        return []
    result = []
    for entry in listed:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        result.append((entry.name, is_dir))
    return result


def _subdirectories(path):
    """The path and every directory below it, top-down (what '**' stands for)."""
    yield path
    for name, is_dir in _directory_entries(path):
        if is_dir:
            yield from _subdirectories(_child(path, name))


def _select(path, patterns, directories_only):
    """Yields the paths below `path` that match the pattern components `patterns`;
    with `directories_only` (a pattern ending in '/') only directories match at the end."""
    if not patterns:
        if not directories_only or path.is_dir():
            yield path
        return
    pattern, rest = patterns[0], patterns[1:]
    if pattern == "**":
        seen = set()
        for directory in _subdirectories(path):
            for found in _select(directory, rest, directories_only):
                if found not in seen:
                    seen.add(found)
                    yield found
    elif "**" in pattern:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _has_wildcard(pattern):
        for name, is_dir in _directory_entries(path):
            if (is_dir or not rest) and fnmatch.fnmatchcase(name, pattern):
                yield from _select(_child(path, name), rest, directories_only)
    else:
        candidate = _child(path, pattern)
        if candidate.is_dir() if rest else candidate.exists():
            yield from _select(candidate, rest, directories_only)


class Path(PurePath):
    """A path on this system's filesystem, with the operations that use it."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_segments(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    # Queries

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode_matches(self, test, follow_symlinks=True):
        try:
            mode = os.stat(self).st_mode if follow_symlinks else os.lstat(self).st_mode
        except OSError as error:
            if not _is_missing_path_error(error):
                raise
            return False
        except ValueError:
            return False
        return test(mode)

    def exists(self):
        return self._mode_matches(lambda mode: True)

    def is_dir(self):
        return self._mode_matches(S_ISDIR)

    def is_file(self):
        return self._mode_matches(S_ISREG)

    def is_symlink(self):
        return self._mode_matches(S_ISLNK, follow_symlinks=False)

    def is_mount(self):
        return posixpath.ismount(self)

    def samefile(self, other_path):
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = self.__class__(other_path).stat()
        return posixpath.samestat(mine, theirs)

    # Directories

    def iterdir(self):
        for name in os.listdir(self):
            yield _child(self, name)

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        return self._glob(pattern, ())

    def rglob(self, pattern):
        return self._glob(pattern, ("**",))

    def _glob(self, pattern, prefix):
        root, parts = _parse_segments((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return _select(self, prefix + parts, pattern.endswith("/"))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # A path that exists as anything but a directory is still an error.
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    # Files

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as file:
            return file.read()

    def read_bytes(self):
        with self.open(mode="rb") as file:
            return file.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as file:
            return file.write(data)

    def write_bytes(self, data):
        if isinstance(data, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        data = bytes(data)
        with self.open(mode="wb") as file:
            return file.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def chmod(self, mode):
        os.chmod(self, mode)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def readlink(self):
        return self.__class__(os.readlink(self))

    # Whole-path transformations

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_segments((os.getcwd(), self))

    def resolve(self, strict=False):
        try:
            resolved = self.__class__(posixpath.realpath(self, strict=strict))
        except OSError as error:
            _raise_symlink_loop(error)
            raise
        if not strict:
            # realpath() stops quietly at a symlink loop; stat() reports it.
            try:
                resolved.stat()
            except OSError as error:
                _raise_symlink_loop(error)
        return resolved

    def expanduser(self):
        if not self._root and self._parts and self._parts[0][:1] == "~":
            home = posixpath.expanduser(self._parts[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_segments((home,) + self._parts[1:])
        return self


def _raise_symlink_loop(error):
    if getattr(error, "errno", None) == ELOOP:
        raise RuntimeError("Symlink loop from %r" % error.filename)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""

    __slots__ = ()


os.PathLike.register(PurePath)
