//! `hashlib`: message digests by the RustCrypto hashes, with CPython's constructors, hash
//! objects (`_hashlib.HASH`, `_hashlib.HASHXOF` for the shake functions, `_blake2.blake2b`
//! and `_blake2.blake2s`), attributes and errors.
//!
//! A hash object keeps every byte given to it in a bytearray under `__closc_data` and digests
//! them when asked: the RustCrypto hashers are Rust values the collector could not free,
//! while a bytearray is an object it knows. So `copy` is a copy of the bytes, and a digest
//! costs a pass over all the input so far.

use super::builtin;
use crate::objects::bytes::{self, ByteArrayObj};
use crate::objects::class::{self, Layout};
use crate::objects::exceptions::{self, raise, type_error, value_error, ExcKind};
use crate::objects::function;
use crate::objects::native_class;
use crate::objects::set;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::ops;
use crate::protocols::repr;
use blake2::digest::core_api::{BlockSizeUser, Buffer, UpdateCore, VariableOutputCore};
use blake2::{Blake2bVarCore, Blake2sVarCore};
use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update};

const HASH: &str = "_hashlib.HASH";
const HASHXOF: &str = "_hashlib.HASHXOF";
const BLAKE2B: &str = "_blake2.blake2b";
const BLAKE2S: &str = "_blake2.blake2s";
const UNSUPPORTED_DIGESTMOD: &str = "_hashlib.UnsupportedDigestmodError";

#[derive(Clone, Copy, PartialEq)]
enum Algorithm {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Blake2b,
    Blake2s,
}

use Algorithm::*;

const ALGORITHMS: [Algorithm; 14] = [
    Md5, Sha1, Sha224, Sha256, Sha384, Sha512, Sha3_224, Sha3_256, Sha3_384, Sha3_512, Shake128,
    Shake256, Blake2b, Blake2s,
];

impl Algorithm {
    fn name(self) -> &'static str {
        match self {
            Md5 => "md5",
            Sha1 => "sha1",
            Sha224 => "sha224",
            Sha256 => "sha256",
            Sha384 => "sha384",
            Sha512 => "sha512",
            Sha3_224 => "sha3_224",
            Sha3_256 => "sha3_256",
            Sha3_384 => "sha3_384",
            Sha3_512 => "sha3_512",
            Shake128 => "shake_128",
            Shake256 => "shake_256",
            Blake2b => "blake2b",
            Blake2s => "blake2s",
        }
    }

    /// The algorithm `hashlib.new` names: hashlib's own name, or one of the names OpenSSL
    /// (behind CPython's `hashlib.new`) knows, in any case.
    fn from_name(name: &str) -> Option<Algorithm> {
        if let Some(a) = ALGORITHMS.iter().copied().find(|a| a.name() == name) {
            return Some(a);
        }
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" => Md5,
            "sha1" | "sha-1" => Sha1,
            "sha224" | "sha-224" => Sha224,
            "sha256" | "sha-256" => Sha256,
            "sha384" | "sha-384" => Sha384,
            "sha512" | "sha-512" => Sha512,
            "sha3-224" => Sha3_224,
            "sha3-256" => Sha3_256,
            "sha3-384" => Sha3_384,
            "sha3-512" => Sha3_512,
            "shake128" => Shake128,
            "shake256" => Shake256,
            "blake2b512" => Blake2b,
            "blake2s256" => Blake2s,
            _ => return None,
        })
    }

    fn index(self) -> usize {
        ALGORITHMS.iter().position(|&a| a == self).expect("listed")
    }

    /// The size of a digest (a shake's is chosen at each call: 0; a blake2's at most this).
    fn digest_size(self) -> usize {
        match self {
            Md5 => 16,
            Sha1 => 20,
            Sha224 | Sha3_224 => 28,
            Sha256 | Sha3_256 | Blake2s => 32,
            Sha384 | Sha3_384 => 48,
            Sha512 | Sha3_512 | Blake2b => 64,
            Shake128 | Shake256 => 0,
        }
    }

    /// The size of the blocks the algorithm works on (the sponge's rate for SHA-3).
    fn block_size(self) -> usize {
        match self {
            Md5 | Sha1 | Sha224 | Sha256 | Blake2s => 64,
            Sha384 | Sha512 | Blake2b => 128,
            Sha3_224 => 144,
            Sha3_256 => 136,
            Sha3_384 => 104,
            Sha3_512 => 72,
            Shake128 => 168,
            Shake256 => 136,
        }
    }

    fn is_xof(self) -> bool {
        matches!(self, Shake128 | Shake256)
    }
}

/// The parameters of a BLAKE2 hash beyond its input.
struct Blake2Params<'a> {
    digest_size: usize,
    key: &'a [u8],
    salt: &'a [u8],
    person: &'a [u8],
}

/// The BLAKE2 digest of `data` (`$core` is the variable-size core of BLAKE2b or BLAKE2s):
/// the key, padded to a block, goes first, as RFC 7693 keys the hash.
macro_rules! blake2_digest {
    ($core:ty, $block:expr, $params:expr, $data:expr) => {{
        let p: &Blake2Params = $params;
        let mut core = <$core>::new_with_params(p.salt, p.person, p.key.len(), p.digest_size);
        let mut buffer = if p.key.is_empty() {
            Buffer::<$core>::default()
        } else {
            let mut block = [0u8; $block];
            block[..p.key.len()].copy_from_slice(p.key);
            Buffer::<$core>::new(&block)
        };
        buffer.digest_blocks($data, |blocks| core.update_blocks(blocks));
        let mut full = Default::default();
        core.finalize_variable_core(&mut buffer, &mut full);
        full[..p.digest_size].to_vec()
    }};
}

/// The digest of `data` by `algorithm` (`length` bytes of it for a shake).
fn digest(algorithm: Algorithm, data: &[u8], blake: &Blake2Params, length: usize) -> Vec<u8> {
    fn shake<H: Default + Update + ExtendableOutput>(data: &[u8], length: usize) -> Vec<u8> {
        let mut h = H::default();
        h.update(data);
        let mut out = vec![0; length];
        h.finalize_xof_into(&mut out);
        out
    }
    match algorithm {
        Md5 => md5::Md5::digest(data).to_vec(),
        Sha1 => sha1::Sha1::digest(data).to_vec(),
        Sha224 => sha2::Sha224::digest(data).to_vec(),
        Sha256 => sha2::Sha256::digest(data).to_vec(),
        Sha384 => sha2::Sha384::digest(data).to_vec(),
        Sha512 => sha2::Sha512::digest(data).to_vec(),
        Sha3_224 => sha3::Sha3_224::digest(data).to_vec(),
        Sha3_256 => sha3::Sha3_256::digest(data).to_vec(),
        Sha3_384 => sha3::Sha3_384::digest(data).to_vec(),
        Sha3_512 => sha3::Sha3_512::digest(data).to_vec(),
        Shake128 => shake::<sha3::Shake128>(data, length),
        Shake256 => shake::<sha3::Shake256>(data, length),
        Blake2b => blake2_digest!(Blake2bVarCore, 128, blake, data),
        Blake2s => blake2_digest!(Blake2sVarCore, 64, blake, data),
    }
}

/// The bytes of a `data` argument: bytes-like objects; a str must be encoded first.
fn data_bytes(v: Value) -> PyResult<Vec<u8>> {
    if pystr::as_str(v).is_some() {
        return type_error("Strings must be encoded before hashing");
    }
    match bytes::buffer(v)? {
        Some(b) => Ok(b.to_vec()),
        None => type_error("object supporting the buffer API required"),
    }
}

/// The receiver of a hash object's method, whichever of the hash classes it is.
fn receiver(args: &[Value], method: &str) -> PyResult<Value> {
    match args.first() {
        Some(&o)
            if [HASH, BLAKE2B, BLAKE2S]
                .iter()
                .any(|k| native_class::is(o, k)) =>
        {
            Ok(o)
        }
        _ => native_class::this(args, HASH, method, "_hashlib.HASH"),
    }
}

fn algorithm_of(o: Value) -> Algorithm {
    let index = native_class::state(o, "__closc_algorithm");
    ALGORITHMS[if index.is_small() {
        index.small_value() as usize
    } else {
        0
    }]
}

fn data_of(o: Value) -> &'static ByteArrayObj {
    native_class::state(o, "__closc_data")
        .get::<ByteArrayObj>()
        .expect("a hash object holds its data")
}

fn bytes_state(o: Value, key: &'static str) -> &'static [u8] {
    bytes::as_bytes(native_class::state(o, key)).unwrap_or(&[])
}

/// The digest of the bytes hash object `o` has been given.
fn digest_of(o: Value, length: usize) -> Vec<u8> {
    let algorithm = algorithm_of(o);
    let size = native_class::state(o, "__closc_digest_size");
    let blake = Blake2Params {
        digest_size: if size.is_small() {
            size.small_value() as usize
        } else {
            algorithm.digest_size()
        },
        key: bytes_state(o, "__closc_key"),
        salt: bytes_state(o, "__closc_salt"),
        person: bytes_state(o, "__closc_person"),
    };
    digest(algorithm, &data_of(o).data(), &blake, length)
}

fn hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{b:02x}")).collect()
}

/// Makes a hash object of class `key` for `algorithm`, holding `data`.
fn new_hash(key: &'static str, algorithm: Algorithm, data: Vec<u8>) -> Value {
    let make: fn() -> Value = match key {
        HASHXOF => make_hashxof,
        BLAKE2B => make_blake2b,
        BLAKE2S => make_blake2s,
        _ => make_hash,
    };
    let o = native_class::instance(native_class::class(key, make));
    init_hash(o, algorithm, data);
    o
}

fn init_hash(o: Value, algorithm: Algorithm, data: Vec<u8>) {
    native_class::set(
        o,
        "__closc_algorithm",
        Value::small(algorithm.index() as i64),
    );
    native_class::set(o, "__closc_data", bytes::new_bytearray(data));
}

/// Checks that a method of hash object `o` got `count` positional arguments and no
/// keywords, naming it as CPython does (`HASH.update`, `blake2b.digest`).
fn check_arguments(o: Value, method: &str, args: &[Value], kw: Kw, count: usize) -> PyResult<()> {
    if kw.is_empty() && args.len() == count + 1 {
        return Ok(());
    }
    let class = if native_class::is(o, BLAKE2B) || native_class::is(o, BLAKE2S) {
        algorithm_of(o).name()
    } else {
        "HASH"
    };
    let name = format!("{class}.{method}");
    args::no_kw(&name, kw)?;
    args::method_count(&name, args, count, count)
}

fn hash_update(args: &[Value], kw: Kw) -> PyResult {
    let o = receiver(args, "update")?;
    check_arguments(o, "update", args, kw, 1)?;
    let more = data_bytes(args[1])?;
    data_of(o).data_mut().extend_from_slice(&more);
    Ok(none())
}

fn hash_digest(args: &[Value], kw: Kw) -> PyResult {
    let o = receiver(args, "digest")?;
    check_arguments(o, "digest", args, kw, 0)?;
    Ok(bytes::new(&digest_of(o, 0)))
}

fn hash_hexdigest(args: &[Value], kw: Kw) -> PyResult {
    let o = receiver(args, "hexdigest")?;
    check_arguments(o, "hexdigest", args, kw, 0)?;
    Ok(pystr::new(&hex(&digest_of(o, 0))))
}

/// The `length` argument of a shake's `digest`/`hexdigest`.
fn xof_length(args: &[Value], kw: Kw, method: &str) -> PyResult<usize> {
    args::check_kw(method, kw, &["length"])?;
    if args.len() > 2 {
        return type_error(format!(
            "{method}() takes at most 1 argument ({} given)",
            args.len() - 1
        ));
    }
    let Some(length) = args.get(1).copied().or(kw.get("length")) else {
        return type_error(format!(
            "{method}() missing required argument 'length' (pos 1)"
        ));
    };
    let n = args::index_arg(length)?;
    if n < 0 {
        return raise(ExcKind::MemoryError, "");
    }
    Ok(n as usize)
}

fn xof_digest(args: &[Value], kw: Kw) -> PyResult {
    let o = native_class::this(args, HASHXOF, "digest", "_hashlib.HASHXOF")?;
    let n = xof_length(args, kw, "digest")?;
    Ok(bytes::new(&digest_of(o, n)))
}

fn xof_hexdigest(args: &[Value], kw: Kw) -> PyResult {
    let o = native_class::this(args, HASHXOF, "hexdigest", "_hashlib.HASHXOF")?;
    let n = xof_length(args, kw, "hexdigest")?;
    Ok(pystr::new(&hex(&digest_of(o, n))))
}

/// `copy()`: a hash object of the same class and parameters, given the same bytes.
fn hash_copy(args: &[Value], kw: Kw) -> PyResult {
    let o = receiver(args, "copy")?;
    check_arguments(o, "copy", args, kw, 0)?;
    let algorithm = algorithm_of(o);
    let key = [HASHXOF, BLAKE2B, BLAKE2S]
        .into_iter()
        .find(|k| native_class::is(o, k))
        .unwrap_or(HASH);
    let copy = new_hash(key, algorithm, data_of(o).data().clone());
    for state in [
        "__closc_digest_size",
        "__closc_key",
        "__closc_salt",
        "__closc_person",
    ] {
        if let Some(v) = native_class::get(o, state) {
            native_class::set(copy, state, v);
        }
    }
    Ok(copy)
}

fn hash_name(args: &[Value], _kw: Kw) -> PyResult {
    Ok(pystr::new(algorithm_of(receiver(args, "name")?).name()))
}

fn hash_digest_size(args: &[Value], _kw: Kw) -> PyResult {
    let o = receiver(args, "digest_size")?;
    let size = native_class::state(o, "__closc_digest_size");
    if size.is_small() {
        return Ok(size);
    }
    Ok(Value::small(algorithm_of(o).digest_size() as i64))
}

fn hash_block_size(args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::small(
        algorithm_of(receiver(args, "block_size")?).block_size() as i64,
    ))
}

/// `<sha256 _hashlib.HASH object @ 0x...>`.
fn hash_repr(args: &[Value], _kw: Kw) -> PyResult {
    let o = receiver(args, "__repr__")?;
    let class = if native_class::is(o, HASHXOF) {
        "HASHXOF"
    } else {
        "HASH"
    };
    Ok(pystr::new(&format!(
        "<{} _hashlib.{class} object @ {:#x}>",
        algorithm_of(o).name(),
        o.0
    )))
}

/// Puts the read-only attributes `name`, `digest_size` and `block_size` on `cls`.
fn add_attributes(cls: Value) -> Value {
    let getters: [(&'static str, function::NativeFn); 3] = [
        ("name", hash_name),
        ("digest_size", hash_digest_size),
        ("block_size", hash_block_size),
    ];
    for (name, getter) in getters {
        let property = function::new_property(
            function::new_builtin(name, getter),
            Value::NULL,
            Value::NULL,
            Value::NULL,
        )
        .expect("a property of a builtin");
        native_class::class_set(cls, name, property);
    }
    cls
}

fn make_hash() -> Value {
    add_attributes(native_class::new_class(
        "HASH",
        "_hashlib",
        Value::NULL,
        &[
            ("update", hash_update),
            ("digest", hash_digest),
            ("hexdigest", hash_hexdigest),
            ("copy", hash_copy),
            ("__repr__", hash_repr),
        ],
    ))
}

fn make_hashxof() -> Value {
    native_class::new_class(
        "HASHXOF",
        "_hashlib",
        native_class::class(HASH, make_hash),
        &[("digest", xof_digest), ("hexdigest", xof_hexdigest)],
    )
}

fn make_blake2(name: &'static str, init: function::NativeFn) -> Value {
    add_attributes(native_class::new_class(
        name,
        "_blake2",
        Value::NULL,
        &[
            ("__init__", init),
            ("update", hash_update),
            ("digest", hash_digest),
            ("hexdigest", hash_hexdigest),
            ("copy", hash_copy),
        ],
    ))
}

fn make_blake2b() -> Value {
    make_blake2("blake2b", blake2b_init)
}

fn make_blake2s() -> Value {
    make_blake2("blake2s", blake2s_init)
}

/// A bytes-like keyword argument of blake2, at most `max` bytes long.
fn blake2_bytes(kw: Kw, name: &str, max: usize) -> PyResult<Vec<u8>> {
    let Some(v) = kw.get(name) else {
        return Ok(Vec::new());
    };
    let b = data_bytes(v)?;
    if b.len() > max {
        return value_error(format!("maximum {name} length is {max} bytes"));
    }
    Ok(b)
}

/// `blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'',
/// usedforsecurity=True)` and blake2s's, whose sizes are halved.
fn blake2_init(args: &[Value], kw: Kw, key: &'static str, algorithm: Algorithm) -> PyResult {
    let name = algorithm.name();
    let o = native_class::this(args, key, "__init__", key)?;
    args::check_kw(
        name,
        kw,
        &[
            "data",
            "string",
            "digest_size",
            "key",
            "salt",
            "person",
            "usedforsecurity",
        ],
    )?;
    if args.len() > 2 {
        return type_error(format!(
            "{name}() takes at most 1 positional argument ({} given)",
            args.len() - 1
        ));
    }
    let max = algorithm.digest_size();
    let digest_size = match kw.get("digest_size") {
        Some(v) => args::index_arg(v)?,
        None => max as i64,
    };
    if !(1..=max as i64).contains(&digest_size) {
        return value_error(format!("digest_size must be between 1 and {max} bytes"));
    }
    let key_bytes = blake2_bytes(kw, "key", max)?;
    let salt = blake2_bytes(kw, "salt", max / 4)?;
    let person = blake2_bytes(kw, "person", max / 4)?;
    let data = match args.get(1).copied().or(kw.get("data")).or(kw.get("string")) {
        Some(d) => data_bytes(d)?,
        None => Vec::new(),
    };
    init_hash(o, algorithm, data);
    native_class::set(o, "__closc_digest_size", Value::small(digest_size));
    native_class::set(o, "__closc_key", bytes::new(&key_bytes));
    native_class::set(o, "__closc_salt", bytes::new(&salt));
    native_class::set(o, "__closc_person", bytes::new(&person));
    Ok(none())
}

fn blake2b_init(args: &[Value], kw: Kw) -> PyResult {
    blake2_init(args, kw, BLAKE2B, Blake2b)
}

fn blake2s_init(args: &[Value], kw: Kw) -> PyResult {
    blake2_init(args, kw, BLAKE2S, Blake2s)
}

/// A hash object for `algorithm` from `data` (maybe absent), as the `openssl_*`
/// constructors make them: `fname(string=b'', *, usedforsecurity=True)`.
fn construct(algorithm: Algorithm, data: Option<Value>) -> PyResult {
    let data = match data {
        Some(d) => data_bytes(d)?,
        None => Vec::new(),
    };
    let key = if algorithm.is_xof() { HASHXOF } else { HASH };
    Ok(new_hash(key, algorithm, data))
}

/// The data argument of a constructor: one positional argument or `string=`.
fn constructor_data(fname: &str, args: &[Value], kw: Kw) -> PyResult<Option<Value>> {
    args::check_kw(fname, kw, &["string", "usedforsecurity"])?;
    if args.len() > 1 {
        return type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            args.len()
        ));
    }
    Ok(args.first().copied().or(kw.get("string")))
}

macro_rules! constructors {
    ($($fn_name:ident => $algorithm:expr, $name:literal;)*) => {
        $(
            fn $fn_name(args: &[Value], kw: Kw) -> PyResult {
                let data = constructor_data($name, args, kw)?;
                construct($algorithm, data)
            }
        )*

        /// The `openssl_*` constructors, by the name hashlib gives them.
        fn constructor_entries() -> Vec<(&'static str, Value)> {
            vec![$((
                Algorithm::name($algorithm),
                function::new_builtin($name, $fn_name),
            )),*]
        }
    };
}

constructors! {
    hashlib_md5 => Md5, "openssl_md5";
    hashlib_sha1 => Sha1, "openssl_sha1";
    hashlib_sha224 => Sha224, "openssl_sha224";
    hashlib_sha256 => Sha256, "openssl_sha256";
    hashlib_sha384 => Sha384, "openssl_sha384";
    hashlib_sha512 => Sha512, "openssl_sha512";
    hashlib_sha3_224 => Sha3_224, "openssl_sha3_224";
    hashlib_sha3_256 => Sha3_256, "openssl_sha3_256";
    hashlib_sha3_384 => Sha3_384, "openssl_sha3_384";
    hashlib_sha3_512 => Sha3_512, "openssl_sha3_512";
    hashlib_shake_128 => Shake128, "openssl_shake_128";
    hashlib_shake_256 => Shake256, "openssl_shake_256";
}

/// `hashlib.new(name, data=b'', **kwargs)`: blake2's keyword arguments go to its class.
fn hashlib_new(args: &[Value], kw: Kw) -> PyResult {
    let Some(&name) = args.first().or(kw.get("name").as_ref()) else {
        return type_error("__hash_new() missing 1 required positional argument: 'name'");
    };
    let Some(name_str) = pystr::as_str(name) else {
        return type_error("name must be a string");
    };
    let Some(algorithm) = Algorithm::from_name(name_str) else {
        return value_error(format!("unsupported hash type {name_str}"));
    };
    let data = args.get(1).copied().or(kw.get("data"));
    if args.len() > 2 {
        return type_error(format!(
            "__hash_new() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        ));
    }
    match algorithm {
        Blake2b | Blake2s => {
            let key = if algorithm == Blake2b {
                BLAKE2B
            } else {
                BLAKE2S
            };
            let o = native_class::instance(native_class::class(
                key,
                if algorithm == Blake2b {
                    make_blake2b
                } else {
                    make_blake2s
                },
            ));
            let mut init_args = vec![o];
            init_args.extend(data);
            let (names, values): (Vec<Value>, Vec<Value>) = kw
                .names
                .iter()
                .zip(kw.values)
                .filter(|(n, _)| !matches!(pystr::as_str(**n), Some("name" | "data")))
                .map(|(n, v)| (*n, *v))
                .unzip();
            let rest = Kw {
                names: &names,
                values: &values,
            };
            blake2_init(&init_args, rest, key, algorithm)?;
            Ok(o)
        }
        _ => {
            args::check_kw("new", kw, &["name", "data", "string", "usedforsecurity"])?;
            construct(algorithm, data.or(kw.get("string")))
        }
    }
}

/// The inner and outer hashers of an HMAC keyed with `key` (RFC 2104), each already fed
/// its padded key, to be cloned for every message.
fn hmac_pads<D: Digest + BlockSizeUser + Clone>(key: &[u8]) -> (D, D) {
    let block = D::block_size();
    let mut padded = if key.len() > block {
        D::digest(key).to_vec()
    } else {
        key.to_vec()
    };
    padded.resize(block, 0);
    let mut inner = D::new();
    Digest::update(
        &mut inner,
        padded.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>(),
    );
    let mut outer = D::new();
    Digest::update(
        &mut outer,
        padded.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>(),
    );
    (inner, outer)
}

fn hmac_of<D: Digest + Clone>(pads: &(D, D), message: &[u8]) -> Vec<u8> {
    let mut inner = pads.0.clone();
    Digest::update(&mut inner, message);
    let mut outer = pads.1.clone();
    Digest::update(&mut outer, inner.finalize());
    outer.finalize().to_vec()
}

/// PBKDF2 (RFC 8018) with HMAC-`D`: `length` bytes of key derived from `password`.
fn pbkdf2<D: Digest + BlockSizeUser + Clone>(
    password: &[u8],
    salt: &[u8],
    iterations: u64,
    length: usize,
) -> Vec<u8> {
    let pads = hmac_pads::<D>(password);
    let mut key = Vec::with_capacity(length);
    let mut block_number = 1u32;
    while key.len() < length {
        let mut first = salt.to_vec();
        first.extend_from_slice(&block_number.to_be_bytes());
        let mut u = hmac_of(&pads, &first);
        let mut block = u.clone();
        for _ in 1..iterations {
            u = hmac_of(&pads, &u);
            block.iter_mut().zip(&u).for_each(|(t, x)| *t ^= x);
        }
        key.extend_from_slice(&block);
        block_number += 1;
    }
    key.truncate(length);
    key
}

fn make_unsupported_digestmod() -> Value {
    let cls = class::new_builtin(
        "UnsupportedDigestmodError",
        &[types::exc_class(ExcKind::ValueError)],
        Layout::Exception,
    );
    native_class::class_set(cls, "__module__", pystr::new("_hashlib"));
    cls
}

/// A bytes-like argument that must not be a str (`password` and `salt`).
fn bytes_like(v: Value) -> PyResult<Vec<u8>> {
    match bytes::buffer(v)? {
        Some(b) => Ok(b.to_vec()),
        None => type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name(v)
        )),
    }
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn hashlib_pbkdf2_hmac(args: &[Value], kw: Kw) -> PyResult {
    const PARAMETERS: [&str; 5] = ["hash_name", "password", "salt", "iterations", "dklen"];
    args::check_kw("pbkdf2_hmac", kw, &PARAMETERS)?;
    if args.len() > PARAMETERS.len() {
        return type_error(format!(
            "pbkdf2_hmac() takes at most 5 arguments ({} given)",
            args.len() + kw.names.len()
        ));
    }
    let mut values = [None; 5];
    for (i, name) in PARAMETERS.iter().enumerate() {
        values[i] = args.get(i).copied().or(kw.get(name));
        if values[i].is_none() && i < 4 {
            return type_error(format!(
                "pbkdf2_hmac() missing required argument '{name}' (pos {})",
                i + 1
            ));
        }
    }
    let [Some(name), Some(password), Some(salt), Some(iterations), dklen] = values else {
        unreachable!("the four required arguments were checked above");
    };
    let Some(name) = pystr::as_str(name) else {
        return type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
            args::given_type(name)
        ));
    };
    let password = bytes_like(password)?;
    let salt = bytes_like(salt)?;
    let iterations = args::index_arg(iterations)?;
    // CPython looks the digest up before it checks the numbers.
    let Some(algorithm) = Algorithm::from_name(name) else {
        let args = tuple::new(&[pystr::new("[digital envelope routines] unsupported")]);
        let cls = native_class::class(UNSUPPORTED_DIGESTMOD, make_unsupported_digestmod);
        return Err(exceptions::set_pending(exceptions::new_instance(cls, args)));
    };
    if iterations < 1 {
        return value_error("iteration value must be greater than 0.");
    }
    let length = match dklen {
        Some(d) if !d.is_none() => args::index_arg(d)?,
        _ => algorithm.digest_size() as i64,
    };
    if length < 1 {
        return value_error("key length must be greater than 0.");
    }
    let (iterations, length) = (iterations as u64, length as usize);
    let derive = match algorithm {
        Md5 => pbkdf2::<md5::Md5>,
        Sha1 => pbkdf2::<sha1::Sha1>,
        Sha224 => pbkdf2::<sha2::Sha224>,
        Sha256 => pbkdf2::<sha2::Sha256>,
        Sha384 => pbkdf2::<sha2::Sha384>,
        Sha512 => pbkdf2::<sha2::Sha512>,
        Sha3_224 => pbkdf2::<sha3::Sha3_224>,
        Sha3_256 => pbkdf2::<sha3::Sha3_256>,
        Sha3_384 => pbkdf2::<sha3::Sha3_384>,
        Sha3_512 => pbkdf2::<sha3::Sha3_512>,
        Blake2b => pbkdf2::<blake2::Blake2b512>,
        Blake2s => pbkdf2::<blake2::Blake2s256>,
        // OpenSSL has no HMAC over an extendable-output function, and says no more.
        Shake128 | Shake256 => return value_error("no reason supplied"),
    };
    Ok(bytes::new(&derive(&password, &salt, iterations, length)))
}

/// `file_digest(fileobj, digest, /, *, _bufsize=2**18)`: the hash object `digest` (a name
/// or a constructor) made, updated with the whole of a binary file object: its
/// `getbuffer()` if it has one, else chunk after chunk of `readinto`.
fn hashlib_file_digest(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw_python("file_digest", kw, &["_bufsize"])?;
    let (fileobj, digest) = match args {
        [f, d] => (*f, *d),
        [] | [_] => {
            let missing = if args.is_empty() {
                "2 required positional arguments: 'fileobj' and 'digest'"
            } else {
                "1 required positional argument: 'digest'"
            };
            return type_error(format!("file_digest() missing {missing}"));
        }
        _ => {
            return type_error(format!(
                "file_digest() takes 2 positional arguments but {} were given",
                args.len()
            ))
        }
    };
    let bufsize = match kw.get("_bufsize") {
        Some(n) => args::index_arg(n)?.max(1) as usize,
        None => 1 << 18,
    };
    let digest_object = if pystr::as_str(digest).is_some() {
        hashlib_new(&[digest], Kw::NONE)?
    } else {
        call::call_rooted(digest, &[], Kw::NONE)?
    };
    let update = pystr::intern("update");
    if attr::getattr_opt(fileobj, pystr::intern("getbuffer"))?.is_some() {
        let buffer = call::call_method_rooted(fileobj, pystr::intern("getbuffer"), &[], Kw::NONE)?;
        call::call_method_rooted(digest_object, update, &[buffer], Kw::NONE)?;
        return Ok(digest_object);
    }
    let readable = attr::getattr_opt(fileobj, pystr::intern("readinto"))?.is_some()
        && match attr::getattr_opt(fileobj, pystr::intern("readable"))? {
            Some(method) => ops::truthy(call::call_rooted(method, &[], Kw::NONE)?)?,
            None => false,
        };
    if !readable {
        let text = repr::repr(fileobj)?;
        return value_error(format!(
            "'{}' is not a file-like object in binary reading mode.",
            pystr::as_str(text).unwrap_or("")
        ));
    }
    let buffer = bytes::new_bytearray(vec![0; bufsize]);
    let readinto = pystr::intern("readinto");
    loop {
        let size = call::call_method_rooted(fileobj, readinto, &[buffer], Kw::NONE)?;
        let size = args::index_arg(size)?.clamp(0, bufsize as i64) as usize;
        if size == 0 {
            return Ok(digest_object);
        }
        let chunk = match buffer.get::<ByteArrayObj>() {
            Some(b) => bytes::new(&b.data()[..size.min(b.data().len())]),
            None => bytes::new(&[]),
        };
        call::call_method_rooted(digest_object, update, &[chunk], Kw::NONE)?;
    }
}

/// A set of the algorithms' names.
fn algorithm_set() -> Value {
    let s = set::new(false);
    if let Some(set) = set::get(s) {
        for a in ALGORITHMS {
            set.add(pystr::new(a.name())).expect("strs hash");
        }
    }
    s
}

pub fn entries() -> Vec<(&'static str, Value)> {
    let mut entries = constructor_entries();
    entries.extend([
        builtin("new", hashlib_new),
        builtin("pbkdf2_hmac", hashlib_pbkdf2_hmac),
        builtin("file_digest", hashlib_file_digest),
        ("blake2b", native_class::class(BLAKE2B, make_blake2b)),
        ("blake2s", native_class::class(BLAKE2S, make_blake2s)),
        ("algorithms_guaranteed", algorithm_set()),
        ("algorithms_available", algorithm_set()),
    ]);
    entries
}
