# Measures: parsing CSV-like records: split, strip, int(), float(), str.format and %.

import sys

CITIES = ["Oslo", "Lima", "Kyoto", "Québec", "Zürich", "Perth", "Accra", "Hanoi"]


def make_records(n):
    rows = ["id, city , qty,price ,note"]
    state = 7
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        city = CITIES[state % len(CITIES)]
        qty = state % 1000
        price = (state >> 8) % 100000 / 100
        note = "ok" if state % 5 else " late "
        rows.append("%d, %s ,%d, %.2f ,%s" % (i, city, qty, price, note))
    return "\n".join(rows)


def parse(text):
    lines = text.split("\n")
    header = [name.strip() for name in lines[0].split(",")]
    records = []
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split(",")]
        record = dict(zip(header, fields))
        record["id"] = int(record["id"])
        record["qty"] = int(record["qty"])
        record["price"] = float(record["price"])
        records.append(record)
    return records


def summarise(records):
    by_city = {}
    late = 0
    for record in records:
        city = record["city"]
        total = by_city.get(city)
        if total is None:
            by_city[city] = [record["qty"], record["qty"] * record["price"]]
        else:
            total[0] += record["qty"]
            total[1] += record["qty"] * record["price"]
        if record["note"] == "late":
            late += 1
    lines = []
    for city in sorted(by_city):
        qty, value = by_city[city]
        lines.append("{:<8}|{:>9}|{:>16.2f}".format(city, qty, value))
        lines.append("%-8s %9d %16.2f" % (city.upper(), qty, value / max(qty, 1)))
    lines.append("late: {0} of {1} ({2:.1%})".format(late, len(records), late / len(records)))
    return "\n".join(lines)


def main(n):
    text = make_records(n)
    records = parse(text)
    print(summarise(records))
    out = [f"{r['id']:06d};{r['city'].lower()};{r['qty']};{r['price']:.1f}" for r in records[:2000]]
    print(len(";".join(out)), out[3], out[-1])


# The benchmark's sizes, or smaller ones given as arguments (the test suite's, in
# tests/programs/bench/csv_records.args).
main(*[int(arg) for arg in sys.argv[1:]] or [200_000])
