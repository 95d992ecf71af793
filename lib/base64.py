"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 data encodings.

Base64 and Base16 run on the native binascii module; Base32 and the Base85 family are
written here, as CPython writes them in Python.
"""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _decode_input(s):
    """The bytes of a decoder's argument: a bytes-like object or an ASCII-only str."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % type(s).__name__) from None


def _encode_input(s):
    """The bytes of an encoder's argument (any bytes-like object)."""
    if isinstance(s, bytes_types):
        return s
    return memoryview(s).tobytes()


# Base64

def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64; altchars replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data; with validate, characters out of the alphabet are errors."""
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode with the standard Base64 alphabet."""
    return b64decode(s)


_TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
_FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode with the URL-safe alphabet ('-' and '_' for '+' and '/')."""
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    """Decode with the URL-safe alphabet."""
    return b64decode(_decode_input(s).translate(_FROM_URLSAFE))


# Base32

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# How many '=' end a group of 8 digits encoding this many bytes.
_B32_PADDING = (0, 6, 4, 3, 1, 0)
# The numbers of '=' a valid encoding may end with.
_B32_VALID_PADDING = (0, 1, 3, 4, 6)
_b32_digit_values = {}


def _b32encode(alphabet, s):
    s = _encode_input(s)
    out = bytearray()
    for start in range(0, len(s), 5):
        chunk = s[start:start + 5]
        group = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(group >> shift) & 31])
        padding = _B32_PADDING[len(chunk)]
        if padding:
            out[-padding:] = b'=' * padding
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    if alphabet not in _b32_digit_values:
        _b32_digit_values[alphabet] = {c: i for i, c in enumerate(alphabet)}
    values = _b32_digit_values[alphabet]
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    digits = s.rstrip(b'=')
    padding = len(s) - len(digits)
    out = bytearray()
    group = 0
    for start in range(0, len(digits), 8):
        group = 0
        for c in digits[start:start + 8]:
            value = values.get(c)
            if value is None:
                raise binascii.Error('Non-base32 digit found')
            group = (group << 5) + value
        out += group.to_bytes(5, 'big')
    if padding not in _B32_VALID_PADDING:
        raise binascii.Error('Incorrect padding')
    if padding and out:
        # The last group had fewer digits: realign it and keep its whole bytes.
        last = (group << (5 * padding)).to_bytes(5, 'big')
        out[-5:] = last[:(43 - 5 * padding) // 8]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s with Base32."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 data; casefold accepts lowercase, map01 maps 0 to O and 1 to it."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Encode with the Extended Hex Base32 alphabet."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode with the Extended Hex Base32 alphabet."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# Base16

def b16encode(s):
    """Encode the bytes-like object s with Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 data; casefold accepts lowercase digits."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# Base85 and Ascii85

_A85_ALPHABET = bytes(range(33, 118))
_A85START = b"<~"
_A85END = b"~>"
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85_digit_values = None


def _85encode(data, alphabet, pad=False, fold_zeros=False, fold_spaces=False):
    """Each 4 bytes as 5 digits base 85, most significant first."""
    data = _encode_input(data)
    padding = -len(data) % 4
    data = bytes(data) + bytes(padding)
    groups = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if fold_zeros and word == 0:
            groups.append(b'z')
        elif fold_spaces and word == 0x20202020:
            groups.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digit = divmod(word, 85)
                digits[k] = alphabet[digit]
            groups.append(bytes(digits))
    if padding and not pad:
        if groups[-1] == b'z':
            groups[-1] = alphabet[:1] * 5
        groups[-1] = groups[-1][:-padding]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b with Ascii85."""
    result = _85encode(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data."""
    b = _decode_input(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError(
                "Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    # Padding with the largest digit completes a final partial group.
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                word = 0
                for digit in group:
                    word = word * 85 + (digit - 33)
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    padding = 4 - len(group)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode the bytes-like object b with base85 (as git and Mercurial do)."""
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    """Decode base85 data."""
    global _b85_digit_values
    if _b85_digit_values is None:
        _b85_digit_values = {c: i for i, c in enumerate(_B85_ALPHABET)}
    b = _decode_input(b)
    padding = -len(b) % 5
    b = bytes(b) + b'~' * padding
    out = bytearray()
    for start in range(0, len(b), 5):
        word = 0
        for offset in range(5):
            value = _b85_digit_values.get(b[start + offset])
            if value is None:
                raise ValueError('bad base85 character at position %d'
                                 % (start + offset))
            word = word * 85 + value
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


# Base64 in lines of at most 76 characters (MIME).

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _check_bytes_like(s):
    try:
        memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s"
                        % type(s).__name__) from err


def encodebytes(s):
    """Encode a bytes-like object into lines of Base64, each ending in a newline."""
    _check_bytes_like(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode lines of Base64."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode the binary file input into lines of Base64 written to output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode the lines of Base64 of the binary file input into output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
