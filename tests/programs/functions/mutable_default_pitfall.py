# Checks the classic mutable-default pitfall and the `None` sentinel fix.
def append_to(item, target=[]):
    target.append(item)
    return target

a = append_to(1)
b = append_to(2)
print(a, b, a is b)
c = append_to(3, [])
print(c, append_to.__defaults__)

def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_fixed(1), append_fixed(2))

# A dict default used as an accidental cache.
def remember(key, value, memo={}):
    memo[key] = value
    return len(memo)

print(remember("a", 1), remember("b", 2), remember("a", 3))
print(remember.__defaults__[0])

# Counting calls through a one-element list default.
def called(counter=[0]):
    counter[0] += 1
    return counter[0]

print(called(), called(), called([100]), called())

# Lambdas made in a loop with a shared mutable default.
shared = []
adders = []
for n in range(3):
    adders.append(lambda v, acc=shared, n=n: acc.append(v * n) or acc)
print(adders[1](5), adders[2](5), shared)

# The default list is mutated in place even through an alias held outside.
d = append_to.__defaults__[0]
d.append("outside")
print(append_to(4))
