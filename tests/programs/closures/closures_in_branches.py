# Checks closures defined conditionally, in loops and in try blocks, sharing function cells.
def choose(flag):
    msg = "shared"
    if flag:
        def f():
            return "yes " + msg
    else:
        def f():
            return "no " + msg
    msg = msg + "!"
    return f

print(choose(True)(), choose(False)())

def in_loop():
    hooks = []
    total = 0
    for n in range(1, 4):
        def hook(k=n):
            nonlocal total
            total += k
            return total
        hooks.append(hook)
    print([h() for h in hooks], total)
    print(hooks[0](), hooks[0](10), total)
    return total

print(in_loop())

def in_try():
    state = "start"
    try:
        def bad():
            nonlocal state
            state = "in bad"
            return 1 / 0
        bad()
    except ZeroDivisionError as e:
        state = state + " / caught " + str(e)
    finally:
        def final():
            return "final sees: " + state
    return final()

print(in_try())

# A closure created in a while loop that breaks early.
def first_match(items, pred):
    i = 0
    found = None
    while i < len(items):
        if pred(items[i]):
            found = lambda: (i, items[i])
            break
        i += 1
    else:
        return "none"
    i = i + 0
    return found()

print(first_match([3, 8, 5, 12], lambda v: v > 4), first_match([1, 2], lambda v: v > 9))

# Redefining a function in a loop: the last definition wins for late binders.
def redefine():
    results = []
    for word in ["a", "bb", "ccc"]:
        def size():
            return len(word)
        results.append(size)
    return [r() for r in results], results[0] is results[1]

print(redefine())
