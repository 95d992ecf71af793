# Capture by value with 64+ free variables (where values must fall back to cells),
# closures holding fresh objects across many collections, and chains of closures.
def outer65(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35, p36, p37, p38, p39, p40, p41, p42, p43, p44, p45, p46, p47, p48, p49, p50, p51, p52, p53, p54, p55, p56, p57, p58, p59, p60, p61, p62, p63, p64):
    q = p0 + p64
    def inner():
        return [p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35, p36, p37, p38, p39, p40, p41, p42, p43, p44, p45, p46, p47, p48, p49, p50, p51, p52, p53, p54, p55, p56, p57, p58, p59, p60, p61, p62, p63, p64, q]
    return inner
fn = outer65(*[str(i) * 2 for i in range(65)])
print(fn())
print(fn.__code__.co_freevars[:3], len(fn.__code__.co_freevars))
print([fn.__closure__[i].cell_contents for i in range(65+1)])
print(fn.__closure__[-1].cell_contents, fn.__closure__[65//2].cell_contents)
def outer63(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35, p36, p37, p38, p39, p40, p41, p42, p43, p44, p45, p46, p47, p48, p49, p50, p51, p52, p53, p54, p55, p56, p57, p58, p59, p60, p61, p62):
    q = p0 + p62
    def inner():
        return [p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35, p36, p37, p38, p39, p40, p41, p42, p43, p44, p45, p46, p47, p48, p49, p50, p51, p52, p53, p54, p55, p56, p57, p58, p59, p60, p61, p62, q]
    return inner
fn2 = outer63(*[str(i) * 2 for i in range(63)])
print(fn2())
print(fn2.__code__.co_freevars[:3], len(fn2.__code__.co_freevars))
print([fn2.__closure__[i].cell_contents for i in range(63+1)])
print(fn2.__closure__[-1].cell_contents, fn2.__closure__[63//2].cell_contents)
def make(i):
    big = 10 ** 30 + i
    tup = ("t" + str(i), i * 0.5, big)
    lst = [i, str(i)]
    def get():
        return tup, lst, big
    return get

def adder(n):
    return lambda x: x + n

fs = [make(i) for i in range(40)]
junk = []
for r in range(30):
    junk = [(str(k), k * 1.5) for k in range(100)]
    for f in fs[r % 7::7]:
        f()[1].append(r)
total = 0
for f in fs:
    tup, lst, big = f()
    total += big - 10 ** 30 + len(lst) + len(tup[0])
print(total, fs[13]()[0], fs[13]()[1])
chain = adder(0)
for k in range(1, 50):
    chain = (lambda f, k: (lambda x: f(x) * 1 + k))(chain, k)
print(chain(1))
comp = [(lambda: j)() for j in range(5)]
print(comp)
