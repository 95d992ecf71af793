# Checks that reading an undefined global from a nested function ends with NameError (exit 1).
def outer():
    def inner():
        return undefined_global_thing * 2
    return inner

f = outer()
print("before")
print(f.__code__.co_freevars, f.__qualname__)

# Defining the global makes the call work; deleting it again breaks it.
undefined_global_thing = 21
print(f())
undefined_global_thing = "ab"
print(f())
del undefined_global_thing
try:
    f()
except NameError as e:
    print("caught:", e)

# A local of the same name elsewhere does not help.
def elsewhere():
    undefined_global_thing = 1
    return f()

print("calling through elsewhere")
elsewhere()
print("after")
