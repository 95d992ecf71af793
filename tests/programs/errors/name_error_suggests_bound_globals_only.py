# NameError suggestions come from the globals bound when the error happens: a global that
# is only assigned in code that never ran is not suggested.
def helper():
    return abcnope

def main():
    if False:
        global abcnopf
        abcnopf = 1
    print(helper())

main()
