# `if` and `while` branching straight on a comparison: small ints, floats, mixed, and
# objects whose comparison returns something that is not a bool.


class Loud:
    def __init__(self, truth):
        self.truth = truth

    def __bool__(self):
        print("bool of", self.truth)
        if self.truth is None:
            raise ValueError("no truth")
        return self.truth


class Odd:
    def __init__(self, answer):
        self.answer = answer

    def __lt__(self, other):
        print("lt called")
        return self.answer

    def __eq__(self, other):
        return self.answer


def check(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not a <= b:
        out.append("not le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if not (a > b):
        out.append("not gt")
    if a >= b:
        out.append("ge")
    return out


for a, b in [(1, 2), (2, 2), (3.5, 2), (2, 2.0), (float("nan"), 1.0), (-0.0, 0.0)]:
    print(a, b, check(a, b))
print(check(2**70, 2**70 + 1), check("abc", "abd"), check((1, 2), (1, 2)))
print(check(2**53 + 1, float(2**53)))

if Odd(Loud(True)) < 1:
    print("taken")
if not Odd(Loud(False)) < 1:
    print("not taken")
try:
    if Odd(Loud(None)) < 1:
        print("never")
except ValueError as e:
    print("ValueError:", e)
x = Odd("text") < 5
print(x, Odd(0) == 1, Odd([]) == 2)

n = 0
while n < 5:
    n += 1
print(n)
f = 0.0
while f < 1.0:
    f += 0.25
print(f)
count = 0
i = 10
while not i <= 0:
    i -= 3
    count += 1
print(i, count)
try:
    if 1 < "a":
        print("never")
except TypeError as e:
    print("TypeError:", e)
