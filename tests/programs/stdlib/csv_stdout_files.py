# csv: writing to sys.stdout between prints, and reading a file opened without newline=''.
import csv, sys
w = csv.writer(sys.stdout)
print("before")
w.writerow(["a", "b c", 'd"e'])
w = csv.DictWriter(sys.stdout, fieldnames=["x", "y"], lineterminator="\n")
w.writeheader()
w.writerows([{"x": 1, "y": 2}, {"x": 3}])
print("after")
with open("/tmp/closc_csv_stdout_files.csv", "w") as f:
    f.write("h1,h2\nv1,\"v 2\"\n")
with open("/tmp/closc_csv_stdout_files.csv") as f:
    for rec in csv.DictReader(f):
        print(rec)
