# CPython counts a C-level recursion for each call of an instance through its type's
# __call__ slot, so each level here costs two: the RecursionError comes at n == 498.
class R:
    def __call__(self, n):
        global depth
        depth = n
        return self(n + 1)
depth = 0
try:
    R()(0)
except RecursionError as e:
    print("RE", e, depth)
