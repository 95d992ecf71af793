# Programs that use re the way real ones do: a tokenizer driven by a master pattern with
# named groups, a log parser, an INI reader and a template renderer.
import re
from collections import Counter

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))
KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}


def tokenize(code):
    line = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line}")
        yield kind, value, line, column


program = """IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF;
"""
for token in tokenize(program):
    print(token)

# A scanner that advances with Pattern.match(text, pos).
WORD = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
pos = 0
text = "x1 = 42 + y_2"
parts = []
while pos < len(text):
    m = WORD.match(text, pos)
    parts.append((m.lastindex, m.group(m.lastindex)))
    pos = m.end()
print(parts)

LOG = """\
127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
192.168.1.20 - bob [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -
10.0.0.5 - - [10/Oct/2000:13:57:12 -0700] "GET /index.html HTTP/1.1" 404 512
127.0.0.1 - - [10/Oct/2000:13:58:40 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
garbage line
"""
LINE = re.compile(
    r'(?P<host>\S+) \S+ (?P<user>\S+) \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
)
status = Counter()
sizes = 0
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        print("unparsed:", line)
        continue
    d = m.groupdict()
    status[d["status"]] += 1
    if d["size"] != "-":
        sizes += int(d["size"])
    print(d["host"], d["method"], d["path"], d["status"], m.span("time"))
print(sorted(status.items()), sizes)

INI = """
; comment
[server]
host = example.org
port=8080

[client]
retries = 3
name = "quoted value"
"""
section = None
config = {}
for raw in INI.splitlines():
    if re.match(r"\s*(?:[;#].*)?$", raw):
        continue
    m = re.match(r"\[(?P<name>[^\]]+)\]$", raw)
    if m:
        section = config.setdefault(m["name"], {})
        continue
    key, value = re.split(r"\s*=\s*", raw.strip(), maxsplit=1)
    section[key] = re.sub(r'^"(.*)"$', r"\1", value)
print(config)


def render(template, values):
    return re.sub(r"\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}",
                  lambda m: getattr(str(values[m.group(1)]), m.group(2) or "strip")(),
                  template)


print(render("Hello {{ name|upper }}, you owe {{amount}}.", {"name": "ann", "amount": 12}))
words = re.findall(r"[a-z']+", "It's the end of the world as we know it, and I feel fine.".lower())
print(Counter(words).most_common(3))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.sub(r"([a-z])([A-Z])", r"\1_\2", "camelCaseName").lower())
print(re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", "first.last+tag@mail.example.com") is not None)
print(list(tokenize("x := 1 $")))
