# Checks sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys

def validate(args):
    if len(args) < 2:
        sys.exit("usage: prog FILE (got %d argument(s))" % (len(args) - 1))
    return args[1]

print("validating")
validate(sys.argv)
print("unreachable")
