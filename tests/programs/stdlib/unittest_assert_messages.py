"""unittest's assertion methods: their messages, diffs (difflib.ndiff), msg=, longMessage,
maxDiff, and the assertRaises/assertWarns contexts."""
import unittest
import warnings


def message(check, *args, **kwargs):
    tc = unittest.TestCase()
    try:
        getattr(tc, check)(*args, **kwargs)
    except AssertionError as exc:
        print(f"{check}: {exc}")
    else:
        print(f"{check}: passed")


message("assertEqual", 1, 2)
message("assertEqual", 1, 2, msg="custom")
message("assertEqual", [1, 2, 3], [1, 2, 4])
message("assertEqual", [1, 2], [1, 2, 3])
message("assertEqual", (1, 2, 3), (1,))
message("assertEqual", {"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": None})
message("assertEqual", "abc def ghi\n", "abc dxf ghi\n")
message("assertEqual", "one\ntwo\nthree", "one\nTwo\nthree\nfour")
message("assertEqual", "x" * 100, "x" * 99 + "y")
message("assertEqual", list(range(100)), list(range(99)) + [7])
message("assertEqual", {1, 2, 3}, {2, 3, 4})
message("assertEqual", frozenset({1}), frozenset())
message("assertNotEqual", 3, 3)
message("assertTrue", 0)
message("assertFalse", [1])
message("assertTrue", "", "with message")
message("assertIs", 1, None)
message("assertIsNot", None, None)
message("assertIsNone", 5)
message("assertIsNotNone", None)
message("assertIn", 4, [1, 2, 3])
message("assertNotIn", 2, [1, 2, 3])
message("assertIsInstance", 1, str)
message("assertNotIsInstance", 1, int)
message("assertGreater", 1, 2)
message("assertGreaterEqual", 1, 2)
message("assertLess", 3, 2)
message("assertLessEqual", 3, 2)
message("assertAlmostEqual", 1.0, 1.1)
message("assertAlmostEqual", 1.0, 1.00000001)
message("assertAlmostEqual", 1.0, 1.1, places=3)
message("assertAlmostEqual", 10, 12, delta=1)
message("assertNotAlmostEqual", 1.0, 1.00000001)
message("assertNotAlmostEqual", 10, 10.5, delta=1)
message("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 1])
message("assertCountEqual", [[1], [2]], [[2], [1]])
message("assertCountEqual", [[1], [2]], [[2], [2]])
message("assertRegex", "hello world", r"wor+ld!")
message("assertNotRegex", "hello world", r"o w")
message("assertSequenceEqual", [1, 2], (1, 2))
message("assertListEqual", [1], (1,))
message("assertTupleEqual", (1, 2), (1, 3))
message("assertDictEqual", {}, [])
message("assertSetEqual", {1}, [1])
message("assertMultiLineEqual", "a\nb\n", "a\nc\n")
message("assertMultiLineEqual", 1, "a")

tc = unittest.TestCase()
tc.maxDiff = None
message_long = None
try:
    tc.assertEqual(list(range(60)), list(range(1, 61)))
except AssertionError as exc:
    print(str(exc).count("\n"), "lines with maxDiff None")
tc.longMessage = False
try:
    tc.assertEqual(1, 2, "short only")
except AssertionError as exc:
    print("longMessage False:", exc)

with tc.assertRaises(ValueError) as cm:
    int("x")
print("caught:", type(cm.exception).__name__, cm.exception)
message("assertRaises", ValueError, lambda: None)
message("assertRaises", ValueError, int, "5")
try:
    with tc.assertRaises(KeyError):
        pass
except AssertionError as exc:
    print("context:", exc)
try:
    with tc.assertRaises(KeyError, msg="needed"):
        pass
except AssertionError as exc:
    print("context with msg:", exc)
with tc.assertRaisesRegex(ValueError, r"invalid literal"):
    int("y")
try:
    with tc.assertRaisesRegex(ValueError, r"^nope"):
        int("y")
except AssertionError as exc:
    print("regex:", exc)
try:
    tc.assertRaises(3)
except TypeError as exc:
    print("TypeError:", exc)
try:
    with tc.assertRaises(KeyError):
        raise IndexError("passes through")
except IndexError as exc:
    print("not swallowed:", exc)

with tc.assertWarns(UserWarning) as wcm:
    warnings.warn("careful", UserWarning)
print("warning:", wcm.warning)
try:
    with tc.assertWarns(DeprecationWarning):
        pass
except AssertionError as exc:
    print("warns:", exc)
with tc.assertWarnsRegex(RuntimeWarning, "ca.e"):
    warnings.warn("take care", RuntimeWarning)
try:
    tc.fail("explicit")
except AssertionError as exc:
    print("fail:", exc)
try:
    tc.skipTest("why")
except unittest.SkipTest as exc:
    print("SkipTest:", exc)


