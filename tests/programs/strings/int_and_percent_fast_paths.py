# int() of short decimal texts and %-formatting of ints, at the edges of the machine-int
# fast paths: signs, spaces, underscores, leading zeros, 18 and 19 digits, non-ASCII digits.

for text in ["0", "-0", "+7", "  42  ", "\t-13\n", "007", "1_000", "123456789012345678",
             "-999999999999999999", "1234567890123456789", "99999999999999999999999",
             "٣", "１２", " \u3000 5 \u3000", "\x1c3", "", "-", "+", " ", "1 2", "0x10",
             "1e3", "12a", "_1", "1_", "１_０"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError", e)
print(int("0x10", 0), int("010", 8), int("  -0b101 ", 0), int("z", 36))
try:
    int("010", 0)
except ValueError as e:
    print(e)

class I(int):
    def __index__(self):
        return 99

class Idx:
    def __index__(self):
        return 5

for value in [0, 1, -1, 255, -255, 2**62, -2**63, 2**63, 2**64 + 1, True, False, I(3), Idx(), 3.9]:
    for spec in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%x", "%#x",
                 "%X", "%#X", "%o", "%#o", "%#8.3x", "%-#8o|", "%+.4X"]:
        try:
            print(spec, "->", repr(spec % value))
        except TypeError as e:
            print(spec, "TypeError", e)
print("%s|%5d|%-8s|%x|%c|%r" % ("é", 42, "☃", 255, 9731, "😀"))
print("%d%%" % 50, "%(a)d-%(b)s" % {"a": 7, "b": "x"})
