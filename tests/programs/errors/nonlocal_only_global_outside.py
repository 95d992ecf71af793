# Compile-time error: nonlocal cannot refer to a module-level (global) name.
count = 0

def increment():
    nonlocal count
    count += 1

print("never printed")
