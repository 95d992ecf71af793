//! The import system: the compiled modules of the program, `sys.modules`, and CPython's
//! `IMPORT_NAME`, `IMPORT_FROM` and `import *` over them.
//!
//! The compiler resolves every import it can at compile time and compiles those modules
//! into the executable; `main` registers each (its body's code, its global slots). A module
//! is made and its body run at its first import, as CPython does: it is in `sys.modules`
//! while its body runs (so circular imports see it partially initialised) and removed again
//! if the body raises. A name neither compiled nor native raises `ModuleNotFoundError`.

use super::{native_entries, new_native_module};
use crate::objects::class;
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, ExcKind};
use crate::objects::function;
use crate::objects::module::{self, new_module_object, ModuleObj};
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{none, PyResult, Value};
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::iter;
use std::cell::Cell;

thread_local! {
    /// `sys.modules`, made on first use.
    static SYS_MODULES: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// `sys.modules`, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    visit(SYS_MODULES.with(Cell::get));
}

/// `sys.modules`.
pub fn sys_modules() -> Value {
    SYS_MODULES.with(|m| {
        if m.get().is_null() {
            m.set(dict::new());
        }
        m.get()
    })
}

fn sys_modules_dict() -> &'static DictObj {
    sys_modules()
        .get::<DictObj>()
        .expect("sys.modules is a dict")
}

/// Makes compiled module `index`'s module object, enters it in `sys.modules` and runs its
/// body; gives the body's outcome.
fn exec_compiled(index: usize) -> PyResult {
    let info = module::compiled(index).expect("a registered module");
    let module = new_module_object(info.name, info.slots, info.slot_names);
    module::set_compiled_module(index, module);
    let m = module.get::<ModuleObj>().expect("a module");
    let dunders = [
        ("__name__", info.name),
        ("__doc__", info.doc),
        ("__package__", info.package),
        ("__loader__", none()),
        ("__spec__", none()),
        ("__path__", info.path),
        ("__file__", info.file),
    ];
    for (key, value) in dunders {
        if !value.is_null() {
            m.set(pystr::intern(key), value)?;
        }
    }
    sys_modules_dict().set(m.name, module)?;
    // A script's `__main__` has no spec, so CPython never calls it partially
    // initialized: `module '__main__' has no attribute 'x'` while it runs.
    m.initializing
        .set(pystr::as_str(info.name) != Some("__main__"));
    let function = function::new_function(info.body, Value::NULL, Value::NULL, &[])?;
    let result = call::call_rooted(function, &[], Kw::NONE);
    m.initializing.set(false);
    if result.is_err() {
        let _ = sys_modules_dict().remove(m.name);
    }
    result
}

/// Runs the program: the body of `__main__`, compiled module 0.
pub fn run_main() -> PyResult {
    exec_compiled(0)
}

fn raise_import_error<T>(kind: ExcKind, message: &str, name: Value, path: Value) -> PyResult<T> {
    let e = exceptions::new_instance(types::exc_class(kind), tuple::new(&[pystr::new(message)]));
    if let Some(d) = class::instance_dict(e) {
        d.set(pystr::intern("msg"), pystr::new(message))?;
        d.set(pystr::intern("name"), name)?;
        d.set(
            pystr::intern("path"),
            if path.is_null() { none() } else { path },
        )?;
    }
    Err(exceptions::set_pending(e))
}

fn not_found<T>(message: &str, name: &str) -> PyResult<T> {
    raise_import_error(
        ExcKind::ModuleNotFoundError,
        message,
        pystr::new(name),
        none(),
    )
}

/// The module `name` (absolute), imported with its parents if not yet imported:
/// CPython's `importlib._bootstrap._find_and_load`.
fn import_module(name: &str) -> PyResult {
    let key = pystr::new(name);
    if let Some(m) = sys_modules_dict().get(key)? {
        if m == none() {
            return not_found(
                &format!("import of {name} halted; None in sys.modules"),
                name,
            );
        }
        return Ok(m);
    }
    let parent = match name.rsplit_once('.') {
        Some((parent_name, leaf)) => {
            let parent = import_module(parent_name)?;
            // The parent's body may have imported this module.
            if let Some(m) = sys_modules_dict().get(key)? {
                return Ok(m);
            }
            if attr::getattr_opt(parent, pystr::intern("__path__"))?.is_none() {
                return not_found(
                    &format!("No module named '{name}'; '{parent_name}' is not a package"),
                    name,
                );
            }
            Some((parent, leaf))
        }
        None => None,
    };
    let module = if let Some(index) = module::compiled_index(name) {
        exec_compiled(index)?;
        sys_modules_dict().get(key)?.unwrap_or_else(none)
    } else if let (None, Some(entries)) = (parent, native_entries(name)) {
        let m = new_native_module(name, &entries());
        sys_modules_dict().set(key, m)?;
        m
    } else {
        return not_found(&format!("No module named '{name}'"), name);
    };
    if let Some((parent, leaf)) = parent {
        attr::setattr(parent, pystr::new(leaf), module)?;
    }
    Ok(module)
}

/// `import name`: the module, or with `top_level` its top-level package (what
/// `import a.b` binds to `a`).
pub fn import_name(name: Value, top_level: bool) -> PyResult {
    let n = pystr::as_str(name).unwrap_or("");
    let module = import_module(n)?;
    match n.split_once('.') {
        Some((top, _)) if top_level => import_module(top),
        _ => Ok(module),
    }
}

/// `from module import name`: CPython's `_handle_fromlist` (a package's submodule is
/// imported when the package lacks the attribute) and `IMPORT_FROM`.
pub fn import_from(module: Value, name: Value) -> PyResult {
    if let Some(v) = attr::getattr_opt(module, name)? {
        return Ok(v);
    }
    let module_name = attr::getattr_opt(module, pystr::intern("__name__"))?
        .filter(|n| pystr::as_str(*n).is_some());
    let n = pystr::as_str(name).unwrap_or("?");
    if let Some(package) = module_name.and_then(pystr::as_str) {
        let full = format!("{package}.{n}");
        let is_package = attr::getattr_opt(module, pystr::intern("__path__"))?.is_some();
        if is_package && module::compiled_index(&full).is_some() {
            import_module(&full)?;
            if let Some(v) = attr::getattr_opt(module, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = sys_modules_dict().get(pystr::new(&full))? {
            return Ok(v);
        }
    }
    let shown = module_name
        .and_then(pystr::as_str)
        .unwrap_or("<unknown module name>");
    let path = attr::getattr_opt(module, pystr::intern("__file__"))?
        .filter(|p| pystr::as_str(*p).is_some());
    let initializing = module
        .get::<ModuleObj>()
        .is_some_and(|m| m.initializing.get());
    let message = match path.and_then(pystr::as_str) {
        None => format!("cannot import name '{n}' from '{shown}' (unknown location)"),
        Some(p) if initializing => format!(
            "cannot import name '{n}' from partially initialized module '{shown}' (most likely due to a circular import) ({p})"
        ),
        Some(p) => format!("cannot import name '{n}' from '{shown}' ({p})"),
    };
    raise_import_error(
        ExcKind::ImportError,
        &message,
        module_name.unwrap_or_else(none),
        path.unwrap_or(Value::NULL),
    )
}

/// `from module import *` into compiled module `into`: the names in `__all__`, else every
/// name of the module's namespace not starting with an underscore.
pub fn import_star(module: Value, into: usize) -> PyResult<()> {
    let Some(target) = module::compiled_module(into) else {
        return Ok(());
    };
    let target = target.get::<ModuleObj>().expect("a module");
    let names: Vec<Value> = match attr::getattr_opt(module, pystr::intern("__all__"))? {
        Some(all) => iter::collect(all)?,
        None => {
            let namespace = attr::getattr(module, pystr::intern("__dict__"))?;
            let keys: Vec<Value> = namespace
                .get::<DictObj>()
                .map(|d| d.items().into_iter().map(|(k, _)| k).collect())
                .unwrap_or_default();
            keys.into_iter()
                .filter(|k| pystr::as_str(*k).is_some_and(|k| !k.starts_with('_')))
                .collect()
        }
    };
    for name in names {
        let value = attr::getattr(module, name)?;
        target.set(name, value)?;
    }
    Ok(())
}

/// The builtin `__import__(name, globals=None, locals=None, fromlist=(), level=0)`, over
/// the modules the program imports somewhere (the compiler compiles no others): the
/// top-level package of `name` when `fromlist` is empty, else the module itself, with the
/// submodules `fromlist` names imported (CPython's `importlib.__import__`).
pub fn dunder_import(args: &[Value], kw: Kw) -> PyResult {
    const PARAMETERS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    crate::protocols::args::check_kw("__import__", kw, &PARAMETERS)?;
    if args.len() > PARAMETERS.len() {
        return exceptions::type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            args.len() + kw.iter().count()
        ));
    }
    let argument = |i: usize| args.get(i).copied().or(kw.get(PARAMETERS[i]));
    let Some(name) = argument(0) else {
        return exceptions::type_error("__import__() missing required argument 'name' (pos 1)");
    };
    let Some(name) = pystr::as_str(name) else {
        return exceptions::type_error("module name must be a string");
    };
    let level = match argument(4) {
        Some(level) => crate::protocols::args::index_arg(level)?,
        None => 0,
    };
    if level < 0 {
        return exceptions::value_error("level must be >= 0");
    }
    let full_name = if level == 0 {
        if name.is_empty() {
            return exceptions::value_error("Empty module name");
        }
        name.to_string()
    } else {
        relative_name(name, argument(1).unwrap_or_else(none), level as usize)?
    };
    let module = import_module(&full_name)?;
    let fromlist = match argument(3) {
        Some(list) if !list.is_none() => iter::collect_rooted(list)?,
        _ => iter::collect_rooted(tuple::new(&[]))?,
    };
    if fromlist.is_empty() {
        // `a.b.c` gives `a`; `..b.c` from package `p.q` gives `p.b`.
        return match name.find('.') {
            Some(first_len) => {
                import_module(&full_name[..full_name.len() - name.len() + first_len])
            }
            None => Ok(module),
        };
    }
    if attr::getattr_opt(module, pystr::intern("__path__"))?.is_some() {
        import_fromlist(module, &full_name, &fromlist)?;
    }
    Ok(module)
}

/// CPython's `_handle_fromlist`: imports each submodule of package `package` (named
/// `package_name`) that `fromlist` names and the package lacks (`*`: those of `__all__`).
fn import_fromlist(package: Value, package_name: &str, fromlist: &[Value]) -> PyResult<()> {
    for &item in fromlist {
        let Some(item_name) = pystr::as_str(item) else {
            return exceptions::type_error(format!(
                "Item in ``from list'' must be str, not {}",
                types::type_name(item)
            ));
        };
        if item_name == "*" {
            if let Some(all) = attr::getattr_opt(package, pystr::intern("__all__"))? {
                let names = iter::collect_rooted(all)?;
                import_fromlist(package, package_name, &names)?;
            }
            continue;
        }
        if attr::getattr_opt(package, item)?.is_some() {
            continue;
        }
        let submodule = format!("{package_name}.{item_name}");
        if let Err(raised) = import_module(&submodule) {
            // A missing submodule is the caller's to report, as `from p import x` does.
            let missing = exceptions::pending_matches(ExcKind::ModuleNotFoundError)
                && attr::getattr_opt(exceptions::pending(), pystr::intern("name"))?
                    .and_then(pystr::as_str)
                    == Some(submodule.as_str());
            if !missing {
                return Err(raised);
            }
            exceptions::take_pending();
        }
    }
    Ok(())
}

/// The absolute name of the module `name` imported with `level` leading dots from the
/// module whose globals are `globals` (CPython's `_calc___package__` and
/// `_resolve_name`).
fn relative_name(name: &str, globals: Value, level: usize) -> PyResult<String> {
    let Some(globals) = globals.get::<DictObj>() else {
        return exceptions::type_error("globals must be a dict");
    };
    let explicit = globals
        .get_str(pystr::intern("__package__"))
        .filter(|package| !package.is_none());
    let package = match explicit {
        Some(package) => package,
        None => match globals.get_str(pystr::intern("__name__")) {
            Some(module_name) => module_name,
            None => return exceptions::raise(ExcKind::KeyError, "'__name__' not in globals"),
        },
    };
    let Some(mut package) = pystr::as_str(package) else {
        return exceptions::type_error("package must be a string");
    };
    // A module's own name names its package only when it is a package itself.
    if explicit.is_none() && globals.get_str(pystr::intern("__path__")).is_none() {
        package = package.rsplit_once('.').map_or("", |(parent, _)| parent);
    }
    if package.is_empty() {
        return raise_import_error(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
            none(),
            Value::NULL,
        );
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return raise_import_error(
            ExcKind::ImportError,
            "attempted relative import beyond top-level package",
            none(),
            Value::NULL,
        );
    }
    let base = parts[..parts.len() + 1 - level].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}
