# TypeErrors of augmented assignments name the augmented operator (`+=`), except for
# sequence concatenation, whose message is the same as for `+`.


class Plain:
    pass


class AddOnly:
    def __add__(self, other):
        return NotImplemented


def attempt(label, action):
    try:
        action()
        print(label, "no error")
    except TypeError as e:
        print(label, "->", e)


def add_str():
    x = 1
    x += "s"


def pow_str():
    x = 2
    x **= "s"


def floordiv_float():
    x = 1.5
    x //= "s"


def concat_str():
    x = "a"
    x += 1


def concat_tuple():
    x = (1,)
    x += 1


def shift_float():
    x = 1
    x <<= 1.0


def sub_lists():
    x = [1]
    x -= [1]


def or_set():
    x = {1}
    x |= 3


def item():
    items = [1.5]
    items[0] *= {}


def attribute():
    p = Plain()
    p.v = 1
    p.v += "s"


def user_object():
    o = Plain()
    o += 1


def not_implemented():
    o = AddOnly()
    o += 1


def plain_binary():
    return 1 + "s"


def plain_pow():
    return 2 ** "s"


for f in [add_str, pow_str, floordiv_float, concat_str, concat_tuple, shift_float,
          sub_lists, or_set, item, attribute, user_object, not_implemented, plain_binary,
          plain_pow]:
    attempt(f.__name__, f)
total = 0
total -= None
