x = b"bytes" "str"
print(x)
