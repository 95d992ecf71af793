from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(rw))
print(list(Perm), list(Perm.__members__), Perm.RWX, repr(Perm.RWX), Perm(7) is Perm.RWX)
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), ~Perm.R, repr(~Perm.RWX), Perm.RWX & Perm.W, rw ^ Perm.R)
print(Perm(6) is rw, [s.value for s in Style], Style.BOLD | Style.UNDERLINE, list(Style.BOLD | Style.ITALIC | Style.UNDERLINE))
print(repr(Perm), rw == Perm(6), hash(rw) == hash(Perm(6)), Perm.R.value, rw.value, rw.name)


def attempt(f):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: Perm(8))
attempt(lambda: 1 in Perm.R)
attempt(lambda: Perm.R | 1)
attempt(lambda: Perm("r"))


class Open(IntFlag):
    RD = 1
    WR = 2
    CREAT = 64


f = Open.RD | Open.CREAT
print(f, repr(f), f == 65, f + 1, Open.WR in f, repr(Open(0)), repr(Open(8)), repr(f | 8), ~Open.RD, repr(Open.RD | 2))
print(repr(2 | Open.RD), isinstance(f, int), list(f), f"{f}", Open(3))


def check(p):
    match p:
        case Perm.RWX:
            return "all"
        case Perm.R:
            return "read"
        case _:
            return "some"


print(check(Perm(7)), check(Perm.R), check(rw))
Perm(9)
