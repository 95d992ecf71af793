import builtins
import sys
import itertools
import time
import errno
import gc
import posix
import atexit
import pwd
import types
import json

for module in (builtins, sys, itertools, time, errno, gc, posix, atexit, pwd):
    print(repr(module), str(module) == repr(module))
print(types.ModuleType("made"), types.ModuleType("sys"))
print(repr(json).startswith("<module 'json' from '"), repr(json).endswith("json/__init__.py'>"))
print([sys, builtins])
