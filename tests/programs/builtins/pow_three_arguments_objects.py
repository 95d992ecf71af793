# pow(base, exp, mod) calls a class's __pow__ with the modulus, and reports operands it
# cannot raise with CPython's three-operand message.
class Modular:
    def __init__(self, value):
        self.value = value

    def __pow__(self, exponent, modulus=None):
        if modulus is None:
            return Modular(self.value ** exponent)
        return Modular(pow(self.value, exponent, modulus))

    def __repr__(self):
        return f"Modular({self.value})"


class Declines:
    def __pow__(self, exponent, modulus=None):
        return NotImplemented


class Plain:
    pass


class Small(int):
    pass


print(pow(Modular(3), 4, 5), pow(Modular(3), 4), Modular(2) ** 10, pow(Small(2), 3, 5), pow(2, 10, 1000))
for base, exponent, modulus in [(Declines(), 2, 5), (Plain(), 2, 5), ("a", 2, 5), (1.5, 2, 3), (2, 1.5, 3), (2, 3, Plain())]:
    try:
        print(pow(base, exponent, modulus))
    except TypeError as error:
        print("TypeError:", error)
pow(Plain(), 2, 7)
