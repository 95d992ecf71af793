//! `closc build -g`: the executable keeps a symbol per compiled Python function, named
//! `py:MODULE.QUALNAME`, and DWARF line tables map their code to the lines of the `.py` file.
//! Checked with binutils' `nm` and `addr2line`, as a profiler or debugger would read them.

use std::path::{Path, PathBuf};
use std::process::Command;

const PROGRAM: &str = "\
import fractions

class Shape:
    def area(self):
        return 0

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        squared = self.side * self.side
        return squared

def total(shapes):
    return sum(s.area() for s in shapes)

def total(shapes):
    return sum([s.area() for s in shapes])

print(total([Square(2), Shape()]), fractions.Fraction(1, 3))
";

/// The line of `Square.area`'s `def`, and of its first statement.
const AREA_DEF_LINE: u32 = 11;
const AREA_BODY_LINE: u32 = 12;

fn build(dir: &Path, output: &str, debug: bool) -> PathBuf {
    let source = dir.join("shapes.py");
    std::fs::write(&source, PROGRAM).unwrap();
    let executable = dir.join(output);
    let mut command = Command::new(env!("CARGO_BIN_EXE_closc"));
    command.arg("build").arg(&source).arg("-o").arg(&executable);
    if debug {
        command.arg("-g");
    }
    let built = command.output().unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let ran = Command::new(&executable).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&ran.stdout), "4 1/3\n");
    executable
}

/// Each symbol of `executable` with its address and size (`nm -S`).
fn symbols(executable: &Path) -> Vec<(String, u64, u64)> {
    let listed = Command::new("nm")
        .arg("-S")
        .arg(executable)
        .output()
        .unwrap();
    String::from_utf8_lossy(&listed.stdout)
        .lines()
        .filter_map(|line| {
            let mut fields = line.splitn(4, ' ');
            let address = u64::from_str_radix(fields.next()?, 16).ok()?;
            let size = u64::from_str_radix(fields.next()?, 16).ok()?;
            let _kind = fields.next()?;
            Some((fields.next()?.to_string(), address, size))
        })
        .collect()
}

#[test]
fn debug_build_names_python_functions_and_maps_their_lines() {
    let scratch = tempfile::tempdir().unwrap();
    let executable = build(scratch.path(), "shapes", true);
    let symbols = symbols(&executable);
    let named = |name: &str| symbols.iter().find(|(n, _, _)| n == name);
    for expected in [
        "py:__main__.<module>",
        "py:__main__.Shape.area",
        "py:__main__.Square.area",
        "py:__main__.total",
        // The second `def total` gets a symbol of its own.
        "py:__main__.total#2",
        "py:__main__.total.<locals>.<genexpr>",
        // A shipped module, compiled into the cache with -g too.
        "py:fractions.Fraction.__new__",
        // The runtime keeps its symbols.
        "main",
    ] {
        assert!(named(expected).is_some(), "no symbol {expected}");
    }

    let &(_, start, size) = named("py:__main__.Square.area").unwrap();
    assert!(size > 0);
    let addresses: Vec<String> = (start..start + size)
        .step_by(2)
        .map(|a| format!("{a:#x}"))
        .collect();
    let located = Command::new("addr2line")
        .arg("-e")
        .arg(&executable)
        .args(&addresses)
        .output()
        .unwrap();
    let located = String::from_utf8_lossy(&located.stdout);
    let lines: Vec<u32> = located
        .lines()
        .map(|place| {
            let (file, line) = place.rsplit_once(':').unwrap();
            assert!(file.ends_with("/shapes.py"), "{place} is not in shapes.py");
            line.split(' ').next().unwrap().parse().unwrap()
        })
        .collect();
    assert_eq!(lines[0], AREA_DEF_LINE, "the prologue is the def line");
    assert!(lines.contains(&AREA_BODY_LINE), "lines: {lines:?}");
    assert!(lines
        .iter()
        .all(|&l| l == AREA_DEF_LINE || l == AREA_BODY_LINE || l == AREA_BODY_LINE + 1));
}

#[test]
fn plain_build_is_stripped() {
    let scratch = tempfile::tempdir().unwrap();
    let executable = build(scratch.path(), "shapes", false);
    assert!(symbols(&executable).is_empty());
}
