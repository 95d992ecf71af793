# int() quotes at most 200 characters of the repr of a str it cannot parse; float() quotes
# all of it.
long_text = "digits and words " * 20
for text in [long_text, "x" * 199, "x" * 198, "é" * 300, "'" * 250, "12a"]:
    for base in (10, 16):
        try:
            int(text, base)
        except ValueError as e:
            print(len(str(e)), str(e)[-30:])
    try:
        float(text)
    except ValueError as e:
        print(len(str(e)))
