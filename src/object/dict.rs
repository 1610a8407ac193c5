//! `dict` payload: an insertion-ordered hash map keyed by Python values.
//!
//! Entries live in a vector in insertion order; a `hashbrown::HashTable`
//! maps hashes to entry indices. Deleting leaves a hole (key `NULL`) that a
//! later compaction removes, so iteration order is insertion order and an
//! iterator can walk entry positions. All access goes through the dict's own
//! lock (DESIGN.md decision 4): each operation is atomic with respect to the
//! others.
//!
//! Keys are compared with `builtin_eq`; keys whose equality needs user code
//! compare by identity for now (user `__eq__` on dict keys arrives with
//! classes, and must run with the lock released).

use hashbrown::HashTable;

use super::hashing::builtin_eq;
use super::Value;
use crate::sync::{AtomicU64, Ordering, RwLock};

#[derive(Clone, Copy)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    index: HashTable<usize>,
    entries: Vec<DictEntry>,
    live: usize,
}

pub struct DictObj {
    table: RwLock<DictTable>,
    /// Bumped by every mutation (for global-load caches and for iterators
    /// detecting a change of size).
    version: AtomicU64,
}

fn keys_match(entry: &DictEntry, key: Value, hash: i64) -> bool {
    entry.hash == hash
        && !entry.key.is_null()
        && (entry.key == key || builtin_eq(entry.key, key).unwrap_or(false))
}

impl DictTable {
    fn find(&self, key: Value, hash: i64) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| keys_match(&entries[i], key, hash))
            .copied()
    }

    fn insert(&mut self, key: Value, hash: i64, value: Value) -> Option<Value> {
        if let Some(i) = self.find(key, hash) {
            let old = self.entries[i].value;
            self.entries[i].value = value;
            return Some(old);
        }
        let i = self.entries.len();
        self.entries.push(DictEntry { hash, key, value });
        let entries = &self.entries;
        self.index
            .insert_unique(hash as u64, i, |&j| entries[j].hash as u64);
        self.live += 1;
        None
    }

    fn remove(&mut self, key: Value, hash: i64) -> Option<Value> {
        let entries = &self.entries;
        let slot = self
            .index
            .find_entry(hash as u64, |&i| keys_match(&entries[i], key, hash))
            .ok()?;
        let (i, _) = slot.remove();
        let old = self.entries[i].value;
        self.entries[i].key = Value::NULL;
        self.entries[i].value = Value::NULL;
        self.live -= 1;
        if self.entries.len() > 16 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        Some(old)
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            self.index
                .insert_unique(e.hash as u64, i, |&j| entries[j].hash as u64);
        }
    }
}

impl Default for DictObj {
    fn default() -> Self {
        DictObj::new()
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj {
            table: RwLock::new(DictTable::default()),
            version: AtomicU64::new(0),
        }
    }

    fn bump(&self) {
        self.version.fetch_add(1, Ordering::Release);
    }

    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn len(&self) -> usize {
        self.table.read().live
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, key: Value, hash: i64) -> Option<Value> {
        let t = self.table.read();
        t.find(key, hash).map(|i| t.entries[i].value)
    }

    pub fn contains(&self, key: Value, hash: i64) -> bool {
        self.table.read().find(key, hash).is_some()
    }

    /// Inserts or replaces; returns the old value.
    pub fn insert(&self, key: Value, hash: i64, value: Value) -> Option<Value> {
        let old = self.table.write().insert(key, hash, value);
        self.bump();
        old
    }

    /// `setdefault`: the existing value, or inserts `value` and returns it.
    pub fn get_or_insert(&self, key: Value, hash: i64, value: Value) -> Value {
        let mut t = self.table.write();
        if let Some(i) = t.find(key, hash) {
            return t.entries[i].value;
        }
        t.insert(key, hash, value);
        drop(t);
        self.bump();
        value
    }

    pub fn remove(&self, key: Value, hash: i64) -> Option<Value> {
        let old = self.table.write().remove(key, hash);
        if old.is_some() {
            self.bump();
        }
        old
    }

    pub fn clear(&self) {
        *self.table.write() = DictTable::default();
        self.bump();
    }

    /// Removes and returns the last inserted pair (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut t = self.table.write();
        let last = t.entries.iter().rev().find(|e| !e.key.is_null()).copied()?;
        t.remove(last.key, last.hash);
        drop(t);
        self.bump();
        Some((last.key, last.value))
    }

    /// A snapshot of the live entries in order.
    pub fn entries(&self) -> Vec<DictEntry> {
        self.table
            .read()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .copied()
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .read()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.key)
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table
            .read()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.value)
            .collect()
    }

    /// The live entry at or after position `pos`, and the position after it
    /// (for iterators, which hold a position rather than a snapshot).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, DictEntry)> {
        let t = self.table.read();
        t.entries[pos.min(t.entries.len())..]
            .iter()
            .position(|e| !e.key.is_null())
            .map(|off| (pos + off + 1, t.entries[pos + off]))
    }

    /// Replaces this dict's contents with `other`'s (`copy`, `update` from a
    /// dict are built on this and `insert`).
    pub fn copy_from(&self, other: &DictObj) {
        let entries = other.entries();
        let mut t = self.table.write();
        for e in entries {
            t.insert(e.key, e.hash, e.value);
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
