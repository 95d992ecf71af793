//! `__slots__` (CPython's `type_new_slots`): the names a class's instances keep in fixed
//! words of their own instead of in a `__dict__`, the member descriptors that read and
//! write those words (`member_descriptor`, CPython's `T_OBJECT_EX` members), and the
//! instance layout checks of class creation ("multiple bases have instance lay-out
//! conflict").
//!
//! The slots of an instance are fixed words of its `InstanceObj` (see
//! `ClassObj::fixed_words`): a class's words follow those it inherits, so a member
//! descriptor's word is the same in every subclass. An exception keeps its slots in a dict
//! of its own (`ExceptionObj::slots`), apart from its `__dict__`.

use crate::objects::class::{self, ClassObj, InstanceObj, Layout};
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{raise, type_error, value_error, ExcKind, ExceptionObj};
use crate::objects::function::{self, DescrKind, DescriptorObj};
use crate::objects::methods::Method;
use crate::objects::str as pystr;
use crate::objects::types::{self, TypeId};
use crate::objects::unicode;
use crate::objects::value::{none, PyResult, Value};
use crate::protocols::iter;

/// The instance layout a class of the program gets from its bases and its `__slots__`.
pub struct Declaration {
    /// The slot names (mangled, sorted as CPython sorts its members), each with its word.
    members: Vec<(Value, usize)>,
}

/// The class whose layout instances of `base` have (see `ClassObj::solid_base`; null
/// means `object`'s).
fn solid_base(base: &ClassObj) -> Value {
    base.solid_base.get()
}

/// CPython's `best_base`: the base whose layout extends every other base's layout (a
/// TypeError when there is none).
fn best_base(bases: &[Value]) -> PyResult<Value> {
    let mut best = bases[0];
    let mut winner = Value::NULL;
    for &b in bases {
        let Some(c) = b.get::<ClassObj>() else {
            continue;
        };
        let candidate = solid_base(c);
        if winner.is_null() && !candidate.is_null() || class::is_subclass(candidate, winner) {
            if candidate != winner {
                winner = candidate;
                best = b;
            }
        } else if !candidate.is_null() && !class::is_subclass(winner, candidate) {
            return type_error("multiple bases have instance lay-out conflict");
        }
    }
    Ok(best)
}

/// True for the builtin types whose objects have items of their own after the header
/// (CPython's nonzero `tp_itemsize`), where no slot can go.
fn variable_size(solid: Value) -> bool {
    solid.get::<ClassObj>().is_some_and(|c| {
        matches!(
            c.layout,
            Layout::Builtin(TypeId::Int | TypeId::Bool | TypeId::Bytes | TypeId::Tuple)
        )
    })
}

/// CPython's `_Py_Mangle`: `__x` named in class `_A` is `_A__x`.
fn mangle(class_name: &str, name: Value) -> Value {
    let Some(n) = pystr::as_str(name) else {
        return name;
    };
    let stripped = class_name.trim_start_matches('_');
    if !n.starts_with("__") || n.ends_with("__") || n.contains('.') || stripped.is_empty() {
        return name;
    }
    pystr::new(&format!("_{stripped}{n}"))
}

/// Reads the `__slots__` of the namespace of class `cls` (just made, with bases `bases`
/// and its MRO) and sets its layout: whether its instances have a `__dict__`, its fixed
/// words and its solid base. Raises CPython's errors for a bad declaration or bases whose
/// layouts conflict.
pub fn declare(cls: Value, bases: &[Value], namespace: &DictObj) -> PyResult<Declaration> {
    let c = cls.get::<ClassObj>().expect("a class");
    let best = best_base(bases)?;
    let best_class = best.get::<ClassObj>().expect("bases are classes");
    let base_classes = || bases.iter().filter_map(|b| b.get::<ClassObj>());
    let mut inherited = base_classes()
        .map(|b| b.fixed_words.get() as usize)
        .max()
        .unwrap_or(0);
    if matches!(c.layout, Layout::Wrapped(_)) {
        // The base value is word 0.
        inherited = inherited.max(1);
    }
    let base_dict = base_classes().any(|b| b.instance_dict.get());
    let base_weakref = base_classes().any(|b| b.instance_weakref.get());
    let fixed_size = !variable_size(solid_base(best_class));
    let Some(slots) = namespace.get_str(pystr::intern("__slots__")) else {
        c.instance_dict.set(true);
        // As in CPython, instances of subclasses of int, bytes and tuple (variable-sized)
        // cannot be weakly referenced.
        c.instance_weakref.set(fixed_size || base_weakref);
        c.set_fixed_words(inherited);
        c.solid_base.set(solid_base(best_class));
        return Ok(Declaration {
            members: Vec::new(),
        });
    };
    let names = if pystr::as_str(slots).is_some() {
        vec![slots]
    } else {
        iter::collect(slots)?
    };
    if !names.is_empty() && !fixed_size {
        return type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            best_class.name_str()
        ));
    }
    let (mut adds_dict, mut adds_weakref) = (false, false);
    for &name in &names {
        let Some(text) = pystr::as_str(name) else {
            return type_error(format!(
                "__slots__ items must be strings, not '{}'",
                types::type_name(name)
            ));
        };
        if !unicode::is_identifier(text) {
            return type_error("__slots__ must be identifiers");
        }
        if text == "__dict__" {
            if best_class.instance_dict.get() || adds_dict {
                return type_error("__dict__ slot disallowed: we already got one");
            }
            adds_dict = true;
        }
        if text == "__weakref__" {
            if best_class.instance_weakref.get() || !fixed_size || adds_weakref {
                return type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                );
            }
            adds_weakref = true;
        }
    }
    let mut members = Vec::with_capacity(names.len());
    for &name in &names {
        if matches!(pystr::as_str(name), Some("__dict__" | "__weakref__")) {
            continue;
        }
        let name = mangle(c.name_str(), name);
        let in_namespace = namespace.get_str(name).is_some();
        // CPython's class bodies leave `__qualname__` and `__classcell__` in the
        // namespace, but they do not become class variables.
        let special = matches!(pystr::as_str(name), Some("__qualname__" | "__classcell__"));
        if in_namespace && !special {
            return value_error(format!(
                "{} in __slots__ conflicts with class variable",
                crate::protocols::ops::repr_string(name)?
            ));
        }
        members.push(name);
    }
    members.sort_by(|a, b| pystr::as_str(*a).cmp(&pystr::as_str(*b)));
    c.instance_dict.set(adds_dict || base_dict);
    c.instance_weakref.set(adds_weakref || base_weakref);
    c.set_fixed_words(inherited + members.len());
    c.solid_base.set(if members.is_empty() {
        solid_base(best_class)
    } else {
        cls
    });
    Ok(Declaration {
        members: members
            .into_iter()
            .enumerate()
            .map(|(i, name)| (name, inherited + i))
            .collect(),
    })
}

/// Puts the member descriptors of `declaration` into the namespace of `cls`, after the
/// entries the class body made (a name declared twice keeps its first member).
pub fn add_members(cls: Value, declaration: Declaration) -> PyResult<()> {
    let c = cls.get::<ClassObj>().expect("a class");
    for (name, word) in declaration.members {
        if c.dict().get_str(name).is_none() {
            c.dict().set(name, new_member(cls, name, word))?;
        }
    }
    Ok(())
}

fn new_member(cls: Value, name: Value, word: usize) -> Value {
    let member = function::new_descriptor(
        DescrKind::Member(word as u32),
        cls,
        Value::NULL,
        Value::NULL,
    );
    if let Some(d) = member.get::<DescriptorObj>() {
        d.name.set(name);
    }
    member
}

/// The slot member `name` of the class of instance `o` when it applies to `o`: its word.
pub fn member_word_of(o: Value, name: Value) -> Option<usize> {
    let found = class::instance_class(o).get::<ClassObj>()?.lookup(name)?;
    let d = found.get::<DescriptorObj>()?;
    match d.kind {
        DescrKind::Member(word) if class::is_instance(o, d.func) => Some(word as usize),
        _ => None,
    }
}

/// The `__name__` of a member descriptor.
fn member_name(d: &DescriptorObj) -> &'static str {
    pystr::as_str(d.name.get()).unwrap_or("?")
}

/// The class that declared member `d`.
fn member_class(d: &DescriptorObj) -> &'static ClassObj {
    d.func.get::<ClassObj>().expect("a member's class")
}

/// A TypeError unless `obj` is an instance of the class that declared member `d`.
fn check_applies(d: &DescriptorObj, obj: Value) -> PyResult<()> {
    if class::is_instance(obj, d.func) {
        return Ok(());
    }
    type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        member_name(d),
        member_class(d).name_str(),
        types::type_name(obj)
    ))
}

/// The slots dict of exception `e` (made on first use).
fn exception_slots(e: &ExceptionObj) -> &'static DictObj {
    if e.slots.get().is_null() {
        e.slots.set(dict::new());
    }
    e.slots.get().get::<DictObj>().expect("a dict")
}

/// The value of member `d` (word `word`) in `obj`: None while the slot is unset.
pub fn get(d: &DescriptorObj, word: u32, obj: Value) -> PyResult<Option<Value>> {
    check_applies(d, obj)?;
    if let Some(i) = obj.get::<InstanceObj>() {
        return Ok(i.slot(word as usize));
    }
    match obj.get::<ExceptionObj>() {
        Some(e) => exception_slots(e)
            .get_str(d.name.get())
            .map_or(Ok(None), |v| Ok(Some(v))),
        None => Ok(None),
    }
}

/// `obj.name` through member `d`: its value, or CPython's AttributeError while unset.
pub fn get_or_raise(d: &DescriptorObj, word: u32, obj: Value) -> PyResult {
    match get(d, word, obj)? {
        Some(v) => Ok(v),
        None => class::no_attribute(obj, member_name(d)),
    }
}

/// Sets member `d` (word `word`) of `obj` to `v`, or unsets it when `v` is null (an
/// AttributeError naming the slot if it is unset already).
pub fn set(d: &DescriptorObj, word: u32, obj: Value, v: Value) -> PyResult<()> {
    check_applies(d, obj)?;
    if v.is_null() && get(d, word, obj)?.is_none() {
        return raise(ExcKind::AttributeError, member_name(d));
    }
    if let Some(i) = obj.get::<InstanceObj>() {
        if i.set_fixed_word(word as usize, v) {
            return Ok(());
        }
    } else if let Some(e) = obj.get::<ExceptionObj>() {
        let slots = exception_slots(e);
        if v.is_null() {
            slots.remove(d.name.get())?;
        } else {
            slots.set(d.name.get(), v)?;
        }
        return Ok(());
    }
    class::no_attribute(obj, member_name(d))
}

/// The member descriptor method `name` was called on, checked.
fn member_self(args: &[Value], method: &str) -> PyResult<(&'static DescriptorObj, u32)> {
    match args.first().and_then(|v| v.get::<DescriptorObj>()) {
        Some(d) => match d.kind {
            DescrKind::Member(word) => Ok((d, word)),
            _ => type_error(format!(
                "descriptor '{method}' for 'member_descriptor' objects doesn't apply to a '{}' object",
                types::type_name(args[0])
            )),
        },
        None => type_error(format!(
            "descriptor '{method}' of 'member_descriptor' object needs an argument"
        )),
    }
}

/// `member.__get__(obj, type=None)`: the member itself when `obj` is None.
fn member_get(args: &[Value], kw: crate::protocols::call::Kw) -> PyResult {
    crate::protocols::args::no_kw("__get__", kw)?;
    let (d, word) = member_self(args, "__get__")?;
    let given = args.len() - 1;
    if !(1..=2).contains(&given) {
        return type_error(format!(" expected at least 1 argument, got {given}"));
    }
    let (obj, owner) = (args[1], args.get(2).copied().unwrap_or_else(none));
    if obj.is_none() {
        if owner.is_none() {
            return type_error("__get__(None, None) is invalid");
        }
        return Ok(args[0]);
    }
    get_or_raise(d, word, obj)
}

/// `member.__set__(obj, value)`.
fn member_set(args: &[Value], kw: crate::protocols::call::Kw) -> PyResult {
    crate::protocols::args::no_kw("__set__", kw)?;
    let (d, word) = member_self(args, "__set__")?;
    if args.len() != 3 {
        return type_error(format!(" expected 2 arguments, got {}", args.len() - 1));
    }
    set(d, word, args[1], args[2]).map(|_| none())
}

/// `member.__delete__(obj)`.
fn member_delete(args: &[Value], kw: crate::protocols::call::Kw) -> PyResult {
    crate::protocols::args::no_kw("__delete__", kw)?;
    let (d, word) = member_self(args, "__delete__")?;
    if args.len() != 2 {
        return type_error(format!(" expected 1 argument, got {}", args.len() - 1));
    }
    set(d, word, args[1], Value::NULL).map(|_| none())
}

pub static MEMBER_METHODS: &[Method] = &[
    Method {
        name: "__get__",
        func: member_get,
    },
    Method {
        name: "__set__",
        func: member_set,
    },
    Method {
        name: "__delete__",
        func: member_delete,
    },
];

/// The attributes of member descriptor `d`: `__name__`, `__qualname__`, `__objclass__`,
/// `__doc__`.
pub fn attribute(d: &DescriptorObj, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => d.name.get(),
        "__qualname__" => pystr::new(&format!(
            "{}.{}",
            member_class(d).qualname_str(),
            member_name(d)
        )),
        "__objclass__" => d.func,
        "__doc__" => none(),
        _ => return None,
    })
}

/// `repr(member)`: `<member 'x' of 'P' objects>`.
pub fn repr(d: &DescriptorObj) -> String {
    format!(
        "<member '{}' of '{}' objects>",
        member_name(d),
        member_class(d).name_str()
    )
}
