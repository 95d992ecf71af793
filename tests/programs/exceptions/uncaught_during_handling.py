# Checks that an exception raised while handling another ends with the new exception's line.
fallback = {"one": 1, "two-ish": 2}

def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", repr(text), "- trying the fallback table")
        return fallback[text]

print(parse("12"), parse(" -3 "), parse("one"))

# The same situation, caught: the new exception is what the outer handler sees.
try:
    parse("zero")
except KeyError as e:
    print("caught KeyError", e)
except ValueError as e:
    print("not reached", e)

def cleanup_fails():
    try:
        return 1 / 0
    finally:
        print("cleanup running")

try:
    cleanup_fails()
except ZeroDivisionError as e:
    print("caught", e)

print(parse("two"))
print("unreachable")
