# format() of ints and floats with zero padding, widths, alignments and separators, for
# machine ints, big ints and floats: the ungrouped fast path and the grouped one agree.

values = [0, 7, -7, 123456, -123456, 2**62, -2**63, 10**25, -10**25, 3.5, -0.25, 1234567.891]
specs = ["05d", "010", "=+8", "<6", "^9", ">+7", "08,", "012_", ",", "_", "03", "1", "0=12",
         "x>10", "é^11", "☃<8", "+015,", " 06"]
for v in values:
    row = []
    for spec in specs:
        if isinstance(v, float) and spec.endswith("d"):
            continue
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append("ValueError: " + str(e))
    print(v, row)
print(f"{42:05d}|{-42:05d}|{42:<5d}|{42:^7,}|{1234:010,}|{0:0}|{True:03d}")
