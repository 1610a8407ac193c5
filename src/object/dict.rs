//! `dict` payload: an insertion-ordered hash map keyed by Python values.
//!
//! Entries live in a vector in insertion order; a `hashbrown::HashTable`
//! maps hashes to entry indices. Deleting leaves a hole (key `NULL`) that a
//! later compaction removes, so iteration order is insertion order and an
//! iterator can walk entry positions. All access goes through the dict's own
//! lock (DESIGN.md decision 4): each operation is atomic with respect to the
//! others.
//!
//! # Key equality
//!
//! Two keys match when they are the same object, or have the same hash and
//! compare equal. `builtin_eq` decides equality for builtin keys without
//! running Python code. When it cannot (a key whose `==` is user code), the
//! table operations below give the undecided stored key back as `Err(key)`
//! without changing anything; the caller releases the lock, runs `==` in the
//! VM, records the answer in an `EqHints`, and retries the operation
//! (`crate::builtins::dict` drives this loop). Every table operation takes
//! its equality test as a closure so the same code serves both uses.

use hashbrown::HashTable;

use super::hashing::builtin_eq;
use super::Value;
use crate::sync::{AtomicU64, Ordering, RwLock, RwLockReadGuard};

#[derive(Clone, Copy)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// Answers about `stored == key` for one probe key, learned by running the
/// comparison in the VM with no lock held.
#[derive(Default)]
pub struct EqHints {
    equal: Vec<Value>,
    unequal: Vec<Value>,
}

impl EqHints {
    /// `stored == key` from builtin rules or a recorded answer; `Err(stored)`
    /// when the VM must decide.
    pub fn eq(&self, stored: Value, key: Value) -> Result<bool, Value> {
        if let Some(b) = builtin_eq(stored, key) {
            return Ok(b);
        }
        if self.equal.contains(&stored) {
            Ok(true)
        } else if self.unequal.contains(&stored) {
            Ok(false)
        } else {
            Err(stored)
        }
    }

    /// Records the VM's answer for `stored == key`.
    pub fn learn(&mut self, stored: Value, equal: bool) {
        if equal {
            self.equal.push(stored);
        } else {
            self.unequal.push(stored);
        }
    }

    pub fn clear(&mut self) {
        self.equal.clear();
        self.unequal.clear();
    }
}

/// Equality with builtin rules only (undecided counts as unequal): for
/// callers that cannot run Python code (attribute dicts keyed by str).
fn plain_eq(stored: Value, key: Value) -> Result<bool, std::convert::Infallible> {
    Ok(super::hashing::payload_eq(stored, key).unwrap_or(false))
}

fn unwrap_infallible<T>(r: Result<T, std::convert::Infallible>) -> T {
    match r {
        Ok(t) => t,
        Err(e) => match e {},
    }
}

/// Spreads a Python hash over all 64 bits for the index (small ints hash
/// to themselves, which would leave hashbrown's tag bits all zero).
#[inline]
fn index_hash(hash: i64) -> u64 {
    let x = (hash as u64 as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
    (x as u64) ^ ((x >> 64) as u64)
}

/// The smallest index size CPython gives a dict.
const MIN_SIZE: usize = 8;

/// How many entries an index of `size` slots takes before it must grow.
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// The index size CPython (64-bit) picks for `min` slots: a power of two
/// from a bit trick that rounds exact powers from 16 up to the next one.
fn size_for(min: usize) -> usize {
    let m = ((min | MIN_SIZE) - 1) | (MIN_SIZE - 1);
    1 << (usize::BITS - m.leading_zeros())
}

/// The index size CPython presizes for `n` entries.
fn size_estimate(n: usize) -> usize {
    size_for((n * 3).div_ceil(2))
}

/// The entries in insertion order (with holes where keys were deleted)
/// and an index from hashes to entry positions.
///
/// Besides the index, the table keeps CPython's notion of capacity (the
/// size its index would have and how many entries may still be appended)
/// so that holes are squeezed out exactly when CPython's dict would do it:
/// only when an insertion finds no room. Entry positions are what dict
/// iterators walk, so a loop that deletes and inserts sees what it sees
/// under CPython.
#[derive(Clone)]
pub struct DictTable {
    index: HashTable<usize>,
    entries: Vec<DictEntry>,
    live: usize,
    size: usize,
    usable: usize,
}

impl Default for DictTable {
    /// An empty dict: like CPython's shared empty keys, it has no room, so
    /// the first insertion sizes it.
    fn default() -> Self {
        DictTable {
            index: HashTable::new(),
            entries: Vec::new(),
            live: 0,
            size: 1,
            usable: 0,
        }
    }
}

impl DictTable {
    /// An empty table sized for `n` entries (CPython's presized dicts).
    pub fn presized(n: usize) -> DictTable {
        let mut t = DictTable::default();
        if n > usable_fraction(MIN_SIZE) {
            t.size = size_estimate(n);
            t.usable = usable_fraction(t.size);
        }
        t.entries.reserve(n);
        t
    }

    /// Compacts the entries into an index of `size` slots.
    fn resize_to(&mut self, size: usize) {
        self.compact();
        self.size = size;
        self.usable = usable_fraction(self.size).saturating_sub(self.live);
    }

    /// Resizes for `n` entries unconditionally (CPython's `fromkeys` from a
    /// dict or set).
    pub fn resize_for(&mut self, n: usize) {
        self.resize_to(size_estimate(n));
    }

    /// Makes room before adding `incoming` entries in bulk, as CPython's
    /// `dict.update(other_dict)` does.
    pub fn reserve_for(&mut self, incoming: usize) {
        if usable_fraction(self.size) < incoming {
            self.resize_to(size_estimate(self.live + incoming));
        }
    }

    /// Whether copying this table wholesale keeps CPython's layout (a dense
    /// table is cloned, holes and all; a sparse one is rebuilt).
    pub fn is_dense(&self) -> bool {
        self.live >= self.entries.len() * 2 / 3
    }

    /// Whether an empty dict merging this one takes a clone of it.
    pub fn clones_on_merge(&self) -> bool {
        self.live == self.entries.len()
            && (self.size == MIN_SIZE || usable_fraction(self.size / 2) < self.live)
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The entry index of the key equal to `key`, if any.
    pub fn find<E>(
        &self,
        key: Value,
        hash: i64,
        mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let entries = &self.entries;
        let mut failed = None;
        let found = self.index.find(index_hash(hash), |&i| {
            let e = &entries[i];
            if e.hash != hash || failed.is_some() {
                return false;
            }
            if e.key == key {
                return true;
            }
            match eq(e.key, key) {
                Ok(b) => b,
                Err(x) => {
                    failed = Some(x);
                    true
                }
            }
        });
        match failed {
            Some(x) => Err(x),
            None => Ok(found.copied()),
        }
    }

    /// Appends an entry for a key known to be absent.
    pub fn push_new(&mut self, key: Value, hash: i64, value: Value) {
        if self.usable == 0 {
            self.resize_to(size_for(self.live * 3));
        }
        self.usable -= 1;
        let i = self.entries.len();
        self.entries.push(DictEntry { hash, key, value });
        let entries = &self.entries;
        self.index
            .insert_unique(index_hash(hash), i, |&j| index_hash(entries[j].hash));
        self.live += 1;
    }

    /// Inserts or replaces (keeping the stored key); returns the old value.
    pub fn insert<E>(
        &mut self,
        key: Value,
        hash: i64,
        value: Value,
        eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<Option<Value>, E> {
        if let Some(i) = self.find(key, hash, eq)? {
            let old = self.entries[i].value;
            self.entries[i].value = value;
            return Ok(Some(old));
        }
        self.push_new(key, hash, value);
        Ok(None)
    }

    /// Removes the key equal to `key`; returns the stored entry.
    pub fn remove<E>(
        &mut self,
        key: Value,
        hash: i64,
        eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<Option<DictEntry>, E> {
        let Some(i) = self.find(key, hash, eq)? else {
            return Ok(None);
        };
        Ok(Some(self.remove_at(i)))
    }

    /// Removes the entry at index `i` (which must be live).
    fn remove_at(&mut self, i: usize) -> DictEntry {
        let old = self.entries[i];
        if let Ok(slot) = self.index.find_entry(index_hash(old.hash), |&j| j == i) {
            slot.remove();
        }
        self.entries[i].key = Value::NULL;
        self.entries[i].value = Value::NULL;
        self.live -= 1;
        old
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            self.index
                .insert_unique(index_hash(e.hash), i, |&j| index_hash(entries[j].hash));
        }
    }

    /// Removes and returns the last entry; the positions from it on are
    /// given back (CPython's `popitem`; the room stays spent).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let i = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let e = self.remove_at(i);
        self.entries.truncate(i);
        Some(e)
    }

    pub fn get_entry(&self, i: usize) -> DictEntry {
        self.entries[i]
    }

    /// Replaces the value of the live entry at `i`.
    pub fn set_value_at(&mut self, i: usize, value: Value) {
        self.entries[i].value = value;
    }

    /// The live entries in order.
    pub fn live_entries(&self) -> impl DoubleEndedIterator<Item = &DictEntry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The number of entry positions (live or holes).
    pub fn positions(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at or after position `pos`, and its position.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, DictEntry)> {
        let start = pos.min(self.entries.len());
        self.entries[start..]
            .iter()
            .position(|e| !e.key.is_null())
            .map(|off| (start + off, self.entries[start + off]))
    }

    /// The live entry at or before position `pos`, and its position.
    pub fn entry_before(&self, pos: usize) -> Option<(usize, DictEntry)> {
        let end = (pos + 1).min(self.entries.len());
        self.entries[..end]
            .iter()
            .rposition(|e| !e.key.is_null())
            .map(|i| (i, self.entries[i]))
    }
}

pub struct DictObj {
    table: RwLock<DictTable>,
    /// Bumped by every mutation (for global-load caches and for iterators
    /// detecting a change of size).
    version: AtomicU64,
}

impl Default for DictObj {
    fn default() -> Self {
        DictObj::new()
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::from_table(DictTable::default())
    }

    pub fn from_table(table: DictTable) -> DictObj {
        DictObj {
            table: RwLock::new(table),
            version: AtomicU64::new(0),
        }
    }

    fn bump(&self) {
        self.version.fetch_add(1, Ordering::Release);
    }

    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// The table under a read lock (hold it briefly; run no Python code).
    pub fn read(&self) -> RwLockReadGuard<'_, DictTable> {
        self.table.read()
    }

    /// Runs `f` on the table under the write lock (no Python code inside).
    pub fn modify<T>(&self, f: impl FnOnce(&mut DictTable) -> T) -> T {
        let r = f(&mut self.table.write());
        self.bump();
        r
    }

    pub fn len(&self) -> usize {
        self.table.read().live
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    // ----- operations with VM-decided equality (see the module docs) -----

    pub fn get_hinted(
        &self,
        key: Value,
        hash: i64,
        hints: &EqHints,
    ) -> Result<Option<Value>, Value> {
        let t = self.table.read();
        Ok(t.find(key, hash, |a, b| hints.eq(a, b))?
            .map(|i| t.entries[i].value))
    }

    pub fn insert_hinted(
        &self,
        key: Value,
        hash: i64,
        value: Value,
        hints: &EqHints,
    ) -> Result<Option<Value>, Value> {
        let old = self
            .table
            .write()
            .insert(key, hash, value, |a, b| hints.eq(a, b))?;
        self.bump();
        Ok(old)
    }

    pub fn remove_hinted(
        &self,
        key: Value,
        hash: i64,
        hints: &EqHints,
    ) -> Result<Option<DictEntry>, Value> {
        let old = self
            .table
            .write()
            .remove(key, hash, |a, b| hints.eq(a, b))?;
        if old.is_some() {
            self.bump();
        }
        Ok(old)
    }

    /// `setdefault`: the existing value, or inserts `value` and returns it.
    pub fn setdefault_hinted(
        &self,
        key: Value,
        hash: i64,
        value: Value,
        hints: &EqHints,
    ) -> Result<Value, Value> {
        let mut t = self.table.write();
        if let Some(i) = t.find(key, hash, |a, b| hints.eq(a, b))? {
            return Ok(t.entries[i].value);
        }
        t.push_new(key, hash, value);
        drop(t);
        self.bump();
        Ok(value)
    }

    // ----- operations with builtin equality only ---------------------------

    pub fn get(&self, key: Value, hash: i64) -> Option<Value> {
        let t = self.table.read();
        unwrap_infallible(t.find(key, hash, plain_eq)).map(|i| t.entries[i].value)
    }

    pub fn contains(&self, key: Value, hash: i64) -> bool {
        unwrap_infallible(self.table.read().find(key, hash, plain_eq)).is_some()
    }

    /// Inserts or replaces; returns the old value.
    pub fn insert(&self, key: Value, hash: i64, value: Value) -> Option<Value> {
        let old = unwrap_infallible(self.table.write().insert(key, hash, value, plain_eq));
        self.bump();
        old
    }

    /// `setdefault`: the existing value, or inserts `value` and returns it.
    pub fn get_or_insert(&self, key: Value, hash: i64, value: Value) -> Value {
        let mut t = self.table.write();
        if let Some(i) = unwrap_infallible(t.find(key, hash, plain_eq)) {
            return t.entries[i].value;
        }
        t.push_new(key, hash, value);
        drop(t);
        self.bump();
        value
    }

    pub fn remove(&self, key: Value, hash: i64) -> Option<Value> {
        let old = unwrap_infallible(self.table.write().remove(key, hash, plain_eq));
        if old.is_some() {
            self.bump();
        }
        old.map(|e| e.value)
    }

    pub fn clear(&self) {
        *self.table.write() = DictTable::default();
        self.bump();
    }

    /// Removes and returns the last inserted pair (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let e = self.table.write().pop_last()?;
        self.bump();
        Some((e.key, e.value))
    }

    /// A snapshot of the live entries in order.
    pub fn entries(&self) -> Vec<DictEntry> {
        self.table.read().live_entries().copied().collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.read().live_entries().map(|e| e.key).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.read().live_entries().map(|e| e.value).collect()
    }

    /// A copy of the whole table (for `dict.copy`): a clone when dense,
    /// else rebuilt the way merging into an empty dict builds it.
    pub fn snapshot(&self) -> DictTable {
        let t = self.table.read();
        if t.is_dense() {
            return t.clone();
        }
        let mut copy = DictTable::default();
        copy.reserve_for(t.live);
        for e in t.live_entries() {
            copy.push_new(e.key, e.hash, e.value);
        }
        copy
    }

    /// The table an empty dict gets from merging this one (`dict(d)`,
    /// `d | e` on an empty `d`): a clone when CPython clones, else `None`.
    pub fn clone_for_merge(&self) -> Option<DictTable> {
        let t = self.table.read();
        t.clones_on_merge().then(|| t.clone())
    }

    /// The live entry at or after position `pos`, and the position after it
    /// (for iterators, which hold a position rather than a snapshot).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, DictEntry)> {
        self.table.read().entry_from(pos).map(|(i, e)| (i + 1, e))
    }

    /// Adds `other`'s entries to this dict, replacing the values of keys
    /// present in both.
    pub fn copy_from(&self, other: &DictObj) {
        let entries = other.entries();
        let mut t = self.table.write();
        for e in entries {
            unwrap_infallible(t.insert(e.key, e.hash, e.value, plain_eq));
        }
        drop(t);
        self.bump();
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for e in self.table.read().entries.iter() {
            visit(e.key);
            visit(e.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::hashing::hash_i64;

    fn int(i: i64) -> Value {
        Value::small_int(i).expect("small int")
    }

    #[test]
    fn keeps_insertion_order_through_deletions_and_compaction() {
        let d = DictObj::new();
        for i in 0..100 {
            d.insert(int(i), hash_i64(i), int(i * 2));
        }
        for i in (0..100).filter(|i| i % 3 != 0) {
            assert!(d.remove(int(i), hash_i64(i)).is_some());
        }
        d.insert(int(1), hash_i64(1), int(-1));
        let keys: Vec<i64> = d.keys().iter().map(|k| k.as_small_int()).collect();
        let mut want: Vec<i64> = (0..100).filter(|i| i % 3 == 0).collect();
        want.push(1);
        assert_eq!(keys, want);
        assert_eq!(d.get(int(99), hash_i64(99)), Some(int(198)));
        assert_eq!(d.pop_last(), Some((int(1), int(-1))));
        assert_eq!(d.len(), 34);
    }

    #[test]
    fn equal_keys_share_an_entry_and_keep_the_first_key() {
        let d = DictObj::new();
        d.insert(int(1), hash_i64(1), int(10));
        d.insert(Value::float(1.0), hash_i64(1), int(20));
        d.insert(Value::TRUE, hash_i64(1), int(30));
        assert_eq!(d.len(), 1);
        let e = d.entries()[0];
        assert_eq!((e.key, e.value), (int(1), int(30)));
    }

    #[test]
    fn undecided_equality_is_asked_and_then_answered() {
        // An exception object's equality is left to the VM by builtin_eq;
        // hints supply the answer.
        let mut t = DictTable::default();
        t.push_new(int(7), 5, int(0));
        let hints = EqHints::default();
        let always_ask = |_: Value, _: Value| Err::<bool, Value>(int(7));
        assert_eq!(t.find(Value::float(2.5), 5, always_ask), Err(int(7)));
        assert_eq!(t.find(int(7), 5, |a, b| hints.eq(a, b)), Ok(Some(0)));
        let mut hints = EqHints::default();
        hints.learn(int(7), true);
        assert_eq!(hints.eq(int(7), Value::NONE), Ok(false));
    }
}
