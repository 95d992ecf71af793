# string.Formatter: parse, format, vformat, field names, nesting, numbering, overrides, errors.
import string
F = string.Formatter()
cases = ["a{{b}}c", "{}", "{0}{1}", "x{a.b[0]}y", "{0!r:>10}", "{:{w}}", "{0:{1}{2}}", "{", "}", "a}b", "{0", "{0!}", "{0!rx}", "{0!r", "{[}", "{a[b]c}", "{0[}]}", "{{{0}}}", "{!r}", "{a.}", "{a[]}", "{0.{}}", "{:}", "{0:}", "{0!s:}", "{a[x:y]}", "{x}}", "{ {}", "{{", "}}", "", "abc", "{0:{1:{2}}}", "{:{}}{}"]
for c in cases:
    try:
        print(repr(c), list(F.parse(c)))
    except ValueError as e:
        print(repr(c), "ValueError", e)
    try:
        print("  ", repr(F.format(c, 1, "x", 3, a={"b": [5]}, w=5, x=7)))
    except Exception as e:
        print("  ", type(e).__name__, e)
class P: 
    def __init__(self): self.x = [1, {"k": "v"}]
p = P()
for c in ["{0.x[1][k]}", "{0.x[0]:>4}", "{0.y}", "{0.x[5]}", "{0.x[0]x}", "{0.x[1].y}", "{0..x}", "{0.x[}", "{0[a}"]:
    try:
        print(repr(F.format(c, p)))
    except Exception as e:
        print(type(e).__name__, e)
for c in ["{}{0}", "{0}{}", "{}{}", "{a}{}", "{0:{}}", "{:{0}}", "{0}{1}", "{!z}", "{0:{0:{0:{0}}}}"]:
    try:
        print(repr(F.format(c, 5, 6)))
    except Exception as e:
        print(type(e).__name__, e)
print(F.vformat("{x}-{0}", (1,), {"x": 2}))


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)


print(Defaulting().format("{name} is {age} ({0})", "first", name="Ann"))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise TypeError(f"unused: {sorted(unused)}")


class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "stars":
            return "*" * len(str(value))
        return super().format_field(value, format_spec)


print(Upper().format("{0!u} {1:stars} {1!r:>6}", "shout", "quiet"))
print(Strict().format("{a}", a=1))
Strict().format("{a}", a=1, b=2)
