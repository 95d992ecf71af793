"""High-level file operations: copying files and trees, removing trees, moving, and
finding programs on PATH.

closc copies through os.open/os.read/os.write. copystat and copy2 copy the permission
bits but not the times (closc's os has no utime); archives, disk_usage, chown and
get_terminal_size are not provided.
"""

import os
import stat
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "ignore_patterns",
           "which", "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not supported
    on a special file (e.g. a named pipe)."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of one file object to another."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the data of file src to file dst; give dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for name in (src, dst):
        try:
            st = os.stat(name)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            raise SpecialFileError("`%s` is a named pipe" % os.fspath(name))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    source = os.open(src, os.O_RDONLY)
    try:
        target = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            while True:
                chunk = os.read(source, COPY_BUFSIZE)
                if not chunk:
                    break
                while chunk:
                    written = os.write(target, chunk)
                    chunk = chunk[written:]
        finally:
            os.close(target)
    finally:
        os.close(source)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst (not the times: closc's os has no utime)."""
    copymode(src, dst, follow_symlinks=follow_symlinks)


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory. Give the file made."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata (see copystat); dst may be a directory."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """A copytree `ignore` function ignoring names that match any of the patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy a directory tree; errors of single files are gathered into one Error."""
    with os.scandir(src) as entries:
        entries = list(entries)
    ignored = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        src_name = os.path.join(src, entry.name)
        dst_name = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(src_name)
                if symlinks:
                    os.symlink(target, dst_name)
                    continue
                if not os.path.exists(target if os.path.isabs(target)
                                      else os.path.join(os.path.dirname(src_name), target)):
                    if ignore_dangling_symlinks:
                        continue
                if os.path.isdir(src_name):
                    copytree(src_name, dst_name, symlinks, ignore, copy_function,
                             ignore_dangling_symlinks, dirs_exist_ok)
                else:
                    copy_function(src_name, dst_name)
            elif entry.is_dir():
                copytree(src_name, dst_name, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(src_name, dst_name)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((src_name, dst_name, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _rmtree_inside(path, onerror):
    try:
        with os.scandir(path) as entries:
            entries = list(entries)
    except OSError as err:
        onerror(os.scandir, path, err)
        entries = []
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_inside(entry.path, onerror)
            try:
                os.rmdir(entry.path)
            except OSError as err:
                onerror(os.rmdir, entry.path, err)
        else:
            try:
                os.unlink(entry.path)
            except OSError as err:
                onerror(os.unlink, entry.path, err)


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete a directory tree; errors go to onerror(function, path, exc_info) or are
    ignored with ignore_errors, else raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    else:
        given = onerror

        def onerror(function, failed_path, err):
            given(function, failed_path, (type(err), err, err.__traceback__))
    try:
        top = os.lstat(path)
    except OSError as err:
        onerror(os.lstat, path, err)
        return
    try:
        if stat.S_ISLNK(top.st_mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as err:
        onerror(os.path.islink, path, err)
        return
    _rmtree_inside(path, onerror)
    try:
        os.rmdir(path)
    except OSError as err:
        onerror(os.rmdir, path, err)


def _basename(path):
    # A trailing slash would make basename empty.
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or "")
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (into it, when dst is a directory); give the new
    path."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _is_inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _is_inside(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def _is_command(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` would run, searched in PATH (or `path`); None if
    none."""
    if os.path.dirname(cmd):
        return cmd if _is_command(cmd, mode) else None
    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if use_bytes:
        path = os.fsencode(path)
        path = path.split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path)
        path = path.split(os.pathsep)
    seen = set()
    for directory in path:
        normalized = os.path.normcase(directory)
        if normalized not in seen:
            seen.add(normalized)
            name = os.path.join(directory, cmd)
            if _is_command(name, mode):
                return name
    return None
