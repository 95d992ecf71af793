x = "str" f"{1}" b"bytes"
print(x)
