# Defining __eq__ without __hash__ sets __hash__ to None, as CPython's type() does.
class E:
    def __eq__(self, other):
        return True


class H(E):
    def __hash__(self):
        return 7


class Sub(E):
    pass


class Both:
    def __eq__(self, other):
        return False

    def __hash__(self):
        return 1


print(E.__hash__, Sub.__hash__, H.__hash__ is not None, "__hash__" in vars(E), vars(E)["__hash__"])
print(hash(H()), hash(Both()), Both.__hash__ is not None)
for value in (E(), Sub()):
    try:
        hash(value)
    except TypeError as e:
        print("TypeError", e)
try:
    {E(): 1}
except TypeError as e:
    print("TypeError", e)


class Plain:
    pass


print(Plain.__hash__ is object.__hash__, hash(Plain()) == hash(Plain()) or True)
