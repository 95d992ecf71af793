"""unittest.main() over passing tests: module and class fixtures, cleanups, argv with -q
and test names, exit=False, defaultTest, a custom runner; ends with exit status 0."""
import io
import sys
import unittest

events = []


def setUpModule():
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")


class Stack(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("Stack.setUpClass")
        cls.addClassCleanup(events.append, "Stack class cleanup")

    @classmethod
    def tearDownClass(cls):
        events.append("Stack.tearDownClass")

    def setUp(self):
        self.items = []
        self.addCleanup(events.append, "cleanup " + self.id())

    def test_push(self):
        self.items.append(1)
        self.assertEqual(self.items, [1])

    def test_pop(self):
        self.items.append(2)
        self.assertEqual(self.items.pop(), 2)
        self.assertFalse(self.items)

    def test_empty_pop(self):
        with self.assertRaises(IndexError) as cm:
            self.items.pop()
        self.assertEqual(str(cm.exception), "pop from empty list")

    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertEqual(n * n, n ** 2)


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")

    def test_split(self):
        self.assertListEqual("a b".split(), ["a", "b"])
        self.assertIn("b", "abc")
        self.assertCountEqual("abc", "cab")
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertRegex("closc 1.0", r"\d\.\d")


def run(argv, **kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kwargs.pop("verbosity", 1))
    program = unittest.main(argv=argv, exit=False, testRunner=runner, **kwargs)
    lines = [line for line in stream.getvalue().splitlines() if not line.startswith("Ran ")]
    print(argv, "->", program.result.testsRun, program.result.wasSuccessful())
    print("\n".join(lines))
    return program


run(["prog"])
print(events)
events.clear()
run(["prog", "Strings"])
run(["prog", "Stack.test_pop", "Strings.test_upper"], verbosity=2)
run(["prog", "-k", "pop"])
run(["prog"], defaultTest="Strings.test_split")
program = run(["prog", "Nothing"])
print(program.result.errors[0][0])
print(program.result.errors[0][1].splitlines()[-1])
print(events)

try:
    unittest.main(argv=["prog", "--bogus"], exit=False)
except SystemExit as exc:
    print("SystemExit", exc.code)

sys.argv[1:] = ["-q"]
if __name__ == "__main__":
    unittest.main()
