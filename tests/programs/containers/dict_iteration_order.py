# Checks that dicts iterate in insertion order through keys, values, items and comprehensions.
d = {}
for i, ch in enumerate("zyxwvu"):
    d[ch] = 25 - i
print(d)
print([k for k in d], [v for v in d.values()], [k + str(v) for k, v in d.items()])

# Reassigning a key does not move it.
d["z"] = -1
print(list(d.keys())[0], d)

# Building dicts in different orders gives equal dicts with different iteration orders.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a), list(b))

# Integer keys keep insertion order too.
nums = {}
for n in [5, 3, 9, 1, 7]:
    nums[n] = n * n
print(nums, list(nums.values()), sorted(nums))

# Copying through a loop keeps the order.
copy = {}
for k, v in nums.items():
    copy[k] = v
print(copy == nums, list(copy) == list(nums))

# enumerate and zip over dict views.
for i, (k, v) in enumerate(nums.items()):
    print(i, k, v)
print(list(zip(a.keys(), b.values())))

# Values that are closures, iterated in order and called.
handlers = {}
for name in ["start", "stop", "pause"]:
    handlers[name] = lambda name=name: "handling " + name
print([h() for h in handlers.values()])

# Mutating a dict while iterating over it raises.
try:
    for k in nums:
        nums[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
