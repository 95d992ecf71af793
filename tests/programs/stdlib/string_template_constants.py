# string: constants, capwords, Template (substitute, safe_substitute, errors, subclasses).
import string
from string import Template

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.__all__)

for text in ["hello world", "  hello   world  ", "HELLO wORLD", "a-b c-d", "", "1st place\tthe end\n"]:
    print(repr(string.capwords(text)), repr(string.capwords(text, "-")), repr(string.capwords(text, " ")))

t = Template("$who likes $what, ${who}s like $$ and ${what}y")
print(t.template)
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.safe_substitute())
print(t.get_identifiers(), t.is_valid())
print(Template("$a$b$a ${c}").get_identifiers())
print(Template("x $ y").is_valid(), Template("$1").get_identifiers())
print(Template("$x_1y-$X.$_").substitute(x_1y=1, X=2, _=3))
print(Template("${x}${y}z$$$x").substitute(x="<", y=">"))
print(Template("cost: $amount$").safe_substitute(amount=5))
print(Template("$ {a} ${ a} ${a").safe_substitute(a=1))
print(Template("$n is ${n}").substitute(n=[1, 2]))
print(Template("é$é $ab").safe_substitute(ab="ok"))


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %%%{amount}").substitute(who="me", amount=10))


class AtAt(Template):
    delimiter = "@@"


print(AtAt("@@a and @@@@ and @@{b} and @@").safe_substitute(a=1, b=2))


class CaseSensitive(Template):
    flags = 0


print(CaseSensitive("$lower $Upper").safe_substitute(lower="l", Upper="U"))

for template, kwargs in [
    ("$who likes $what", {"who": "tim"}),
    ("Hello $name!", {}),
    ("line one\nline $ two", {}),
    ("$x ${y", {"x": 1, "y": 2}),
    ("$", {}),
    ("ab\n\ncd $9", {}),
    ("${}", {}),
]:
    try:
        print(Template(template).substitute(**kwargs))
    except (KeyError, ValueError) as exc:
        print(type(exc).__name__, exc)

try:
    Template("$a").substitute(None)
except TypeError as exc:
    print("TypeError", exc)

Template("Dear $name, you owe $amount").substitute(name="Sam")
