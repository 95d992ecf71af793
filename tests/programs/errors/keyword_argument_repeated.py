# Compile-time error: the same keyword argument given twice at a call site.
def f(a, b):
    return a + b

def g():
    return f(a=1, a=2)

print("never printed")
