# A return may not leave an except* clause: a compile-time SyntaxError.
def f():
    try:
        raise ValueError(1)
    except* ValueError:
        return 1


print(f())
