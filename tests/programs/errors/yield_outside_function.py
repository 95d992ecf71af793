# yield at module level is a compile-time error.
x = 1
yield x
