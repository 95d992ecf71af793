import builtins
print(builtins.len([1, 2]), builtins.int("5") + 1, builtins.ValueError.__name__, getattr(builtins, "True"))
print(builtins.__name__, builtins.print is print, builtins.open is open, builtins.IOError is OSError, getattr(builtins, "None"))
names = set(dir(builtins))
for n in ["abs", "all", "any", "sorted", "zip", "map", "filter", "isinstance", "object", "type", "Exception", "KeyError", "StopIteration", "ExceptionGroup", "input", "iter", "next", "range", "enumerate", "super", "property", "classmethod", "staticmethod", "bytes", "bytearray", "memoryview", "frozenset", "complex", "divmod", "pow", "round", "hash", "id", "repr", "ascii", "format", "chr", "ord", "bin", "hex", "oct", "callable", "getattr", "setattr", "hasattr", "delattr", "vars", "dir", "globals", "issubclass", "min", "max", "sum", "reversed", "slice", "aiter", "anext", "BaseExceptionGroup", "NotImplemented", "Ellipsis"]:
    if n not in names:
        print("missing", n)
print(getattr(builtins, "sorted")([3, 1, 2]))
builtins.nonexistent
