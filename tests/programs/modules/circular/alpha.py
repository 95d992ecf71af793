print("alpha starts")
import beta

A = "alpha's value"


def from_beta():
    return beta.B
