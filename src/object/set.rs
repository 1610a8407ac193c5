//! `set` / `frozenset` payload: an open-addressing table that probes the way
//! CPython's does, so a set of ints iterates (and prints) in CPython's order.
//!
//! The facts followed (from CPython 3.11's set implementation): the table
//! starts with 8 slots; a lookup scans the home slot and, when it fits, the
//! next 9 slots linearly, then jumps to `(i * 5 + 1 + perturb) & mask` with
//! `perturb` shifted right by 5 each round; deleted slots become dummies and
//! are not reused by insertion; when `fill * 5 >= mask * 3` after an insert
//! the table is rebuilt for `used * 4` entries (`used * 2` past 50,000),
//! re-inserting in old table order; `pop` scans from a moving finger.

use super::hashing::{builtin_eq, hash_frozenset_of};
use super::Value;
use crate::sync::RwLock;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
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
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

fn same_key(k: Value, key: Value) -> bool {
    k == key || builtin_eq(k, key).unwrap_or(false)
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The probe sequence's slot indices, calling `f` until it returns
    /// `Some`. The sequence always reaches an empty slot (the table is
    /// never full), so this terminates.
    fn probe<T>(&self, hash: i64, mut f: impl FnMut(usize) -> Option<T>) -> T {
        let mask = self.mask();
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
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn find(&self, key: Value, hash: i64) -> Option<usize> {
        self.probe(hash, |j| match self.slots[j] {
            Slot::Empty => Some(None),
            Slot::Full(h, k) if h == hash && same_key(k, key) => Some(Some(j)),
            _ => None,
        })
    }

    pub fn contains(&self, key: Value, hash: i64) -> bool {
        self.find(key, hash).is_some()
    }

    /// Adds `key`; returns false if it was already present.
    pub fn add(&mut self, key: Value, hash: i64) -> bool {
        let found = self.probe(hash, |j| match self.slots[j] {
            Slot::Empty => Some(Err(j)),
            Slot::Full(h, k) if h == hash && same_key(k, key) => Some(Ok(())),
            _ => None,
        });
        let Err(j) = found else { return false };
        self.slots[j] = Slot::Full(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
        true
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if matches!(slots[j], Slot::Empty) {
                    slots[j] = Slot::Full(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let mut slots = vec![Slot::Empty; size];
        for s in &self.slots {
            if let Slot::Full(h, k) = *s {
                Self::insert_clean(&mut slots, h, k);
            }
        }
        self.slots = slots;
        self.fill = self.used;
    }

    pub fn remove(&mut self, key: Value, hash: i64) -> bool {
        match self.find(key, hash) {
            Some(j) => {
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        loop {
            if let Slot::Full(_, k) = self.slots[j] {
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                self.finger = j + 1;
                return Some(k);
            }
            j = (j + 1) & mask;
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Live (hash, key) pairs in table order.
    pub fn items(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| match *s {
                Slot::Full(h, k) => Some((h, k)),
                _ => None,
            })
            .collect()
    }

    /// Merges another table the way `set.update(other_set)` does: one
    /// resize up front, a clone when this table is empty and the same size.
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            for (h, k) in other.items() {
                Self::insert_clean(&mut self.slots, h, k);
            }
            self.fill = other.used;
            self.used = other.used;
            return;
        }
        for (h, k) in other.items() {
            self.add(k, h);
        }
    }
}

/// A set's table behind its lock.
pub struct SetObj {
    pub table: RwLock<SetTable>,
}

impl SetObj {
    pub fn new(table: SetTable) -> SetObj {
        SetObj {
            table: RwLock::new(table),
        }
    }

    pub fn len(&self) -> usize {
        self.table.read().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, key: Value, hash: i64) -> bool {
        self.table.read().contains(key, hash)
    }

    pub fn snapshot(&self) -> SetTable {
        self.table.read().clone()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .read()
            .items()
            .into_iter()
            .map(|(_, k)| k)
            .collect()
    }

    /// `hash(frozenset)`.
    pub fn hash(&self) -> i64 {
        let items = self.table.read().items();
        hash_frozenset_of(items.into_iter().map(|(h, _)| h))
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for (_, k) in self.table.read().items() {
            visit(k);
        }
    }
}
