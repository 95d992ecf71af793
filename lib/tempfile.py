"""Temporary files and folders with names nobody else has: `mkstemp`, `mkdtemp`,
`NamedTemporaryFile`, `TemporaryFile`, `TemporaryDirectory`, `gettempdir`."""

import errno as _errno
import os as _os
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile",
    "TemporaryFile",
    "TemporaryDirectory",
    "mkstemp",
    "mkdtemp",
    "mktemp",
    "TMP_MAX",
    "gettempprefix",
    "tempdir",
    "gettempdir",
    "gettempprefixb",
    "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    """Eight characters from the operating system's randomness, as CPython's names have."""
    return "".join(_NAME_CHARACTERS[b % len(_NAME_CHARACTERS)] for b in _os.urandom(8))


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _candidate_folders():
    for variable in ("TMPDIR", "TEMP", "TMP"):
        folder = _os.getenv(variable)
        if folder:
            yield folder
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    yield _os.getcwd()


def gettempdir():
    """The folder temporary files go in: the first of $TMPDIR, $TEMP, $TMP, /tmp,
    /var/tmp, /usr/tmp and the current folder that is a folder closc may write in."""
    global tempdir
    if tempdir is None:
        for folder in _candidate_folders():
            folder = _os.path.abspath(folder)
            if _os.path.isdir(folder) and _os.access(folder, _os.W_OK):
                tempdir = folder
                break
        else:
            raise FileNotFoundError(
                _errno.ENOENT, f"No usable temporary directory found in {list(_candidate_folders())}"
            )
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def _parts(suffix, prefix, folder):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if folder is None:
        folder = gettempdir()
    return suffix, prefix, folder


def _new_names(suffix, prefix, folder):
    for _ in range(TMP_MAX):
        yield _os.path.abspath(_os.path.join(folder, prefix + _random_name() + suffix))
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file only this process can read and write; returns its open file
    descriptor and its absolute path."""
    suffix, prefix, folder = _parts(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for name in _new_names(suffix, prefix, folder):
        try:
            return _os.open(name, flags, 0o600), name
        except FileExistsError:
            continue


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new folder only this process can use; returns its absolute path."""
    suffix, prefix, folder = _parts(suffix, prefix, dir)
    for name in _new_names(suffix, prefix, folder):
        try:
            _os.mkdir(name, 0o700)
            return name
        except FileExistsError:
            continue


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has yet (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for name in _new_names(suffix, prefix, dir):
        if not _os.path.lexists(name):
            return name


def _create(mode, buffering, encoding, newline, errors, suffix, prefix, folder):
    """Opens a new file of a new name, exclusively; returns it and its name."""
    suffix, prefix, folder = _parts(suffix, prefix, folder)
    exclusive = mode.replace("w", "x")
    if "b" in mode:
        encoding = None
    for name in _new_names(suffix, prefix, folder):
        try:
            file = open(
                name, exclusive, buffering=buffering, encoding=encoding, newline=newline, errors=errors
            )
            return file, name
        except FileExistsError:
            continue


class _TemporaryFileWrapper:
    """A file object with a name that removes its file when closed (if `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper object, file={self.file!r}>"


def NamedTemporaryFile(
    mode="w+b",
    buffering=-1,
    encoding=None,
    newline=None,
    suffix=None,
    prefix=None,
    dir=None,
    delete=True,
    *,
    errors=None,
):
    """A new file with a name in the file system, removed when closed if `delete`."""
    file, name = _create(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(
    mode="w+b",
    buffering=-1,
    encoding=None,
    newline=None,
    suffix=None,
    prefix=None,
    dir=None,
    *,
    errors=None,
):
    """A new file with no name in the file system: it is removed as soon as it is open."""
    file, name = _create(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    _os.unlink(name)
    return file



class TemporaryDirectory:
    """A new folder, removed with everything in it by `cleanup()`, at the end of a `with`
    block, or when the object is finalized."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._removed and _os.path.lexists(self.name):
            self._removed = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self._removed:
            self._removed = True
            _shutil.rmtree(self.name, ignore_errors=True)
