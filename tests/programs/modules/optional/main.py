# Imports that find nothing raise ModuleNotFoundError where they run, as in CPython.
try:
    import numpy_is_not_here
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from also.not_here import thing
except ModuleNotFoundError as e:
    print(e, e.name)

try:
    import json_fast as json
except ImportError:
    json = None
print(json)


def lazy():
    import not_installed_either
    return not_installed_either


try:
    lazy()
except ModuleNotFoundError as e:
    print("lazy:", e)
try:
    from math import no_such_function
except ImportError as e:
    # The location in parentheses depends on how python3 was built.
    print(str(e).split(" (")[0], e.name)
try:
    import math.sub
except ModuleNotFoundError as e:
    print(e)
import sys
sys.modules["fake_module"] = "anything"
import fake_module
print(fake_module)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
import missing_at_the_end
print("not reached")
