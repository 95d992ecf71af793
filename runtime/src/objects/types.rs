//! The builtin type objects (`int`, `list`, ..., the exception classes) and `type(x)`.

use crate::objects::class::{self, ClassObj, Layout};
use crate::objects::exceptions::{second_base, ExcKind, ALL_KINDS, EXCEPTIONS};
use crate::objects::function;
use crate::objects::value::{Kind, Value};
use crate::protocols::iter;
use std::cell::OnceCell;

macro_rules! type_ids {
    ($($id:ident = $name:literal),* $(,)?) => {
        /// The builtin types that are not exceptions.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum TypeId { $($id),* }

        /// The `__name__` of each builtin type, in `TypeId` order.
        const TYPE_NAMES: &[&str] = &[$($name),*];
    };
}

type_ids! {
    Object = "object",
    Type = "type",
    NoneType = "NoneType",
    NotImplementedType = "NotImplementedType",
    Ellipsis = "ellipsis",
    Int = "int",
    Bool = "bool",
    Float = "float",
    Complex = "complex",
    Str = "str",
    Tuple = "tuple",
    List = "list",
    Dict = "dict",
    Set = "set",
    FrozenSet = "frozenset",
    Range = "range",
    Slice = "slice",
    Cell = "cell",
    Code = "code",
    Function = "function",
    BuiltinFunction = "builtin_function_or_method",
    Method = "method",
    Module = "module",
    ListIterator = "list_iterator",
    ListReverseIterator = "list_reverseiterator",
    TupleIterator = "tuple_iterator",
    StrIterator = "str_iterator",
    StrAsciiIterator = "str_ascii_iterator",
    Reversed = "reversed",
    RangeIterator = "range_iterator",
    DictKeyIterator = "dict_keyiterator",
    DictValueIterator = "dict_valueiterator",
    DictItemIterator = "dict_itemiterator",
    SetIterator = "set_iterator",
    Enumerate = "enumerate",
    Zip = "zip",
    Map = "map",
    Filter = "filter",
    DictKeys = "dict_keys",
    DictValues = "dict_values",
    DictItems = "dict_items",
    Super = "super",
    StaticMethod = "staticmethod",
    ClassMethod = "classmethod",
    Property = "property",
    FileState = "file_state",
    Generator = "generator",
    Bytes = "bytes",
    ByteArray = "bytearray",
    MemoryView = "memoryview",
    BytesIterator = "bytes_iterator",
    ByteArrayIterator = "bytearray_iterator",
    MemoryIterator = "memory_iterator",
    Coroutine = "coroutine",
    AsyncGenerator = "async_generator",
    AsyncGenSend = "async_generator_asend",
    AsyncGenThrow = "async_generator_athrow",
    MemberDescriptor = "member_descriptor",
}

struct Types {
    builtin: Vec<Value>,
    exceptions: Vec<Value>,
}

thread_local! {
    static TYPES: OnceCell<Types> = const { OnceCell::new() };
}

/// The builtin classes, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    TYPES.with(|t| {
        if let Some(t) = t.get() {
            t.builtin
                .iter()
                .chain(&t.exceptions)
                .for_each(|&v| visit(v));
        }
    });
}

fn create() -> Types {
    let object = class::new_builtin("object", &[], Layout::Builtin(TypeId::Object));
    let mut builtin = vec![object];
    for (n, name) in TYPE_NAMES.iter().enumerate().skip(1) {
        let base = if n == TypeId::Bool as usize {
            builtin[TypeId::Int as usize]
        } else {
            object
        };
        let id = all_ids()[n];
        builtin.push(class::new_builtin(name, &[base], Layout::Builtin(id)));
    }
    let mut exceptions: Vec<Value> = Vec::with_capacity(EXCEPTIONS.len());
    for (n, (name, parent)) in EXCEPTIONS.iter().enumerate() {
        let mut bases = vec![parent.map_or(object, |p| exceptions[p as usize])];
        bases.extend(second_base(ALL_KINDS[n]).map(|k| exceptions[k as usize]));
        exceptions.push(class::new_builtin(name, &bases, Layout::Exception));
    }
    function::fill_builtin_dicts(object, &exceptions);
    Types {
        builtin,
        exceptions,
    }
}

/// Every `TypeId`, in order.
fn all_ids() -> &'static [TypeId] {
    use TypeId::*;
    &[
        Object,
        Type,
        NoneType,
        NotImplementedType,
        Ellipsis,
        Int,
        Bool,
        Float,
        Complex,
        Str,
        Tuple,
        List,
        Dict,
        Set,
        FrozenSet,
        Range,
        Slice,
        Cell,
        Code,
        Function,
        BuiltinFunction,
        Method,
        Module,
        ListIterator,
        ListReverseIterator,
        TupleIterator,
        StrIterator,
        StrAsciiIterator,
        Reversed,
        RangeIterator,
        DictKeyIterator,
        DictValueIterator,
        DictItemIterator,
        SetIterator,
        Enumerate,
        Zip,
        Map,
        Filter,
        DictKeys,
        DictValues,
        DictItems,
        Super,
        StaticMethod,
        ClassMethod,
        Property,
        FileState,
        Generator,
        Bytes,
        ByteArray,
        MemoryView,
        BytesIterator,
        ByteArrayIterator,
        MemoryIterator,
        Coroutine,
        AsyncGenerator,
        AsyncGenSend,
        AsyncGenThrow,
        MemberDescriptor,
    ]
}

fn with_types<R>(f: impl FnOnce(&Types) -> R) -> R {
    TYPES.with(|t| f(t.get_or_init(create)))
}

/// The type object of a builtin type.
pub fn class_of(id: TypeId) -> Value {
    with_types(|t| t.builtin[id as usize])
}

/// The class of a builtin exception.
pub fn exc_class(kind: ExcKind) -> Value {
    with_types(|t| t.exceptions[kind as usize])
}

/// The builtin type or exception class called `name`.
pub fn by_name(name: &str) -> Option<Value> {
    if let Some(n) = TYPE_NAMES.iter().position(|t| *t == name) {
        let id = all_ids()[n];
        if matches!(
            id,
            TypeId::Object
                | TypeId::Type
                | TypeId::Int
                | TypeId::Bool
                | TypeId::Float
                | TypeId::Complex
                | TypeId::Str
                | TypeId::Tuple
                | TypeId::List
                | TypeId::Dict
                | TypeId::Set
                | TypeId::FrozenSet
                | TypeId::Range
                | TypeId::Slice
                | TypeId::Enumerate
                | TypeId::Zip
                | TypeId::Map
                | TypeId::Filter
                | TypeId::Reversed
                | TypeId::Super
                | TypeId::StaticMethod
                | TypeId::ClassMethod
                | TypeId::Property
                | TypeId::Bytes
                | TypeId::ByteArray
                | TypeId::MemoryView
        ) {
            return Some(class_of(id));
        }
        return None;
    }
    let name = match name {
        "IOError" | "EnvironmentError" => "OSError",
        _ => name,
    };
    let n = EXCEPTIONS.iter().position(|(n, _)| *n == name)?;
    Some(with_types(|t| t.exceptions[n]))
}

/// The names of the builtin classes, exceptions included: those `by_name` finds.
pub fn builtin_class_names() -> impl Iterator<Item = &'static str> {
    TYPE_NAMES
        .iter()
        .copied()
        .chain(EXCEPTIONS.iter().map(|(name, _)| *name))
        .chain(["IOError", "EnvironmentError"])
        .filter(|name| by_name(name).is_some())
}

/// The `__name__` of builtin type `id`.
pub fn name_of(id: TypeId) -> &'static str {
    TYPE_NAMES[id as usize]
}

/// The builtin type of a value that is not an instance of a user class.
pub fn type_id(v: Value) -> TypeId {
    match v.kind() {
        Kind::None => TypeId::NoneType,
        Kind::Bool => TypeId::Bool,
        Kind::Int => TypeId::Int,
        Kind::Float => TypeId::Float,
        Kind::Complex => TypeId::Complex,
        Kind::Str => TypeId::Str,
        Kind::Tuple => TypeId::Tuple,
        Kind::List => TypeId::List,
        Kind::Dict => TypeId::Dict,
        Kind::Set => TypeId::Set,
        Kind::FrozenSet => TypeId::FrozenSet,
        Kind::Range => TypeId::Range,
        Kind::Slice => TypeId::Slice,
        Kind::Cell => TypeId::Cell,
        Kind::Code => TypeId::Code,
        Kind::Function => TypeId::Function,
        Kind::Builtin => TypeId::BuiltinFunction,
        Kind::BoundMethod => TypeId::Method,
        Kind::Class => TypeId::Type,
        Kind::Instance | Kind::Exception | Kind::StrBuffer | Kind::FunctionExtras => TypeId::Object,
        Kind::Module => TypeId::Module,
        Kind::NotImplemented => TypeId::NotImplementedType,
        Kind::Ellipsis => TypeId::Ellipsis,
        Kind::File => TypeId::FileState,
        Kind::Generator => crate::objects::generator::type_id(v),
        Kind::Bytes => TypeId::Bytes,
        Kind::ByteArray => TypeId::ByteArray,
        Kind::MemoryView => TypeId::MemoryView,
        Kind::Super => TypeId::Super,
        Kind::Descriptor => function::descriptor_type(v),
        Kind::SeqIter
        | Kind::RangeIter
        | Kind::DictIter
        | Kind::SetIter
        | Kind::Enumerate
        | Kind::Zip
        | Kind::Map
        | Kind::Filter
        | Kind::DictView => iter::type_id(v),
    }
}

/// `type(v)`.
pub fn type_of(v: Value) -> Value {
    if v.is_object() {
        match v.kind() {
            Kind::Instance | Kind::Exception => return class::instance_class(v),
            Kind::Class => return crate::objects::metaclass::metaclass_of(v),
            _ => {}
        }
    }
    class_of(type_id(v))
}

/// The name CPython's messages give `v`'s type (its `tp_name`): `type(v).__name__`, or
/// `module.name` for the types of modules CPython writes in C (`collections.deque`).
pub fn type_name(v: Value) -> &'static str {
    let cls = type_of(v);
    cls.get::<ClassObj>()
        .map_or("object", |c| c.type_name_str())
}

/// The `__name__` of `v`'s type (CPython's `_PyType_Name`), which reprs such as
/// `deque([1])` use where messages use `type_name`.
pub fn short_type_name(v: Value) -> &'static str {
    let cls = type_of(v);
    cls.get::<ClassObj>().map_or("object", |c| c.name_str())
}
