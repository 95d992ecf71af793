# io.StringIO read line by line: a long text must cost its length once, not once per line.
import io

text = "".join(f"{i},row {i}\r\n" for i in range(100000))
for newline in ("", None, "\n", "\r\n"):
    lines = list(io.StringIO(text, newline=newline))
    print(repr(newline), len(lines), repr(lines[0]), repr(lines[-1]))

buffer = io.StringIO("héllo\nwörld\nascii\n" * 3)
print(buffer.readline(), buffer.readline(3), buffer.readline(), buffer.tell() > 0)
print(buffer.readlines()[-2:])
buffer.write("tail é\nend")
buffer.seek(0)
print(len(buffer.readlines()), buffer.readline() == "")
