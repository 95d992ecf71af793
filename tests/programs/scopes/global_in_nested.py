# Checks `global` declarations inside nested functions, which skip the enclosing function scopes.
x = "module"

def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
        return x
    r = inner()
    return r, x

print(outer(), x)

def creator():
    def deep():
        def deeper():
            global created
            created = [1, 2, 3]
        deeper()
    deep()

creator()
print(created)

# A nested function reading a name that is global in the enclosing function.
counter = 0
def enclosing():
    global counter
    counter += 5
    def reader():
        return counter
    counter += 1
    return reader

rd = enclosing()
print(rd(), counter, rd.__closure__)
counter = 1000
print(rd())

# global in one nested function, local in a sibling.
y = 1
def siblings():
    def g():
        global y
        y = y + 1
        return y
    def h():
        y = 50
        return y
    return g(), h(), g()

print(siblings(), y)

# An outer function's local with the same name stays untouched.
z = "global z"
def keeps_local():
    z = "local z"
    def writer():
        global z
        z = "rewritten"
    writer()
    return z

print(keeps_local(), z)

# A global declared in a function but never assigned at module level until called.
def define_later():
    global late
    late = "now defined"

try:
    print(late)
except NameError as e:
    print("before:", e)
define_later()
print("after:", late)
