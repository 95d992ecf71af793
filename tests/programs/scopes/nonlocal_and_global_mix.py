# Checks a mix of global, nonlocal and local names with the same spelling at different levels.
name = "G"

def level1():
    name = "L1"
    def level2():
        nonlocal name
        name = name + "+L2"
        def level3():
            global name
            name = name + "+L3"
            return name
        def level3b():
            return name
        return level3(), level3b()
    r = level2()
    return r, name

print(level1(), name)

# The same function can declare one name global and another nonlocal.
total = 0
def outer():
    count = 0
    def step(v):
        global total
        nonlocal count
        total += v
        count += 1
        return count, total
    step(5)
    step(7)
    return step(1), count

print(outer(), total)

# A nonlocal name in the inner function is unaffected by a global of the same name.
flag = "global flag"
def owner():
    flag = "owner flag"
    def setter():
        nonlocal flag
        flag = "set"
    setter()
    return flag

print(owner(), flag)

# A global declaration in the middle level does not stop an inner level from reading the global.
depth = 0
def a():
    global depth
    depth = 1
    def b():
        return depth
    depth = 2
    return b()

print(a(), depth)
