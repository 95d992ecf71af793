"""Information about the platform the program runs on: the system, the machine and the
Python implementation (closc stands in for CPython 3.11, whose behaviour it reproduces).

closc's version reads everything from os.uname(), os.confstr() and sys; CPython's also
looks at files and commands for other systems.
"""

import os
import sys

__version__ = "1.0.8"


class uname_result(tuple):
    """What uname() returns: system, node, release, version and machine, then processor,
    which iteration and indexing include but the repr leaves out."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    def __new__(cls, system, node, release, version, machine, processor=""):
        return tuple.__new__(cls, (system, node, release, version, machine, processor))

    @property
    def system(self):
        return self[0]

    @property
    def node(self):
        return self[1]

    @property
    def release(self):
        return self[2]

    @property
    def version(self):
        return self[3]

    @property
    def machine(self):
        return self[4]

    @property
    def processor(self):
        return self[5]

    def __repr__(self):
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields[:5], self))
        return f"uname_result({shown})"

    def _asdict(self):
        return dict(zip(self._fields, self))


_uname_cache = None


def uname():
    """The system's identification, as a uname_result."""
    global _uname_cache
    if _uname_cache is None:
        system, node, release, version, machine = os.uname()
        _uname_cache = uname_result(system, node, release, version, machine, "")
    return _uname_cache


def system():
    """The operating system's name: 'Linux'."""
    return uname().system


def node():
    """The computer's network name."""
    return uname().node


def release():
    """The operating system's release."""
    return uname().release


def version():
    """The operating system's version."""
    return uname().version


def machine():
    """The machine type: 'x86_64'."""
    return uname().machine


def processor():
    """The processor's name: '' on Linux, as in CPython when `uname -p` says unknown."""
    return uname().processor


def architecture(executable=sys.executable, bits="", linkage=""):
    """The bit architecture and the executable format of the interpreter."""
    return (bits or "64bit", linkage or "ELF")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """The C library and its version, from confstr."""
    try:
        described = os.confstr("CS_GNU_LIBC_VERSION")
    except (AttributeError, ValueError, OSError):
        return lib, version
    parts = described.split(maxsplit=1) if described else []
    if len(parts) == 2:
        return parts[0], parts[1]
    return lib, version


def python_implementation():
    """'CPython': closc compiles programs to behave as CPython 3.11 runs them."""
    return "CPython"


def python_version():
    """The Python version as 'major.minor.micro'."""
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    """The Python version as a tuple of three strs."""
    return tuple(str(part) for part in sys.version_info[:3])


def _version_parts():
    """The build and compiler parts of sys.version: `3.11.7 (main, DATE, TIME) [COMPILER]`."""
    text = sys.version
    opened = text.find("(")
    closed = text.find(")", opened)
    build = text[opened + 1 : closed].split(", ") if opened >= 0 and closed >= 0 else []
    compiler = text[text.find("[", closed) + 1 : text.rfind("]")] if "[" in text else ""
    return build, compiler


def python_build():
    """The build's name and date."""
    build, _ = _version_parts()
    name = build[0] if build else ""
    date = " ".join(build[1:]) if len(build) > 1 else ""
    return name, date


def python_compiler():
    """What compiled the implementation."""
    return _version_parts()[1]


def python_branch():
    return ""


def python_revision():
    return ""


def _platform(*parts):
    """Join the non-empty parts with '-' into a name safe for file names."""
    text = "-".join(part.strip() for part in parts if part)
    for unsafe in ' /\\:;"()':
        text = text.replace(unsafe, "_" if unsafe == " " else "-")
    while "--" in text:
        text = text.replace("--", "-")
    while text.endswith("-"):
        text = text[:-1]
    return text


def platform(aliased=False, terse=False):
    """One line naming the platform: 'Linux-6.1.0-x86_64-with-glibc2.36'. On Linux it
    always names the C library, terse or not, as CPython's does."""
    info = uname()
    if info.system == "Linux":
        lib_name, lib_version = libc_ver()
        return _platform(info.system, info.release, info.machine, info.processor,
                         "with", lib_name + lib_version)
    if terse:
        return _platform(info.system, info.release)
    bits, linkage = architecture()
    return _platform(info.system, info.release, info.machine, info.processor, bits, linkage)
