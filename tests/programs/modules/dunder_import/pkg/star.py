NAME = "pkg.star"
