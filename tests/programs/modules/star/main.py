# `from m import *`, with and without __all__, and a module-level __getattr__.
from lib import *
print(exported, Also.__name__)
try:
    print(not_exported)
except NameError as e:
    print(e)
from nolist import *
print(public, helper())
try:
    print(_hidden)
except NameError as e:
    print(e)
import lazyattr
print(lazyattr.dynamic)
from lazyattr import dynamic
print(dynamic)
try:
    lazyattr.other
except AttributeError as e:
    print(e)
import nolist
print(sorted(k for k in nolist.__dict__ if not k.startswith("__")))
print(nolist.__dict__["public"], nolist.__name__ in repr(nolist))
