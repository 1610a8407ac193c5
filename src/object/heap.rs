//! The heap: owner of every `Obj`.
//!
//! Objects are allocated individually and never move. There is no collector
//! yet (DESIGN.md decision 3 is a later issue): the heap frees everything
//! when the interpreter is dropped. To keep allocation off any shared lock,
//! each thread state batches the addresses it allocates and hands them to
//! the heap's list in chunks.

use super::{Obj, ObjData, Value};
use crate::sync::{AtomicUsize, Mutex, Ordering};

#[derive(Default)]
pub struct Heap {
    objects: Mutex<Vec<usize>>,
    count: AtomicUsize,
}

/// How many allocations a thread batches before handing them over.
pub const LOCAL_BATCH: usize = 256;

impl Heap {
    pub fn new() -> Heap {
        Heap::default()
    }

    /// Allocates an object, recording its address in `local` (a thread's
    /// batch, flushed with `adopt`).
    #[inline]
    pub fn alloc(&self, local: &mut Vec<usize>, class: Value, data: ObjData) -> Value {
        let ptr = Box::into_raw(Box::new(Obj::new(class, data)));
        local.push(ptr as usize);
        if local.len() >= LOCAL_BATCH {
            self.adopt(local);
        }
        Value::from_obj(ptr)
    }

    /// Allocates without a thread batch (interpreter setup, host calls).
    pub fn alloc_shared(&self, class: Value, data: ObjData) -> Value {
        let ptr = Box::into_raw(Box::new(Obj::new(class, data)));
        self.objects.lock().push(ptr as usize);
        self.count.fetch_add(1, Ordering::Relaxed);
        Value::from_obj(ptr)
    }

    /// Takes ownership of a thread's batch of allocations.
    pub fn adopt(&self, local: &mut Vec<usize>) {
        self.count.fetch_add(local.len(), Ordering::Relaxed);
        self.objects.lock().append(local);
    }

    /// Objects handed to the heap so far (batches not yet adopted excluded).
    pub fn object_count(&self) -> usize {
        self.count.load(Ordering::Relaxed)
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &addr in self.objects.get_mut().iter() {
            // SAFETY: every address in the list came from `Box::into_raw` in
            // `alloc`/`alloc_shared` and is freed exactly once, here. The
            // heap is being dropped with its interpreter, so no thread can
            // still hold a `Value` that refers into it; `Obj`'s drop never
            // dereferences other objects (values are plain words).
            unsafe { drop(Box::from_raw(addr as *mut Obj)) };
        }
    }
}
