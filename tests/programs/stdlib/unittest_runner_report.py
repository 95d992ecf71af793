"""unittest's runner: fixtures, cleanups, skips, subtests, expected failures, the verbose,
dots and quiet reports on a stream, failfast, the loader and FunctionTestCase."""
import io
import re
import unittest


def run_suite(*classes, verbosity=2, failfast=False):
    """Runs the classes' tests into a StringIO and prints the report without the time."""
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     failfast=failfast).run(suite)
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests", stream.getvalue())
    text = re.sub(r'File ".*", line \d+', 'File X', text)
    print(text)
    print(result, result.wasSuccessful(), result.testsRun, len(result.failures),
          len(result.errors), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses))
    return result


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.log.append("setUp " + self._testMethodName)
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        self.log.append("tearDown")

    def test_one(self):
        """First line of the doc.

        More."""
        self.log.append("one")

    def test_two(self):
        self.log.append("two")
        self.assertEqual(1, 0)

    def test_three(self):
        self.log.append("three")
        raise ZeroDivisionError("nope")

    @unittest.skipIf(True, "always skipped")
    def test_four(self):
        self.log.append("four")

    @unittest.skipUnless(True, "never skipped")
    def test_five(self):
        with self.subTest("labelled", n=1):
            self.assertTrue(False)
        with self.subTest(n=2):
            with self.subTest(m=3):
                self.fail("nested")
        with self.subTest():
            raise ValueError("plain")
        with self.subTest(k=4):
            self.skipTest("sub skip")

    @unittest.expectedFailure
    def test_six(self):
        pass

    @unittest.expectedFailure
    def test_seven(self):
        raise TypeError("expected")

    def helper(self):
        self.log.append("not a test")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("never")

    def test_a(self):
        pass


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class set-up broke")

    def test_a(self):
        pass


class FailFast(unittest.TestCase):
    def test_a(self):
        self.fail("first")

    def test_b(self):
        pass


run_suite(Fixtures, Skipped, BrokenClass)
print(Fixtures.log)
run_suite(Fixtures, verbosity=1)
run_suite(Fixtures, verbosity=0)
run_suite(FailFast, failfast=True)

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
loader.testMethodPrefix = "help"
print(loader.getTestCaseNames(Fixtures))
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [t.id() for t in suite][:2])
t = Fixtures("test_one")
print(str(t), repr(t), t.id(), t.shortDescription(), t == Fixtures("test_one"))
try:
    Fixtures("test_missing")
except ValueError as exc:
    print("ValueError:", exc)


def check_function():
    """A function test."""
    assert 1 + 1 == 2


ftc = unittest.FunctionTestCase(check_function)
print(str(ftc), ftc.id(), ftc.shortDescription())
res = unittest.TestResult()
ftc.run(res)
print(res, res.wasSuccessful())
print(repr(unittest.TestSuite([ftc]))[:40])
try:
    unittest.TestSuite().addTest(Fixtures)
except TypeError as exc:
    print("TypeError:", exc)
try:
    unittest.TestSuite("abc")
except TypeError as exc:
    print("TypeError:", exc)
