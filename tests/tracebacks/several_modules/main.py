import helper


def make():
    return helper.Box(3)


make()
