"""unittest: buffered output (buffer=True, -b) shown only for failing tests, assertLogs
and assertNoLogs, inherited test methods, load_tests, TestResult subclasses and
addTypeEqualityFunc."""
import io
import logging
import re
import sys
import unittest


def report(stream):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests", stream.getvalue())
    print(re.sub(r'File ".*", line \d+', 'File X', text))


class Noisy(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("class set-up output")

    def test_quiet_pass(self):
        print("hidden: the test passes")

    def test_loud_fail(self):
        print("shown: the test fails")
        print("to stderr", file=sys.stderr)
        self.assertEqual("a", "b")

    def test_sub_fail(self):
        with self.subTest(part=1):
            print("subtest output", end="")
            raise OSError("disk")


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Noisy)
runner = unittest.TextTestRunner(stream=stream, buffer=True, verbosity=2)
result = runner.run(suite)
report(stream)
print(sys.stdout is result._original_stdout, len(result.failures), len(result.errors))


class Logs(unittest.TestCase):
    def test_logs(self):
        log = logging.getLogger("app.db")
        with self.assertLogs("app", level="INFO") as cm:
            log.info("connected to %s", "db1")
            log.debug("not captured")
            logging.getLogger("app.web").error("boom")
        print(cm.output)
        print([r.getMessage() for r in cm.records])
        with self.assertLogs() as cm:
            logging.warning("root warning")
        print(cm.output)
        with self.assertNoLogs("app", level="ERROR"):
            log.warning("below the level")

    def test_no_logs_fails(self):
        with self.assertNoLogs("quiet"):
            logging.getLogger("quiet").info("oops %d", 1)

    def test_logs_missing(self):
        with self.assertLogs("silent", level=logging.WARNING):
            logging.getLogger("silent").info("too low")


stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Logs))
report(stream)


class Base:
    """A mixin of shared tests, not itself a TestCase."""

    def test_shared(self):
        self.assertGreater(self.value, 0)


class First(Base, unittest.TestCase):
    value = 1


class Second(First):
    value = 2

    def test_own(self):
        self.assertEqual(self.value, 2)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Points(unittest.TestCase):
    def setUp(self):
        self.addTypeEqualityFunc(Point, self.assertPointEqual)

    def assertPointEqual(self, a, b, msg=None):
        if (a.x, a.y) != (b.x, b.y):
            self.fail(self._formatMessage(msg, "(%d, %d) != (%d, %d)" % (a.x, a.y, b.x, b.y)))

    def test_points(self):
        self.assertEqual(Point(1, 2), Point(1, 2))
        self.assertEqual(Point(1, 2), Point(2, 1))


class Recording(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.events = []

    def startTest(self, test):
        super().startTest(test)
        self.events.append("start " + test.id())

    def addSuccess(self, test):
        self.events.append("success")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.events.append("failure " + err[0].__name__ + ": " + str(err[1]))


recording = Recording()
unittest.TestSuite([First("test_shared"), Second("test_shared"), Second("test_own"),
                    Points("test_points")]).run(recording)
print("\n".join(recording.events))
print(unittest.TestLoader().getTestCaseNames(Second))


def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    suite.addTest(Second("test_own"))
    return suite


module_suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
print(module_suite.countTestCases(), [t.id() for t in module_suite])
stream = io.StringIO()
unittest.main(argv=["prog", "-b", "Noisy.test_loud_fail"], exit=False,
              testRunner=unittest.TextTestRunner(stream=stream, buffer=True))
report(stream)
