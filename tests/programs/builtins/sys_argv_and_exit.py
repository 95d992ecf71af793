# Checks sys.argv (length only) and sys.exit(n) with an int status, after finally blocks run.
import sys

print("argv length:", len(sys.argv))
print(type(sys.argv).__name__, type(sys.argv[0]).__name__)

def work():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("finally runs during sys.exit")

try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)

def nested_exit():
    def inner():
        sys.exit(0)
    try:
        inner()
    except SystemExit as e:
        return "inner exit code %r" % e.code

print(nested_exit())
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)

# SystemExit is not an Exception, so except Exception does not catch it.
print(isinstance(SystemExit(), Exception))
try:
    try:
        sys.exit(5)
    except Exception:
        print("wrong handler")
except SystemExit as e:
    print("outer handler got", e.code)

work()
print("unreachable")
