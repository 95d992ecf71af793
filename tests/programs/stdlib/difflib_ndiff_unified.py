"""difflib: SequenceMatcher (matching blocks, opcodes, ratios, junk), ndiff with its hint
lines, unified_diff, context_diff, restore and get_close_matches."""
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)
print(list(difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_grouped_opcodes(1)))
long_b = "a" * 150 + "b" * 100
print(difflib.SequenceMatcher(None, "ab", long_b).bpopular == {"a"},
      difflib.SequenceMatcher(None, "ab", long_b, autojunk=False).get_matching_blocks())

one = ['one\n', 'two\n', 'three\n']
two = ['ore\n', 'tree\n', 'emu\n']
delta = list(difflib.ndiff(one, two))
print(''.join(delta), end="")
print(''.join(difflib.restore(delta, 1)), end="")
print(''.join(difflib.restore(delta, 2)), end="")
a = ["  def f(x):\n", "\treturn x + 1\n", "same\n", "gone\n"]
b = ["  def f(y):\n", "\treturn y + 1\n", "same\n", "new line\n", "another\n"]
print(''.join(difflib.ndiff(a, b)), end="")
print(''.join(difflib.Differ().compare(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])), end="")

old = [f"line {i}\n" for i in range(20)]
new = old[:3] + ["inserted\n"] + old[3:10] + old[11:17] + ["changed 17\n"] + old[18:]
print(''.join(difflib.unified_diff(old, new, fromfile="a.txt", tofile="b.txt")), end="")
print(''.join(difflib.unified_diff(old, new, "a", "b", "2024-01-01", "2024-01-02", n=1)), end="")
print(''.join(difflib.context_diff(old, new, fromfile="a.txt", tofile="b.txt")), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.unified_diff(["same\n"], ["same\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "heel", "shell"], n=2, cutoff=0.5))
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK("\t"))
try:
    difflib.get_close_matches("x", [], n=0)
except ValueError as e:
    print("ValueError:", e)
list(difflib.unified_diff([b"bytes\n"], ["text\n"]))
