# Checks str slicing with positive, negative, omitted, out-of-range bounds and steps.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(repr(s[5:2]), repr(s[20:]), repr(s[-100:2]), repr(s[3:3]), s[2:100])
print(s[-100:100], repr(s[100:-100]), s[::3], s[::-3], s[-1:-11:-1])
print(s[0:10:4], s[10:0:-4], repr(s[:0]), s[:-100:-1])

# Slices make new strings; the original is unchanged.
t = s[:5]
print(t, s, len(t))

# Slicing inside loops and with computed bounds.
for i in range(0, len(s), 3):
    print(i, s[i:i + 3], s[-i - 1:])

word = "racecar"
print(word == word[::-1], "python"[::-1], "ab"[::-1] * 2)

# Slicing unicode strings.
u = "héllo wörld"
print(u[1:5], u[::-1], len(u[6:]))

try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
