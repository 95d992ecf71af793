# A class pattern names each attribute once.
match 3:
    case int(real=1, imag=0, real=r):
        print(r)
