import math as _math
public = "public"
_hidden = "hidden"


def helper():
    return "helper"
