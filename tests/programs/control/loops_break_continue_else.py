# Checks for/while loops with break, continue and else clauses, including nested loops.
for i in range(5):
    if i == 3:
        break
    print("for", i)
else:
    print("for-else not reached")

for i in range(3):
    print("for2", i)
else:
    print("for2-else ran, i =", i)

for i in []:
    print("never")
else:
    print("empty loop else ran")

n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("while", n)
else:
    print("while-else not reached")
print("after while, n =", n)

k = 3
while k:
    k -= 1
else:
    print("while-else ran, k =", k)

# Nested loops: break only leaves the inner loop.
for a in range(3):
    for b in range(3):
        if b > a:
            break
        print("pair", a, b)
    else:
        print("inner else", a)

# Prime search with for-else.
primes = []
for cand in range(2, 30):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
print(primes)

# continue in a for loop skips the rest of the body; else still runs.
out = []
for ch in "a1b2c3":
    if ch in "0123456789":
        continue
    out.append(ch)
else:
    out.append("|")
print(out)

# Changing the loop variable inside the body does not affect iteration.
for i in range(3):
    print("i before", i)
    i = 100
print("i after", i)

# A loop variable keeps the last value; an empty loop leaves it unbound.
def last_value(items):
    for item in items:
        pass
    return item

print(last_value([1, 2, 3]))
try:
    last_value([])
except UnboundLocalError as e:
    print(e)
