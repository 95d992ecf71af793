# The running __main__ module has no spec, so CPython never calls it "partially
# initialized": a missing attribute or name gets the plain messages.
import sys

try:
    from __main__ import nothing
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    sys.modules["__main__"].nothing
except AttributeError as e:
    print(e)
getattr(sys.modules[__name__], "missing")
