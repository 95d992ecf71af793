# The gc module: enable/disable/isenabled, collect's argument checks.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__)
print(type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
print(gc.garbage)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)


class Tracked:
    def __del__(self):
        print("tracked del")


def make():
    Tracked()


gc.disable()
make()
gc.collect()
gc.enable()
print("end")
gc.collect(7)
