# Checks UnboundLocalError when a name is assigned anywhere in a function but read first.
count = 0

def bump_wrong():
    count += 1
    return count

def bump_global():
    global count
    count += 1
    return count

try:
    bump_wrong()
except UnboundLocalError as e:
    print("wrong:", e)
print("global bump:", bump_global(), bump_global(), count)

def make_counter_wrong():
    n = 0
    def inc():
        n += 1
        return n
    return inc

try:
    make_counter_wrong()()
except UnboundLocalError as e:
    print("closure without nonlocal:", e)
    print(type(e).__name__, isinstance(e, NameError))

# Assignment later in the function, even in a branch never taken, makes the name local.
def dead_branch():
    print(count)
    if False:
        count = 99

try:
    dead_branch()
except UnboundLocalError as e:
    print("dead branch:", e)

# A for-loop target is an assignment too.
def loop_target():
    before = count
    for count in range(3):
        pass
    return before

try:
    loop_target()
except UnboundLocalError as e:
    print("loop target:", e)

# A del statement also makes the name local.
def deleter():
    print(count)
    del count

try:
    deleter()
except UnboundLocalError as e:
    print("del:", e)

# Reading before assignment in the same statement.
def self_ref():
    total = total + 1
    return total

try:
    self_ref()
except NameError as e:
    print("self ref:", e)

# Tuple unpacking target makes both names local.
a = "ga"
b = "gb"
def swap():
    a, b = b, a
    return a, b

try:
    swap()
except UnboundLocalError as e:
    print("swap:", e)
print("globals unchanged:", a, b, count)
