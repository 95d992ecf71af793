# Measures: deeply nested lambda calls and closure allocation with Church numerals.

zero = lambda f: lambda x: x
succ = lambda n: lambda f: lambda x: f(n(f)(x))
add = lambda m: lambda n: lambda f: lambda x: m(f)(n(f)(x))
mul = lambda m: lambda n: lambda f: m(n(f))
to_int = lambda n: n(lambda k: k + 1)(0)


def church(k):
    n = zero
    for _ in range(k):
        n = succ(n)
    return n


def main():
    numerals = [church(k) for k in range(30)]
    total = 0
    for shift in range(600):
        for i in range(30):
            a = numerals[i]
            b = numerals[(i * 7 + shift) % 30]
            total += to_int(add(a)(b)) + to_int(mul(a)(b))
    print(total)


main()
