# Compile-time error: break in a function defined inside a loop (the loop does not enclose it).
for i in range(3):
    def f():
        if i > 1:
            break
        return i
    print(f())
