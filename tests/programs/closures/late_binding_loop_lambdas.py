# Checks late binding: lambdas made in a loop all see the loop variable's final value.
funcs = []
for i in range(5):
    funcs.append(lambda: i)
print([f() for f in funcs])

# Rebinding the global after the loop changes what every lambda sees.
i = 100
print([f() for f in funcs])

# Default arguments capture the value at definition time.
early = []
for i in range(5):
    early.append(lambda i=i: i)
print([f() for f in early])
i = -1
print([f() for f in early])

# Defaults can still be overridden at the call site.
print(early[2](), early[2](42), early[2](i=7))

# Inside a function the loop variable is a cell shared by all the closures.
def make():
    out = []
    for k in range(3):
        def g():
            return k * 10
        out.append(g)
    print("inside, before return:", [h() for h in out])
    k = "done"
    return out

made = make()
print([h() for h in made])

# A while loop behaves the same way.
def make_while():
    fs = []
    n = 0
    while n < 4:
        fs.append(lambda: n)
        n += 1
    return fs

print([f() for f in make_while()])

# Each call of the factory gets fresh cells.
def factory(v):
    return lambda: v

fresh = [factory(j) for j in range(4)]
print([f() for f in fresh])

# Several lambdas sharing both a late and an early binding.
pairs = []
for a in "xyz":
    pairs.append(lambda b=a: a + b)
print([p() for p in pairs])
