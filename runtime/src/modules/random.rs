//! `_random`: the Mersenne Twister (MT19937) behind `random.Random`, with CPython's seeding,
//! so that a seed gives CPython's numbers. `lib/random.py` builds the distributions on top,
//! as CPython's `random.py` does on its `_random`.
//!
//! A generator's state is a bytearray kept in the instance under `__closc_mt`: 624 words
//! and the position of the next one, each as 4 native-endian bytes. A bytearray is an
//! object the collector already knows, and it holds no `Value`s.

use super::builtin;
use crate::objects::bytes::{self, ByteArrayObj};
use crate::objects::exceptions::{raise, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::native_class;
use crate::objects::tuple;
use crate::objects::value::{none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::ops;
use num_bigint::{BigInt, Sign};
use std::io::Read;

const RANDOM: &str = "_random.Random";
const STATE_KEY: &str = "__closc_mt";

/// Words of MT19937's state.
const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// A view of a generator's state in its bytearray: words `0..N`, then the index.
struct Twister<'a>(&'a mut [u8]);

impl Twister<'_> {
    fn word(&self, i: usize) -> u32 {
        u32::from_ne_bytes(self.0[i * 4..i * 4 + 4].try_into().expect("4 bytes"))
    }

    fn set_word(&mut self, i: usize, w: u32) {
        self.0[i * 4..i * 4 + 4].copy_from_slice(&w.to_ne_bytes());
    }

    fn index(&self) -> usize {
        self.word(N) as usize
    }

    fn set_index(&mut self, i: usize) {
        self.set_word(N, i as u32);
    }

    /// The reference implementation's `init_genrand`.
    fn init_from_word(&mut self, seed: u32) {
        self.set_word(0, seed);
        for i in 1..N {
            let prev = self.word(i - 1);
            self.set_word(
                i,
                1_812_433_253u32
                    .wrapping_mul(prev ^ (prev >> 30))
                    .wrapping_add(i as u32),
            );
        }
        self.set_index(N);
    }

    /// The reference implementation's `init_by_array`, which CPython seeds with.
    fn init_from_key(&mut self, key: &[u32]) {
        self.init_from_word(19_650_218);
        let mut i = 1;
        let mut j = 0;
        for _ in 0..N.max(key.len()) {
            let prev = self.word(i - 1);
            let mixed = (self.word(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            self.set_word(i, mixed);
            i += 1;
            j += 1;
            if i >= N {
                self.set_word(0, self.word(N - 1));
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.word(i - 1);
            let mixed = (self.word(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            self.set_word(i, mixed);
            i += 1;
            if i >= N {
                self.set_word(0, self.word(N - 1));
                i = 1;
            }
        }
        // The most significant bit is 1, so the state is never all zeros.
        self.set_word(0, 0x8000_0000);
    }

    /// Regenerates the N words once they are all used.
    fn twist(&mut self) {
        let mix = |upper: u32, lower: u32, far: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N {
            let next = self.word((k + 1) % N);
            let far = self.word((k + M) % N);
            self.set_word(k, mix(self.word(k), next, far));
        }
        self.set_index(0);
    }

    /// The next 32 random bits (`genrand_uint32`).
    fn next_u32(&mut self) -> u32 {
        if self.index() >= N {
            self.twist();
        }
        let i = self.index();
        let mut y = self.word(i);
        self.set_index(i + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) from 53 random bits, as CPython's `random()` makes it.
    fn next_f64(&mut self) -> f64 {
        let high = (self.next_u32() >> 5) as f64;
        let low = (self.next_u32() >> 6) as f64;
        (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// `n` bytes from the operating system's entropy source.
pub fn os_entropy(n: usize) -> std::io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut buf)?;
    Ok(buf)
}

/// Seeds `t` from the operating system, or, should that fail, from the time and the
/// process id (as CPython falls back to the time).
fn seed_from_os(t: &mut Twister) {
    let key: Vec<u32> = match os_entropy(N * 4) {
        Ok(bytes) => bytes
            .chunks_exact(4)
            .map(|c| u32::from_ne_bytes(c.try_into().expect("4 bytes")))
            .collect(),
        Err(_) => {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            vec![
                nanos as u32,
                (nanos >> 32) as u32,
                (nanos >> 64) as u32,
                std::process::id(),
            ]
        }
    };
    t.init_from_key(&key);
}

/// The receiver's state, made (seeded from the operating system, as CPython's
/// `Random.__new__` does) if a subclass's `__init__` never seeded it.
fn state_of(args: &[Value], method: &str) -> PyResult<&'static ByteArrayObj> {
    let this = native_class::this(args, RANDOM, method, "_random.Random")?;
    if let Some(ba) = native_class::get(this, STATE_KEY).and_then(|s| s.get::<ByteArrayObj>()) {
        return Ok(ba);
    }
    let s = bytes::new_bytearray(vec![0; (N + 1) * 4]);
    native_class::set(this, STATE_KEY, s);
    let ba = s.get::<ByteArrayObj>().expect("just made");
    seed_from_os(&mut Twister(&mut ba.data_mut()));
    Ok(ba)
}

/// The 32-bit words of `n`'s absolute value, least significant first (`[0]` for 0).
fn key_of(n: &BigInt) -> Vec<u32> {
    let (_, mut words) = n.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

/// `seed(n)`: None seeds from the operating system, an int by its absolute value, anything
/// else by its hash taken as an unsigned 64-bit word.
fn random_seed(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("seed", kw)?;
    args::method_count("seed", args, 0, 1)?;
    seed(args)
}

/// Seeds the receiver `args[0]` from `args[1]` (None if absent).
fn seed(args: &[Value]) -> PyResult {
    let ba = state_of(args, "seed")?;
    let arg = args.get(1).copied().unwrap_or_else(none);
    if arg.is_none() {
        seed_from_os(&mut Twister(&mut ba.data_mut()));
        return Ok(none());
    }
    // An int subclass seeds by its int value, whatever its own `__abs__` or `__hash__`.
    let arg = crate::objects::builtin_subclass::base_value(arg)
        .filter(|&v| int::is_int(v))
        .unwrap_or(arg);
    let key = match int::as_int(arg) {
        Some(n) => key_of(&n.to_big()),
        None => key_of(&BigInt::from(ops::hash(arg)? as u64)),
    };
    Twister(&mut ba.data_mut()).init_from_key(&key);
    Ok(none())
}

fn random_random(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("random", args, 0, 0)?;
    let ba = state_of(args, "random")?;
    let x = Twister(&mut ba.data_mut()).next_f64();
    Ok(float::new(x))
}

/// `getrandbits(k)`: an int of `k` random bits, built from 32-bit words, least
/// significant first, the last one keeping its high bits.
fn random_getrandbits(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getrandbits", kw)?;
    args::method_count("getrandbits", args, 1, 1)?;
    let ba = state_of(args, "getrandbits")?;
    let k = args::index_arg(args[1])?;
    if k > i32::MAX as i64 {
        return raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        );
    }
    if k < 0 {
        return value_error("number of bits must be non-negative");
    }
    let mut t = Twister(&mut ba.data_mut());
    if k == 0 {
        return Ok(Value::small(0));
    }
    if k <= 32 {
        return Ok(int::from_u64((t.next_u32() >> (32 - k)) as u64));
    }
    let mut left = k as u64;
    let mut words = Vec::with_capacity((k as u64).div_ceil(32) as usize);
    while left > 0 {
        let w = t.next_u32();
        words.push(if left < 32 { w >> (32 - left) } else { w });
        left = left.saturating_sub(32);
    }
    Ok(int::from_big(BigInt::from_slice(Sign::Plus, &words)))
}

/// `getstate()`: the N words and the index, as a tuple of ints.
fn random_getstate(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("getstate", args, 0, 0)?;
    let ba = state_of(args, "getstate")?;
    let t = Twister(&mut ba.data_mut());
    let items: Vec<Value> = (0..=N).map(|i| Value::small(t.word(i) as i64)).collect();
    Ok(tuple::new(&items))
}

/// An item of a state vector: an unsigned C long, of which the generator keeps 32 bits.
fn state_word(v: Value) -> PyResult<u32> {
    let Some(n) = int::as_int(v) else {
        return type_error("an integer is required");
    };
    let n = n.to_big();
    if n.sign() == Sign::Minus {
        return raise(
            ExcKind::OverflowError,
            "can't convert negative value to unsigned int",
        );
    }
    match u64::try_from(&n) {
        Ok(w) => Ok(w as u32),
        Err(_) => raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C unsigned long",
        ),
    }
}

/// `setstate(state)`: the inverse of `getstate`.
fn random_setstate(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("setstate", kw)?;
    args::method_count("setstate", args, 1, 1)?;
    let ba = state_of(args, "setstate")?;
    let Some(items) = tuple::items(args[1]) else {
        return type_error("state vector must be a tuple");
    };
    if items.len() != N + 1 {
        return value_error("state vector is the wrong size");
    }
    let mut words = Vec::with_capacity(N);
    for &v in &items[..N] {
        words.push(state_word(v)?);
    }
    let index = match int::as_int(items[N]) {
        Some(n) => n.to_i64(),
        None => return type_error("an integer is required"),
    };
    let index = match index {
        Some(i) if (0..=N as i64).contains(&i) => i as usize,
        _ => return value_error("invalid state"),
    };
    let mut t = Twister(&mut ba.data_mut());
    for (i, w) in words.into_iter().enumerate() {
        t.set_word(i, w);
    }
    t.set_index(index);
    Ok(none())
}

/// `_random.Random(x)` seeds from `x` (the Python `random.Random` overrides this with its
/// own `__init__`, which calls `seed`).
fn random_init(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("Random", kw)?;
    if args.len() > 2 {
        return type_error(format!(
            "Random expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    seed(args)
}

/// `_random._urandom(n)`: `n` bytes from the operating system, for `SystemRandom` (closc's
/// own helper: `random` must not need `os`).
fn urandom(args: &[Value], kw: Kw) -> PyResult {
    let n = args::index_arg(args::one("_urandom", args, kw)?)?;
    if n < 0 {
        return value_error("negative argument not allowed");
    }
    match os_entropy(n as usize) {
        Ok(b) => Ok(bytes::new(&b)),
        Err(e) => crate::objects::exceptions::raise_os_error(&e, &[]),
    }
}

fn make_random() -> Value {
    native_class::new_class(
        "Random",
        "_random",
        Value::NULL,
        &[
            ("__init__", random_init),
            ("seed", random_seed),
            ("random", random_random),
            ("getrandbits", random_getrandbits),
            ("getstate", random_getstate),
            ("setstate", random_setstate),
        ],
    )
}

pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        ("Random", native_class::class(RANDOM, make_random)),
        builtin("_urandom", urandom),
    ]
}
