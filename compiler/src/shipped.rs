//! The standard-library modules closc ships written in Python (the repository's `lib/`),
//! embedded in the `closc` binary: the module finder finds them after the program's own
//! folders, so a module of the program shadows one of these, as in CPython.

/// Each shipped module: its name, whether it is a package (`name/__init__.py`), its
/// source.
pub const MODULES: &[(&str, bool, &str)] = &[
    ("__future__", false, include_str!("../../lib/__future__.py")),
    (
        "_collections_abc",
        false,
        include_str!("../../lib/_collections_abc.py"),
    ),
    ("abc", false, include_str!("../../lib/abc.py")),
    ("argparse", false, include_str!("../../lib/argparse.py")),
    ("base64", false, include_str!("../../lib/base64.py")),
    ("bisect", false, include_str!("../../lib/bisect.py")),
    ("calendar", false, include_str!("../../lib/calendar.py")),
    (
        "collections",
        true,
        include_str!("../../lib/collections/__init__.py"),
    ),
    (
        "collections.abc",
        false,
        include_str!("../../lib/collections/abc.py"),
    ),
    ("contextlib", false, include_str!("../../lib/contextlib.py")),
    ("copy", false, include_str!("../../lib/copy.py")),
    ("copyreg", false, include_str!("../../lib/copyreg.py")),
    ("csv", false, include_str!("../../lib/csv.py")),
    (
        "dataclasses",
        false,
        include_str!("../../lib/dataclasses.py"),
    ),
    ("datetime", false, include_str!("../../lib/datetime.py")),
    ("decimal", false, include_str!("../../lib/decimal.py")),
    ("difflib", false, include_str!("../../lib/difflib.py")),
    ("enum", false, include_str!("../../lib/enum.py")),
    ("fnmatch", false, include_str!("../../lib/fnmatch.py")),
    ("fractions", false, include_str!("../../lib/fractions.py")),
    ("functools", false, include_str!("../../lib/functools.py")),
    ("glob", false, include_str!("../../lib/glob.py")),
    ("heapq", false, include_str!("../../lib/heapq.py")),
    ("hmac", false, include_str!("../../lib/hmac.py")),
    ("json", true, include_str!("../../lib/json/__init__.py")),
    (
        "json.decoder",
        false,
        include_str!("../../lib/json/decoder.py"),
    ),
    (
        "json.encoder",
        false,
        include_str!("../../lib/json/encoder.py"),
    ),
    (
        "json.scanner",
        false,
        include_str!("../../lib/json/scanner.py"),
    ),
    (
        "logging",
        true,
        include_str!("../../lib/logging/__init__.py"),
    ),
    ("numbers", false, include_str!("../../lib/numbers.py")),
    ("os", false, include_str!("../../lib/os.py")),
    ("pathlib", false, include_str!("../../lib/pathlib.py")),
    ("pickle", false, include_str!("../../lib/pickle.py")),
    ("platform", false, include_str!("../../lib/platform.py")),
    ("posixpath", false, include_str!("../../lib/posixpath.py")),
    ("pprint", false, include_str!("../../lib/pprint.py")),
    ("random", false, include_str!("../../lib/random.py")),
    ("re", false, include_str!("../../lib/re.py")),
    ("shlex", false, include_str!("../../lib/shlex.py")),
    ("shutil", false, include_str!("../../lib/shutil.py")),
    ("stat", false, include_str!("../../lib/stat.py")),
    ("statistics", false, include_str!("../../lib/statistics.py")),
    ("string", false, include_str!("../../lib/string.py")),
    ("tempfile", false, include_str!("../../lib/tempfile.py")),
    ("textwrap", false, include_str!("../../lib/textwrap.py")),
    ("types", false, include_str!("../../lib/types.py")),
    ("typing", false, include_str!("../../lib/typing.py")),
    (
        "unittest",
        true,
        include_str!("../../lib/unittest/__init__.py"),
    ),
    (
        "unittest._log",
        false,
        include_str!("../../lib/unittest/_log.py"),
    ),
    (
        "unittest.mock",
        false,
        include_str!("../../lib/unittest/mock.py"),
    ),
    ("uuid", false, include_str!("../../lib/uuid.py")),
    ("warnings", false, include_str!("../../lib/warnings.py")),
    ("weakref", false, include_str!("../../lib/weakref.py")),
];

/// Names a shipped module's body enters in `sys.modules` for another module (`os` makes
/// `os.path` its `posixpath`), with the module that provides them.
const ALIASES: &[(&str, &str)] = &[("os.path", "posixpath")];

/// The module an alias of `ALIASES` stands for.
pub fn alias(name: &str) -> Option<&'static str> {
    ALIASES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, provider)| provider)
}

/// The shipped module `name`: whether it is a package, and its source.
pub fn find(name: &str) -> Option<(bool, &'static str)> {
    MODULES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, package, source)| (package, source))
}

#[cfg(test)]
mod tests {
    /// Every module in `lib/` is embedded, under the name its path gives it.
    #[test]
    fn every_module_of_lib_is_embedded() {
        let lib = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../lib");
        let mut found = Vec::new();
        let mut pending = vec![(lib.clone(), String::new())];
        while let Some((dir, prefix)) = pending.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                let stem = path.file_stem().unwrap().to_string_lossy().to_string();
                if path.is_dir() {
                    pending.push((path, format!("{prefix}{stem}.")));
                } else if path.extension().is_some_and(|e| e == "py") {
                    let name = if stem == "__init__" {
                        prefix.trim_end_matches('.').to_string()
                    } else {
                        format!("{prefix}{stem}")
                    };
                    found.push(name);
                }
            }
        }
        found.sort();
        let mut embedded: Vec<String> = super::MODULES.iter().map(|m| m.0.to_string()).collect();
        embedded.sort();
        assert_eq!(found, embedded);
    }
}
