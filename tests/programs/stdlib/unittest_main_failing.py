"""unittest.main() with verbosity=2 over failing, erroring, skipped and expected-failure
tests, subtests and assertEqual diffs: the report goes to stderr, the exit status is 1."""
import unittest

class Arith(unittest.TestCase):
    def setUp(self):
        self.x = 2
    def test_add(self):
        self.assertEqual(self.x + 1, 3)
    def test_fail(self):
        """Checks a failure."""
        self.assertEqual(self.x, 5)
    def test_error(self):
        raise KeyError("boom")
    @unittest.skip("not now")
    def test_skip(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    @unittest.expectedFailure
    def test_xf(self):
        self.assertTrue(False)
    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_str(self):
        self.assertEqual("hello\nworld\n", "hello\nwrld\n")
    def test_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

if __name__ == "__main__":
    unittest.main(verbosity=2)
