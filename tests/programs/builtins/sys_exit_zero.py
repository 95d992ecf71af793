# Checks that sys.exit(0) from deep inside closures stops the program with exit 0 and no stderr.
import sys

def make_stopper(limit):
    seen = []
    def visit(n):
        seen.append(n)
        if n >= limit:
            print("stopping at", n, "after", seen)
            sys.exit(0)
        return n
    return visit

# A caught exit first: SystemExit carries code 0.
try:
    make_stopper(0)(0)
except SystemExit as e:
    print("caught exit with code", e.code, type(e).__name__)

visit = make_stopper(3)
for i in range(10):
    try:
        print("visited", visit(i))
    finally:
        print("finally for", i)
print("unreachable")
