# An exception handled, then another raised while handling it; a bare re-raise.
def parse(text):
    return int(text)


def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except ValueError:
            raise KeyError(item)
    return out


def outer():
    try:
        load(["1", "x"])
    except KeyError:
        raise


outer()
