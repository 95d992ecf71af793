# input() and sys.stdin read the program's standard input (io_stdin.stdin); ends in an
# uncaught EOFError.
import sys

name = input("name? ")
number = int(input())
print()
print(f"hello {name}, {number * 2}")
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.mode, sys.stdin.name)
print(repr(sys.stdin), sys.stdin.fileno(), sys.stdin.encoding)
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("rest:", repr(line))
print(repr(sys.stdin.read()), sys.stdin.readlines())
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin is sys.__stdin__)
input()
