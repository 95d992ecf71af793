# A filter reading all of standard input (io_stdin_lines.stdin) at once, and input()
# with sys.stdin rebound to a StringIO.
import io
import sys

data = sys.stdin.read()
words = data.split()
print(len(data), words, data.count("\n"))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
sys.stdin = io.StringIO("from string\nsecond\n")
print(input(), input("prompt> "))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
sys.stdin = sys.__stdin__
print(sys.stdin.buffer.read(), sys.stdin.buffer)
