# Late binding: closures capture *variables*, not the values they had when the
# closure was created. The value is looked up when the closure runs.

funcs = []
for i in range(3):
    # Every lambda refers to the same variable `i`...
    funcs.append(lambda: i)

# ...so after the loop they all see its final value, 2.
print("late binding:", [f() for f in funcs])

# Fix 1: a default argument is evaluated once, when the lambda is created,
# so each lambda gets its own copy of the current value.
fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print("default arg: ", [f() for f in fixed])


# Fix 2: call a factory. Each call of make() has its own local `n`, held in
# its own cell, so each returned function sees a different variable.
def make(n):
    return lambda: n


made = [make(i) for i in range(3)]
print("factory:     ", [f() for f in made])

# The same applies inside a function: the closure sees later assignments.
def demo():
    message = "first"
    show = lambda: message
    message = "second"
    return show()

print("inside a function the closure sees:", demo())
