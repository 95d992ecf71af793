# Concatenating a str to an instance of a bytes subclass: CPython's TypeError names the
# subclass.
class Packet(bytes):
    pass


packet = Packet(b"\x01\x02")
print(packet + b"\x03")
print(packet + "tail")
