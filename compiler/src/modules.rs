//! The program's modules: the main file and every module it imports, directly or through
//! other modules, found at compile time as CPython's path finder would find them.
//!
//! A module `a.b` is looked up in the folders of its package `a` (`__path__`); a top-level
//! one in the main file's folder, then in each `-I` folder. In each folder a package
//! (`name/__init__.py`) comes before a module (`name.py`); a folder without `__init__.py`
//! is a namespace package when nothing else of that name is found. The runtime's native
//! modules, those closc ships written in Python (`shipped.rs`) then the runtime's native ones
//! (`sys`, `math`, ...), are found last, except `sys` and `builtins`, which nothing
//! shadows. An import that finds nothing is only a warning: the executable raises
//! `ModuleNotFoundError` there, as CPython does.

use crate::diag::{Diagnostic, FileDiagnostics};
use crate::parse;
use ruff_python_ast::visitor::{walk_stmt, Visitor};
use ruff_python_ast::{self as ast, ModModule};
use ruff_text_size::TextRange;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The modules the runtime provides natively.
pub const RUNTIME_MODULES: &[&str] = &[
    "sys",
    "builtins",
    "math",
    "_functools",
    "gc",
    "itertools",
    "_collections",
    "operator",
    "asyncio",
    "_sre",
    "errno",
    "_random",
    "hashlib",
    "io",
    "posix",
    "time",
    "pwd",
    "_json",
    "atexit",
    "traceback",
    "struct",
    "binascii",
    "array",
    "_weakref",
];

/// Native modules that a file of the same name cannot shadow (CPython's built-in ones).
const UNSHADOWABLE: &[&str] = &["sys", "builtins"];

/// One module of the program, parsed.
pub struct SourceModule {
    /// `__main__` for the main file, else the dotted name it is imported by.
    pub name: String,
    /// How diagnostics name the file: the main file as given, the others joined to it.
    pub display: String,
    /// `__file__`, absolute (as CPython makes it, the main file's too); None for a
    /// namespace package.
    pub file: Option<String>,
    pub source: String,
    pub ast: ModModule,
    /// The folders of a package (`__path__`); None for a plain module.
    pub package_dirs: Option<Vec<PathBuf>>,
    /// One of the modules closc ships (`shipped.rs`), compiled apart from the program and
    /// cached (`units.rs`).
    pub shipped: bool,
}

impl SourceModule {
    /// `__package__`: the package a relative import starts from (None for `__main__`).
    pub fn package(&self) -> Option<String> {
        if self.name == "__main__" {
            None
        } else if self.package_dirs.is_some() {
            Some(self.name.clone())
        } else {
            Some(
                self.name
                    .rsplit_once('.')
                    .map_or("", |(parent, _)| parent)
                    .to_string(),
            )
        }
    }
}

/// The whole program: the main module first, then the others in the order first found.
pub struct Program {
    pub modules: Vec<SourceModule>,
    /// The runtime's native modules that some module imports: the executable registers
    /// (and so links) only these.
    pub natives: Vec<String>,
    /// Imports that find nothing, by module index.
    pub warnings: Vec<(usize, Diagnostic)>,
}

impl Program {
    /// A program of one file with no imports followed, for tests and `compile_to_ir`.
    pub fn single(source: &str) -> Result<Program, Vec<Diagnostic>> {
        Ok(Program {
            modules: vec![SourceModule {
                name: "__main__".into(),
                display: "<string>".into(),
                file: None,
                source: source.to_string(),
                ast: parse::parse(source)?,
                package_dirs: None,
                shipped: false,
            }],
            natives: Vec::new(),
            warnings: Vec::new(),
        })
    }

    /// The diagnostics of one module, ready to render.
    pub fn diagnostics(&self, module: usize, diagnostics: Vec<Diagnostic>) -> FileDiagnostics {
        let m = &self.modules[module];
        FileDiagnostics {
            file: m.display.clone(),
            source: m.source.clone(),
            diagnostics,
        }
    }
}

/// CPython's `importlib._bootstrap._resolve_name`: the absolute name of a relative import
/// of `name` (or of the package itself) `level` packages up from `package`.
pub fn resolve_relative(
    package: Option<&str>,
    level: u32,
    name: Option<&str>,
) -> Result<String, &'static str> {
    if level == 0 {
        return Ok(name.unwrap_or_default().to_string());
    }
    let package = match package {
        Some(p) if !p.is_empty() => p,
        _ => return Err("attempted relative import with no known parent package"),
    };
    let parts: Vec<&str> = package.rsplitn(level as usize, '.').collect();
    if parts.len() < level as usize {
        return Err("attempted relative import beyond top-level package");
    }
    let base = parts[parts.len() - 1];
    Ok(match name {
        Some(name) => format!("{base}.{name}"),
        None => base.to_string(),
    })
}

/// Each module name an import statement needs, with whether its absence deserves a
/// warning (a name after `from m import` may be an attribute rather than a submodule).
fn requested_modules(stmt: &ast::Stmt, package: Option<&str>) -> Vec<(String, bool)> {
    let mut requested = Vec::new();
    let mut with_parents = |name: &str| {
        let mut prefix = String::new();
        for part in name.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            requested.push((prefix.clone(), true));
        }
    };
    match stmt {
        ast::Stmt::Import(import) => {
            for alias in &import.names {
                with_parents(alias.name.id.as_str());
            }
        }
        ast::Stmt::ImportFrom(import) => {
            let module = import.module.as_ref().map(|m| m.id.as_str());
            let Ok(base) = resolve_relative(package, import.level, module) else {
                return requested;
            };
            with_parents(&base);
            for alias in &import.names {
                if alias.name.id.as_str() != "*" {
                    requested.push((format!("{base}.{}", alias.name.id), false));
                }
            }
        }
        _ => {}
    }
    requested
}

/// Every import statement of a module, nested ones included.
fn import_statements(module: &ModModule) -> Vec<&ast::Stmt> {
    struct Imports<'a>(Vec<&'a ast::Stmt>);
    impl<'a> Visitor<'a> for Imports<'a> {
        fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
            if matches!(stmt, ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_)) {
                self.0.push(stmt);
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, _: &'a ast::Expr) {}
    }
    let mut imports = Imports(Vec::new());
    for stmt in &module.body {
        imports.visit_stmt(stmt);
    }
    imports.0
}

/// Where a module was found.
enum Found {
    File(PathBuf),
    Package(PathBuf),
    Namespace(Vec<PathBuf>),
}

/// Looks for module `leaf` in `folders`, as CPython's FileFinder does in each path entry.
fn find_in(folders: &[PathBuf], leaf: &str) -> Option<Found> {
    let mut namespace = Vec::new();
    for folder in folders {
        let dir = folder.join(leaf);
        if dir.join("__init__.py").is_file() {
            return Some(Found::Package(dir));
        }
        let file = folder.join(format!("{leaf}.py"));
        if file.is_file() {
            return Some(Found::File(file));
        }
        if dir.is_dir() {
            namespace.push(dir);
        }
    }
    (!namespace.is_empty()).then_some(Found::Namespace(namespace))
}

struct Loader {
    search: Vec<PathBuf>,
    modules: Vec<SourceModule>,
    index: HashMap<String, usize>,
    /// Names already looked for and not found.
    missing: Vec<String>,
    natives: Vec<String>,
    warnings: Vec<(usize, Diagnostic)>,
    errors: Vec<FileDiagnostics>,
}

impl Loader {
    fn add(
        &mut self,
        name: String,
        display: String,
        file: Option<String>,
        dirs: Option<Vec<PathBuf>>,
        source: String,
        shipped: bool,
    ) {
        match parse::parse(&source) {
            Ok(ast) => {
                self.index.insert(name.clone(), self.modules.len());
                self.modules.push(SourceModule {
                    name,
                    display,
                    file,
                    source,
                    ast,
                    package_dirs: dirs,
                    shipped,
                });
            }
            Err(diagnostics) => self.errors.push(FileDiagnostics {
                file: display,
                source,
                diagnostics,
            }),
        }
    }

    /// Records that the program imports the runtime's native module `name`.
    fn note_native(&mut self, name: &str) {
        if RUNTIME_MODULES.contains(&name) && !self.natives.iter().any(|n| n == name) {
            self.natives.push(name.to_string());
        }
    }

    /// Finds and parses module `name` unless it is known; false if nothing provides it.
    fn require(&mut self, name: &str) -> Result<bool, String> {
        if self.index.contains_key(name) {
            return Ok(true);
        }
        if UNSHADOWABLE.contains(&name) {
            self.note_native(name);
            return Ok(true);
        }
        if self.missing.iter().any(|m| m == name) {
            return Ok(false);
        }
        let (parent, leaf) = match name.rsplit_once('.') {
            Some((parent, leaf)) => (Some(parent), leaf),
            None => (None, name),
        };
        let folders = match parent {
            None => self.search.clone(),
            Some(parent) => match self.index.get(parent) {
                Some(&i) => self.modules[i].package_dirs.clone().unwrap_or_default(),
                None => Vec::new(),
            },
        };
        let found = find_in(&folders, leaf);
        let absolute = |p: &Path| {
            std::path::absolute(p)
                .unwrap_or_else(|_| p.to_path_buf())
                .display()
                .to_string()
        };
        match found {
            Some(Found::File(path)) => {
                let source = read(&path)?;
                let file = Some(absolute(&path));
                self.add(
                    name.into(),
                    path.display().to_string(),
                    file,
                    None,
                    source,
                    false,
                );
            }
            Some(Found::Package(dir)) => {
                let path = dir.join("__init__.py");
                let source = read(&path)?;
                let file = Some(absolute(&path));
                let display = path.display().to_string();
                self.add(name.into(), display, file, Some(vec![dir]), source, false);
            }
            Some(Found::Namespace(dirs)) => {
                let display = dirs[0].display().to_string();
                self.add(name.into(), display, None, Some(dirs), String::new(), false);
            }
            None if crate::shipped::find(name).is_some() => {
                let (package, source) = crate::shipped::find(name).unwrap_or_default();
                let path = name.replace('.', "/");
                let display = if package {
                    format!("<closc>/lib/{path}/__init__.py")
                } else {
                    format!("<closc>/lib/{path}.py")
                };
                let dirs = package.then(Vec::new);
                let file = Some(display.clone());
                self.add(name.into(), display, file, dirs, source.to_string(), true);
            }
            None if parent.is_none() && RUNTIME_MODULES.contains(&name) => {
                self.note_native(name);
                return Ok(true);
            }
            // The parent's body makes it (`os` enters `os.path` in `sys.modules`).
            None if crate::shipped::alias(name).is_some() => {
                let provider = crate::shipped::alias(name).unwrap_or_default();
                return self.require(provider);
            }
            None => {
                self.missing.push(name.to_string());
                return Ok(false);
            }
        }
        Ok(true)
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|e| format!("closc: cannot read {}: {e}\n", path.display()))
}

/// Loads the program whose main file is `main`, following its imports.
pub fn load(
    main: &Path,
    include: &[PathBuf],
) -> Result<Program, Result<Vec<FileDiagnostics>, String>> {
    let folder = main
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut search = vec![folder.to_path_buf()];
    search.extend(include.iter().cloned());
    let mut loader = Loader {
        search,
        modules: Vec::new(),
        index: HashMap::new(),
        missing: Vec::new(),
        natives: Vec::new(),
        warnings: Vec::new(),
        errors: Vec::new(),
    };
    let source = read(main).map_err(Err)?;
    let file = std::path::absolute(main).unwrap_or_else(|_| main.to_path_buf());
    let file = Some(file.display().to_string());
    loader.add(
        "__main__".into(),
        main.display().to_string(),
        file,
        None,
        source,
        false,
    );
    let mut next = 0;
    while next < loader.modules.len() {
        let package = loader.modules[next].package();
        let mut requests: Vec<(TextRange, String, bool)> = Vec::new();
        for stmt in import_statements(&loader.modules[next].ast) {
            for (name, warn) in requested_modules(stmt, package.as_deref()) {
                requests.push((ruff_text_size::Ranged::range(stmt), name, warn));
            }
        }
        for (range, name, warn) in requests {
            let parent_found = name
                .rsplit_once('.')
                .is_none_or(|(parent, _)| loader.index.contains_key(parent));
            if !loader.require(&name).map_err(Err)? && warn && parent_found {
                loader.warnings.push((
                    next,
                    Diagnostic::new(
                        range,
                        format!("no module named '{name}' found; importing it raises ModuleNotFoundError"),
                    ),
                ));
            }
        }
        next += 1;
    }
    if !loader.errors.is_empty() {
        return Err(Ok(loader.errors));
    }
    Ok(Program {
        modules: loader.modules,
        natives: loader.natives,
        warnings: loader.warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::{load, resolve_relative};

    /// The native modules a program imports, directly or through the modules it imports,
    /// and only those, are what its executable registers and links.
    #[test]
    fn natives_are_those_imported_anywhere() {
        let folder = tempfile::tempdir().unwrap();
        let main = folder.path().join("main.py");
        std::fs::write(&main, "import math\nimport helper\n").unwrap();
        std::fs::write(
            folder.path().join("helper.py"),
            "import time\n\ndef f():\n    import random, math\n",
        )
        .unwrap();
        // A file of the program shadows the native `time`.
        std::fs::write(folder.path().join("time.py"), "import sys\n").unwrap();
        let Ok(program) = load(&main, &[]) else {
            panic!("the program loads")
        };
        // `random` (shipped) imports `_random`, `hashlib` and others natively.
        assert!(program.natives.iter().any(|n| n == "_random"));
        assert_eq!(program.natives.iter().filter(|n| *n == "math").count(), 1);
        assert!(!program.natives.iter().any(|n| n == "time"));
        assert!(program.natives.iter().any(|n| n == "sys"));
        assert_eq!(program.natives[0], "math");
    }

    #[test]
    fn relative_names_resolve_as_importlib_resolves_them() {
        assert_eq!(
            resolve_relative(Some("a.b"), 1, Some("c")),
            Ok("a.b.c".into())
        );
        assert_eq!(
            resolve_relative(Some("a.b"), 2, Some("c")),
            Ok("a.c".into())
        );
        assert_eq!(resolve_relative(Some("a.b"), 2, None), Ok("a".into()));
        assert_eq!(resolve_relative(Some("a"), 1, None), Ok("a".into()));
        assert_eq!(
            resolve_relative(Some("a"), 2, Some("x")),
            Err("attempted relative import beyond top-level package")
        );
        assert_eq!(
            resolve_relative(None, 1, Some("x")),
            Err("attempted relative import with no known parent package")
        );
        assert_eq!(
            resolve_relative(Some(""), 1, Some("x")),
            Err("attempted relative import with no known parent package")
        );
        assert_eq!(resolve_relative(None, 0, Some("x.y")), Ok("x.y".into()));
    }
}
