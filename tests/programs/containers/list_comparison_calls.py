# List comparison calls __eq__ as CPython does: not at all for lists of different lengths
# (== and !=), and with the lengths read again after each call.


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("eq", self.name)
        return True

    def __lt__(self, other):
        print("lt", self.name)
        return False


print([Loud("a")] == [Loud("b"), Loud("c")])
print([Loud("a")] != [Loud("b"), Loud("c")])
print([Loud("a")] < [Loud("b"), Loud("c")])
print((Loud("a"),) == (Loud("b"), Loud("c")))


class Shrinks:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True


t = [1, 2, 3]
t[2] = Shrinks(t)
print([1, 2, 3] == t, t)
t = [0, 0]
t[0] = Shrinks(t)
print([5, 6] < t, t, [5, 6] > t)
same = [1, 2]
print(same == same, [same] == [same], [[1, 2]] <= [[1, 2]], [1, 2] >= [1, 2, 0])
