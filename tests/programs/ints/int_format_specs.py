# Ints under format specs: machine ints and big ints, every presentation type, signs,
# padding, grouping, and classes that define or inherit __format__.

ints = [0, 1, -1, 7, 255, -255, 1000, -98765, 2**31, 2**62, -(2**63), 2**63 - 1, 2**64 + 5, -(10**25) - 3]
specs = ["", "d", "5d", "<6", "^7", "=+8", "08", "x", "#x", "X", "#X", "o", "#o", "b", "#b", ",", "_", "_x", "+", " ", ",d", "020,", "e", ".2f", "%", "n"]
for n in ints:
    print(n, [format(n, s) for s in specs])

print(f"{65:c}|{0x263A:c}|{97:^5c}|")
print("{:>10}|{:<10}|{:^10}|{:*^10}".format(42, -42, 123, 7))
print("%d %5d %-5d| %05d %+d %x %X %o %#x %#o" % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8))


class Money(int):
    pass


class Temp:
    def __init__(self, degrees):
        self.degrees = degrees

    def __format__(self, spec):
        return f"{self.degrees:{spec or '.1f'}}C"


class Plain:
    def __str__(self):
        return "plain!"


class Loud(int):
    def __str__(self):
        return "LOUD"


print(format(Money(1234), ","), f"{Money(5)}", f"{Temp(21.456)}", f"{Temp(3):.3f}", f"{Plain()}", f"{Loud(3)}", f"{Loud(3):d}")
for bad in ["c", ".2d", "z"]:
    try:
        print(format(-1 if bad == "c" else 5, bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError", e)
