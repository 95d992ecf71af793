# Mapping keys that compare equal are one key: 1 and True here.
match {1: "a"}:
    case {"k": v, 1: w, True: z}:
        print(v)
