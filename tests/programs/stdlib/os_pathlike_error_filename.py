# An OSError names the str or bytes a path-like argument stands for, not the object.
import os


class Where:
    def __init__(self, text):
        self.text = text

    def __fspath__(self):
        return self.text


for call in [lambda: os.stat(Where("/tmp/closc_os_pathlike_missing")),
             lambda: os.mkdir(Where("/tmp/closc_os_pathlike_missing/x")),
             lambda: os.rename(Where("/tmp/closc_os_pathlike_a"), Where("/tmp/closc_os_pathlike_b")),
             lambda: os.listdir(Where(b"/tmp/closc_os_pathlike_missing"))]:
    try:
        call()
    except OSError as error:
        print(type(error).__name__, repr(error.filename), repr(error.filename2), error)
os.rmdir(Where("/tmp/closc_os_pathlike_missing"))
