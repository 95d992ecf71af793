# Reading a large standard input (io_stdin_large.stdin) line by line, with multibyte
# characters across the reads' chunk boundaries.
import sys

count = 0
total = 0
longest = ""
for line in sys.stdin:
    count += 1
    total += len(line)
    if len(line) > len(longest):
        longest = line
print(count, total, repr(longest))
print(repr(sys.stdin.readline()))
