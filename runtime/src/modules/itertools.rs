//! The `itertools` module: lazy iterators, as CPython's. Each is an instance of a
//! runtime-defined class (see `objects/native_class.rs`) whose state lives in its instance dict.
//! Their `__next__` steps the underlying iterators with `iter::next_rooted`, so that the
//! collector may run while a generator produces the items (`list(islice(gen, n))` would
//! otherwise hold every object made meanwhile until it returns): what they keep between
//! steps is in that dict, and what they hold across a step in locals. `zip_longest` (which
//! gathers a tuple's items in a `Vec`) and `tee` step without collections.

use crate::objects::exceptions::{type_error, value_error};
use crate::objects::float;
use crate::objects::function::{self, NativeFn};
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::native_class::{self, del, get, set, state, stop};
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::value::{bool_value, none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::{self, Kw};
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::repr;

/// Defines an iterator class: key, name, `__init__`, `__next__`, extra methods.
fn iter_class(
    name: &'static str,
    init: NativeFn,
    next: NativeFn,
    extra: &[(&'static str, NativeFn)],
) -> Value {
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("__init__", init),
        ("__iter__", native_class::iter_self),
        ("__next__", next),
    ];
    methods.extend_from_slice(extra);
    native_class::new_class(name, "itertools", Value::NULL, &methods)
}

macro_rules! classes {
    ($($key:ident, $maker:ident => $name:literal, $init:ident, $next:ident, [$($extra:expr),*];)*) => {
        $(
            const $key: &str = concat!("itertools.", $name);
            fn $maker() -> Value {
                iter_class($name, $init, $next, &[$($extra),*])
            }
        )*
    };
}

classes! {
    COUNT, make_count => "count", count_init, count_next, [("__repr__", count_repr)];
    CYCLE, make_cycle => "cycle", cycle_init, cycle_next, [];
    REPEAT, make_repeat => "repeat", repeat_init, repeat_next, [("__repr__", repeat_repr), ("__length_hint__", repeat_len)];
    CHAIN, make_chain => "chain", chain_init, chain_next, [("from_iterable", chain_from_iterable)];
    ISLICE, make_islice => "islice", islice_init, islice_next, [];
    ACCUMULATE, make_accumulate => "accumulate", accumulate_init, accumulate_next, [];
    PRODUCT, make_product => "product", product_init, product_next, [];
    PERMUTATIONS, make_permutations => "permutations", permutations_init, permutations_next, [];
    COMBINATIONS, make_combinations => "combinations", combinations_init, combinations_next, [];
    COMBINATIONS_WR, make_combinations_wr => "combinations_with_replacement", cwr_init, cwr_next, [];
    GROUPBY, make_groupby => "groupby", groupby_init, groupby_next, [];
    GROUPER, make_grouper => "_grouper", no_init, grouper_next, [];
    TAKEWHILE, make_takewhile => "takewhile", takewhile_init, takewhile_next, [];
    DROPWHILE, make_dropwhile => "dropwhile", dropwhile_init, dropwhile_next, [];
    ZIP_LONGEST, make_zip_longest => "zip_longest", zip_longest_init, zip_longest_next, [];
    STARMAP, make_starmap => "starmap", starmap_init, starmap_next, [];
    PAIRWISE, make_pairwise => "pairwise", pairwise_init, pairwise_next, [];
    FILTERFALSE, make_filterfalse => "filterfalse", filterfalse_init, filterfalse_next, [];
    COMPRESS, make_compress => "compress", compress_init, compress_next, [];
    TEE, make_tee => "_tee", no_init, tee_next, [];
}

fn me(args: &[Value], key: &'static str, method: &str) -> PyResult<Value> {
    native_class::this(args, key, method, key)
}

fn no_init(_args: &[Value], _kw: Kw) -> PyResult {
    type_error("cannot create instances of this type")
}

/// `args[i]` as an integer (`what` names it in errors).
fn small(v: Value) -> i64 {
    if v.is_small() {
        v.small_value()
    } else {
        0
    }
}

// count

fn is_number(v: Value) -> bool {
    int::is_int(v) || float::as_f64(v).is_some() || ops::is_user_object(v)
}

fn count_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, COUNT, "__init__")?;
    args::check_kw("count", kw, &["start", "step"])?;
    args::count("count", &args[1..], 0, 2)?;
    let start = args
        .get(1)
        .copied()
        .or(kw.get("start"))
        .unwrap_or(Value::small(0));
    let step = args
        .get(2)
        .copied()
        .or(kw.get("step"))
        .unwrap_or(Value::small(1));
    if !is_number(start) || !is_number(step) {
        return type_error("a number is required");
    }
    set(this, "__closc_n", start);
    set(this, "__closc_step", step);
    Ok(none())
}

fn count_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, COUNT, "__next__")?;
    let n = state(this, "__closc_n");
    set(
        this,
        "__closc_n",
        ops::binary(0, n, state(this, "__closc_step"))?,
    );
    Ok(n)
}

fn count_repr(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, COUNT, "__repr__")?;
    let n = repr::repr_string(state(this, "__closc_n"))?;
    let step = state(this, "__closc_step");
    if step == Value::small(1) {
        return Ok(pystr::new(&format!("count({n})")));
    }
    Ok(pystr::new(&format!(
        "count({n}, {})",
        repr::repr_string(step)?
    )))
}

// cycle

fn cycle_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, CYCLE, "__init__")?;
    args::no_kw("cycle", kw)?;
    args::count("cycle", &args[1..], 1, 1)?;
    set(this, "__closc_it", iter::iter(args[1])?);
    set(this, "__closc_saved", list::new(&[]));
    set(this, "__closc_i", Value::small(-1));
    Ok(none())
}

fn cycle_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, CYCLE, "__next__")?;
    let saved = state(this, "__closc_saved");
    let Some(sl) = saved.get::<ListObj>() else {
        return stop();
    };
    let i = small(state(this, "__closc_i"));
    if i < 0 {
        if let Some(v) = iter::next_rooted(state(this, "__closc_it"))? {
            sl.push(v);
            return Ok(v);
        }
    }
    if sl.len() == 0 {
        return stop();
    }
    let j = if i < 0 { 0 } else { i as usize % sl.len() };
    set(this, "__closc_i", Value::small(((j + 1) % sl.len()) as i64));
    Ok(sl.get(j).unwrap_or_else(none))
}

// repeat

fn repeat_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, REPEAT, "__init__")?;
    args::check_kw("repeat", kw, &["object", "times"])?;
    let Some(obj) = args.get(1).copied().or(kw.get("object")) else {
        return type_error("repeat() missing required argument 'object' (pos 1)");
    };
    if args.len() > 3 {
        return type_error(format!(
            "repeat() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    set(this, "__closc_obj", obj);
    match args.get(2).copied().or(kw.get("times")) {
        Some(t) => {
            let n = args::index_arg(t)?;
            set(this, "__closc_left", Value::small(n.max(0)));
        }
        None => set(this, "__closc_left", none()),
    }
    Ok(none())
}

fn repeat_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, REPEAT, "__next__")?;
    let left = state(this, "__closc_left");
    if left.is_small() {
        if left.small_value() <= 0 {
            return stop();
        }
        set(this, "__closc_left", Value::small(left.small_value() - 1));
    }
    Ok(state(this, "__closc_obj"))
}

fn repeat_repr(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, REPEAT, "__repr__")?;
    let obj = repr::repr_string(state(this, "__closc_obj"))?;
    let left = state(this, "__closc_left");
    if left.is_small() {
        return Ok(pystr::new(&format!(
            "repeat({obj}, {})",
            left.small_value()
        )));
    }
    Ok(pystr::new(&format!("repeat({obj})")))
}

fn repeat_len(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, REPEAT, "__length_hint__")?;
    let left = state(this, "__closc_left");
    if left.is_small() {
        return Ok(left);
    }
    type_error("len() of unsized object")
}

// chain

fn new_chain(src: Value) -> Value {
    let c = native_class::instance(native_class::class(CHAIN, make_chain));
    set(c, "__closc_src", src);
    c
}

fn chain_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, CHAIN, "__init__")?;
    args::no_kw("chain", kw)?;
    set(this, "__closc_src", iter::iter(tuple::new(&args[1..]))?);
    Ok(none())
}

fn chain_from_iterable(args: &[Value], kw: Kw) -> PyResult {
    let it = args::one("from_iterable", args, kw)?;
    Ok(new_chain(iter::iter(it)?))
}

fn chain_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, CHAIN, "__next__")?;
    loop {
        let cur = match get(this, "__closc_cur") {
            Some(c) => c,
            None => {
                let Some(src) = get(this, "__closc_src") else {
                    return stop();
                };
                match iter::next_rooted(src)? {
                    Some(n) => {
                        let c = iter::iter(n)?;
                        set(this, "__closc_cur", c);
                        c
                    }
                    None => {
                        del(this, "__closc_src");
                        return stop();
                    }
                }
            }
        };
        if let Some(v) = iter::next_rooted(cur)? {
            return Ok(v);
        }
        del(this, "__closc_cur");
    }
}

// islice

fn islice_arg(v: Value, msg: &str) -> PyResult<i64> {
    if v.is_none() {
        return Ok(-1);
    }
    match ops::index_value(v)? {
        Some(i) => match int::as_int(i).and_then(|i| i.to_i64()) {
            Some(n) if n >= 0 => Ok(n),
            _ => value_error(msg),
        },
        None => value_error(msg),
    }
}

fn islice_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, ISLICE, "__init__")?;
    args::no_kw("islice", kw)?;
    let a = &args[1..];
    if a.len() < 2 || a.len() > 4 {
        return type_error(if a.len() < 2 {
            format!("islice expected at least 2 arguments, got {}", a.len())
        } else {
            format!("islice expected at most 4 arguments, got {}", a.len())
        });
    }
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const IDX: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop_, step) = if a.len() == 2 {
        (0, islice_arg(a[1], STOP)?, 1)
    } else {
        let start = islice_arg(a[1], IDX)?.max(0);
        let stop_ = islice_arg(a[2], STOP)?;
        let step = match a.get(3) {
            Some(&s) if !s.is_none() => {
                let s = match ops::index_value(s)? {
                    Some(i) => int::as_int(i).and_then(|i| i.to_i64()).unwrap_or(-1),
                    None => return value_error(IDX),
                };
                if s <= 0 {
                    return value_error("Step for islice() must be a positive integer or None.");
                }
                s
            }
            _ => 1,
        };
        (start, stop_, step)
    };
    set(this, "__closc_it", iter::iter(a[0])?);
    set(this, "__closc_next", int::from_i64(start));
    set(this, "__closc_stop", int::from_i64(stop_));
    set(this, "__closc_step", int::from_i64(step));
    set(this, "__closc_cnt", Value::small(0));
    Ok(none())
}

fn islice_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, ISLICE, "__next__")?;
    let Some(it) = get(this, "__closc_it") else {
        return stop();
    };
    let stop_ = small(state(this, "__closc_stop"));
    let next = small(state(this, "__closc_next"));
    let step = small(state(this, "__closc_step"));
    let mut cnt = small(state(this, "__closc_cnt"));
    let mut done = false;
    while cnt < next {
        if iter::next_rooted(it)?.is_none() {
            done = true;
            break;
        }
        cnt += 1;
    }
    let mut item = None;
    if !(done || stop_ != -1 && cnt >= stop_) {
        item = iter::next_rooted(it)?;
        if item.is_some() {
            cnt += 1;
        }
    }
    set(this, "__closc_cnt", int::from_i64(cnt));
    let Some(item) = item else {
        del(this, "__closc_it");
        return stop();
    };
    let mut n = next.saturating_add(step);
    if stop_ != -1 && n > stop_ {
        n = stop_;
    }
    set(this, "__closc_next", int::from_i64(n));
    Ok(item)
}

// accumulate

fn accumulate_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, ACCUMULATE, "__init__")?;
    args::check_kw("accumulate", kw, &["iterable", "func", "initial"])?;
    let Some(it) = args.get(1).copied().or(kw.get("iterable")) else {
        return type_error("accumulate() missing required argument 'iterable' (pos 1)");
    };
    if args.len() > 3 {
        return type_error(format!(
            "accumulate() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    set(this, "__closc_it", iter::iter(it)?);
    set(
        this,
        "__closc_func",
        args.get(2).copied().or(kw.get("func")).unwrap_or_else(none),
    );
    if let Some(init) = kw.get("initial").filter(|v| !v.is_none()) {
        set(this, "__closc_initial", init);
    }
    Ok(none())
}

fn accumulate_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, ACCUMULATE, "__next__")?;
    if let Some(init) = get(this, "__closc_initial") {
        del(this, "__closc_initial");
        set(this, "__closc_total", init);
        return Ok(init);
    }
    let Some(v) = iter::next_rooted(state(this, "__closc_it"))? else {
        return stop();
    };
    let total = match get(this, "__closc_total") {
        None => v,
        Some(t) => {
            let f = state(this, "__closc_func");
            if f.is_none() {
                ops::binary(0, t, v)?
            } else {
                call::call(f, &[t, v], Kw::NONE)?
            }
        }
    };
    set(this, "__closc_total", total);
    Ok(total)
}

// product, permutations, combinations, combinations_with_replacement: index vectors

fn indices(o: Value) -> Option<Vec<usize>> {
    get(o, "__closc_idx").map(|t| {
        tuple::items(t)
            .unwrap_or(&[])
            .iter()
            .map(|v| small(*v) as usize)
            .collect()
    })
}

fn set_indices(o: Value, idx: &[usize]) {
    let vals: Vec<Value> = idx.iter().map(|&i| Value::small(i as i64)).collect();
    set(o, "__closc_idx", tuple::new(&vals));
}

fn finish(o: Value) -> PyResult {
    set(o, "__closc_done", bool_value(true));
    stop()
}

fn is_done(o: Value) -> bool {
    get(o, "__closc_done").is_some()
}

fn product_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, PRODUCT, "__init__")?;
    args::check_kw("product", kw, &["repeat"])?;
    let repeat = match kw.get("repeat") {
        Some(r) => args::index_arg(r)?,
        None => 1,
    };
    if repeat < 0 {
        return value_error("repeat argument cannot be negative");
    }
    let mut pools = Vec::new();
    for &a in &args[1..] {
        pools.push(tuple::new(&iter::collect(a)?));
    }
    let mut all = Vec::new();
    for _ in 0..repeat {
        all.extend_from_slice(&pools);
    }
    set(this, "__closc_pools", tuple::new(&all));
    Ok(none())
}

fn pools_of(o: Value) -> Vec<&'static [Value]> {
    tuple::items(state(o, "__closc_pools"))
        .unwrap_or(&[])
        .iter()
        .map(|p| tuple::items(*p).unwrap_or(&[]))
        .collect()
}

fn product_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, PRODUCT, "__next__")?;
    if is_done(this) {
        return stop();
    }
    let pools = pools_of(this);
    let mut idx = match indices(this) {
        None => {
            if pools.iter().any(|p| p.is_empty()) {
                return finish(this);
            }
            vec![0; pools.len()]
        }
        Some(mut idx) => {
            let mut i = pools.len();
            loop {
                if i == 0 {
                    return finish(this);
                }
                i -= 1;
                idx[i] += 1;
                if idx[i] < pools[i].len() {
                    break;
                }
                idx[i] = 0;
            }
            idx
        }
    };
    set_indices(this, &idx);
    let vals: Vec<Value> = idx.iter_mut().zip(&pools).map(|(i, p)| p[*i]).collect();
    Ok(tuple::new(&vals))
}

fn pool_and_r(args: &[Value], kw: Kw, name: &str, r_required: bool) -> PyResult<(Value, i64)> {
    args::check_kw(name, kw, &["iterable", "r"])?;
    let Some(it) = args.get(1).copied().or(kw.get("iterable")) else {
        return type_error(format!(
            "{name}() missing required argument 'iterable' (pos 1)"
        ));
    };
    let pool = tuple::new(&iter::collect(it)?);
    let r = match args.get(2).copied().or(kw.get("r")) {
        Some(v) if !v.is_none() || r_required => args::index_arg(v)?,
        _ if r_required => {
            return type_error(format!("{name}() missing required argument 'r' (pos 2)"))
        }
        _ => tuple::items(pool).map_or(0, |p| p.len() as i64),
    };
    if r < 0 {
        return value_error("r must be non-negative");
    }
    Ok((pool, r))
}

fn start_pool(this: Value, pool: Value, r: i64) {
    set(this, "__closc_pool", pool);
    set(this, "__closc_r", int::from_i64(r));
}

fn pool_r(o: Value) -> (&'static [Value], usize) {
    (
        tuple::items(state(o, "__closc_pool")).unwrap_or(&[]),
        small(state(o, "__closc_r")) as usize,
    )
}

fn pick(pool: &[Value], idx: &[usize]) -> Value {
    let vals: Vec<Value> = idx.iter().map(|&i| pool[i]).collect();
    tuple::new(&vals)
}

fn permutations_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, PERMUTATIONS, "__init__")?;
    let (pool, r) = pool_and_r(args, kw, "permutations", false)?;
    start_pool(this, pool, r);
    Ok(none())
}

fn permutations_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, PERMUTATIONS, "__next__")?;
    if is_done(this) {
        return stop();
    }
    let (pool, r) = pool_r(this);
    let n = pool.len();
    if r > n {
        return finish(this);
    }
    let Some(state_) = indices(this) else {
        let idx: Vec<usize> = (0..n).collect();
        let cycles: Vec<usize> = (0..r).map(|i| n - i).collect();
        let mut all = idx.clone();
        all.extend(&cycles);
        set_indices(this, &all);
        return Ok(pick(pool, &idx[..r]));
    };
    let (mut idx, mut cycles) = (state_[..n].to_vec(), state_[n..].to_vec());
    if n == 0 {
        return finish(this);
    }
    let mut i = r;
    loop {
        if i == 0 {
            return finish(this);
        }
        i -= 1;
        cycles[i] -= 1;
        if cycles[i] == 0 {
            let first = idx.remove(i);
            idx.push(first);
            cycles[i] = n - i;
        } else {
            let j = cycles[i];
            idx.swap(i, n - j);
            break;
        }
    }
    let mut all = idx.clone();
    all.extend(&cycles);
    set_indices(this, &all);
    Ok(pick(pool, &idx[..r]))
}

fn combinations_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, COMBINATIONS, "__init__")?;
    let (pool, r) = pool_and_r(args, kw, "combinations", true)?;
    start_pool(this, pool, r);
    Ok(none())
}

fn combinations_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, COMBINATIONS, "__next__")?;
    if is_done(this) {
        return stop();
    }
    let (pool, r) = pool_r(this);
    let n = pool.len();
    if r > n {
        return finish(this);
    }
    let Some(mut idx) = indices(this) else {
        let idx: Vec<usize> = (0..r).collect();
        set_indices(this, &idx);
        return Ok(pick(pool, &idx));
    };
    let mut i = r;
    loop {
        if i == 0 {
            return finish(this);
        }
        i -= 1;
        if idx[i] != i + n - r {
            break;
        }
    }
    idx[i] += 1;
    for j in i + 1..r {
        idx[j] = idx[j - 1] + 1;
    }
    set_indices(this, &idx);
    Ok(pick(pool, &idx))
}

fn cwr_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, COMBINATIONS_WR, "__init__")?;
    let (pool, r) = pool_and_r(args, kw, "combinations_with_replacement", true)?;
    start_pool(this, pool, r);
    Ok(none())
}

fn cwr_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, COMBINATIONS_WR, "__next__")?;
    if is_done(this) {
        return stop();
    }
    let (pool, r) = pool_r(this);
    let n = pool.len();
    if n == 0 && r > 0 {
        return finish(this);
    }
    let Some(mut idx) = indices(this) else {
        let idx = vec![0; r];
        set_indices(this, &idx);
        return Ok(pick(pool, &idx));
    };
    let mut i = r;
    loop {
        if i == 0 {
            return finish(this);
        }
        i -= 1;
        if idx[i] != n - 1 {
            break;
        }
    }
    let v = idx[i] + 1;
    for x in idx[i..].iter_mut() {
        *x = v;
    }
    set_indices(this, &idx);
    Ok(pick(pool, &idx))
}

// groupby

fn groupby_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, GROUPBY, "__init__")?;
    args::check_kw("groupby", kw, &["iterable", "key"])?;
    let Some(it) = args.get(1).copied().or(kw.get("iterable")) else {
        return type_error("groupby() missing required argument 'iterable' (pos 1)");
    };
    set(this, "__closc_it", iter::iter(it)?);
    set(
        this,
        "__closc_keyfunc",
        args.get(2).copied().or(kw.get("key")).unwrap_or_else(none),
    );
    Ok(none())
}

/// Fetches the next value and its key into the groupby's state; false when exhausted.
fn groupby_step(gb: Value) -> PyResult<bool> {
    let Some(v) = iter::next_rooted(state(gb, "__closc_it"))? else {
        return Ok(false);
    };
    let f = state(gb, "__closc_keyfunc");
    let k = if f.is_none() {
        v
    } else {
        call::call(f, &[v], Kw::NONE)?
    };
    set(gb, "__closc_currvalue", v);
    set(gb, "__closc_currkey", k);
    Ok(true)
}

fn groupby_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, GROUPBY, "__next__")?;
    del(this, "__closc_currgrouper");
    loop {
        match (get(this, "__closc_currkey"), get(this, "__closc_tgtkey")) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !ops::eq(t, c)? {
                    break;
                }
            }
        }
        if !groupby_step(this)? {
            return stop();
        }
    }
    let key = state(this, "__closc_currkey");
    set(this, "__closc_tgtkey", key);
    let g = native_class::instance(native_class::class(GROUPER, make_grouper));
    set(g, "__closc_parent", this);
    set(g, "__closc_tgtkey", key);
    set(this, "__closc_currgrouper", g);
    Ok(tuple::new(&[key, g]))
}

fn grouper_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, GROUPER, "__next__")?;
    let gb = state(this, "__closc_parent");
    if get(gb, "__closc_currgrouper") != Some(this) {
        return stop();
    }
    if get(gb, "__closc_currvalue").is_none() && !groupby_step(gb)? {
        return stop();
    }
    if !ops::eq(state(this, "__closc_tgtkey"), state(gb, "__closc_currkey"))? {
        return stop();
    }
    let v = state(gb, "__closc_currvalue");
    del(gb, "__closc_currvalue");
    Ok(v)
}

// takewhile, dropwhile, filterfalse, starmap, compress, pairwise

fn pred_init(args: &[Value], kw: Kw, key: &'static str, name: &str) -> PyResult {
    let this = me(args, key, "__init__")?;
    args::no_kw(name, kw)?;
    if args.len() != 3 {
        return type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len() - 1
        ));
    }
    set(this, "__closc_pred", args[1]);
    set(this, "__closc_it", iter::iter(args[2])?);
    Ok(none())
}

fn test(pred: Value, v: Value) -> PyResult<bool> {
    if pred.is_none() {
        return ops::truthy(v);
    }
    ops::truthy(call::call(pred, &[v], Kw::NONE)?)
}

fn takewhile_init(args: &[Value], kw: Kw) -> PyResult {
    pred_init(args, kw, TAKEWHILE, "takewhile")
}

fn takewhile_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, TAKEWHILE, "__next__")?;
    if is_done(this) {
        return stop();
    }
    let Some(v) = iter::next_rooted(state(this, "__closc_it"))? else {
        return stop();
    };
    if test(state(this, "__closc_pred"), v)? {
        return Ok(v);
    }
    finish(this)
}

fn dropwhile_init(args: &[Value], kw: Kw) -> PyResult {
    pred_init(args, kw, DROPWHILE, "dropwhile")
}

fn dropwhile_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, DROPWHILE, "__next__")?;
    loop {
        let Some(v) = iter::next_rooted(state(this, "__closc_it"))? else {
            return stop();
        };
        if is_done(this) {
            return Ok(v);
        }
        if !test(state(this, "__closc_pred"), v)? {
            set(this, "__closc_done", bool_value(true));
            return Ok(v);
        }
    }
}

fn filterfalse_init(args: &[Value], kw: Kw) -> PyResult {
    pred_init(args, kw, FILTERFALSE, "filterfalse")
}

fn filterfalse_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, FILTERFALSE, "__next__")?;
    loop {
        let Some(v) = iter::next_rooted(state(this, "__closc_it"))? else {
            return stop();
        };
        if !test(state(this, "__closc_pred"), v)? {
            return Ok(v);
        }
    }
}

fn starmap_init(args: &[Value], kw: Kw) -> PyResult {
    pred_init(args, kw, STARMAP, "starmap")
}

fn starmap_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, STARMAP, "__next__")?;
    let Some(v) = iter::next_rooted(state(this, "__closc_it"))? else {
        return stop();
    };
    let a = iter::collect(v)?;
    call::call(state(this, "__closc_pred"), &a, Kw::NONE)
}

fn compress_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, COMPRESS, "__init__")?;
    args::check_kw("compress", kw, &["data", "selectors"])?;
    let data = args.get(1).copied().or(kw.get("data"));
    let sel = args.get(2).copied().or(kw.get("selectors"));
    let (Some(data), Some(sel)) = (data, sel) else {
        return type_error("compress() missing required argument");
    };
    set(this, "__closc_data", iter::iter(data)?);
    set(this, "__closc_sel", iter::iter(sel)?);
    Ok(none())
}

fn compress_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, COMPRESS, "__next__")?;
    loop {
        let Some(d) = iter::next_rooted(state(this, "__closc_data"))? else {
            return stop();
        };
        let Some(s) = iter::next_rooted(state(this, "__closc_sel"))? else {
            return stop();
        };
        if ops::truthy(s)? {
            return Ok(d);
        }
    }
}

fn pairwise_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, PAIRWISE, "__init__")?;
    args::no_kw("pairwise", kw)?;
    if args.len() != 2 {
        return type_error(format!(
            "pairwise expected 1 argument, got {}",
            args.len() - 1
        ));
    }
    set(this, "__closc_it", iter::iter(args[1])?);
    Ok(none())
}

fn pairwise_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, PAIRWISE, "__next__")?;
    let Some(it) = get(this, "__closc_it") else {
        return stop();
    };
    let old = match get(this, "__closc_old") {
        Some(o) => o,
        None => match iter::next_rooted(it)? {
            Some(o) => o,
            None => {
                del(this, "__closc_it");
                return stop();
            }
        },
    };
    let Some(new) = iter::next_rooted(it)? else {
        del(this, "__closc_it");
        del(this, "__closc_old");
        return stop();
    };
    set(this, "__closc_old", new);
    Ok(tuple::new(&[old, new]))
}

// zip_longest

fn zip_longest_init(args: &[Value], kw: Kw) -> PyResult {
    let this = me(args, ZIP_LONGEST, "__init__")?;
    args::check_kw("zip_longest", kw, &["fillvalue"])?;
    let mut its = Vec::new();
    for &a in &args[1..] {
        its.push(iter::iter(a)?);
    }
    set(this, "__closc_active", int::from_u64(its.len() as u64));
    set(this, "__closc_its", list::from_vec(its));
    set(
        this,
        "__closc_fill",
        kw.get("fillvalue").unwrap_or_else(none),
    );
    Ok(none())
}

fn zip_longest_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, ZIP_LONGEST, "__next__")?;
    let its = state(this, "__closc_its");
    let Some(l) = its.get::<ListObj>() else {
        return stop();
    };
    let mut active = small(state(this, "__closc_active"));
    if l.len() == 0 || active == 0 {
        return stop();
    }
    let fill = state(this, "__closc_fill");
    let mut out = Vec::with_capacity(l.len());
    for i in 0..l.len() {
        let it = l.get(i).unwrap_or_else(none);
        if it.is_none() {
            out.push(fill);
            continue;
        }
        match iter::next(it)? {
            Some(v) => out.push(v),
            None => {
                active -= 1;
                set(this, "__closc_active", Value::small(active));
                if active == 0 {
                    return stop();
                }
                l.items_mut()[i] = none();
                out.push(fill);
            }
        }
    }
    Ok(tuple::new(&out))
}

// tee

fn tee(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("tee", kw)?;
    args::count("tee", args, 1, 2)?;
    let n = match args.get(1) {
        Some(&v) => args::index_arg(v)?,
        None => 2,
    };
    if n < 0 {
        return value_error("n must be >= 0");
    }
    let shared = list::new(&[iter::iter(args[0])?, list::new(&[])]);
    let mut out = Vec::new();
    for _ in 0..n {
        let t = native_class::instance(native_class::class(TEE, make_tee));
        set(t, "__closc_shared", shared);
        set(t, "__closc_pos", Value::small(0));
        out.push(t);
    }
    Ok(tuple::new(&out))
}

fn tee_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = me(args, TEE, "__next__")?;
    let shared = state(this, "__closc_shared");
    let Some(s) = shared.get::<ListObj>() else {
        return stop();
    };
    let (it, buf) = (s.get(0).unwrap_or_else(none), s.get(1).unwrap_or_else(none));
    let Some(b) = buf.get::<ListObj>() else {
        return stop();
    };
    let pos = small(state(this, "__closc_pos")) as usize;
    let v = if pos < b.len() {
        b.get(pos).unwrap_or_else(none)
    } else {
        match iter::next(it)? {
            Some(v) => {
                b.push(v);
                v
            }
            None => return stop(),
        }
    };
    set(this, "__closc_pos", int::from_u64(pos as u64 + 1));
    Ok(v)
}

/// The entries of the `itertools` module.
pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        ("count", native_class::class(COUNT, make_count)),
        ("cycle", native_class::class(CYCLE, make_cycle)),
        ("repeat", native_class::class(REPEAT, make_repeat)),
        ("chain", native_class::class(CHAIN, make_chain)),
        ("islice", native_class::class(ISLICE, make_islice)),
        (
            "accumulate",
            native_class::class(ACCUMULATE, make_accumulate),
        ),
        ("product", native_class::class(PRODUCT, make_product)),
        (
            "permutations",
            native_class::class(PERMUTATIONS, make_permutations),
        ),
        (
            "combinations",
            native_class::class(COMBINATIONS, make_combinations),
        ),
        (
            "combinations_with_replacement",
            native_class::class(COMBINATIONS_WR, make_combinations_wr),
        ),
        ("groupby", native_class::class(GROUPBY, make_groupby)),
        ("takewhile", native_class::class(TAKEWHILE, make_takewhile)),
        ("dropwhile", native_class::class(DROPWHILE, make_dropwhile)),
        (
            "zip_longest",
            native_class::class(ZIP_LONGEST, make_zip_longest),
        ),
        ("starmap", native_class::class(STARMAP, make_starmap)),
        ("pairwise", native_class::class(PAIRWISE, make_pairwise)),
        (
            "filterfalse",
            native_class::class(FILTERFALSE, make_filterfalse),
        ),
        ("compress", native_class::class(COMPRESS, make_compress)),
        ("tee", function::new_builtin("tee", tee)),
    ]
}
