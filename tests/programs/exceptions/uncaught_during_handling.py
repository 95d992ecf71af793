# Checks that an exception raised while handling another ends with the new exception's line.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", repr(text))
        return fallback[text]

fallback = {"one": 1}
print(parse("12"), parse("one"))
print(parse("two"))
