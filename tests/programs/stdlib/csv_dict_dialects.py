# csv: DictReader, DictWriter, and registering and subclassing dialects.
import csv
import io

text = "name,qty,price\r\napple,3,1.25\r\n\r\npear,1\r\nfig,2,0.5,extra,more\r\n"
reader = csv.DictReader(io.StringIO(text, newline=""))
print(reader.fieldnames, reader.line_num)
for row in reader:
    print(reader.line_num, row)

reader = csv.DictReader(["1;2;3\n", "4;5\n"], fieldnames=["a", "b", "c"], restval="?", delimiter=";")
print(list(reader))
reader = csv.DictReader(["a,b\n", "1,2,3,4\n"], restkey="rest")
print(next(reader))
print(csv.DictReader([]).fieldnames)
reader = csv.DictReader(["x,y\n", "1,2\n"], fieldnames=("p", "q"))
print(reader.fieldnames, list(reader))

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["name", "qty", "note"], restval="-")
writer.writeheader()
print(writer.writerow({"name": "apple", "qty": 3}))
writer.writerows([{"name": "pear, green", "note": 'a "good" one'}, {"qty": 0}])
print(repr(out.getvalue()))

out = io.StringIO()
lenient = csv.DictWriter(out, ["a"], extrasaction="ignore", lineterminator="\n")
lenient.writerow({"a": 1, "b": 2})
print(repr(out.getvalue()))
try:
    csv.DictWriter(out, ["a"], extrasaction="skip")
except ValueError as problem:
    print("ValueError:", problem)
try:
    csv.DictWriter(out, ["a"]).writerow({"a": 1, "zzz": 2})
except ValueError as problem:
    print("ValueError:", problem)

# Dialects.
print(csv.list_dialects())
excel = csv.get_dialect("excel")
print(excel.delimiter, excel.quotechar, excel.doublequote, excel.escapechar, repr(excel.lineterminator))
print(excel.quoting, excel.skipinitialspace, excel.strict)
unix = csv.get_dialect("unix")
print(unix.quoting, repr(unix.lineterminator), repr(csv.get_dialect("excel-tab").delimiter))
try:
    excel.delimiter = ";"
except AttributeError as problem:
    print("AttributeError:", problem)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
csv.register_dialect("semi", "pipes", delimiter=";")
csv.register_dialect("tabs", csv.excel_tab)
print(csv.list_dialects())
print(csv.get_dialect("semi").delimiter, csv.get_dialect("semi").quoting, repr(csv.get_dialect("tabs").delimiter))
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a", 1])
csv.writer(out, dialect="semi").writerow(["b", 2])
csv.writer(out, csv.unix_dialect).writerow(["c", 3])
print(repr(out.getvalue()))
print(list(csv.reader(['"a"|"b"\n'], "pipes")))
csv.unregister_dialect("semi")
print(csv.list_dialects())
for name in ("semi", 3):
    try:
        csv.get_dialect(name)
    except csv.Error as problem:
        print("csv.Error:", problem)
try:
    csv.unregister_dialect("semi")
except csv.Error as problem:
    print("csv.Error:", problem)
try:
    csv.register_dialect(1)
except TypeError as problem:
    print("TypeError:", problem)


class Semicolons(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


dialect = Semicolons()
print(dialect._valid, list(csv.reader(["a; b;c\n"], dialect)))
out = io.StringIO()
csv.writer(out, Semicolons, quoting=csv.QUOTE_ALL).writerow(["x", "y"])
print(repr(out.getvalue()))
print(issubclass(csv.excel_tab, csv.excel), csv.excel.delimiter, csv.QUOTE_NONE)
print(type(csv.reader([])), type(csv.writer(io.StringIO())), type(csv.get_dialect("unix")), csv.Error)


class Incomplete(csv.Dialect):
    delimiter = ";"


try:
    Incomplete()
except csv.Error as problem:
    print("csv.Error:", problem)
try:
    csv.Dialect()
except csv.Error as problem:
    print("csv.Error:", problem)

# An unknown field is an error nobody catches.
csv.DictWriter(io.StringIO(), ["id"]).writerow({"id": 1, "name": "x"})
