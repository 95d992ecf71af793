import shlex

lines = [
    "ls -l /tmp",
    "  spaced   out\targs\n",
    "echo 'single quoted' \"double quoted\"",
    r'say "it\'s" \"escaped\" back\\slash',
    r'mixed"abc"def' + " 'x'y" + r' "a\$b" "c\"d" "e\\f" "g\xh"',
    "empty '' \"\" words",
    "tail\\ space and\\\nnewline",
    "cmd # a comment\nnext line",
    "a#b c",
    "unicode é ünïcödé 'ß x'",
    "",
]
for line in lines:
    print(repr(line), "->", shlex.split(line))
print(shlex.split("cmd # a comment\nnext line # more", comments=True))
print(shlex.split("a#b c # d", comments=True))
for word in ["", "plain", "with space", "it's", "$HOME", "a;b", "safe@%+=:,./-_", "é", "tab\there"]:
    print(repr(word), shlex.quote(word), shlex.split(shlex.quote(word)) == [word])
args = ["grep", "-r", "two words", "it's", ""]
print(shlex.join(args), shlex.split(shlex.join(args)) == args)
for bad in ["'unterminated", '"also', "trailing\\", '"esc\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
shlex.split("oops 'no end")
