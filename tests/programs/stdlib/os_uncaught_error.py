# A file-system error nobody catches: the traceback's last line is CPython's.
import os

base = "/tmp/closc_os_uncaught"
if os.path.isdir(base):
    os.rmdir(base)
os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
os.rmdir(base)
