# Generators still suspended at exit are closed then, and so are those dropped but not yet
# collected; a generator that yields in its finally is reported.
def counter(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("closing", name)


def stubborn():
    try:
        yield 1
    finally:
        yield 2


alive = counter("alive")
print(next(alive), next(alive))
held = [counter("held in a list")]
next(held[0])
s = stubborn()
next(s)
print("end of program")
