# Compile-time error: return at module level, even inside a loop and an if.
for i in range(3):
    if i == 1:
        print("never printed")
        return i
