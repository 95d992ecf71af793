NAME = "pkg.other"
