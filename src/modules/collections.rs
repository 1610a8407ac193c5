//! `_collections`: the native `deque` and its iterators (the rest of
//! `collections` is Python, in `py/collections.py`).
//!
//! A deque's items, `maxlen` and mutation counter sit behind one lock per
//! deque, so each operation is atomic with respect to the others on the same
//! deque. The lock is never held while Python code runs: searches and
//! comparisons read one item at a time and compare unlocked, then check the
//! mutation counter (`state`) the way CPython does, raising "deque mutated
//! during iteration" when the deque changed size under them.
//!
//! The types are made with `HEAPTYPE`, so the protocols (`len`, `[]`,
//! iteration, comparison, ...) reach the native dunders in the type dict,
//! and Python subclasses (`class D(deque)`) get `__init__` called.

use std::collections::VecDeque;

use crate::builtins::slice::{index_arg_not_none, index_value, method_args, ssize_arg};
use crate::builtins::tuple::{non_int_repeat, repeat_count, seq_richcompare};
use crate::bytecode::CompareKind;
use crate::interp::{Args, PyResult, Vm};
use crate::object::types::type_flags;
use crate::object::{ExtData, ObjData, Value};
use crate::sync::{AtomicUsize, Mutex, Ordering};

use super::add_value;

struct Inner {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every operation that adds or removes items (CPython's
    /// `state`); iterators and searches compare it.
    state: u64,
}

pub struct DequeObj {
    inner: Mutex<Inner>,
}

impl ExtData for DequeObj {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.inner.lock().items.iter().copied().for_each(visit);
    }

    fn ext_len(&self) -> Option<usize> {
        Some(self.inner.lock().items.len())
    }

    fn ext_getitem(&self, vm: &mut Vm, key: Value) -> Option<PyResult<Value>> {
        if key.is_small_int() {
            let i = key.as_small_int();
            let g = self.inner.lock();
            let len = g.items.len() as i64;
            let j = if i < 0 { i + len } else { i };
            if (0..len).contains(&j) {
                return Some(Ok(g.items[j as usize]));
            }
        }
        Some(getitem(vm, self, key))
    }
}

impl Inner {
    /// Appends on the right, dropping from the left past `maxlen`.
    fn push_back(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        self.state = self.state.wrapping_add(1);
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_front();
        }
        self.items.push_back(v);
    }

    /// Appends on the left, dropping from the right past `maxlen`.
    fn push_front(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        self.state = self.state.wrapping_add(1);
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_back();
        }
        self.items.push_front(v);
    }

    fn rotate(&mut self, n: i64) {
        self.state = self.state.wrapping_add(1);
        let len = self.items.len();
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len as i64) as usize;
        self.items.rotate_right(k);
    }
}

/// Iterates a deque forwards or backwards, failing once the deque's size
/// changed (its `state` moved).
pub struct DequeIterObj {
    deque: Value,
    state: u64,
    index: AtomicUsize,
    reverse: bool,
}

impl ExtData for DequeIterObj {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.deque);
    }

    fn ext_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(self.next_item(vm))
    }
}

impl DequeIterObj {
    /// The next item, `None` when exhausted; RuntimeError once the deque
    /// changed size since the iterator was made.
    fn next_item(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        const DONE: usize = usize::MAX / 2;
        let d = deque_of(self.deque).expect("iterator over a deque");
        {
            let g = d.inner.lock();
            if g.state == self.state {
                let i = self.index.fetch_add(1, Ordering::Relaxed);
                let len = g.items.len();
                if i >= len {
                    self.index.store(DONE, Ordering::Relaxed);
                    return Ok(None);
                }
                let j = if self.reverse { len - 1 - i } else { i };
                return Ok(Some(g.items[j]));
            }
        }
        if self.index.swap(DONE, Ordering::Relaxed) >= DONE {
            return Ok(None);
        }
        Err(mutated(vm))
    }
}

fn deque_of<'a>(v: Value) -> Option<&'a DequeObj> {
    v.as_obj()?.data.ext::<DequeObj>()
}

fn is_deque(v: Value) -> bool {
    deque_of(v).is_some()
}

/// The receiver of a deque method, with CPython's descriptor error.
fn recv<'a>(vm: &mut Vm, args: &Args, name: &str) -> PyResult<&'a DequeObj> {
    let Some(&v) = args.pos.first() else {
        return Err(vm.type_error(format!("unbound method deque.{name}() needs an argument")));
    };
    match deque_of(v) {
        Some(d) => Ok(d),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// The receiver and the arguments after it, checked for count.
fn margs<'a, 'b>(
    vm: &mut Vm,
    args: &Args<'b>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a DequeObj, &'b [Value])> {
    let d = recv(vm, args, name)?;
    let rest = &args.pos[1..];
    if args.kwnames.is_empty() && (min..=max).contains(&rest.len()) {
        return Ok((d, rest));
    }
    let rest = method_args(vm, args, "deque", name, min, max, is_deque)?;
    Ok((d, rest))
}

fn mutated(vm: &mut Vm) -> crate::interp::PyErr {
    vm.runtime_error("deque mutated during iteration")
}

fn new_deque(vm: &mut Vm, class: Value, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    vm.alloc(
        class,
        ObjData::Ext(Box::new(DequeObj {
            inner: Mutex::new(Inner {
                items,
                maxlen,
                state: 0,
            }),
        })),
    )
}

// ----- construction ---------------------------------------------------------

fn deque_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&cls) = args.pos.first() else {
        return Err(vm.type_error("deque.__new__(): not enough arguments"));
    };
    Ok(new_deque(vm, cls, VecDeque::new(), None))
}

fn maxlen_arg(vm: &mut Vm, v: Value) -> PyResult<Option<usize>> {
    if v.is_none() {
        return Ok(None);
    }
    if crate::object::hashing::int_view(v).is_none() && !crate::builtins::slice::has_index(vm, v) {
        return Err(vm.type_error("an integer is required"));
    }
    let n = ssize_arg(vm, v)?;
    if n < 0 {
        return Err(vm.value_error("maxlen must be non-negative"));
    }
    Ok(Some(n as usize))
}

fn deque_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = recv(vm, &args, "__init__")?;
    let pos = &args.pos[1..];
    let mut iterable = None;
    let mut maxlen = Value::NONE;
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    if let Some(&v) = pos.first() {
        iterable = Some(v);
    }
    if let Some(&v) = pos.get(1) {
        maxlen = v;
    }
    for (i, &k) in args.kwnames.iter().enumerate() {
        let name = vm.as_str(k).unwrap_or("");
        match name {
            "iterable" if iterable.is_none() && pos.is_empty() => iterable = Some(args.kwvalues[i]),
            "maxlen" if pos.len() < 2 => maxlen = args.kwvalues[i],
            "iterable" | "maxlen" => {
                return Err(vm.type_error(format!(
                    "argument for deque() given by name ('{name}') and position"
                )))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for deque()"
                )))
            }
        }
    }
    let maxlen = maxlen_arg(vm, maxlen)?;
    {
        let mut g = d.inner.lock();
        g.maxlen = maxlen;
        if !g.items.is_empty() {
            g.items.clear();
            g.state = g.state.wrapping_add(1);
        }
    }
    if let Some(it) = iterable {
        extend(vm, d, args.pos[0], it, false)?;
    }
    Ok(Value::NONE)
}

/// Adds the items of `iterable` on the right (or, for `extendleft`, the
/// left, each in turn). A deque extended by itself takes a snapshot.
fn extend(vm: &mut Vm, d: &DequeObj, this: Value, iterable: Value, left: bool) -> PyResult<()> {
    let snapshot = if iterable == this {
        Some(d.inner.lock().items.iter().copied().collect::<Vec<_>>())
    } else {
        match iterable.as_obj().map(|o| &o.data) {
            Some(ObjData::List(_)) | Some(ObjData::Tuple(_)) if !vm.is_heap_instance(iterable) => {
                Some(vm.collect(iterable)?)
            }
            _ => None,
        }
    };
    if let Some(items) = snapshot {
        let mut g = d.inner.lock();
        for v in items {
            if left {
                g.push_front(v);
            } else {
                g.push_back(v);
            }
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(it)? {
        let mut g = d.inner.lock();
        if left {
            g.push_front(v);
        } else {
            g.push_back(v);
        }
    }
    Ok(())
}

// ----- methods --------------------------------------------------------------

fn deque_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "append", 1, 1)?;
    d.inner.lock().push_back(a[0]);
    Ok(Value::NONE)
}

fn deque_appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "appendleft", 1, 1)?;
    d.inner.lock().push_front(a[0]);
    Ok(Value::NONE)
}

fn deque_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = margs(vm, &args, "pop", 0, 0)?;
    let r = {
        let mut g = d.inner.lock();
        let r = g.items.pop_back();
        if r.is_some() {
            g.state = g.state.wrapping_add(1);
        }
        r
    };
    r.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn deque_popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = margs(vm, &args, "popleft", 0, 0)?;
    let r = {
        let mut g = d.inner.lock();
        let r = g.items.pop_front();
        if r.is_some() {
            g.state = g.state.wrapping_add(1);
        }
        r
    };
    r.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "extend", 1, 1)?;
    extend(vm, d, args.pos[0], a[0], false)?;
    Ok(Value::NONE)
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "extendleft", 1, 1)?;
    extend(vm, d, args.pos[0], a[0], true)?;
    Ok(Value::NONE)
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "rotate", 0, 1)?;
    let n = match a.first() {
        Some(&v) => ssize_arg(vm, v)?,
        None => 1,
    };
    d.inner.lock().rotate(n);
    Ok(Value::NONE)
}

fn deque_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = margs(vm, &args, "clear", 0, 0)?;
    let mut g = d.inner.lock();
    g.items.clear();
    g.state = g.state.wrapping_add(1);
    Ok(Value::NONE)
}

fn deque_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = margs(vm, &args, "reverse", 0, 0)?;
    d.inner.lock().items.make_contiguous().reverse();
    Ok(Value::NONE)
}

fn copy_of(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let d = deque_of(this).expect("copy of a deque");
    let (items, maxlen) = {
        let g = d.inner.lock();
        (g.items.clone(), g.maxlen)
    };
    let class = vm.type_of(this);
    if is_exact_deque_type(vm, class) {
        return Ok(new_deque(vm, class, items, maxlen));
    }
    // A subclass: `type(d)(d, maxlen)` as CPython does.
    let list = vm.new_list(items.into_iter().collect());
    match maxlen {
        Some(m) => {
            let m = vm.new_int(m as i64);
            vm.call(class, &[list, m])
        }
        None => vm.call(class, &[list]),
    }
}

/// Whether `class` is the native deque type itself (not a subclass): the
/// only class with a deque payload whose base is `object`.
fn is_exact_deque_type(vm: &mut Vm, class: Value) -> bool {
    let object = vm.types().object;
    vm.type_obj(class).bases.read().as_slice() == [object]
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    margs(vm, &args, "copy", 0, 0)?;
    copy_of(vm, args.pos[0])
}

fn deque_copy_dunder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    margs(vm, &args, "__copy__", 0, 0)?;
    copy_of(vm, args.pos[0])
}

/// Item `i` and the state it was read in, `None` past the end.
fn item_state(d: &DequeObj, i: usize) -> (Option<Value>, u64) {
    let g = d.inner.lock();
    (g.items.get(i).copied(), g.state)
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "count", 1, 1)?;
    let x = a[0];
    let start = d.inner.lock().state;
    let mut n = 0;
    let mut i = 0;
    loop {
        let (v, state) = item_state(d, i);
        if state != start {
            return Err(mutated(vm));
        }
        let Some(v) = v else { break };
        if v == x || vm.eq(v, x)? {
            n += 1;
        }
        if d.inner.lock().state != start {
            return Err(mutated(vm));
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

/// The position of the first item equal to `x` in `[start, stop)`.
fn find(vm: &mut Vm, d: &DequeObj, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let first = d.inner.lock().state;
    let mut i = start;
    while i < stop {
        let (v, state) = item_state(d, i);
        if state != first {
            return Err(mutated(vm));
        }
        let Some(v) = v else { break };
        let eq = v == x || vm.eq(v, x)?;
        if d.inner.lock().state != first {
            return Err(mutated(vm));
        }
        if eq {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn not_in_deque(vm: &mut Vm, x: Value) -> PyResult<crate::interp::PyErr> {
    let r = vm.repr_of(x)?;
    Ok(vm.value_error(format!("{r} is not in deque")))
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "index", 1, 3)?;
    let len = d.inner.lock().items.len();
    let start = match a.get(1) {
        Some(&v) => index_arg_not_none(vm, v)?,
        None => 0,
    };
    let stop = match a.get(2) {
        Some(&v) => index_arg_not_none(vm, v)?,
        None => len as i64,
    };
    let (start, stop) = crate::builtins::slice::search_window(start, stop, len);
    match find(vm, d, a[0], start, stop)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(not_in_deque(vm, a[0])?),
    }
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "remove", 1, 1)?;
    let len = d.inner.lock().items.len();
    match find(vm, d, a[0], 0, len)? {
        Some(i) => {
            let mut g = d.inner.lock();
            if i < g.items.len() {
                g.items.remove(i);
                g.state = g.state.wrapping_add(1);
            }
            Ok(Value::NONE)
        }
        None => Err(not_in_deque(vm, a[0])?),
    }
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "insert", 2, 2)?;
    let i = ssize_arg(vm, a[0])?;
    let mut g = d.inner.lock();
    let len = g.items.len();
    if Some(len) == g.maxlen {
        drop(g);
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let i = if i < 0 {
        (i + len as i64).max(0) as usize
    } else {
        (i as usize).min(len)
    };
    g.items.insert(i, a[1]);
    g.state = g.state.wrapping_add(1);
    Ok(Value::NONE)
}

// ----- sequence protocol ----------------------------------------------------

fn deque_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = margs(vm, &args, "__len__", 0, 0)?;
    let n = d.inner.lock().items.len();
    Ok(vm.new_int(n as i64))
}

/// A position for `d[i]`, or the TypeError/IndexError CPython raises.
fn position(vm: &mut Vm, key: Value, len: usize) -> PyResult<usize> {
    let i = match index_value(vm, key) {
        Ok(i) => i,
        // Past the machine range: CPython's deque says OverflowError.
        Err(e) if vm.err_is(&e, "IndexError") => {
            let t = vm.type_name(key);
            return Err(vm.overflow_error(format!("cannot fit '{t}' into an index-sized integer")));
        }
        Err(e) => return Err(e),
    };
    let Some(i) = i else {
        let t = vm.type_name(key);
        return Err(vm.type_error(format!("sequence index must be integer, not '{t}'")));
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, d: &DequeObj, key: Value) -> PyResult<Value> {
    let len = d.inner.lock().items.len();
    let i = position(vm, key, len)?;
    let v = d.inner.lock().items.get(i).copied();
    v.ok_or_else(|| vm.index_error("deque index out of range"))
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "__getitem__", 1, 1)?;
    getitem(vm, d, a[0])
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "__setitem__", 2, 2)?;
    let len = d.inner.lock().items.len();
    let i = position(vm, a[0], len)?;
    let mut g = d.inner.lock();
    match g.items.get_mut(i) {
        Some(slot) => {
            *slot = a[1];
            Ok(Value::NONE)
        }
        None => {
            drop(g);
            Err(vm.index_error("deque index out of range"))
        }
    }
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "__delitem__", 1, 1)?;
    let len = d.inner.lock().items.len();
    let i = position(vm, a[0], len)?;
    let mut g = d.inner.lock();
    if i < g.items.len() {
        g.items.remove(i);
        g.state = g.state.wrapping_add(1);
        return Ok(Value::NONE);
    }
    drop(g);
    Err(vm.index_error("deque index out of range"))
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "__contains__", 1, 1)?;
    let len = d.inner.lock().items.len();
    Ok(Value::bool(find(vm, d, a[0], 0, len)?.is_some()))
}

fn new_iter(vm: &mut Vm, this: Value, reverse: bool) -> PyResult<Value> {
    let d = deque_of(this).expect("deque iterator over a deque");
    let state = d.inner.lock().state;
    let key = if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    let class = iter_class(vm, this, key)?;
    Ok(vm.alloc(
        class,
        ObjData::Ext(Box::new(DequeIterObj {
            deque: this,
            state,
            index: AtomicUsize::new(0),
            reverse,
        })),
    ))
}

/// The iterator class, kept in the deque type's dict under `key`.
fn iter_class(vm: &mut Vm, this: Value, key: &str) -> PyResult<Value> {
    let name = vm.intern(key);
    let hash = vm.str_hash(name);
    let ty = vm.type_of(this);
    match vm.type_obj(ty).lookup(name, hash) {
        Some(c) => Ok(c),
        None => Err(vm.runtime_error("deque iterator type missing")),
    }
}

fn deque_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    margs(vm, &args, "__iter__", 0, 0)?;
    new_iter(vm, args.pos[0], false)
}

fn deque_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    margs(vm, &args, "__reversed__", 0, 0)?;
    new_iter(vm, args.pos[0], true)
}

fn iter_of<'a>(vm: &mut Vm, args: &Args) -> PyResult<&'a DequeIterObj> {
    match args
        .pos
        .first()
        .and_then(|v| v.as_obj()?.data.ext::<DequeIterObj>())
    {
        Some(it) => Ok(it),
        None => Err(vm.type_error("descriptor requires a '_collections._deque_iterator' object")),
    }
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = iter_of(vm, &args)?;
    match it.next_item(vm)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::NONE)),
    }
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iter_of(vm, &args)?;
    Ok(args.pos[0])
}

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = iter_of(vm, &args)?;
    let d = deque_of(it.deque).expect("iterator over a deque");
    let len = d.inner.lock().items.len();
    let done = it.index.load(Ordering::Relaxed);
    Ok(vm.new_int(len.saturating_sub(done) as i64))
}

// ----- repr, comparison, operators -------------------------------------------

fn deque_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = margs(vm, &args, "__repr__", 0, 0)?;
    let this = args.pos[0];
    let name = vm.type_name(this);
    if vm.repr_stack.contains(&this) {
        return Ok(vm.new_str("[...]"));
    }
    let (mut items, maxlen) = {
        let g = d.inner.lock();
        (g.items.iter().copied().collect::<Vec<_>>(), g.maxlen)
    };
    if vm.native_ext(this).is_none() {
        // A subclass's items come through its own `__iter__`, as
        // CPython's `list(self)`.
        vm.repr_stack.push(this);
        let list_type = vm.types().list;
        let list = vm.call(list_type, &[this]);
        vm.repr_stack.pop();
        items = vm.collect(list?)?;
    }
    vm.repr_stack.push(this);
    let mut out = format!("{name}([");
    let mut result = Ok(());
    for (i, v) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match vm.repr_of(v) {
            Ok(s) => out.push_str(&s),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.repr_stack.pop();
    result?;
    out.push(']');
    if let Some(m) = maxlen {
        out.push_str(&format!(", maxlen={m}"));
    }
    out.push(')');
    Ok(vm.new_str(out))
}

fn compare(vm: &mut Vm, args: Args, name: &str, kind: CompareKind) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, name, 1, 1)?;
    let Some(e) = deque_of(a[0]) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let item_a = |i: usize| d.inner.lock().items.get(i).copied();
    let item_b = |i: usize| e.inner.lock().items.get(i).copied();
    let len_a = || d.inner.lock().items.len();
    let len_b = || e.inner.lock().items.len();
    seq_richcompare(vm, kind, &item_a, &item_b, &len_a, &len_b)
}

fn deque_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareKind::Eq)
}
fn deque_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareKind::Ne)
}
fn deque_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CompareKind::Lt)
}
fn deque_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CompareKind::Le)
}
fn deque_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CompareKind::Gt)
}
fn deque_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CompareKind::Ge)
}

fn deque_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, a) = margs(vm, &args, "__add__", 1, 1)?;
    let Some(e) = deque_of(a[0]) else {
        let t = vm.type_name(a[0]);
        return Err(vm.type_error(format!("can only concatenate deque (not \"{t}\") to deque")));
    };
    let r = copy_of(vm, args.pos[0])?;
    let items: Vec<Value> = e.inner.lock().items.iter().copied().collect();
    let d = as_deque(vm, args.pos[0], r)?;
    let mut g = d.inner.lock();
    for v in items {
        g.push_back(v);
    }
    Ok(r)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "__iadd__", 1, 1)?;
    extend(vm, d, args.pos[0], a[0], false)?;
    Ok(args.pos[0])
}

/// Repeats the items in place `n` times (respecting `maxlen`).
fn repeat_in_place(vm: &mut Vm, d: &DequeObj, n: Value) -> PyResult<()> {
    let Some(n) = repeat_count(vm, n)? else {
        return Err(non_int_repeat(vm, n));
    };
    let mut g = d.inner.lock();
    if n <= 0 {
        if !g.items.is_empty() {
            g.items.clear();
            g.state = g.state.wrapping_add(1);
        }
        return Ok(());
    }
    if n == 1 || g.items.is_empty() {
        return Ok(());
    }
    let items: Vec<Value> = g.items.iter().copied().collect();
    let len = items.len() as u128;
    let total = len * n as u128;
    match g.maxlen {
        Some(m) if total > m as u128 => {
            // Only the last `maxlen` items of the repetition survive.
            let start = total - m as u128;
            let tail: VecDeque<Value> = (0..m as u128)
                .map(|k| items[((start + k) % len) as usize])
                .collect();
            g.items = tail;
            g.state = g.state.wrapping_add(1);
        }
        _ => {
            if total > 1 << 40 {
                drop(g);
                return Err(vm.memory_error());
            }
            for _ in 1..n {
                for &v in &items {
                    g.push_back(v);
                }
            }
        }
    }
    Ok(())
}

/// `d` as a deque, or the TypeError for a subclass whose `__new__` made
/// something else.
fn as_deque<'a>(vm: &mut Vm, this: Value, d: Value) -> PyResult<&'a DequeObj> {
    match deque_of(d) {
        Some(d) => Ok(d),
        None => {
            let c = vm.type_name(this);
            let t = vm.type_name(d);
            Err(vm.type_error(format!("{c}() must return a deque, not {t}")))
        }
    }
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, a) = margs(vm, &args, "__mul__", 1, 1)?;
    let r = copy_of(vm, args.pos[0])?;
    let d = as_deque(vm, args.pos[0], r)?;
    repeat_in_place(vm, d, a[0])?;
    Ok(r)
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, a) = margs(vm, &args, "__imul__", 1, 1)?;
    repeat_in_place(vm, d, a[0])?;
    Ok(args.pos[0])
}

fn deque_maxlen(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let Some(d) = deque_of(this) else {
        return Err(vm.type_error("descriptor 'maxlen' requires a 'collections.deque' object"));
    };
    let m = d.inner.lock().maxlen;
    Ok(match m {
        Some(m) => vm.new_int(m as i64),
        None => Value::NONE,
    })
}

fn deque_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = margs(vm, &args, "__reduce__", 0, 0)?;
    let (items, maxlen) = {
        let g = d.inner.lock();
        (g.items.iter().copied().collect::<Vec<_>>(), g.maxlen)
    };
    let class = vm.type_of(args.pos[0]);
    let list = vm.new_list(items);
    let m = match maxlen {
        Some(m) => vm.new_int(m as i64),
        None => Value::NONE,
    };
    let ctor_args = vm.new_tuple(vec![list, m]);
    Ok(vm.new_tuple(vec![class, ctor_args]))
}

// ----- Counter's helper -----------------------------------------------------------

/// Whether `name` on `mapping`'s type is the very one `dict` has (so the
/// dict payload may be used directly).
fn dict_method_kept(vm: &mut Vm, mapping: Value, name: &str) -> bool {
    let key = vm.intern(name);
    let hash = vm.str_hash(key);
    let dict = vm.types().dict;
    let ty = vm.type_of(mapping);
    vm.type_obj(ty).lookup(key, hash) == vm.type_obj(dict).lookup(key, hash)
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) +
/// 1` for each item, on the dict payload directly unless the mapping's type
/// overrides `get` or `__setitem__`.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "_count_elements")?;
    crate::builtins::check_arity(vm, &args, "_count_elements", 2, 2)?;
    let (mapping, iterable) = (args.pos[0], args.pos[1]);
    let one = Value::small_int(1).expect("1 is a small int");
    let direct = matches!(mapping.as_obj().map(|o| &o.data), Some(ObjData::Dict(_)))
        && dict_method_kept(vm, mapping, "get")
        && dict_method_kept(vm, mapping, "__setitem__");
    let it = vm.iter(iterable)?;
    if direct {
        let Some(ObjData::Dict(d)) = mapping.as_obj().map(|o| &o.data) else {
            unreachable!("checked above")
        };
        while let Some(x) = vm.next(it)? {
            let hash = vm.hash(x)?;
            let n = match crate::builtins::dict::lookup_hashed(vm, d, x, hash)? {
                None => one,
                Some(c) if c.is_small_int() => vm.new_int(c.as_small_int() + 1),
                Some(c) => crate::interp::ops::binary_op(
                    vm,
                    crate::bytecode::BinaryOpKind::Add,
                    false,
                    c,
                    one,
                )?,
            };
            crate::builtins::dict::store_hashed(vm, d, x, hash, n)?;
        }
        return Ok(Value::NONE);
    }
    let get = vm.getattr_str(mapping, "get")?;
    let zero = Value::small_int(0).expect("0 is a small int");
    while let Some(x) = vm.next(it)? {
        let c = vm.call(get, &[x, zero])?;
        let n =
            crate::interp::ops::binary_op(vm, crate::bytecode::BinaryOpKind::Add, false, c, one)?;
        crate::interp::ops::setitem(vm, mapping, x, n)?;
    }
    Ok(Value::NONE)
}

// ----- namedtuple's field getters ---------------------------------------------------

/// Item `args.bound` of the tuple `args.pos[0]` (a namedtuple field).
fn tuple_item(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "_tuple_item", 1, 1)?;
    let t = args.pos[0];
    let Some(ObjData::Tuple(items)) = t.as_obj().map(|o| &o.data) else {
        let tn = vm.type_name(t);
        return Err(vm.type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{tn}' object",
            args.bound.as_small_int()
        )));
    };
    match items.get(args.bound.as_small_int() as usize) {
        Some(&v) => Ok(v),
        None => Err(vm.index_error("tuple index out of range")),
    }
}

/// `_tuple_item_getter(index)`: a native function returning `t[index]`, the
/// getter of a namedtuple field's property.
fn tuple_item_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "_tuple_item_getter")?;
    crate::builtins::check_arity(vm, &args, "_tuple_item_getter", 1, 1)?;
    let i = args.pos[0];
    if !i.is_small_int() || i.as_small_int() < 0 {
        return Err(vm.value_error("index must be a non-negative int"));
    }
    let owner = args.bound;
    Ok(crate::builtins::native(
        &vm.interp,
        "_tuple_item",
        tuple_item,
        owner,
        i,
    ))
}

// ----- the module -------------------------------------------------------------

/// Fills in `_collections`.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let interp = vm.interp.clone();
    let deque = super::native_type(
        vm,
        "deque",
        "collections",
        type_flags::BASETYPE | type_flags::NO_INSTANCE_DICT | type_flags::NATIVE_EXT,
    );
    vm.type_obj(deque).collection.store(
        crate::object::types::collection::SEQUENCE,
        crate::sync::Ordering::Relaxed,
    );
    let methods: &[(&'static str, crate::interp::NativeFn)] = &[
        ("__new__", deque_new),
        ("__init__", deque_init),
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("rotate", deque_rotate),
        ("clear", deque_clear),
        ("reverse", deque_reverse),
        ("copy", deque_copy),
        ("__copy__", deque_copy_dunder),
        ("count", deque_count),
        ("index", deque_index),
        ("remove", deque_remove),
        ("insert", deque_insert),
        ("__len__", deque_len),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__contains__", deque_contains),
        ("__iter__", deque_iter),
        ("__reversed__", deque_reversed),
        ("__repr__", deque_repr),
        ("__eq__", deque_eq),
        ("__ne__", deque_ne),
        ("__lt__", deque_lt),
        ("__le__", deque_le),
        ("__gt__", deque_gt),
        ("__ge__", deque_ge),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__mul__", deque_mul),
        ("__rmul__", deque_mul),
        ("__imul__", deque_imul),
        ("__reduce__", deque_reduce),
    ];
    for &(name, f) in methods {
        crate::builtins::add_method(&interp, deque, name, f);
    }
    crate::builtins::set_type_attr(&interp, deque, "__hash__", Value::NONE);
    crate::builtins::add_getset(&interp, deque, "maxlen", deque_maxlen, None);
    for key in ["_deque_iterator", "_deque_reverse_iterator"] {
        let it = super::native_type(
            vm,
            key,
            "_collections",
            type_flags::NO_INSTANCE_DICT | type_flags::NATIVE_EXT,
        );
        crate::builtins::add_method(&interp, it, "__next__", iter_next);
        crate::builtins::add_method(&interp, it, "__iter__", iter_self);
        crate::builtins::add_method(&interp, it, "__length_hint__", iter_length_hint);
        crate::builtins::set_type_attr(&interp, deque, key, it);
        add_value(vm, module, key, it);
    }
    add_value(vm, module, "deque", deque);
    super::add_function(vm, module, "_count_elements", count_elements);
    super::add_function(vm, module, "_tuple_item_getter", tuple_item_getter);
    super::add_function(
        vm,
        module,
        "_set_collection_flags",
        crate::interp::patma::set_collection_flags,
    );
    Ok(())
}
