# csv: reading and writing with the default dialect, other dialects, quoting modes and errors.
import csv
import io


def show_rows(text, **options):
    print(repr(text), options, "->", list(csv.reader(io.StringIO(text, newline=""), **options)))


def try_rows(lines, **options):
    try:
        print(list(csv.reader(lines, **options)))
    except csv.Error as problem:
        print("csv.Error:", problem)
    except (TypeError, ValueError) as problem:
        print(type(problem).__name__ + ":", problem)


# Reading.
show_rows("name,age\r\nalice,30\r\nbob,25\r\n")
show_rows('a,"b,c","say ""hi"""\n"multi\nline",x\n')
show_rows("a;b;'c;d'\n", delimiter=";", quotechar="'")
show_rows("a, b,  c\n", skipinitialspace=True)
show_rows("a, b,  c\n")
show_rows('a\\,b,c\\\nd,"e\\"f"\n', escapechar="\\")
show_rows("a\\\nb\nc,d\n", escapechar="\\")
show_rows('"a"b,c\n')
show_rows('a"b,"c\n')
show_rows("\n\nx,y\n\n")
show_rows("a,b,")
show_rows('1,"2",,x y\n', quoting=csv.QUOTE_NONE)
show_rows('1,-2.5,"3",,1e3\n', quoting=csv.QUOTE_NONNUMERIC)
show_rows("1, 2.5,,-3\r\n4\n", quoting=csv.QUOTE_NONNUMERIC)
show_rows(" 1, ,2\r\n", skipinitialspace=True, quoting=csv.QUOTE_NONNUMERIC)
show_rows('a,"b\n', strict=False)
show_rows('a\tb\t"c\td"\n', dialect="excel-tab")
show_rows('"a""b",c\n', doublequote=False)
show_rows("x\0y,z\n")
try_rows(["a,b\rc\n"])
try_rows(['"a"b,c\n'], strict=True)
try_rows(['a,"b\n'], strict=True)
try_rows(["1,abc\n"], quoting=csv.QUOTE_NONNUMERIC)
try_rows([b"a,b\n"])
try_rows(["a"], delimiter="")
try_rows(["a"], delimiter=None)
try_rows(["a"], quotechar=7)
try_rows(["a"], escapechar="ab")
try_rows(["a"], quoting=9)
try_rows(["a"], quoting=True)
try_rows(["a"], quotechar=None, quoting=csv.QUOTE_ALL)
try_rows(["a"], lineterminator=None)
try_rows(["a"], lineterminator=5)
try_rows(["a"], colour="red")
try_rows(["a"], dialect="nope")

reader = csv.reader(["h1,h2\n", '"x\n', 'y",z\n', "p,q\n"])
for row in reader:
    print(reader.line_num, row)
print(reader.dialect.delimiter, reader.dialect.quoting, repr(reader.dialect.lineterminator))
quoteless = csv.reader([], quotechar=None)
print(quoteless.dialect.quoting, quoteless.dialect.quotechar)

old = csv.field_size_limit(8)
print("old limit", old)
try_rows(["short,abcdefghij\n"])
print("limit", csv.field_size_limit(old), csv.field_size_limit())
try:
    csv.field_size_limit("big")
except TypeError as problem:
    print("TypeError:", problem)

# Writing.
out = io.StringIO()
writer = csv.writer(out)
print(writer.writerow(["name", "note", 3, 2.5, None, True, ""]))
writer.writerow(["a,b", 'say "hi"', "line\nbreak", "cr\rhere", " lead", "tab\there"])
writer.writerow([""])
writer.writerow([])
writer.writerow([None])
writer.writerow("abc")
print(writer.writerows([[1, 2], (3, 4), iter([5, 6])]))
print(repr(out.getvalue()))

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    csv.writer(out, quoting=quoting, lineterminator="\n").writerow(["x", 1, 2.0, None, "", "a\rb"])
    print(quoting, repr(out.getvalue()))

out = io.StringIO()
plain = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
plain.writerow(["a,b", 'c"d', "e\\f", "g\nh"])
escaping = csv.writer(out, doublequote=False, escapechar="\\")
escaping.writerow(['c"d', "e\\f", "g,h"])
csv.writer(out, delimiter="|", quotechar="'", lineterminator="!").writerow(["a|b", "c'd", "e\nf", "x!y"])
print(repr(out.getvalue()))


def try_write(row, **options):
    try:
        csv.writer(io.StringIO(), **options).writerow(row)
        print("written")
    except csv.Error as problem:
        print("csv.Error:", problem)


try_write(["a,b"], quoting=csv.QUOTE_NONE)
try_write(['a"b'], quoting=csv.QUOTE_NONE)
try_write([""], quoting=csv.QUOTE_NONE)
try_write(['a"b'], doublequote=False)
try_write(5)
try:
    csv.writer(5)
except TypeError as problem:
    print("TypeError:", problem)

# Round trip through a real file opened with newline="".
path = "/tmp/closc_csv_reader_writer.csv"
rows = [["id", "text"], ["1", "plain"], ["2", "with, comma"], ["3", 'with "quotes"'], ["4", "two\nlines"]]
with open(path, "w", newline="") as handle:
    csv.writer(handle).writerows(rows)
with open(path, newline="") as handle:
    back = list(csv.reader(handle))
print(back == rows, back[-1])

# An unquoted carriage return in the middle of a line is an error nobody catches.
list(csv.reader(["ok,row\n", "bad\rrow\n"]))
