# Instance attributes (adversarial): thousands of pseudo-random set/del/get steps over more
# than 30 names, checked against a shadow dict.
class A:
    pass
class B(A):
    pass
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
objs = [A() if i % 2 else B() for i in range(40)]
shadow = [{} for _ in objs]
names = ["n%d" % i for i in range(45)] + ["x", "y", "__weird", "_"]
log = []
for step in range(6000):
    k = rnd(len(objs))
    o = objs[k]
    sd = shadow[k]
    op = rnd(10)
    nm = names[rnd(len(names))]
    if op < 4:
        v = [step]
        setattr(o, nm, v)
        sd[nm] = v
    elif op < 6:
        if nm in sd:
            delattr(o, nm)
            del sd[nm]
        else:
            try:
                delattr(o, nm)
                log.append("nodelerr")
            except AttributeError:
                pass
    elif op < 8:
        got = getattr(o, nm, None)
        if got is not sd.get(nm):
            log.append(("mismatch", step, nm))
    elif op == 8:
        if list(vars(o).items()) != list(sd.items()):
            log.append(("order", step, list(vars(o)), list(sd)))
    else:
        if rnd(20) == 0:
            objs[k] = A() if rnd(2) else B()
            shadow[k] = {}
            d = objs[k].__dict__ if rnd(2) else None
for o, sd in zip(objs, shadow):
    if list(vars(o).items()) != list(sd.items()):
        log.append("final")
print(log[:10], len(log))
print(sum(len(vars(o)) for o in objs))
print([list(vars(o))[:4] for o in objs[:5]])
