//! An instance's attribute slots: a shape word and an array of value words,
//! read without locks by any thread (DESIGN.md decision 6).
//!
//! An instance's attributes live in a `Storage`: the word naming its shape
//! (which attribute lives at which index; the VM interns shapes, this file
//! only compares their words) and a fixed-capacity array of value words.
//! The instance points at its current storage.
//!
//! Invariants that make lock-free reads safe:
//!
//! - Within one storage, a shape only ever grows by appending (a shape's
//!   index for a name never changes while the storage is current), and a
//!   value word is written before any shape that covers its index is
//!   published (release store of the shape word).
//! - Anything else (growing past the capacity, removing a name, switching
//!   to another layout) builds a new storage, fully written, and publishes
//!   it with one release store of the instance's pointer. The old storage
//!   is retired, never freed while the instance lives, so a reader still
//!   holding it reads a consistent, if older, snapshot.
//! - A reader loads the pointer (acquire), then that storage's shape
//!   (acquire), then the value at the shape's index: the value it gets was
//!   written no later than the shape it checked, in the same storage, so it
//!   is never a mix of two layouts and never an unwritten slot.
//! - Writers serialize on the instance's lock; readers never take it.
//!
//! This file is compiled as it is by the loom-tests crate; it uses only the
//! facade (`super::{...}`).

use super::{AtomicPtr, AtomicU64, Mutex, Ordering};

/// One layout's worth of attribute values.
pub struct Storage {
    shape: AtomicU64,
    values: Box<[AtomicU64]>,
}

impl Storage {
    fn new(shape: u64, values: &[u64], capacity: usize) -> Box<Storage> {
        let capacity = capacity.max(values.len());
        let values = (0..capacity)
            .map(|i| AtomicU64::new(values.get(i).copied().unwrap_or(0)))
            .collect();
        Box::new(Storage {
            shape: AtomicU64::new(shape),
            values,
        })
    }
}

/// What a writer decided to do, given the current shape.
pub enum Write {
    /// The name is at this index already: overwrite it.
    Replace(usize),
    /// The name is new: it goes at `index` (the current shape's length) and
    /// the shape becomes `shape`.
    Append { index: usize, shape: u64 },
    /// Not in these slots (the caller stores it elsewhere).
    Decline,
}

/// The slots of one instance.
pub struct Slots {
    current: AtomicPtr<Storage>,
    /// Writers' lock; also owns the storages retired by relayouts.
    writer: Mutex<Vec<*mut Storage>>,
}

// SAFETY: the raw pointers name heap storages owned by this `Slots` (the
// current one and the retired list); every access to them goes through
// atomics or under the writer lock, so sharing `Slots` between threads is
// as safe as sharing its atomics.
unsafe impl Send for Slots {}
// SAFETY: as above.
unsafe impl Sync for Slots {}

impl Slots {
    /// Slots with shape `shape` holding `values`, with room for `capacity`.
    pub fn new(shape: u64, values: &[u64], capacity: usize) -> Slots {
        Slots {
            current: AtomicPtr::new(Box::into_raw(Storage::new(shape, values, capacity))),
            writer: Mutex::new(Vec::new()),
        }
    }

    #[inline]
    fn storage(&self) -> &Storage {
        // SAFETY: `current` always points at a live storage: it starts as a
        // leaked Box, is only replaced by `publish` with another, and the
        // storages it pointed at are retired, not freed, until `drop`.
        unsafe { &*self.current.load(Ordering::Acquire) }
    }

    /// The current shape word.
    #[inline]
    pub fn shape(&self) -> u64 {
        self.storage().shape.load(Ordering::Acquire)
    }

    /// Reads the value at the index `index_of` gives for the current shape.
    #[inline]
    pub fn read(&self, index_of: impl FnOnce(u64) -> Option<usize>) -> Option<u64> {
        let storage = self.storage();
        let shape = storage.shape.load(Ordering::Acquire);
        let i = index_of(shape)?;
        Some(storage.values[i].load(Ordering::Acquire))
    }

    /// Reads index `index` if the current shape is `shape` (what an inline
    /// cache does after checking the type version).
    #[inline]
    pub fn read_if_shape(&self, shape: u64, index: usize) -> Option<u64> {
        let storage = self.storage();
        if storage.shape.load(Ordering::Acquire) != shape {
            return None;
        }
        storage.values.get(index).map(|v| v.load(Ordering::Acquire))
    }

    /// A consistent snapshot: the shape and its values (the first `len`
    /// words, `len` coming from the shape).
    pub fn snapshot(&self, len_of: impl FnOnce(u64) -> usize) -> (u64, Vec<u64>) {
        let storage = self.storage();
        let shape = storage.shape.load(Ordering::Acquire);
        let n = len_of(shape).min(storage.values.len());
        let values = storage.values[..n]
            .iter()
            .map(|v| v.load(Ordering::Acquire))
            .collect();
        (shape, values)
    }

    /// Stores `value` under the writer lock; `plan` looks at the current
    /// shape and says where it goes. False if the plan declined.
    pub fn write(&self, value: u64, plan: impl FnOnce(u64) -> Write) -> bool {
        let mut retired = self.writer.lock();
        let storage = self.storage();
        let shape = storage.shape.load(Ordering::Relaxed);
        match plan(shape) {
            Write::Replace(i) => storage.values[i].store(value, Ordering::Release),
            Write::Append { index, shape } if index < storage.values.len() => {
                storage.values[index].store(value, Ordering::Release);
                storage.shape.store(shape, Ordering::Release);
            }
            Write::Append { index, shape } => {
                let mut values: Vec<u64> = storage.values[..index]
                    .iter()
                    .map(|v| v.load(Ordering::Relaxed))
                    .collect();
                values.push(value);
                let capacity = (index + 1).next_power_of_two().max(4);
                self.publish(&mut retired, Storage::new(shape, &values, capacity));
            }
            Write::Decline => return false,
        }
        true
    }

    /// Replaces the whole layout (a name removed, a switch to another
    /// representation) under the writer lock. `relayout` gets the current
    /// shape and values and returns the new ones.
    pub fn relayout(&self, relayout: impl FnOnce(u64, &[u64]) -> (u64, Vec<u64>)) {
        let mut retired = self.writer.lock();
        let storage = self.storage();
        let shape = storage.shape.load(Ordering::Relaxed);
        let old: Vec<u64> = storage
            .values
            .iter()
            .map(|v| v.load(Ordering::Relaxed))
            .collect();
        let (shape, values) = relayout(shape, &old);
        let capacity = values.len();
        self.publish(&mut retired, Storage::new(shape, &values, capacity));
    }

    fn publish(&self, retired: &mut Vec<*mut Storage>, storage: Box<Storage>) {
        let old = self.current.swap(Box::into_raw(storage), Ordering::AcqRel);
        retired.push(old);
    }
}

/// Deliberately broken variants for the loom model to catch.
#[cfg(loom)]
pub mod broken {
    use super::{Ordering, Slots};

    /// An in-place append that publishes the grown shape before writing the
    /// value: a reader can see the name and read a slot never written.
    pub fn append_shape_first(slots: &Slots, value: u64, index: usize, shape: u64) {
        let _guard = slots.writer.lock();
        let storage = slots.storage();
        storage.shape.store(shape, Ordering::Release);
        storage.values[index].store(value, Ordering::Release);
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        let current = self.current.load(Ordering::Relaxed);
        let retired = std::mem::take(&mut *self.writer.lock());
        for p in retired.into_iter().chain(std::iter::once(current)) {
            // SAFETY: each pointer came from `Box::into_raw` and is in
            // exactly one place (current or retired); `&mut self` means no
            // reader can still hold it.
            unsafe { drop(Box::from_raw(p)) };
        }
    }
}
