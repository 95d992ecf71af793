# A generator suspended inside a with block is closed when dropped: __exit__ runs with
# GeneratorExit.
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return False


def lines(name):
    with Resource(name) as r:
        for i in range(3):
            yield f"{r.name} line {i}"


def read_two(name):
    it = lines(name)
    print(next(it))
    print(next(it))


read_two("file")
gc.collect()
for line in lines("loop"):
    print(line)
    break
gc.collect()
print("end")
