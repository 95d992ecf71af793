# An exception escaping a generator body propagates to the consumer uncaught.
def parse(items):
    for item in items:
        yield int(item)


for n in parse(["1", "2", "x3"]):
    print(n)
