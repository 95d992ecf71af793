import pickle
objs = [0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31-1, 2**31, 2**64, -2**64, 2**100, 0.0, -1.5, 1e300,
  '', 'abc', 'é\u1234\U0001f600\n\\\r\x00\x1a', 'x'*300, b'', b'abc', bytearray(b'ab'), None, True, False,
  (), (1,), (1,2), (1,2,3), (1,2,3,4), [], [1], [1,2], {}, {1:2}, {1:2,3:4}, {1, 2, 3}, frozenset({1, 2})]
for proto in range(6):
    for o in objs:
        data = pickle.dumps(o, proto)
        print(proto, data)
        assert pickle.loads(data) == o, (o, pickle.loads(data))
print(len(pickle.dumps(list(range(2001)))), len(pickle.dumps(dict.fromkeys(range(2000)))))
# Large structures: batches of 1000 items and 64 KiB frames.
for proto in (1, 2, 4, 5):
    for obj in (list(range(1001)), list(range(3000)), dict.fromkeys(range(2000)), set(range(2500)),
                [str(i) for i in range(20000)], ["x" * 70000, b"y" * 70000], list(range(30000))):
        data = pickle.dumps(obj, proto)
        print(proto, type(obj).__name__, len(obj), len(data), data[:24], data[-12:])
        assert pickle.loads(data) == obj
print(pickle.dumps(2**2100)[-8:], len(pickle.dumps(-(2**2100), 2)), len(pickle.dumps(2**2100, 0)))
print(pickle.loads(pickle.dumps(-(2**2100), 2)) == -(2**2100))
for n in (127, 128, 255, 256, -128, -129, 2**63, -2**63, 2**31 - 1, -2**31):
    print(n, pickle.dumps(n, 2), pickle.dumps(n, 0), pickle.loads(pickle.dumps(n, 2)) == n)
for x in (0.1, -0.0, float("inf"), float("-inf"), 1e-310, 123456789.125):
    print(pickle.dumps(x, 0), pickle.dumps(x), pickle.loads(pickle.dumps(x, 0)) == x)
nan = pickle.loads(pickle.dumps(float("nan")))
print(nan != nan)
# A frame is closed when the next object starts, after the opcodes that end the last one.
nested = [["x" * 40000, "y" * 40000], {}]
data = pickle.dumps(nested)
print(len(data), data[:12], data[80040:80070])
