import json
from collections import OrderedDict

print(json.loads('{"a": [1, 2.5, -3, 1e3, 1E-2, 0, -0.0, true, false, null], "b": {"c": "d"}}'))
print(json.loads('  [ "x\\n\\t\\"\\\\\\/\\b\\f\\r\\u00e9\\u20ac\\ud834\\udd1e" ]  '))
print(json.loads('"h\u00e9llo"'), json.loads('123456789012345678901234567890'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[{"x": 1}, {}]', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('"a\tb"', strict=False))
print(json.loads(b'{"k": "\xc3\xa9"}'))
print(json.loads('{"k": [1, "\u00e9"]}'.encode("utf-16")))
print(json.loads('{"k": [1]}'.encode("utf-16-le")))
print(json.loads('{"k": [1]}'.encode("utf-16-be")))
print(json.loads('{"k": [1]}'.encode("utf-32")))
print(json.loads('[1]'.encode("utf-32-le")))
print(json.loads(bytearray(b'[2]')))
print(json.loads(b'\xef\xbb\xbf[3]'))
print(json.loads('1'), json.loads(' "s" '), json.loads('\n\t{}\r\n'))

dec = json.JSONDecoder()
print(dec.decode('[1, 2]'))
print(dec.raw_decode('[1, 2] tail'))
print(dec.raw_decode('xx{"a": 1}yy', 2))

for doc in ["", " ", "\"abc", "\"a\x01b\"", "\"a\\qb\"", "\"\\u12\"", "\"\\u12zz\"", "[1,]",
            "[1 2]", "{\"a\" 1}", "{1:2}", "{\"a\":1,}", "{\"a\":1 \"b\"}", "[", "{",
            "{\"a\":", "1 2", "-", "01", "1.", "1e", "[1,2", "nul", "NaNx", "[\"\\", "tru",
            "{\"a\"", "{\"a\":1", "\"\\u00", "[1]\n\n  x", "{\n  \"a\": 1,\n  \"b\" 2\n}",
            "\"\\u0041", "[-]", "-x", "1e+", "2.e5", "[.5]", "\ufeff[1]", "[1,\n,2]"]:
    try:
        print(repr(doc), repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
try:
    json.loads(3)
except TypeError as e:
    print(e)
try:
    dec.raw_decode(' 1')
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))

class Reader:
    def read(self):
        return '{"from": "reader"}'
print(json.load(Reader()))
print(json.load(Reader(), object_hook=lambda d: list(d)))

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
doc = json.dumps({"nested": [1, {"x": [None, 1.5, "s"]}], "u": "\u00e9"}, indent=2)
print(json.loads(doc) == {"nested": [1, {"x": [None, 1.5, "s"]}], "u": "\u00e9"})
e = json.JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.args)
json.loads('{"key": "value",}')
