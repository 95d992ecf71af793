# The native scanner and encoder of `_json` and the pure-Python ones agree; deep nesting
# stops with CPython's RecursionError.
import json
import json.decoder
import json.encoder
import json.scanner

doc = '{"a": [1, 2.5e3, -0.25, true, false, null, "s\\u00e9\\n\\ud83d\\ude00"], "b": {"c": {}}, "d": []}'
native = json.JSONDecoder()
print(native.scan_once(doc, 0))
python_decoder = json.JSONDecoder()
python_decoder.scan_once = json.scanner.py_make_scanner(python_decoder)
print(python_decoder.decode(doc) == native.decode(doc))
print(json.decoder.py_scanstring('"abc\\tdef" tail', 1), json.decoder.scanstring('"abc\\tdef" tail', 1))
hooked = json.JSONDecoder(object_pairs_hook=lambda pairs: pairs, parse_int=float)
hooked.scan_once = json.scanner.py_make_scanner(hooked)
print(hooked.decode('{"x": 1, "y": [2, {"z": 3}]}'))
for text in ["plain", "quote\" back\\ nl\n tab\t ctl\x01 del\x7f", "é€𝄞"]:
    print(json.encoder.py_encode_basestring_ascii(text), json.encoder.encode_basestring_ascii(text))
    print(json.encoder.py_encode_basestring(text), json.encoder.encode_basestring(text))
value = {"k": [1, 2.0, None, {"n": "v"}], "t": (True, False), 3: 1e-8}
print(json.dumps(value) == "".join(json.JSONEncoder().iterencode(value)))
print(json.dumps(value, sort_keys=False, separators=(",", ":")))
print(json.scanner.make_scanner is json.scanner.c_make_scanner, json.decoder.scanstring is json.decoder.c_scanstring)

for doc in ["[" * 5000, '{"a":' * 5000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError:", e)
nested = []
inner = nested
for _ in range(5000):
    inner.append([])
    inner = inner[0]
try:
    json.dumps(nested)
except RecursionError as e:
    print("RecursionError:", e)
big = json.dumps([{"id": i, "name": "item %d" % i, "score": i / 7} for i in range(2000)])
print(len(big), json.loads(big)[1999])
print(json.loads("[0, -0, 7, -7, 123456789012345678, -123456789012345678, 1234567890123456789, -99999999999999999999, 1e2, -1.5]"))
json.loads('{"a": [1, 2, }')
