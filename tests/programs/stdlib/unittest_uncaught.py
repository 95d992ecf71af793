"""unittest outside a runner: a TestCase run by hand with a TestResult, debug() letting the
exception through, and a SkipTest raised outside any test, uncaught."""
import unittest


class Probe(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_bad(self):
        self.assertEqual(sum([1, 2]), 4, "sum is off")

    def test_skipped(self):
        self.skipTest("needs a network")


result = unittest.TestResult()
for name in ["test_ok", "test_bad", "test_skipped"]:
    Probe(name).run(result)
print(result, result.wasSuccessful())
print(result.skipped[0][0], result.skipped[0][1])
print(result.failures[0][1].splitlines()[-1])

default = Probe("test_bad").run()
print(type(default).__name__, default.testsRun, len(default.failures))

try:
    Probe("test_bad").debug()
except AssertionError as exc:
    print("debug:", exc)

suite = unittest.TestSuite()
suite.addTest(Probe("test_ok"))
suite.addTests([Probe("test_skipped")])
print(suite.countTestCases(), suite == unittest.TestSuite([Probe("test_ok"), Probe("test_skipped")]))
suite_result = unittest.TestResult()
suite(suite_result)
print(suite_result.testsRun, suite_result.skipped[0][1])
try:
    Probe("test_skipped").debug()
except unittest.SkipTest as exc:
    print("debug skip:", exc)

raise unittest.SkipTest("not supported on this platform")
