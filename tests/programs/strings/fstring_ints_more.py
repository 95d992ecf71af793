# f-strings and str() of ints (adversarial): conversions, format specs and widths.
def p(i):
    return [str(i) * 3, "é" * i][i % 2]
out = []
for i in range(300):
    s = p(i) + "-" + p(i + 1) + "é" + str(i) + p(i + 2) + f"{i}{p(i)}{i * 2**40}{p(i+1)!r}"
    t = f"{s}{s}" + s + str(len(s))
    out.append(t)
print(len(out), sum(len(x) for x in out), out[5], out[-1][:80])
x = ""
for i in range(2000):
    x = x + str(i % 10) + ("é" if i % 500 == 0 else "")
print(len(x), x[-10:], x[:10])
lst = [f"{i}:{[i]}:{ {i: str(i)} }:{(i, 'ä')}" for i in range(200)]
print(lst[199], len("".join(lst)))
