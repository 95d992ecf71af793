import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq, u.node, u.time)
print(u.bytes, u.bytes_le)
for text in ["{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678123456781234567812345678", "12345678123456781234567812345678"]:
    print(uuid.UUID(text) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/a"), uuid.uuid3(uuid.NAMESPACE_OID, "1.2.3"))
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b"bytes name")
except TypeError as e:
    print("TypeError", e)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), isinstance(r, uuid.UUID))
t = uuid.uuid1()
print(t.version, t.variant, 0 <= t.node < 2 ** 48, t.time > 0x01B21DD213814000)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2), uuid.UUID(int=9)]), {u: 1}[uuid.UUID(str(u))], int(u) == u.int)
print(uuid.UUID(int=7, version=4), uuid.NAMESPACE_X500, str(uuid.UUID(int=0)))
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(bytes=b"short"),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=9), lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 1 << 48))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(uuid.SafeUUID.unknown, u.is_safe)
u.int = 5
