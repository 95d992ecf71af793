# Files written without close(): their data is in the file when it is opened again (CPython
# frees them when the last reference goes), and after a collection.
import gc

PATH = "/tmp/closc_io_unclosed.txt"


def append(text):
    f = open(PATH, "a")
    f.write(text)


open(PATH, "w").write("start\n")
for i in range(3):
    append(f"line {i}\n")
print(open(PATH).read(), end="")

handles = [open(PATH, "a") for _ in range(2)]
handles[0].write("from handle 0\n")
handles[0].close()
handles[1].write("from handle 1\n")
handles = None
gc.collect()
with open(PATH) as f:
    print(f.read(), end="")
with open(PATH, "rb") as f:
    print(len(f.read()))
