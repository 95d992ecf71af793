# Compile-time error: a name assigned before its global declaration.
total = 0

def outer():
    def add(n):
        total = n
        global total
        return total
    return add

print(outer()(5))
