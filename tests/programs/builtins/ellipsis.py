# `...` is the Ellipsis singleton.
x = ...
print(x, repr(x), x is Ellipsis, type(x).__name__, bool(...))


def stub():
    ...


print(stub())
print([1, ..., 3], {...: "key"})
