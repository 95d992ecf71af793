"""Keyed-hashing for message authentication (RFC 2104): closc's `hmac`, over `hashlib`.

An HMAC is H((K ^ opad) + H((K ^ ipad) + message)), K being the key padded with zeros to
the hash's block size (or first hashed, when longer than a block).
"""

import hashlib as _hashlib

trans_5C = bytes(x ^ 0x5C for x in range(256))
trans_36 = bytes(x ^ 0x36 for x in range(256))

# CPython's module attribute: the size depends on the hash; read it from an HMAC object.
digest_size = None

_BYTES_LIKE = (bytes, bytearray, memoryview)


def _constructor(digestmod):
    """A function making a fresh hash object from optional initial bytes, for a hash name,
    a constructor such as hashlib.sha256, or a module with a `new` function."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


def _padded_key(key, make, block_size):
    if len(key) > block_size:
        key = make(key).digest()
    return bytes(key) + b'\x00' * (block_size - len(key))


class HMAC:
    """An HMAC computation in progress: update it with message bytes, read its digest at
    any point."""

    blocksize = 64

    __slots__ = ("_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        self.block_size = getattr(self._inner, 'block_size', self.blocksize)
        key = _padded_key(key, make, self.block_size)
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        twin = self.__class__.__new__(self.__class__)
        twin.digest_size = self.digest_size
        twin.block_size = self.block_size
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _finished(self):
        """The outer hash over the inner digest so far, leaving this object as it is."""
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._finished().digest()

    def hexdigest(self):
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object (see HMAC)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key, in one call."""
    make = _constructor(digest)
    inner = make()
    outer = make()
    key = _padded_key(key, make, getattr(inner, 'block_size', 64))
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()


def compare_digest(a, b):
    """a == b, for two ASCII strs or two bytes-like objects, taking a time that depends on
    their lengths only, not on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        if not isinstance(a, _BYTES_LIKE) and not isinstance(b, _BYTES_LIKE):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
        for operand in (a, b):
            if not isinstance(operand, _BYTES_LIKE):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(operand).__name__)
        a = bytes(a)
        b = bytes(b)
    # Every byte of b is visited whatever the contents, so timing tells only the length.
    difference = 0 if len(a) == len(b) else 1
    if len(a) != len(b):
        a = b
    for x, y in zip(a, b):
        difference |= x ^ y
    return difference == 0
