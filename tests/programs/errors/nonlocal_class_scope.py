# Compile-time error: class-level names are not bindings that nonlocal can reach.
def make():
    class Holder:
        value = 1
        def bump(self):
            nonlocal value
            value += 1
    return Holder

print("never printed")
