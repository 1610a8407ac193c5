//! `_random`: the Mersenne Twister (MT19937) behind the `random` module,
//! giving the same numbers as CPython for the same seed.
//!
//! The generator state is an `ObjData::Random` object; every operation
//! takes its lock once, so a generator shared by threads hands out each
//! number once and never sees a torn state. `random.py` (embedded) builds
//! the `Random` class on these functions. Each function takes the state as
//! its first argument, or, for the copies made by `_random.bind`, from the
//! value the native function was bound to (so `random.random` is one
//! native call).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::builtins::{check_arity, no_kwargs};
use crate::interp::{Args, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::{ObjData, Value};
use crate::sync::Mutex;

use super::{add_function, add_value};

const N: usize = 624;
const M: usize = 397;

/// MT19937's state: 624 words and the index of the next one to temper.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

/// The payload of a generator object.
pub struct RandomState(Mutex<Mt>);

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N,
        };
        mt.init_genrand(19650218);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        let st = &mut self.state;
        st[0] = s;
        for i in 1..N {
            st[i] = 1812433253u32
                .wrapping_mul(st[i - 1] ^ (st[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// The reference implementation's `init_by_array`, which CPython uses
    /// for every seed.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let st = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = st[i - 1] ^ (st[i - 1] >> 30);
            st[i] = (st[i] ^ prev.wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                st[0] = st[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = st[i - 1] ^ (st[i - 1] >> 30);
            st[i] = (st[i] ^ prev.wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                st[0] = st[N - 1];
                i = 1;
            }
        }
        st[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        let st = &mut self.state;
        for k in 0..N {
            let y = (st[k] & UPPER) | (st[(k + 1) % N] & LOWER);
            let mag = if y & 1 != 0 { MATRIX_A } else { 0 };
            st[k] = st[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    #[inline]
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) from 53 random bits, as CPython makes it.
    #[inline]
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `k` random bits as little-endian 32-bit words (`k > 0`); the last
    /// word keeps the high bits of its draw.
    fn bits_words(&mut self, k: u64) -> Vec<u32> {
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        out
    }

    /// A uniform int in [0, n) for 0 < n < 2**63: draws `n.bit_length()`
    /// bits until one is below `n` (CPython's `_randbelow_with_getrandbits`).
    fn below_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros() as u64;
        loop {
            let r = if k <= 32 {
                (self.next_u32() >> (32 - k)) as u64
            } else {
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            };
            if r < n {
                return r;
            }
        }
    }
}

fn state_of(v: Value) -> Option<&'static RandomState> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Random(r)) => Some(r),
        _ => None,
    }
}

/// The generator an `_random` function works on, and its other arguments.
fn split<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
) -> PyResult<(&'static RandomState, &'a [Value])> {
    no_kwargs(vm, args, name)?;
    if let Some(st) = state_of(args.bound) {
        return Ok((st, args.pos));
    }
    match args.pos.first().and_then(|&v| state_of(v)) {
        Some(st) => Ok((st, &args.pos[1..])),
        None => Err(vm.type_error(format!("{name}() needs a generator state"))),
    }
}

fn exact_args<'a>(vm: &mut Vm, rest: &'a [Value], name: &str, n: usize) -> PyResult<&'a [Value]> {
    if rest.len() != n {
        return Err(match n {
            0 => vm.type_error(format!(
                "{name}() takes no arguments ({} given)",
                rest.len()
            )),
            _ => vm.type_error(format!(
                "{name}() takes exactly one argument ({} given)",
                rest.len()
            )),
        });
    }
    Ok(rest)
}

fn r_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, &args, "new", 0, 0)?;
    let module = args.bound;
    let dict = vm.module_dict(module);
    let key = vm.intern("_State");
    let class = vm.dict_get_str(dict, key).unwrap_or(Value::NONE);
    Ok(vm.alloc(
        class,
        ObjData::Random(Box::new(RandomState(Mutex::new(Mt::new())))),
    ))
}

fn r_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, rest) = split(vm, &args, "random")?;
    exact_args(vm, rest, "random", 0)?;
    Ok(Value::float(st.0.lock().next_f64()))
}

/// A non-negative int from little-endian 32-bit words.
fn int_from_words(vm: &mut Vm, words: Vec<u32>) -> Value {
    if words.len() <= 1 {
        return vm.new_int(words.first().copied().unwrap_or(0) as i64);
    }
    vm.new_bigint(BigInt::from_biguint(Sign::Plus, BigUint::new(words)))
}

fn r_getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, rest) = split(vm, &args, "getrandbits")?;
    let rest = exact_args(vm, rest, "getrandbits", 1)?;
    let k = match int_view(rest[0]) {
        Some(IntView::Small(k)) => k,
        Some(IntView::Big(b)) => {
            if b.is_negative() {
                return Err(vm.value_error("number of bits must be non-negative"));
            }
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        None => {
            let t = vm.type_name(rest[0]);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if k == 0 {
        return Ok(Value::small_int(0).unwrap_or(Value::NONE));
    }
    if k <= 32 {
        let r = st.0.lock().next_u32() >> (32 - k);
        return Ok(vm.new_int(r as i64));
    }
    let words = st.0.lock().bits_words(k as u64);
    Ok(int_from_words(vm, words))
}

/// `_randbelow(n)` for an int `n > 0` (the caller checks).
fn r_randbelow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, rest) = split(vm, &args, "randbelow")?;
    let rest = exact_args(vm, rest, "randbelow", 1)?;
    match int_view(rest[0]) {
        Some(IntView::Small(n)) if n > 0 => {
            let r = st.0.lock().below_u64(n as u64);
            Ok(vm.new_int(r as i64))
        }
        Some(IntView::Small(_)) => Ok(Value::small_int(0).unwrap_or(Value::NONE)),
        Some(IntView::Big(n)) if n.is_positive() => {
            let n = n.clone();
            let k = n.bits();
            loop {
                let words = st.0.lock().bits_words(k);
                let r = BigInt::from_biguint(Sign::Plus, BigUint::new(words));
                if r < n {
                    return Ok(vm.new_bigint(r));
                }
            }
        }
        _ => {
            let t = vm.type_name(rest[0]);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// Fresh seed words from the operating system, or from the clock.
fn os_seed() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if ok {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    vec![
        t as u32,
        (t >> 32) as u32,
        (t >> 64) as u32,
        std::process::id(),
    ]
}

fn key_of(n: &BigUint) -> Vec<u32> {
    let mut key = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    key
}

/// `seed(st, a)`: `None` seeds from the OS; ints by their absolute value;
/// str, bytes and bytearray by `int.from_bytes(a + sha512(a).digest())`
/// (random.py's version 2); other hashable values by their hash as an
/// unsigned machine word.
fn r_seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, rest) = split(vm, &args, "seed")?;
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "seed expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let a = rest.first().copied().unwrap_or(Value::NONE);
    let key = if a.is_none() {
        os_seed()
    } else if let Some(n) = int_view(a) {
        match n {
            IntView::Small(n) => key_of(&BigUint::from(n.unsigned_abs())),
            IntView::Big(b) => key_of(b.magnitude()),
        }
    } else {
        let bytes: Option<Vec<u8>> = match a.as_obj().map(|o| &o.data) {
            Some(ObjData::Str(s)) => Some(s.as_str().as_bytes().to_vec()),
            Some(ObjData::Bytes(b)) => Some(b.to_vec()),
            Some(ObjData::ByteArray(b)) => Some(b.read().clone()),
            _ => None,
        };
        match bytes {
            Some(mut b) => {
                let digest = sha512(&b);
                b.extend_from_slice(&digest);
                key_of(&BigUint::from_bytes_be(&b))
            }
            None => {
                let h = vm.hash(a)?;
                key_of(&BigUint::from(h as u64))
            }
        }
    };
    st.0.lock().init_by_array(&key);
    Ok(Value::NONE)
}

/// `getstate(st)`: the 624 words and the index, as a tuple of 625 ints.
fn r_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, rest) = split(vm, &args, "getstate")?;
    exact_args(vm, rest, "getstate", 0)?;
    let (words, index) = {
        let mt = st.0.lock();
        (mt.state, mt.index)
    };
    let mut items: Vec<Value> = words.iter().map(|&w| vm.new_int(w as i64)).collect();
    items.push(vm.new_int(index as i64));
    Ok(vm.new_tuple(items))
}

/// `setstate(st, tuple)`: the inverse of `getstate`.
fn r_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, rest) = split(vm, &args, "setstate")?;
    let rest = exact_args(vm, rest, "setstate", 1)?;
    let items: Vec<Value> = match rest[0].as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, &v) in words.iter_mut().zip(&items) {
        let n = vm.to_index(v)?;
        *w = match n.to_u64() {
            Some(x) if x <= u32::MAX as u64 => x as u32,
            _ => {
                return Err(vm.overflow_error("Python int too large to convert to C unsigned long"))
            }
        };
    }
    let index = vm.to_index(items[N])?;
    let index = match index.to_i64() {
        Some(i) if (0..=N as i64).contains(&i) => i as usize,
        _ => return Err(vm.value_error("invalid state")),
    };
    let mut mt = st.0.lock();
    mt.state = words;
    mt.index = index;
    Ok(Value::NONE)
}

/// `bind(st, name)`: the native function `name` with `st` bound, so
/// calling it needs no state argument.
fn r_bind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "bind")?;
    check_arity(vm, &args, "bind", 2, 2)?;
    let st = args.pos[0];
    if state_of(st).is_none() {
        return Err(vm.type_error("bind() needs a generator state"));
    }
    let name = vm.as_str(args.pos[1]).unwrap_or("");
    let Some(&(name, f)) = FUNCS.iter().find(|(n, _)| *n == name) else {
        return Err(vm.value_error("no such generator function"));
    };
    let module = args.bound;
    Ok(crate::builtins::native(&vm.interp, name, f, module, st))
}

/// The generator and the Python method that a fast native method
/// (`_random.fast`) is bound to.
fn fast_parts(bound: Value) -> Option<(&'static RandomState, Value)> {
    match bound.as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(t)) if t.len() == 2 => state_of(t[0]).map(|st| (st, t[1])),
        _ => None,
    }
}

/// Calls the Python method with the arguments a fast method was given:
/// every case the fast path leaves alone, errors included.
fn fall_back(vm: &mut Vm, fallback: Value, args: &Args) -> PyResult<Value> {
    let mut all = args.pos.to_vec();
    all.extend_from_slice(args.kwvalues);
    vm.call_kw(fallback, &all, args.kwnames)
}

fn small(v: Value) -> Option<i64> {
    v.is_small_int().then(|| v.as_small_int())
}

/// `floor(a / b)` for `b != 0`.
fn floor_div(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `randrange` for small ints, drawing exactly what random.py's would.
fn r_fast_randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((st, fallback)) = fast_parts(args.bound) else {
        return Err(vm.type_error("randrange() needs a generator state"));
    };
    if args.kwnames.is_empty() {
        let ints: Option<Vec<i64>> = args.pos.iter().map(|&v| small(v)).collect();
        let r = match ints.as_deref() {
            Some(&[n]) if n > 0 => Some(st.0.lock().below_u64(n as u64) as i64),
            Some(&[start, stop]) | Some(&[start, stop, 1]) if stop > start => {
                Some(start + st.0.lock().below_u64((stop - start) as u64) as i64)
            }
            Some(&[start, stop, step]) if step != 1 && step != 0 => {
                let width = stop - start;
                let n = if step > 0 {
                    floor_div(width + step - 1, step)
                } else {
                    floor_div(width + step + 1, step)
                };
                (n > 0).then(|| start + step * st.0.lock().below_u64(n as u64) as i64)
            }
            _ => None,
        };
        if let Some(r) = r {
            return Ok(vm.new_int(r));
        }
    }
    fall_back(vm, fallback, &args)
}

/// `randint(a, b)` for small ints.
fn r_fast_randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((st, fallback)) = fast_parts(args.bound) else {
        return Err(vm.type_error("randint() needs a generator state"));
    };
    if let (true, &[a, b]) = (args.kwnames.is_empty(), args.pos) {
        if let (Some(a), Some(b)) = (small(a), small(b)) {
            if b >= a {
                let r = a + st.0.lock().below_u64((b - a + 1) as u64) as i64;
                return Ok(vm.new_int(r));
            }
        }
    }
    fall_back(vm, fallback, &args)
}

/// `choice(seq)`: `seq[_randbelow(len(seq))]`, natively for any sequence.
fn r_fast_choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((st, fallback)) = fast_parts(args.bound) else {
        return Err(vm.type_error("choice() needs a generator state"));
    };
    let (true, &[seq]) = (args.kwnames.is_empty(), args.pos) else {
        return fall_back(vm, fallback, &args);
    };
    if let Some(ObjData::List(items)) = seq.as_obj().map(|o| &o.data) {
        let items = items.read();
        if !items.is_empty() && vm.type_of(seq) == vm.types().list {
            let i = st.0.lock().below_u64(items.len() as u64) as usize;
            return Ok(items[i]);
        }
    }
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = st.0.lock().below_u64(n as u64);
    let index = vm.new_int(i as i64);
    crate::interp::ops::getitem(vm, seq, index)
}

/// `shuffle(x)`: natively for a list, swapping as random.py does.
fn r_fast_shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((st, fallback)) = fast_parts(args.bound) else {
        return Err(vm.type_error("shuffle() needs a generator state"));
    };
    if let (true, &[x]) = (args.kwnames.is_empty(), args.pos) {
        if let Some(ObjData::List(items)) = x.as_obj().map(|o| &o.data) {
            if vm.type_of(x) == vm.types().list {
                let mut items = items.write();
                let mut mt = st.0.lock();
                for i in (1..items.len()).rev() {
                    let j = mt.below_u64(i as u64 + 1) as usize;
                    items.swap(i, j);
                }
                return Ok(Value::NONE);
            }
        }
    }
    fall_back(vm, fallback, &args)
}

/// `fast(st, name, fallback)`: the native `randrange`, `randint`, `choice`
/// or `shuffle` of a plain `Random`, bound to its state and to the Python
/// method it stands in for.
fn r_fast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "fast")?;
    check_arity(vm, &args, "fast", 3, 3)?;
    let (st, name, fallback) = (args.pos[0], args.pos[1], args.pos[2]);
    if state_of(st).is_none() {
        return Err(vm.type_error("fast() needs a generator state"));
    }
    let (name, f): (&'static str, crate::interp::NativeFn) = match vm.as_str(name) {
        Some("randrange") => ("randrange", r_fast_randrange),
        Some("randint") => ("randint", r_fast_randint),
        Some("choice") => ("choice", r_fast_choice),
        Some("shuffle") => ("shuffle", r_fast_shuffle),
        _ => return Err(vm.value_error("no such generator function")),
    };
    let bound = vm.new_tuple(vec![st, fallback]);
    let module = args.bound;
    Ok(crate::builtins::native(&vm.interp, name, f, module, bound))
}

const FUNCS: &[(&str, crate::interp::NativeFn)] = &[
    ("random", r_random),
    ("getrandbits", r_getrandbits),
    ("randbelow", r_randbelow),
    ("seed", r_seed),
    ("getstate", r_getstate),
    ("setstate", r_setstate),
];

/// SHA-512 (FIPS 180-4), for seeding from str and bytes. The round
/// constants are computed, not tabled: the first 64 fractional bits of the
/// cube roots (and, for the initial hash, square roots) of the first primes.
fn sha512(msg: &[u8]) -> [u8; 64] {
    let primes: Vec<u64> = (2u64..)
        .filter(|&n| (2..n).take_while(|d| d * d <= n).all(|d| n % d != 0))
        .take(80)
        .collect();
    let frac_root = |p: u64, cube: bool| -> u64 {
        let x = if cube {
            (BigUint::from(p) << 192usize).cbrt()
        } else {
            (BigUint::from(p) << 128usize).sqrt()
        };
        let digits = x.to_u64_digits();
        digits.first().copied().unwrap_or(0)
    };
    let k: Vec<u64> = primes.iter().map(|&p| frac_root(p, true)).collect();
    let mut h: Vec<u64> = primes[..8].iter().map(|&p| frac_root(p, false)).collect();

    let mut data = msg.to_vec();
    let bit_len = (msg.len() as u128) * 8;
    data.push(0x80);
    while data.len() % 128 != 112 {
        data.push(0);
    }
    data.extend_from_slice(&bit_len.to_be_bytes());
    for block in data.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, c) in block.chunks_exact(8).enumerate() {
            w[i] = u64::from_be_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]];
        for i in 0..80 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(k[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

fn r_sha512(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, &args, "sha512", 1, 1)?;
    let b: Vec<u8> = match args.pos[0].as_obj().map(|o| &o.data) {
        Some(ObjData::Bytes(b)) => b.to_vec(),
        Some(ObjData::Str(s)) => s.as_str().as_bytes().to_vec(),
        _ => return Err(vm.type_error("sha512() needs bytes")),
    };
    let d = sha512(&b);
    Ok(vm.new_bytes(d.to_vec()))
}

/// Fills in the `_random` module.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let object = vm.types().object;
    let class = crate::interp::builtin_types::new_type(&vm.interp.heap, "_State", &[object], 0);
    class.obj().set_class(vm.types().type_);
    add_value(vm, module, "_State", class);
    add_function(vm, module, "new", r_new);
    add_function(vm, module, "bind", r_bind);
    add_function(vm, module, "fast", r_fast);
    add_function(vm, module, "sha512", r_sha512);
    for &(name, f) in FUNCS {
        add_function(vm, module, name, f);
    }
    Ok(())
}
