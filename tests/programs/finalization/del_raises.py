# An exception escaping __del__ is reported ("Exception ignored in: ...") and the program
# goes on; the exit status is not affected.
import gc


class Bad:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("finalizing", self.n)
        raise ValueError(f"bad del {self.n}")


def make():
    Bad(1)


make()
gc.collect()
print("still running")
try:
    raise KeyError("pending")
except KeyError as e:
    make()
    gc.collect()
    print("handled", repr(e))
last = Bad(2)
print("end")
