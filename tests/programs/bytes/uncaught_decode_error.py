# An uncaught UnicodeDecodeError ends the program with its message.
print(b"ok".decode())
data = bytes([104, 105, 0xc3])
print(data.decode("utf-8"))
