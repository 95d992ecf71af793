# Compile-time error: module-level nonlocal after an assignment; the assignment check fires first.
x = 1
print("never printed")
nonlocal x
