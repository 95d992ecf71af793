# Tutorial: functions are values that can be assigned, passed, returned and stored.
def shout(text):
    return text + "!"

def whisper(text):
    return "(" + text + ")"

yell = shout
print(yell("hi"), yell is shout, yell.__name__)

def greet(style, name):
    return style("hello " + name)

print(greet(shout, "ann"), greet(whisper, "bob"), greet(lambda t: t * 2, "cy"))

styles = {"loud": shout, "quiet": whisper}
for key in styles:
    print(key, styles[key]("news"))

pipeline = [shout, whisper, shout]
text = "x"
for step in pipeline:
    text = step(text)
print(text)

def compose(*funcs):
    def composed(value):
        for f in funcs:
            value = f(value)
        return value
    return composed

print(compose(shout, whisper)("a"), compose()("unchanged"), compose(len, str)("four"))

# Sorting and selecting with function arguments.
people = [("ann", 31), ("bob", 25), ("cy", 40)]
print(sorted(people, key=lambda p: p[1]))
print(max(people, key=lambda p: len(p[0])))
print(list(map(lambda p: p[0], filter(lambda p: p[1] > 30, people))))

# Returning a function chosen at run time.
def operation(symbol):
    table = {"+": lambda a, b: a + b, "*": lambda a, b: a * b, "max": max}
    return table[symbol]

for sym in ["+", "*", "max"]:
    print(sym, operation(sym)(6, 7))
