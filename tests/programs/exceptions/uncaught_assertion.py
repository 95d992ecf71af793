# Checks assert with and without a message, caught, then an uncaught AssertionError with message.
def check(v):
    assert v > 0, "value must be positive, got %d" % v
    return v

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
assert True, "never evaluated " + undefined_name
x = [1, 2]
assert x, "non-empty list is truthy"
assert len(x) == 2
print("all good so far")
assert len(x) == 3, ["length", len(x)]
print("unreachable")
