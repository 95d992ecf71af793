# Compile-time error: nonlocal declaration at module level.
print("never printed")
nonlocal x
x = 1
