# format() and f-strings with an empty spec give str() of a builtin type's subclass instance,
# honouring its __str__, as int/str/float.__format__ do.
class I(int):
    def __str__(self):
        return "I!"


class S(str):
    def __str__(self):
        return "S!"


class F(float):
    def __str__(self):
        return "F!"


class Plain(int):
    pass


for v in (I(3), S("x"), F(1.5), Plain(7), True):
    print(f"{v}", format(v, ""), "{}".format(v), f"{v!s}", f"[{v:>4}]")
print(f"{I(3):d}", f"{S('ab'):>4}", f"{F(2.5):.2f}", str.format("{0}", I(4)))
print(format(I(5), 3))
