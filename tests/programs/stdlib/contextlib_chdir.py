import contextlib
import os

base = "/tmp/closc_contextlib_chdir"
os.makedirs(os.path.join(base, "inner"), exist_ok=True)
start = os.getcwd()
with contextlib.chdir(base):
    print(os.getcwd() == base)
    with contextlib.chdir("inner"):
        print(os.path.basename(os.getcwd()))
    print(os.getcwd() == base)
print(os.getcwd() == start)
try:
    with contextlib.chdir(base):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e, os.getcwd() == start)
os.rmdir(os.path.join(base, "inner"))
os.rmdir(base)
with contextlib.chdir(os.path.join(base, "missing")):
    print("never")
