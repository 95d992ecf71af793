"""Serializing Python objects to bytes and back: CPython's `pickle`, written for closc.

`dumps`/`dump` write the bytes CPython's C pickler (`_pickle`) writes for the same objects
and protocol; `loads`/`load` read any protocol from 0 to 5. `Pickler` and `Unpickler` may
be subclassed (`persistent_id`, `persistent_load`, `reducer_override`, `dispatch_table`,
`find_class`).

Classes, functions and other globals are pickled by reference (module and qualified
name); instances through `__reduce_ex__`/`__reduce__`, or as CPython's
`object.__reduce_ex__` reduces them (`copyreg._reduce_ex_of`).
"""

import builtins
import sys
from struct import pack, unpack
from functools import partial
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = [
    "PickleError",
    "PicklingError",
    "UnpicklingError",
    "Pickler",
    "Unpickler",
    "dump",
    "dumps",
    "load",
    "loads",
    "PickleBuffer",
    "HIGHEST_PROTOCOL",
    "DEFAULT_PROTOCOL",
]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""

    __module__ = "_pickle"


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method."""

    __module__ = "_pickle"


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation."""

    __module__ = "_pickle"


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers"""

    def __init__(self, buffer):
        self._buffer = buffer

    def raw(self):
        return memoryview(self._buffer)

    def release(self):
        self._buffer = None


# The opcodes (see CPython's pickletools for their documentation).
MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
# Protocol 2
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
# Protocol 3
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
# Protocol 4
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
# Protocol 5
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

_FunctionType = type(copyreg.constructor)


def _encode_long(x):
    """`x` as little-endian two's complement in the fewest bytes (none for 0)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xFF and (data[-2] & 0x80) != 0:
        data = data[:-1]
    return data


def _decode_long(data):
    return int.from_bytes(data, "little", signed=True)


def _raw_unicode_escape(text):
    """`text` encoded as the `UNICODE` opcode writes it: Latin-1 characters as bytes, other
    characters and the ones that would end or corrupt the line as `\\uXXXX`/`\\UXXXXXXXX`."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out += b"\\U%08x" % code
        elif code >= 0x100 or ch in "\\\0\n\r\x1a":
            out += b"\\u%04x" % code
        else:
            out.append(code)
    return bytes(out)


def _raw_unicode_unescape(data):
    parts = []
    text = data.decode("latin-1")
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2 : i + 2 + width]
            if len(digits) == width:
                try:
                    parts.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        parts.append(ch)
        i += 1
    return "".join(parts)


# Python 2 names of the globals protocols 0 to 2 write (with fix_imports), and back.
_PY2_EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning "
    "DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning "
    "GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError "
    "KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError "
    "OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning "
    "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError "
    "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError "
    "UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError"
).split()
_PY2_OSERROR_SUBCLASSES = (
    "BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError "
    "ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError "
    "InterruptedError IsADirectoryError NotADirectoryError PermissionError "
    "ProcessLookupError TimeoutError"
).split()

_NAME_TO_PY2 = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
    ("_functools", "reduce"): ("__builtin__", "reduce"),
    ("builtins", "ModuleNotFoundError"): ("exceptions", "ImportError"),
}
for _name in _PY2_EXCEPTIONS:
    _NAME_TO_PY2[("builtins", _name)] = ("exceptions", _name)
for _name in _PY2_OSERROR_SUBCLASSES:
    _NAME_TO_PY2[("builtins", _name)] = ("exceptions", "OSError")
_MODULE_TO_PY2 = {"builtins": "__builtin__", "copyreg": "copy_reg", "_functools": "functools"}

_NAME_FROM_PY2 = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("__builtin__", "basestring"): ("builtins", "str"),
    ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"),
    ("itertools", "ifilter"): ("builtins", "filter"),
    ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
    ("itertools", "izip_longest"): ("itertools", "zip_longest"),
    ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
    ("UserDict", "UserDict"): ("collections", "UserDict"),
    ("UserList", "UserList"): ("collections", "UserList"),
    ("UserString", "UserString"): ("collections", "UserString"),
    ("exceptions", "StandardError"): ("builtins", "Exception"),
}
for _name in _PY2_EXCEPTIONS:
    _NAME_FROM_PY2[("exceptions", _name)] = ("builtins", _name)
_MODULE_FROM_PY2 = {
    "__builtin__": "builtins",
    "copy_reg": "copyreg",
    "cPickle": "pickle",
    "UserDict": "collections",
    "UserList": "collections",
    "UserString": "collections",
    "StringIO": "io",
    "cStringIO": "io",
}


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


_codecs_encode.__module__ = "_codecs"
_codecs_encode.__qualname__ = "encode"
_codecs_encode.__name__ = "encode"

# Globals of C modules closc does not have, which pickles name: what stands for them.
_STAND_INS = {("_codecs", "encode"): _codecs_encode}
_STAND_IN_NAMES = {id(value): key for key, value in _STAND_INS.items()}


def _import_module(name):
    module = sys.modules.get(name)
    if module is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    return module


def _deep_getattr(obj, dotted_path):
    """`obj`'s attribute at the dotted path (a list of names) and its parent object."""
    parent = None
    for name in dotted_path:
        parent = obj
        obj = getattr(obj, name)
    return obj, parent


def _which_module(obj, dotted_path):
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in list(sys.modules.items()):
        if module_name == "__main__" or module is None:
            continue
        try:
            if _deep_getattr(module, dotted_path)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


class _Output:
    """The bytes a pickler writes, cut into frames for protocols 4 and up: a frame is
    closed at an opcode boundary once it holds 64 KiB, and strings and bytes of 64 KiB or
    more are written outside any frame."""

    def __init__(self):
        self.chunks = []
        self.frame = None

    def start_framing(self):
        self.frame = bytearray()

    def end_framing(self):
        if self.frame is not None:
            self.commit_frame(True)
            self.frame = None

    def write(self, data):
        if self.frame is not None:
            self.frame += data
        else:
            self.chunks.append(bytes(data))

    def commit_frame(self, force=False):
        frame = self.frame
        if frame is None or not frame:
            return
        if len(frame) >= _FRAME_SIZE_TARGET or force:
            if len(frame) >= _FRAME_SIZE_MIN:
                self.chunks.append(FRAME + pack("<Q", len(frame)))
            self.chunks.append(bytes(frame))
            self.frame = bytearray()

    def write_large(self, header, payload):
        if self.frame is not None and len(payload) >= _FRAME_SIZE_TARGET:
            self.commit_frame(True)
            self.chunks.append(header)
            self.chunks.append(bytes(payload))
        else:
            self.write(header)
            self.write(payload)

    def getvalue(self):
        return b"".join(self.chunks)


class Pickler:
    """This takes a binary file for writing a pickle data stream."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError(f"Pickler.__init__() was not called by {type(self).__name__}.__init__()")
        self._out = _Output()
        self._persistent_id = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)
        self._dispatch_table = getattr(self, "dispatch_table", None)
        if self.proto >= 2:
            self._out.write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            self._out.start_framing()
        self.save(obj)
        self._out.write(STOP)
        self._out.end_framing()
        self._file_write(self._out.getvalue())
        self._out = None

    def write(self, data):
        self._out.write(data)

    # The memo maps id(obj) to (index, obj): holding obj keeps its id unique.

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.write(self._put(index))
        self.memo[id(obj)] = index, obj

    def _put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if index < 256:
                return BINPUT + bytes((index,))
            return LONG_BINPUT + pack("<I", index)
        return PUT + repr(index).encode("ascii") + b"\n"

    def _get(self, index):
        if self.bin:
            if index < 256:
                return BINGET + bytes((index,))
            return LONG_BINGET + pack("<I", index)
        return GET + repr(index).encode("ascii") + b"\n"

    def _write_memo_get(self, obj):
        self.write(self._get(self.memo[id(obj)][0]))

    def save(self, obj, save_persistent_id=True):
        self._out.commit_frame()
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        self._save(obj)

    def _save(self, obj):
        cls = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if obj is True or obj is False:
            self._save_bool(obj)
            return
        if cls is int:
            self._save_long(obj)
            return
        if cls is float:
            self._save_float(obj)
            return
        if id(obj) in self.memo:
            self._write_memo_get(obj)
            return
        if cls is bytes:
            self._save_bytes(obj)
            return
        if cls is str:
            self._save_str(obj)
            return
        if cls is dict:
            self._save_dict(obj)
            return
        if cls is set:
            self._save_set(obj)
            return
        if cls is frozenset:
            self._save_frozenset(obj)
            return
        if cls is list:
            self._save_list(obj)
            return
        if cls is tuple:
            self._save_tuple(obj)
            return
        if cls is bytearray:
            self._save_bytearray(obj)
            return
        if cls is PickleBuffer:
            self._save_picklebuffer(obj)
            return

        reduced = NotImplemented
        if self._reducer_override is not None:
            reduced = self._reducer_override(obj)
        if reduced is NotImplemented:
            if cls is type:
                self._save_type(obj)
                return
            if cls is _FunctionType:
                self._save_global(obj)
                return
            table = self._dispatch_table
            if table is None:
                table = dispatch_table
            reducer = table.get(cls)
            if reducer is not None:
                reduced = reducer(obj)
            elif issubclass(cls, type):
                self._save_global(obj)
                return
            else:
                reduced = copyreg._reduce_ex_of(obj, self.proto)

        if isinstance(reduced, str):
            self._save_global(obj, reduced)
            return
        if not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self._save_reduce(reduced, obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def _save_reduce(self, reduced, obj):
        size = len(reduced)
        if size < 2 or size > 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        func, args = reduced[0], reduced[1]
        state = reduced[2] if size > 2 else None
        listitems = reduced[3] if size > 3 else None
        dictitems = reduced[4] if size > 4 else None
        state_setter = reduced[5] if size > 5 else None
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, "__next__"):
            raise PicklingError(
                "fourth element of the tuple returned by __reduce__ must be an iterator, not "
                + type(listitems).__name__
            )
        if dictitems is not None and not hasattr(dictitems, "__next__"):
            raise PicklingError(
                "fifth element of the tuple returned by __reduce__ must be an iterator, not "
                + type(dictitems).__name__
            )
        if state_setter is not None and not callable(state_setter):
            raise PicklingError(
                "sixth element of the tuple returned by __reduce__ must be a function, not "
                + type(state_setter).__name__
            )

        func_name = getattr(func, "__name__", None) if self.proto >= 2 else None
        if func_name == "__newobj_ex__":
            self._save_newobj_ex(args, obj)
        elif func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and obj.__class__ is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)

        if obj is not None:
            # A recursive reference to obj was pickled meanwhile: keep that one.
            if id(obj) in self.memo:
                self.write(POP)
                self._write_memo_get(obj)
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)

    def _save_newobj_ex(self, args, obj):
        if len(args) != 3:
            raise PicklingError(f"length of the NEWOBJ_EX argument tuple must be exactly 3, not {len(args)}")
        cls, cls_args, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError(
                f"first item from NEWOBJ_EX argument tuple must be a class, not {type(cls).__name__}"
            )
        if obj is not None and obj.__class__ is not cls:
            raise PicklingError(f"first item from NEWOBJ_EX argument tuple must be {cls!r}, not {obj.__class__!r}")
        if not isinstance(cls_args, tuple):
            raise PicklingError(
                f"second item from NEWOBJ_EX argument tuple must be a tuple, not {type(cls_args).__name__}"
            )
        if not isinstance(kwargs, dict):
            raise PicklingError(
                f"third item from NEWOBJ_EX argument tuple must be a dict, not {type(kwargs).__name__}"
            )
        if self.proto >= 4:
            self.save(cls)
            self.save(cls_args)
            self.save(kwargs)
            self.write(NEWOBJ_EX)
        else:
            self.save(partial(cls.__new__, cls, *cls_args, **kwargs))
            self.save(())
            self.write(REDUCE)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            if self.bin:
                if 0 <= obj <= 0xFF:
                    self.write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xFFFF:
                    self.write(BININT2 + pack("<H", obj))
                else:
                    self.write(BININT + pack("<i", obj))
            else:
                self.write(INT + repr(obj).encode("ascii") + b"\n")
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self.write(LONG1 + bytes((len(data),)) + data)
            else:
                self.write(LONG4 + pack("<i", len(data)) + data)
            return
        self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def _save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self._save_reduce((bytes, ()), obj)
            else:
                self._save_reduce((_codecs_encode, (obj.decode("latin-1"), "latin1")), obj)
            return
        n = len(obj)
        if n <= 0xFF:
            self.write(SHORT_BINBYTES + bytes((n,)) + obj)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._out.write_large(BINBYTES8 + pack("<Q", n), obj)
        else:
            self._out.write_large(BINBYTES + pack("<I", n), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self._save_reduce((bytearray, ()), obj)
            else:
                self._save_reduce((bytearray, (bytes(obj),)), obj)
            return
        self._out.write_large(BYTEARRAY8 + pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        data = obj._buffer
        if data is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        readonly = isinstance(data, bytes)
        if in_band:
            if readonly:
                self._save_bytes(bytes(data))
            else:
                self._save_bytearray(bytearray(data))
        else:
            self.write(NEXT_BUFFER)
            if readonly:
                self.write(READONLY_BUFFER)

    def _save_str(self, obj, memo_key=None):
        if self.bin:
            encoded = obj.encode("utf-8")
            n = len(encoded)
            if n <= 0xFF and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)) + encoded)
            elif n > 0xFFFFFFFF and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + pack("<Q", n), encoded)
            else:
                self._out.write_large(BINUNICODE + pack("<I", n), encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj if memo_key is None else memo_key)

    def _save_tuple(self, obj):
        n = len(obj)
        if not n:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for element in obj:
                self.save(element)
            # The tuple was pickled meanwhile, through a cycle: use that one.
            if id(obj) in self.memo:
                self.write(POP * n)
                self._write_memo_get(obj)
                return
            self.write(_tuplesize2code[n])
            self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            self.save(element)
        if id(obj) in self.memo:
            if self.bin:
                self.write(POP_MARK)
            else:
                self.write(POP * (n + 1))
            self._write_memo_get(obj)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(iter(obj))

    def _batch_list_exact(self, obj):
        if len(obj) == 1:
            self.save(obj[0])
            self.write(APPEND)
            return
        total = 0
        while total < len(obj):
            self.write(MARK)
            batch = 0
            while total < len(obj):
                self.save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self.write(APPENDS)

    def _batch_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self.write(APPEND)
            return
        while True:
            first = next(items, _missing)
            if first is _missing:
                return
            item = next(items, _missing)
            if item is _missing:
                self.save(first)
                self.write(APPEND)
                return
            self.write(MARK)
            self.save(first)
            n = 1
            while item is not _missing:
                self.save(item)
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(items, _missing)
            self.write(APPENDS)
            if n != _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_dict_exact(obj)
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        size = len(obj)
        if size == 1:
            for key, value in obj.items():
                self.save(key)
                self.save(value)
            self.write(SETITEM)
            return
        pairs = iter(obj.items())
        while True:
            self.write(MARK)
            batch = 0
            for key, value in pairs:
                self.save(key)
                self.save(value)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self.write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if batch != _BATCHSIZE:
                return

    def _batch_setitems(self, pairs):
        if not self.bin:
            for key, value in pairs:
                self.save(key)
                self.save(value)
                self.write(SETITEM)
            return
        while True:
            first = next(pairs, _missing)
            if first is _missing:
                return
            pair = next(pairs, _missing)
            if pair is _missing:
                self._save_pair(first)
                self.write(SETITEM)
                return
            self.write(MARK)
            self._save_pair(first)
            n = 1
            while pair is not _missing:
                self._save_pair(pair)
                n += 1
                if n == _BATCHSIZE:
                    break
                pair = next(pairs, _missing)
            self.write(SETITEMS)
            if n != _BATCHSIZE:
                return

    def _save_pair(self, pair):
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise PicklingError("dict items iterator must return 2-tuples")
        self.save(pair[0])
        self.save(pair[1])

    def _save_set(self, obj):
        if self.proto < 4:
            self._save_reduce((set, (list(obj),)), obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if not size:
            return
        items = iter(obj)
        while True:
            self.write(MARK)
            batch = 0
            for item in items:
                self.save(item)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self.write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if batch != _BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduce((frozenset, (list(obj),)), obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK)
            self._write_memo_get(obj)
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def _save_type(self, obj):
        if obj is type(None):
            self._save_reduce((type, (None,)), obj)
        elif obj is type(NotImplemented):
            self._save_reduce((type, (NotImplemented,)), obj)
        elif obj is type(...):
            self._save_reduce((type, (...,)), obj)
        else:
            self._save_global(obj)

    def _save_global(self, obj, name=None):
        stand_in = _STAND_IN_NAMES.get(id(obj))
        if stand_in is not None:
            self._write_global(obj, stand_in[0], stand_in[1])
            return
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        dotted_path = name.split(".")
        if "<locals>" in dotted_path:
            raise AttributeError(f"Can't pickle local object {name!r}")
        module_name = _which_module(obj, dotted_path)
        try:
            module = _import_module(module_name)
        except ImportError:
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
        try:
            found, parent = _deep_getattr(module, dotted_path)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")

        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xFF:
                    self.write(EXT1 + bytes((code,)))
                elif code <= 0xFFFF:
                    self.write(EXT2 + pack("<H", code))
                else:
                    self.write(EXT4 + pack("<i", code))
                return

        if parent is not module and self.proto < 4:
            # Only protocol 4 names nested objects: reach them through getattr.
            self._save_reduce((getattr, (parent, dotted_path[-1])), None)
            return
        self._write_global(obj, module_name, name if self.proto >= 4 else dotted_path[-1])

    def _write_global(self, obj, module_name, name):
        if self.proto >= 4:
            self.save(module_name)
            if name is module_name:
                # CPython's C classes (datetime.datetime) have a qualified name that is a
                # str object of its own, pickled anew; closc shares one str for both.
                self._save_str(name, _Distinct())
            else:
                self.save(name)
            self.write(STACK_GLOBAL)
        else:
            if self.fix_imports:
                module_name, name = _NAME_TO_PY2.get((module_name, name), (module_name, name))
                module_name = _MODULE_TO_PY2.get(module_name, module_name)
            encoding = "utf-8" if self.proto >= 3 else "ascii"
            try:
                encoded_module = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError(
                    f"can't pickle module identifier '{module_name}' using pickle protocol {self.proto}"
                ) from None
            try:
                encoded_name = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError(
                    f"can't pickle global identifier '{name}' using pickle protocol {self.proto}"
                ) from None
            self.write(GLOBAL + encoded_module + b"\n" + encoded_name + b"\n")
        self.memoize(obj)


_missing = object()


class _Distinct:
    """A memo key standing for a str object closc shares and CPython does not."""


class _Input:
    """The bytes an unpickler reads: all of them for `loads`, or a file read as needed
    (a frame at a time)."""

    def __init__(self, data=None, file=None):
        self.data = data if data is not None else b""
        self.pos = 0
        self.file = file

    def _fill(self, n):
        """Make n bytes after pos available; False if the input ends first."""
        available = len(self.data) - self.pos
        if available >= n:
            return True
        if self.file is None:
            return False
        more = self.file.read(n - available)
        if more:
            self.data = self.data[self.pos :] + bytes(more)
            self.pos = 0
        return len(self.data) - self.pos >= n

    def read(self, n):
        if not self._fill(n):
            raise UnpicklingError("pickle data was truncated")
        start = self.pos
        self.pos += n
        return self.data[start : self.pos]

    def readline(self):
        end = self.data.find(b"\n", self.pos)
        if end < 0 and self.file is not None:
            rest = self.data[self.pos :] + bytes(self.file.readline())
            self.data = rest
            self.pos = 0
            end = rest.find(b"\n")
        if end < 0:
            raise UnpicklingError("pickle data was truncated")
        start = self.pos
        self.pos = end + 1
        return self.data[start : self.pos]


class Unpickler:
    """This takes a binary file for reading a pickle data stream."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        if not hasattr(file, "read") or not hasattr(file, "readline"):
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file = file
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, "_file"):
            raise UnpicklingError(f"Unpickler.__init__() was not called by {type(self).__name__}.__init__()")
        if isinstance(self._file, _Input):
            source = self._file
        else:
            source = _Input(file=self._file)
        return self._load_from(source)

    def _load_from(self, source):
        self._input = source
        self.stack = []
        self.metastack = []
        self.proto = 0
        read = source.read
        dispatch = _dispatch
        while True:
            try:
                opcode = read(1)
            except UnpicklingError:
                raise EOFError("Ran out of input") from None
            handler = dispatch.get(opcode[0])
            if handler is None:
                code = opcode[0]
                if 0x20 <= code <= 0x7E and code not in b"'\\":
                    raise UnpicklingError(f"invalid load key, '{chr(code)}'.")
                raise UnpicklingError(f"invalid load key, '\\x{code:02x}'.")
            if handler is _load_stop:
                if not self.stack:
                    raise UnpicklingError("unpickling stack underflow")
                value = self.stack.pop()
                self._input = None
                return value
            handler(self)

    def find_class(self, module, name):
        """Return an object from a specified module."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_FROM_PY2:
                module, name = _NAME_FROM_PY2[(module, name)]
            elif module in _MODULE_FROM_PY2:
                module = _MODULE_FROM_PY2[module]
        stand_in = _STAND_INS.get((module, name))
        if stand_in is not None:
            return stand_in
        found_module = _import_module(module)
        try:
            if self.proto >= 4:
                return _deep_getattr(found_module, name.split("."))[0]
            return getattr(found_module, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {found_module!r}") from None

    # Helpers of the opcode handlers.

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def _pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _memo_get(self, index):
        try:
            return self.memo[index]
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {index}") from None

    def _memo_put(self, index):
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def _decode_string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _persistent(self, pid):
        load = getattr(self, "persistent_load", None)
        if load is None:
            raise UnpicklingError(
                "A load persistent id instruction was encountered,\nbut no persistent_load function was specified."
            )
        self.stack.append(load(pid))


def _read_int_line(unpickler):
    return unpickler._input.readline()[:-1]


def _load_proto(u):
    proto = u._input.read(1)[0]
    if proto > HIGHEST_PROTOCOL:
        raise ValueError(f"unsupported pickle protocol: {proto}")
    u.proto = proto


def _load_frame(u):
    size = unpack("<Q", u._input.read(8))[0]
    if not u._input._fill(size):
        raise UnpicklingError("pickle data was truncated")


def _load_persid(u):
    try:
        pid = u._input.readline()[:-1].decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    u._persistent(pid)


def _load_binpersid(u):
    u._persistent(u._pop())


def _load_none(u):
    u.stack.append(None)


def _load_false(u):
    u.stack.append(False)


def _load_true(u):
    u.stack.append(True)


def _load_int(u):
    data = _read_int_line(u)
    if data == b"00":
        value = False
    elif data == b"01":
        value = True
    else:
        value = int(data, 0)
    u.stack.append(value)


def _load_binint(u):
    u.stack.append(unpack("<i", u._input.read(4))[0])


def _load_binint1(u):
    u.stack.append(u._input.read(1)[0])


def _load_binint2(u):
    u.stack.append(unpack("<H", u._input.read(2))[0])


def _load_long(u):
    data = _read_int_line(u)
    if data[-1:] == b"L":
        data = data[:-1]
    u.stack.append(int(data, 0))


def _load_long1(u):
    n = u._input.read(1)[0]
    u.stack.append(_decode_long(u._input.read(n)))


def _load_long4(u):
    n = unpack("<i", u._input.read(4))[0]
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u.stack.append(_decode_long(u._input.read(n)))


def _load_float(u):
    u.stack.append(float(u._input.readline()[:-1]))


def _load_binfloat(u):
    u.stack.append(unpack(">d", u._input.read(8))[0])


def _load_string(u):
    data = u._input.readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    u.stack.append(u._decode_string(_unescape_py2_string(data)))


def _unescape_py2_string(data):
    """The bytes a Python 2 str repr stands for."""
    out = bytearray()
    i = 0
    simple = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("\\"): 92, ord("'"): 39, ord('"'): 34, ord("0"): 0}
    while i < len(data):
        byte = data[i]
        if byte == 92 and i + 1 < len(data):
            following = data[i + 1]
            if following == ord("x") and i + 3 < len(data):
                out.append(int(data[i + 2 : i + 4], 16))
                i += 4
                continue
            if following in simple:
                out.append(simple[following])
                i += 2
                continue
        out.append(byte)
        i += 1
    return bytes(out)


def _load_binstring(u):
    n = unpack("<i", u._input.read(4))[0]
    if n < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    u.stack.append(u._decode_string(u._input.read(n)))


def _load_short_binstring(u):
    n = u._input.read(1)[0]
    u.stack.append(u._decode_string(u._input.read(n)))


def _load_binbytes(u):
    n = unpack("<I", u._input.read(4))[0]
    u.stack.append(u._input.read(n))


def _load_short_binbytes(u):
    n = u._input.read(1)[0]
    u.stack.append(u._input.read(n))


def _load_binbytes8(u):
    n = unpack("<Q", u._input.read(8))[0]
    u.stack.append(u._input.read(n))


def _load_bytearray8(u):
    n = unpack("<Q", u._input.read(8))[0]
    u.stack.append(bytearray(u._input.read(n)))


def _load_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
    try:
        buffer = next(u._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None
    if isinstance(buffer, PickleBuffer):
        buffer = buffer._buffer
    u.stack.append(buffer)


def _load_readonly_buffer(u):
    buffer = u._top()
    if isinstance(buffer, bytearray):
        u.stack[-1] = bytes(buffer)


def _load_unicode(u):
    u.stack.append(_raw_unicode_unescape(u._input.readline()[:-1]))


def _load_binunicode(u):
    n = unpack("<I", u._input.read(4))[0]
    u.stack.append(u._input.read(n).decode("utf-8"))


def _load_binunicode8(u):
    n = unpack("<Q", u._input.read(8))[0]
    u.stack.append(u._input.read(n).decode("utf-8"))


def _load_short_binunicode(u):
    n = u._input.read(1)[0]
    u.stack.append(u._input.read(n).decode("utf-8"))


def _load_tuple(u):
    items = tuple(u._pop_mark())
    u.stack.append(items)


def _load_empty_tuple(u):
    u.stack.append(())


def _load_tuple1(u):
    u.stack[-1:] = [(u._top(),)]


def _load_tuple_n(u, n):
    if len(u.stack) < n:
        raise UnpicklingError("unpickling stack underflow")
    items = tuple(u.stack[-n:])
    del u.stack[-n:]
    u.stack.append(items)


def _load_tuple2(u):
    _load_tuple_n(u, 2)


def _load_tuple3(u):
    _load_tuple_n(u, 3)


def _load_empty_list(u):
    u.stack.append([])


def _load_empty_dict(u):
    u.stack.append({})


def _load_empty_set(u):
    u.stack.append(set())


def _load_frozenset(u):
    items = frozenset(u._pop_mark())
    u.stack.append(items)


def _load_list(u):
    items = u._pop_mark()
    u.stack.append(items)


def _load_dict(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    u.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def _instantiate(u, klass, args):
    if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
        try:
            value = klass(*args)
        except TypeError as err:
            raise TypeError(f"in constructor for {klass.__name__}: {err}") from None
    else:
        value = klass.__new__(klass)
    u.stack.append(value)


def _load_inst(u):
    module = u._input.readline()[:-1].decode("ascii")
    name = u._input.readline()[:-1].decode("ascii")
    klass = u.find_class(module, name)
    _instantiate(u, klass, u._pop_mark())


def _load_obj(u):
    args = u._pop_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    klass = args.pop(0)
    _instantiate(u, klass, args)


def _load_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    u.stack.append(cls.__new__(cls, *args))


def _load_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError(f"NEWOBJ_EX class argument must be a type, not {type(cls).__name__}")
    if not isinstance(args, tuple):
        raise UnpicklingError(f"NEWOBJ_EX args argument must be a tuple, not {type(args).__name__}")
    if not isinstance(kwargs, dict):
        raise UnpicklingError(f"NEWOBJ_EX kwargs argument must be a dict, not {type(kwargs).__name__}")
    u.stack.append(cls.__new__(cls, *args, **kwargs))


def _load_global(u):
    module = u._input.readline()[:-1].decode("utf-8")
    name = u._input.readline()[:-1].decode("utf-8")
    u.stack.append(u.find_class(module, name))


def _load_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u.stack.append(u.find_class(module, name))


def _load_extension(u, code):
    obj = _extension_cache.get(code, _missing)
    if obj is not _missing:
        u.stack.append(obj)
        return
    key = _inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError(f"unregistered extension code {code}")
    obj = u.find_class(*key)
    _extension_cache[code] = obj
    u.stack.append(obj)


def _load_ext1(u):
    _load_extension(u, u._input.read(1)[0])


def _load_ext2(u):
    _load_extension(u, unpack("<H", u._input.read(2))[0])


def _load_ext4(u):
    _load_extension(u, unpack("<i", u._input.read(4))[0])


def _load_reduce(u):
    args = u._pop()
    func = u._top()
    u.stack[-1] = func(*args)


def _load_pop(u):
    if u.stack:
        u.stack.pop()
    else:
        u._pop_mark()


def _load_pop_mark(u):
    u._pop_mark()


def _load_dup(u):
    u.stack.append(u._top())


def _load_get(u):
    u.stack.append(u._memo_get(int(_read_int_line(u))))


def _load_binget(u):
    u.stack.append(u._memo_get(u._input.read(1)[0]))


def _load_long_binget(u):
    u.stack.append(u._memo_get(unpack("<I", u._input.read(4))[0]))


def _load_put(u):
    u._memo_put(int(_read_int_line(u)))


def _load_binput(u):
    u._memo_put(u._input.read(1)[0])


def _load_long_binput(u):
    u._memo_put(unpack("<I", u._input.read(4))[0])


def _load_memoize(u):
    u._memo_put(len(u.memo))


def _extend_list(target, items):
    if type(target) is list:
        target.extend(items)
        return
    extend = getattr(target, "extend", None)
    if extend is not None:
        extend(items)
        return
    append = target.append
    for item in items:
        append(item)


def _load_append(u):
    value = u._pop()
    _extend_list(u._top(), [value])


def _load_appends(u):
    items = u._pop_mark()
    _extend_list(u._top(), items)


def _load_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


def _load_setitems(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    target = u._top()
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


def _load_additems(u):
    items = u._pop_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
    else:
        add = target.add
        for item in items:
            add(item)


def _load_build(u):
    state = u._pop()
    inst = u._top()
    setstate = getattr(inst, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        inst_dict = inst.__dict__
        for key, value in state.items():
            if type(key) is str:
                key = sys.intern(key)
            inst_dict[key] = value
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for key, value in slotstate.items():
            setattr(inst, key, value)


def _load_mark(u):
    u.metastack.append(u.stack)
    u.stack = []


def _load_stop(u):
    pass


_dispatch = {
    MARK[0]: _load_mark,
    STOP[0]: _load_stop,
    POP[0]: _load_pop,
    POP_MARK[0]: _load_pop_mark,
    DUP[0]: _load_dup,
    FLOAT[0]: _load_float,
    INT[0]: _load_int,
    BININT[0]: _load_binint,
    BININT1[0]: _load_binint1,
    LONG[0]: _load_long,
    BININT2[0]: _load_binint2,
    NONE[0]: _load_none,
    PERSID[0]: _load_persid,
    BINPERSID[0]: _load_binpersid,
    REDUCE[0]: _load_reduce,
    STRING[0]: _load_string,
    BINSTRING[0]: _load_binstring,
    SHORT_BINSTRING[0]: _load_short_binstring,
    UNICODE[0]: _load_unicode,
    BINUNICODE[0]: _load_binunicode,
    APPEND[0]: _load_append,
    BUILD[0]: _load_build,
    GLOBAL[0]: _load_global,
    DICT[0]: _load_dict,
    EMPTY_DICT[0]: _load_empty_dict,
    APPENDS[0]: _load_appends,
    GET[0]: _load_get,
    BINGET[0]: _load_binget,
    INST[0]: _load_inst,
    LONG_BINGET[0]: _load_long_binget,
    LIST[0]: _load_list,
    EMPTY_LIST[0]: _load_empty_list,
    OBJ[0]: _load_obj,
    PUT[0]: _load_put,
    BINPUT[0]: _load_binput,
    LONG_BINPUT[0]: _load_long_binput,
    SETITEM[0]: _load_setitem,
    TUPLE[0]: _load_tuple,
    EMPTY_TUPLE[0]: _load_empty_tuple,
    SETITEMS[0]: _load_setitems,
    BINFLOAT[0]: _load_binfloat,
    PROTO[0]: _load_proto,
    NEWOBJ[0]: _load_newobj,
    EXT1[0]: _load_ext1,
    EXT2[0]: _load_ext2,
    EXT4[0]: _load_ext4,
    TUPLE1[0]: _load_tuple1,
    TUPLE2[0]: _load_tuple2,
    TUPLE3[0]: _load_tuple3,
    NEWTRUE[0]: _load_true,
    NEWFALSE[0]: _load_false,
    LONG1[0]: _load_long1,
    LONG4[0]: _load_long4,
    BINBYTES[0]: _load_binbytes,
    SHORT_BINBYTES[0]: _load_short_binbytes,
    SHORT_BINUNICODE[0]: _load_short_binunicode,
    BINUNICODE8[0]: _load_binunicode8,
    BINBYTES8[0]: _load_binbytes8,
    EMPTY_SET[0]: _load_empty_set,
    ADDITEMS[0]: _load_additems,
    FROZENSET[0]: _load_frozenset,
    NEWOBJ_EX[0]: _load_newobj_ex,
    STACK_GLOBAL[0]: _load_stack_global,
    MEMOIZE[0]: _load_memoize,
    FRAME[0]: _load_frame,
    BYTEARRAY8[0]: _load_bytearray8,
    NEXT_BUFFER[0]: _load_next_buffer,
    READONLY_BUFFER[0]: _load_readonly_buffer,
}


class _BytesSink:
    def __init__(self):
        self.data = b""

    def write(self, data):
        self.data = data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    unpickler = Unpickler(_Input(bytes(data)), fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
    return unpickler.load()
