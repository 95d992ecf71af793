# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options, errors.
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. Look, goof-ball -- use the -b option! "
        "A well-known self-contained state-of-the-art x-y-z hyphenation test, with "
        "supercalifragilisticexpialidocious words and\ttabs\tin it.  Second sentence? Yes.\n"
        "New line here -- and em--dashes, e.g. 'quoted.' words.")
for width in [10, 17, 25, 40, 70]:
    print(f"--- width {width}")
    for line in textwrap.wrap(text, width):
        print(f"|{line}|")

print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 22, break_long_words=False))
print(textwrap.fill(text, 22, break_on_hyphens=False))
print(textwrap.wrap(text, 30, drop_whitespace=False)[:4])
print(textwrap.wrap("foo.\nBar baz!  Qux? \"end.\" next", 40, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc", 20), textwrap.wrap("a\tb\tc", 20, expand_tabs=False), textwrap.wrap("a\tb\tc", 20, tabsize=4))
print(textwrap.wrap("a\tb\nc", 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("   x   ", 10))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaa---bbbbbb", 8))
print(textwrap.wrap("---------- pre-hyphen", 6))
for lines in [1, 2, 3]:
    print(textwrap.wrap(text, 20, max_lines=lines))
    print(textwrap.wrap(text, 20, max_lines=lines, placeholder="..."))

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world!", width=10, placeholder="...")))
print(repr(textwrap.shorten(text, 50)))

w = TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap("one two three four five six seven eight nine ten"))
w.width = 25
print(w.fill("one two three four five six seven eight nine ten"))


class Numbered(TextWrapper):
    def wrap(self, text):
        return [f"{i}: {line}" for i, line in enumerate(super().wrap(text), 1)]


print(Numbered(width=20).fill("subclasses can post-process the lines they get back"))

doc = '''\
    def hello():
        print("hi")
\t
      # comment
    '''
print(repr(textwrap.dedent(doc)))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n  b")))
print(repr(textwrap.dedent("  a\n  \n\n   b\n")))
print(repr(textwrap.dedent("   x\r\n   y")))
print(repr(textwrap.indent("one\n\ntwo\n  \nthree", "> ")))
print(repr(textwrap.indent("one\r\ntwo\n", "+", lambda line: True)))
print(repr(textwrap.indent("a\nbb\nccc\n", "# ", lambda line: len(line) > 2)))
print(textwrap.__all__)

for kwargs in [{"width": 0}, {"width": -3}, {"width": 4, "max_lines": 2, "placeholder": " [......]"}]:
    try:
        textwrap.wrap("some words here", **kwargs)
    except ValueError as e:
        print("ValueError", e)

textwrap.shorten("too narrow for the placeholder", 3)
