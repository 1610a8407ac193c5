//! `set` / `frozenset` payload: an open-addressing table laid out and probed
//! the way CPython 3.11's is, so sets iterate (and print) in CPython's order.
//!
//! The rules followed (learned from CPython's set implementation and checked
//! against its behaviour):
//!
//! - the table has a power-of-two size, 8 at first; a slot is empty, a
//!   dummy (a deleted key, hash -1) or active;
//! - a probe starts at `hash & mask` and scans that slot and, when they fit
//!   before the end of the table, the next 9 slots; then it jumps to
//!   `(i * 5 + 1 + perturb) & mask` with `perturb` (initially the hash as an
//!   unsigned word) shifted right by 5 first;
//! - adding a new key reuses the last dummy seen on the probe path, else
//!   takes the empty slot that ended it; only the latter counts towards
//!   `fill`, and when `fill * 5 >= mask * 3` the table is rebuilt for
//!   `used * 4` entries (`used * 2` past 50,000): the smallest power of two
//!   above that, re-inserting the active keys in old table order;
//! - `pop` scans for an active slot from a finger that it leaves just past
//!   the slot it emptied.
//!
//! Key equality works as in `super::dict`: every operation takes its
//! equality test as a closure that may give back an undecided stored key,
//! in which case the operation has changed nothing.

use super::dict::EqHints;
use super::hashing::{builtin_eq, hash_frozenset_of};
use super::{ObjData, Value};
use crate::sync::{AtomicI64, Ordering, RwLock};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy)]
struct Slot {
    hash: i64,
    key: Value,
}

const EMPTY: Slot = Slot {
    hash: 0,
    key: Value::NULL,
};
const DUMMY: Slot = Slot {
    hash: -1,
    key: Value::NULL,
};

impl Slot {
    #[inline]
    fn is_active(&self) -> bool {
        !self.key.is_null()
    }

    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_null() && self.hash == 0
    }
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

/// Calls `f` with each slot index of the probe sequence for `hash` until it
/// returns `Some`. The table always has an empty slot, so this ends.
#[inline]
fn probe<T>(mask: usize, hash: i64, mut f: impl FnMut(usize) -> Option<T>) -> T {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + probes {
            if let Some(t) = f(j) {
                return t;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize)
            & mask;
    }
}

fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
    let mask = slots.len() - 1;
    let j = probe(mask, hash, |j| slots[j].key.is_null().then_some(j));
    slots[j] = Slot { hash, key };
}

/// Builtin equality only, undecided counting as unequal.
fn plain_eq(stored: Value, key: Value) -> Result<bool, std::convert::Infallible> {
    Ok(builtin_eq(stored, key).unwrap_or(false))
}

fn unwrap_infallible<T>(r: Result<T, std::convert::Infallible>) -> T {
    match r {
        Ok(t) => t,
        Err(e) => match e {},
    }
}

impl SetTable {
    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The slot of the key equal to `key`, if present.
    pub fn lookup<E>(
        &self,
        key: Value,
        hash: i64,
        mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let slots = &self.slots;
        probe(self.mask(), hash, |j| {
            let s = slots[j];
            if s.is_empty() {
                return Some(Ok(None));
            }
            if s.hash == hash && s.is_active() {
                if s.key == key {
                    return Some(Ok(Some(j)));
                }
                match eq(s.key, key) {
                    Ok(true) => return Some(Ok(Some(j))),
                    Ok(false) => {}
                    Err(e) => return Some(Err(e)),
                }
            }
            None
        })
    }

    pub fn contains_with<E>(
        &self,
        key: Value,
        hash: i64,
        eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(self.lookup(key, hash, eq)?.is_some())
    }

    /// Adds `key`; `Ok(false)` if an equal key was already present.
    pub fn add_with<E>(
        &mut self,
        key: Value,
        hash: i64,
        mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let slots = &self.slots;
        let mut freeslot = None;
        let found = probe(self.mask(), hash, |j| {
            let s = slots[j];
            if s.is_empty() {
                return Some(Ok(Some(j)));
            }
            if s.is_active() {
                if s.hash == hash {
                    if s.key == key {
                        return Some(Ok(None));
                    }
                    match eq(s.key, key) {
                        Ok(true) => return Some(Ok(None)),
                        Ok(false) => {}
                        Err(e) => return Some(Err(e)),
                    }
                }
            } else {
                freeslot = Some(j);
            }
            None
        })?;
        let Some(empty) = found else {
            return Ok(false);
        };
        if let Some(j) = freeslot {
            self.slots[j] = Slot { hash, key };
            self.used += 1;
            return Ok(true);
        }
        self.slots[empty] = Slot { hash, key };
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.grow();
        }
        Ok(true)
    }

    /// Removes the key equal to `key`; `Ok(false)` if absent.
    pub fn discard_with<E>(
        &mut self,
        key: Value,
        hash: i64,
        eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.lookup(key, hash, eq)? {
            Some(j) => {
                self.slots[j] = DUMMY;
                self.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Removes `key` if present, else adds it (one step of a symmetric
    /// difference update).
    pub fn toggle_with<E>(
        &mut self,
        key: Value,
        hash: i64,
        mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        if !self.discard_with(key, hash, &mut eq)? {
            self.add_with(key, hash, eq)?;
        }
        Ok(())
    }

    /// `contains` with builtin equality only.
    pub fn contains(&self, key: Value, hash: i64) -> bool {
        unwrap_infallible(self.contains_with(key, hash, plain_eq))
    }

    /// `add` with builtin equality only.
    pub fn add(&mut self, key: Value, hash: i64) -> bool {
        unwrap_infallible(self.add_with(key, hash, plain_eq))
    }

    /// `discard` with builtin equality only.
    pub fn remove(&mut self, key: Value, hash: i64) -> bool {
        unwrap_infallible(self.discard_with(key, hash, plain_eq))
    }

    fn grow(&mut self) {
        let n = if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n);
    }

    /// Rebuilds the table with the smallest size above `min_used`.
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        for s in old {
            if s.is_active() {
                insert_clean(&mut self.slots, s.hash, s.key);
            }
        }
        self.fill = self.used;
    }

    /// After removals: rebuilds when more than a quarter of the slots are
    /// dummies (as `difference_update` does).
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.grow();
        }
    }

    /// The one up-front resize before adding `incoming` keys in bulk.
    pub fn reserve_for(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Empties the table (the pop finger is kept).
    pub fn clear(&mut self) {
        self.slots = vec![EMPTY; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// Takes `other`'s table (for `intersection_update`); keeps the finger.
    pub fn replace_with(&mut self, other: SetTable) {
        self.slots = other.slots;
        self.fill = other.fill;
        self.used = other.used;
    }

    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !self.slots[j].is_active() {
            j = (j + 1) & mask;
        }
        let k = self.slots[j].key;
        self.slots[j] = DUMMY;
        self.used -= 1;
        self.finger = j + 1;
        Some(k)
    }

    /// Live (hash, key) pairs in table order.
    pub fn items(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter(|s| s.is_active())
            .map(|s| (s.hash, s.key))
            .collect()
    }

    /// The active slot at or after `pos`: its key and the position after it.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        let start = pos.min(self.slots.len());
        self.slots[start..]
            .iter()
            .position(|s| s.is_active())
            .map(|off| (start + off + 1, self.slots[start + off].key))
    }

    /// Merges another table as `set.update(other_set)` does: one resize up
    /// front; a straight copy when this table is empty, the same size, and
    /// `other` has no dummies; clean inserts when this table is empty.
    /// Returns false when the keys must be added one by one (this table
    /// was not empty), which the caller does with its own equality.
    pub fn merge_fast(&mut self, other: &SetTable) -> bool {
        if other.used == 0 {
            return true;
        }
        self.reserve_for(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        if self.fill == 0 {
            for s in &other.slots {
                if s.is_active() {
                    insert_clean(&mut self.slots, s.hash, s.key);
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return true;
        }
        false
    }

    /// `merge_fast`, then one-by-one adds with builtin equality.
    pub fn merge(&mut self, other: &SetTable) {
        if !self.merge_fast(other) {
            for (h, k) in other.items() {
                self.add(k, h);
            }
        }
    }
}

/// A set's table behind its lock, and the frozenset hash once computed.
pub struct SetObj {
    pub table: RwLock<SetTable>,
    hash: AtomicI64,
}

const HASH_UNSET: i64 = -1;

impl SetObj {
    pub fn new(table: SetTable) -> SetObj {
        SetObj {
            table: RwLock::new(table),
            hash: AtomicI64::new(HASH_UNSET),
        }
    }

    pub fn len(&self) -> usize {
        self.table.read().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `key in set` with builtin equality only.
    pub fn contains(&self, key: Value, hash: i64) -> bool {
        self.table.read().contains(key, hash)
    }

    pub fn contains_hinted(&self, key: Value, hash: i64, hints: &EqHints) -> Result<bool, Value> {
        self.table
            .read()
            .contains_with(key, hash, |a, b| hints.eq(a, b))
    }

    pub fn snapshot(&self) -> SetTable {
        self.table.read().clone()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .read()
            .slots
            .iter()
            .filter(|s| s.is_active())
            .map(|s| s.key)
            .collect()
    }

    /// `hash(frozenset)` (cached: a frozenset never changes).
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != HASH_UNSET {
            return h;
        }
        let items = self.table.read().items();
        let h = hash_frozenset_of(items.into_iter().map(|(h, _)| h));
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for s in self.table.read().slots.iter() {
            if s.is_active() {
                visit(s.key);
            }
        }
    }
}

/// `a == b` for two frozensets without running Python code (`None` when an
/// element's equality needs user code). Frozensets are never written after
/// they are built, so reading both tables at once cannot deadlock.
pub fn frozenset_eq(a: &SetObj, b: &SetObj) -> Option<bool> {
    if std::ptr::eq(a, b) {
        return Some(true);
    }
    // Deeply nested frozensets are left to the VM, which bounds the
    // recursion (RecursionError) instead of exhausting the native stack.
    thread_local!(static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let depth = DEPTH.with(|d| d.get());
    if depth >= 64 {
        return None;
    }
    DEPTH.with(|d| d.set(depth + 1));
    let r = frozenset_eq_inner(a, b);
    DEPTH.with(|d| d.set(depth));
    r
}

fn frozenset_eq_inner(a: &SetObj, b: &SetObj) -> Option<bool> {
    if a.len() != b.len() {
        return Some(false);
    }
    if a.hash.load(Ordering::Relaxed) != HASH_UNSET
        && b.hash.load(Ordering::Relaxed) != HASH_UNSET
        && a.hash() != b.hash()
    {
        return Some(false);
    }
    let ta = a.table.read();
    let tb = b.table.read();
    for s in ta.slots.iter().filter(|s| s.is_active()) {
        let found = tb.lookup(s.key, s.hash, |x, y| builtin_eq(x, y).ok_or(()));
        match found {
            Ok(Some(_)) => {}
            Ok(None) => return Some(false),
            Err(()) => return None,
        }
    }
    Some(true)
}

/// The set payload of a set or frozenset value.
pub fn set_payload<'a>(v: Value) -> Option<&'a SetObj> {
    match &v.as_obj()?.data {
        ObjData::Set(s) | ObjData::FrozenSet(s) => Some(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::hashing::hash_i64;

    fn int(i: i64) -> Value {
        Value::small_int(i).expect("small int")
    }

    fn add(t: &mut SetTable, i: i64) {
        t.add(int(i), hash_i64(i));
    }

    fn discard(t: &mut SetTable, i: i64) {
        t.remove(int(i), hash_i64(i));
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.items().iter().map(|&(_, k)| k.as_small_int()).collect()
    }

    fn zero_to_19() -> SetTable {
        let mut t = SetTable::default();
        for i in 0..20 {
            add(&mut t, i);
        }
        t
    }

    #[test]
    fn grows_like_cpython() {
        // 8 slots, then 32 at the fifth key, then 128 at the nineteenth.
        let mut t = SetTable::default();
        for i in [20, 3, 40, 5, 60] {
            add(&mut t, i);
        }
        assert_eq!(order(&t), vec![3, 5, 40, 20, 60]);
        assert_eq!(t.slots.len(), 32);
        assert_eq!(zero_to_19().slots.len(), 128);
    }

    #[test]
    fn reuses_the_last_dummy_on_the_probe_path() {
        // Checked against CPython 3.11: `s.discard(5); s.discard(7);
        // s.add(132)` on {0..19} puts 132 where 7 was.
        let mut t = zero_to_19();
        discard(&mut t, 5);
        discard(&mut t, 7);
        add(&mut t, 132);
        let want: Vec<i64> = [0, 1, 2, 3, 4, 6, 132].into_iter().chain(8..20).collect();
        assert_eq!(order(&t), want);
        // ... and across a jump: dummies at 5 and 17, 130 lands at 17.
        let mut t = zero_to_19();
        discard(&mut t, 5);
        discard(&mut t, 17);
        add(&mut t, 130);
        let want: Vec<i64> = [0, 1, 2, 3, 4]
            .into_iter()
            .chain(6..17)
            .chain([130, 18, 19])
            .collect();
        assert_eq!(order(&t), want);
    }

    #[test]
    fn small_tables_probe_one_slot_then_jump() {
        // {0,1,2,3} minus 2 plus 9: 9 skips the dummy at 2 (not on its
        // path), lands in slot 6, and the fifth fill grows the table.
        let mut t = SetTable::default();
        for i in 0..4 {
            add(&mut t, i);
        }
        discard(&mut t, 2);
        add(&mut t, 9);
        assert_eq!(order(&t), vec![0, 1, 3, 9]);
    }

    #[test]
    fn pop_walks_from_the_finger() {
        let mut t = SetTable::default();
        for i in 0..10 {
            add(&mut t, i);
        }
        let popped: Vec<i64> = (0..4).map(|_| t.pop().unwrap().as_small_int()).collect();
        assert_eq!(popped, vec![0, 1, 2, 3]);
        add(&mut t, 0);
        assert_eq!(t.pop().unwrap().as_small_int(), 4);
    }

    #[test]
    fn merge_into_empty_resizes_once() {
        let src = zero_to_19();
        let mut t = SetTable::default();
        t.merge(&src);
        assert_eq!(t.slots.len(), 64);
        assert_eq!(order(&t), (0..20).collect::<Vec<_>>());
        assert_eq!(t.len(), 20);
    }

    #[test]
    fn undecided_equality_changes_nothing() {
        let mut t = SetTable::default();
        add(&mut t, 1);
        let r = t.add_with(int(1), hash_i64(1), |_, _| Err::<bool, ()>(()));
        // Identity decides without asking.
        assert_eq!(r, Ok(false));
        let r = t.add_with(Value::float(1.5), hash_i64(1), |_, _| Err::<bool, ()>(()));
        assert_eq!(r, Err(()));
        assert_eq!(t.len(), 1);
    }
}
