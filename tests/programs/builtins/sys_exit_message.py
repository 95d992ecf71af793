# Checks sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys

print("argv entries:", len(sys.argv))

# A caught SystemExit carries the message as its code.
try:
    sys.exit("caught message")
except SystemExit as e:
    print("caught:", e.code, e.args, str(e))

def check_count(args, needed):
    def fail(reason):
        sys.exit("usage: prog FILE (%s)" % reason)
    if len(args) - 1 < needed:
        fail("got %d argument(s), need %d" % (len(args) - 1, needed))
    return args[1:]

print("checking for 0 arguments:", check_count(sys.argv, 0))
try:
    check_count(sys.argv, 5)
except SystemExit as e:
    print("inner exit intercepted:", e.code)

print("validating for real")
try:
    check_count(sys.argv, 1)
finally:
    print("finally still runs")
print("unreachable")
