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

visit = make_stopper(3)
for i in range(10):
    print("visited", visit(i))
print("unreachable")
