# Checks arithmetic operators, unary operators, precedence and augmented assignment.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a, -(-a))
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 10 - 4 - 3, 2 ** 2 ** 3, 100 / 10 / 5)
print(7 - -3, 7 + +3, - - 5, 1 - - - 1)

# Augmented assignment on ints, strings, lists and list elements.
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 50
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
nums = [1, 2, 3]
nums[1] += 40
nums[-1] *= 10
print(nums)
d = {"k": 1}
d["k"] += 1
print(d)

# Augmented assignment evaluates the target index once.
log = []
def idx(i):
    log.append(i)
    return i
arr = [0, 0, 0]
arr[idx(2)] += 7
print(arr, log)

# Unsupported operand types.
for op in [lambda: 1 + "a", lambda: "a" - "b", lambda: [1] * 2.0, lambda: None + 1,
           lambda: -"x", lambda: {} + {}, lambda: 2 ** "x", lambda: [] < {}]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
