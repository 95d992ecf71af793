# Checks del of locals and globals, builtin shadowing, comprehension variable isolation, lambda defaults and free variables assigned late.
def loc():
    a = 1
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print(e)
loc()
def glob_del():
    global gg
    gg = 5
    del gg
glob_del()
try:
    gg
except NameError as e:
    print(e)
def shadow():
    len = lambda x: 42
    return len([1])
print(shadow(), len([1]))
def comp_scope():
    i = "outer"
    [i for i in range(3)]
    return i
print(comp_scope())
def lambda_default_scope():
    n = 1
    f = lambda n=n + 1: n
    n = 10
    return f()
print(lambda_default_scope())
def ctr():
    c = 0
    def bump():
        c += 1
    try:
        bump()
    except UnboundLocalError as e:
        print(e)
ctr()
def free_after():
    def r():
        return q
    try:
        r()
    except NameError as e:
        print(e)
    q = 1
free_after()
