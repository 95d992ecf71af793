class ParseError(ValueError):
    pass


class Outer:
    class Inner(Exception):
        pass


def parse(text):
    if not text.isdigit():
        raise ParseError(f"not a number: {text!r}")
    return int(text)
