//! The object protocols, as Rust calls: type checks, repr/str, hash,
//! equality, truthiness, len, iteration, attribute access and dict helpers.
//!
//! Each protocol handles the builtin payloads directly and, for instances of
//! classes defined in Python, dispatches to the dunder method found on the
//! type (`call_dunder`).

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::builtins::iterators::IterObj;
use crate::object::hashing::{self, int_view, IntView};
use crate::object::types::type_flags;
use crate::object::{DictViewKind, ObjData, TypeObj, Value};

use super::{Args, PyErr, PyResult, Vm};

impl Vm {
    /// `type(v)`.
    #[inline]
    pub fn type_of(&self, v: Value) -> Value {
        if let Some(o) = v.as_obj() {
            return o.class();
        }
        let t = self.types();
        if v.is_float() {
            t.float
        } else if v.is_small_int() {
            t.int
        } else if v.is_bool() {
            t.bool
        } else if v.is_none() {
            t.none
        } else if v == Value::NOT_IMPLEMENTED {
            t.not_implemented
        } else {
            t.ellipsis
        }
    }

    /// The `TypeObj` of a type value.
    pub fn type_obj(&self, class: Value) -> &'static TypeObj {
        // Heap objects live as long as the interpreter (`Value::as_obj`),
        // so the reference is not tied to `self`.
        match &class.obj().data {
            ObjData::Type(t) => t,
            _ => panic!("type_obj on a non-type"),
        }
    }

    /// `issubclass(a, b)` for type values.
    pub fn is_subclass(&self, a: Value, b: Value) -> bool {
        a == b || self.type_obj(a).is_subtype_of(b)
    }

    /// `isinstance(v, class)` for a type value.
    pub fn isinstance(&self, v: Value, class: Value) -> bool {
        self.is_subclass(self.type_of(v), class)
    }

    /// The type's `__name__`.
    pub fn type_name(&self, v: Value) -> String {
        self.type_obj(self.type_of(v)).name.to_string()
    }

    /// Whether `v` is an instance of a class created by a class statement
    /// (its dunders may be Python code).
    pub fn is_heap_instance(&self, v: Value) -> bool {
        self.type_obj(self.type_of(v)).flags & type_flags::HEAPTYPE != 0
    }

    /// Looks up a dunder on `v`'s type; only for instances of heap types.
    pub fn lookup_dunder(&mut self, v: Value, name: &str) -> Option<Value> {
        if !self.is_heap_instance(v) {
            return None;
        }
        let key = self.intern(name);
        let hash = self.str_hash(key);
        self.lookup_type_attr(self.type_of(v), key, hash)
    }

    /// Looks `name` up along class `ty`'s MRO.
    pub fn lookup_dunder_of(&mut self, ty: Value, name: &str) -> Option<Value> {
        let key = self.intern(name);
        let hash = self.str_hash(key);
        self.type_obj(ty).lookup(key, hash)
    }

    /// Calls the dunder `name` of `v` (looked up on its type) with `args`;
    /// `None` if the type does not define it.
    pub fn call_dunder(&mut self, v: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let Some(f) = self.lookup_dunder(v, name) else {
            return Ok(None);
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(v);
        all.extend_from_slice(args);
        self.call_descriptor(f, v, &all).map(Some)
    }

    /// Calls a function found on a type with an explicit receiver already in
    /// `args[0]` (functions), or binds other descriptors first.
    fn call_descriptor(&mut self, f: Value, receiver: Value, args: &[Value]) -> PyResult<Value> {
        match f.as_obj().map(|o| &o.data) {
            _ if crate::builtins::attrs::is_method_descr(f) => self.call(f, args),
            Some(ObjData::StaticMethod(inner)) => self.call(*inner, &args[1..]),
            Some(ObjData::ClassMethod(inner)) => {
                let mut all = args.to_vec();
                all[0] = self.type_of(receiver);
                self.call(*inner, &all)
            }
            // Other descriptors bind first (`__get__`, properties); plain
            // callables are called without the receiver.
            _ => {
                let bound = crate::builtins::attrs::bind(self, f, receiver)?;
                self.call(bound, &args[1..])
            }
        }
    }

    // ----- str, repr -----------------------------------------------------

    /// The Rust string of a `str` value.
    pub fn as_str<'a>(&self, v: Value) -> Option<&'a str> {
        match &v.as_obj()?.data {
            ObjData::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_of(&mut self, v: Value) -> PyResult<String> {
        if let Some(r) = self.call_dunder(v, "__repr__", &[])? {
            return match self.as_str(r) {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(r)
                ))),
            };
        }
        crate::builtins::repr::repr_builtin(self, v)
    }

    /// `repr(v)` as a str value (a str subclass instance that `__repr__`
    /// returns is kept as it is).
    pub fn repr(&mut self, v: Value) -> PyResult<Value> {
        if let Some(r) = self.call_dunder(v, "__repr__", &[])? {
            if self.as_str(r).is_some() {
                return Ok(r);
            }
            return Err(self.type_error(format!(
                "__repr__ returned non-string (type {})",
                self.type_name(r)
            )));
        }
        let s = crate::builtins::repr::repr_builtin(self, v)?;
        Ok(self.new_str(s))
    }

    /// `str(v)` as a Rust string.
    pub fn str_of(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = self.as_str(v) {
            if !self.is_heap_instance(v) {
                return Ok(s.to_string());
            }
        }
        if let Some(r) = self.call_dunder(v, "__str__", &[])? {
            return match self.as_str(r) {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error(format!(
                    "__str__ returned non-string (type {})",
                    self.type_name(r)
                ))),
            };
        }
        if super::errors::as_exception(v).is_some() {
            let key = self.interp.names.dunder_str;
            let hash = self.str_hash(key);
            if let Some(f) = self.lookup_type_attr(self.type_of(v), key, hash) {
                let r = self.call(f, &[v])?;
                return self.str_of(r);
            }
        }
        self.repr_of(v)
    }

    /// `str(v)` as a str value (the same object when `v` is a str).
    pub fn to_str(&mut self, v: Value) -> PyResult<Value> {
        if matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Str(_))) && !self.is_heap_instance(v)
        {
            return Ok(v);
        }
        if self.is_heap_instance(v) {
            if let Some(r) = self.call_dunder(v, "__str__", &[])? {
                if self.as_str(r).is_some() {
                    return Ok(r);
                }
                return Err(self.type_error(format!(
                    "__str__ returned non-string (type {})",
                    self.type_name(r)
                )));
            }
        }
        let s = self.str_of(v)?;
        Ok(self.new_str(s))
    }

    // ----- hash, equality, truth ------------------------------------------

    pub fn str_hash(&self, s: Value) -> i64 {
        match &s.obj().data {
            ObjData::Str(s) => s.hash(),
            _ => unreachable!("str_hash on a non-str"),
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if self.is_heap_instance(v) {
            if let Some(f) = self.lookup_dunder(v, "__hash__") {
                if f.is_none() {
                    return Err(
                        self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                    );
                }
                let r = self.call_descriptor(f, v, &[v])?;
                return match int_view(r) {
                    Some(IntView::Small(n)) => Ok(if n == -1 { -2 } else { n }),
                    // A result that fits a machine word is the hash itself
                    // (str and tuple hashes usually need more than 48 bits).
                    Some(IntView::Big(n)) => Ok(match n.to_i64() {
                        Some(-1) => -2,
                        Some(h) => h,
                        None => hashing::hash_bigint(n),
                    }),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                };
            }
        }
        if let Some(ObjData::Tuple(_)) = v.as_obj().map(|o| &o.data) {
            return crate::builtins::tuple::tuple_hash(self, v);
        }
        match hashing::builtin_hash(v) {
            Some(Ok(h)) => Ok(h),
            Some(Err(())) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            None => Ok(hashing::hash_identity(v)),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b && !(a.is_float() && a.as_float().is_nan()) {
            return Ok(true);
        }
        if !self.is_heap_instance(a) && !self.is_heap_instance(b) {
            if let Some(r) = hashing::builtin_eq(a, b) {
                return Ok(r);
            }
        }
        let r = self.compare(a, b, crate::bytecode::CompareKind::Eq)?;
        self.truthy(r)
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if v == Value::TRUE {
            return Ok(true);
        }
        if v == Value::FALSE || v.is_none() {
            return Ok(false);
        }
        if v.is_small_int() {
            return Ok(v.as_small_int() != 0);
        }
        if v.is_float() {
            return Ok(v.as_float() != 0.0);
        }
        let Some(obj) = v.as_obj() else {
            return Ok(true);
        };
        if let Some(n) = self.native_ext(v).and_then(|e| e.ext_len()) {
            return Ok(n != 0);
        }
        if self.is_heap_instance(v) {
            if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
                return match r {
                    Value::TRUE => Ok(true),
                    Value::FALSE => Ok(false),
                    _ => Err(self.type_error(format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(r)
                    ))),
                };
            }
            if self.lookup_dunder(v, "__len__").is_some() {
                return Ok(self.len(v)? != 0);
            }
        }
        Ok(match &obj.data {
            ObjData::Int(n) => !n.is_zero(),
            ObjData::Float(f) => *f != 0.0,
            ObjData::Complex(re, im) => *re != 0.0 || *im != 0.0,
            ObjData::Str(s) => s.char_len() != 0,
            ObjData::Bytes(b) => !b.is_empty(),
            ObjData::ByteArray(b) => !b.read().is_empty(),
            ObjData::Tuple(t) => !t.is_empty(),
            ObjData::List(l) => !l.read().is_empty(),
            ObjData::Dict(d) => !d.is_empty(),
            ObjData::Set(s) | ObjData::FrozenSet(s) => !s.is_empty(),
            ObjData::Range(r) => !r.is_empty(),
            ObjData::DictView(_, d) => self.len(*d)? != 0,
            _ => true,
        })
    }

    /// The `ExtData` payload of `v` when its type is the native type itself
    /// (whose fast paths then stand for its dunders).
    #[inline]
    pub fn native_ext(&self, v: Value) -> Option<&'static dyn crate::object::ExtData> {
        let ObjData::Ext(e) = &v.as_obj()?.data else {
            return None;
        };
        (self.type_obj(self.type_of(v)).flags & type_flags::NATIVE_EXT != 0).then_some(&**e)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if let Some(n) = self.native_ext(v).and_then(|e| e.ext_len()) {
            return Ok(n);
        }
        if self.is_heap_instance(v) {
            if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                let n = self.to_index(r)?;
                return match n.to_isize() {
                    Some(n) if n >= 0 => Ok(n as usize),
                    _ if n.sign() == num_bigint::Sign::Minus => {
                        Err(self.value_error("__len__() should return >= 0"))
                    }
                    _ => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
                };
            }
        }
        let n = match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Str(s)) => s.char_len(),
            Some(ObjData::Bytes(b)) => b.len(),
            Some(ObjData::ByteArray(b)) => b.read().len(),
            Some(ObjData::Tuple(t)) => t.len(),
            Some(ObjData::List(l)) => l.read().len(),
            Some(ObjData::Dict(d)) => d.len(),
            Some(ObjData::Set(s)) | Some(ObjData::FrozenSet(s)) => s.len(),
            Some(ObjData::Range(r)) => match r.len_ssize() {
                Some(n) => n as usize,
                None => {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"))
                }
            },
            Some(ObjData::DictView(_, d)) | Some(ObjData::MappingProxy(d)) => return self.len(*d),
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )))
            }
        };
        Ok(n)
    }

    // ----- numbers ---------------------------------------------------------

    /// `operator.index(v)`: an int (or bool, or `__index__`) as a big int.
    pub fn to_index(&mut self, v: Value) -> PyResult<BigInt> {
        match int_view(v) {
            Some(IntView::Small(n)) => Ok(BigInt::from(n)),
            Some(IntView::Big(n)) => Ok(n.clone()),
            None => {
                if let Some(r) = self.call_dunder(v, "__index__", &[])? {
                    if let Some(n) = int_view(r) {
                        return Ok(match n {
                            IntView::Small(n) => BigInt::from(n),
                            IntView::Big(n) => n.clone(),
                        });
                    }
                    return Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(r)
                    )));
                }
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                )))
            }
        }
    }

    /// An index-sized int (`OverflowError` past i64, as CPython's
    /// "cannot fit 'int' into an index-sized integer").
    pub fn to_i64(&mut self, v: Value) -> PyResult<i64> {
        if v.is_small_int() {
            return Ok(v.as_small_int());
        }
        let n = self.to_index(v)?;
        match n.to_i64() {
            Some(i) => Ok(i),
            None => Err(self.new_error(
                "IndexError",
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    self.type_name(v)
                ),
            )),
        }
    }

    /// A float from an int or float (for math functions and mixed
    /// arithmetic); TypeError "must be real number" otherwise.
    pub fn to_f64(&mut self, v: Value) -> PyResult<f64> {
        if v.is_float() {
            return Ok(v.as_float());
        }
        match int_view(v) {
            Some(IntView::Small(n)) => Ok(n as f64),
            Some(IntView::Big(n)) => crate::builtins::int::bigint_to_f64(self, n),
            None => {
                if let Some(r) = self.call_dunder(v, "__float__", &[])? {
                    if r.is_float() {
                        return Ok(r.as_float());
                    }
                }
                if let Some(r) = self.call_dunder(v, "__index__", &[])? {
                    return self.to_f64(r);
                }
                Err(self.type_error(format!("must be real number, not {}", self.type_name(v))))
            }
        }
    }

    // ----- iteration -------------------------------------------------------

    /// `iter(v)`.
    pub fn iter(&mut self, v: Value) -> PyResult<Value> {
        if self.is_heap_instance(v) {
            match self.lookup_dunder(v, "__iter__") {
                Some(f) if f.is_none() => {
                    return Err(
                        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
                    )
                }
                Some(_) => {
                    let it = self.call_dunder(v, "__iter__", &[])?.expect("found above");
                    if !self.is_iterator(it) {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(it)
                        )));
                    }
                    return Ok(it);
                }
                None => {}
            }
            if self
                .lookup_dunder(v, "__getitem__")
                .is_some_and(|f| !f.is_none())
            {
                return Ok(IterObj::new_getitem_iter(self, v));
            }
        }
        if crate::modules::sys::stream_fd(self, v) == Some(0) {
            // `for line in sys.stdin`: its lines up to the end of input.
            let readline = self.intern("readline");
            let f = self.getattr(v, readline)?;
            let end = self.intern("");
            return Ok(crate::builtins::iterators::callable_iter(self, f, end));
        }
        match IterObj::for_builtin(self, v)? {
            Some(it) => Ok(it),
            None => Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v)))),
        }
    }

    /// Whether `v` is an iterator (its type has `__next__`).
    pub fn is_iterator(&mut self, v: Value) -> bool {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Iterator(_)) | Some(ObjData::Generator(_)) => true,
            _ => {
                let key = self.intern("__next__");
                let hash = self.str_hash(key);
                self.type_obj(self.type_of(v))
                    .lookup(key, hash)
                    .is_some_and(|f| !f.is_none())
            }
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match it.as_obj().map(|o| &o.data) {
            Some(ObjData::Iterator(i)) if !self.is_heap_instance(it) => return i.next(self),
            Some(ObjData::Ext(_)) => {
                if let Some(r) = self.native_ext(it).and_then(|e| e.ext_next(self)) {
                    return r;
                }
            }
            Some(ObjData::Generator(_)) => {
                return match crate::interp::call::generator_send(self, it, Value::NONE) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => {}
        }
        match self.call_dunder(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
            Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Collects an iterable into a vector.
    pub fn collect(&mut self, iterable: Value) -> PyResult<Vec<Value>> {
        match iterable.as_obj().map(|o| &o.data) {
            Some(ObjData::List(l)) if !self.is_heap_instance(iterable) => {
                return Ok(l.read().clone())
            }
            Some(ObjData::Tuple(t)) if !self.is_heap_instance(iterable) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(it)? {
            out.push(v);
        }
        Ok(out)
    }

    /// The items of a tuple value (empty for a non-tuple).
    pub fn tuple_items(&self, t: Value) -> &'static [Value] {
        match t.as_obj().map(|o| &o.data) {
            Some(ObjData::Tuple(items)) => items,
            _ => &[],
        }
    }

    // ----- dicts keyed by str ---------------------------------------------

    pub fn dict_get_str(&self, dict: Value, key: Value) -> Option<Value> {
        match &dict.obj().data {
            ObjData::Dict(d) => d.get(key, self.str_hash(key)),
            _ => None,
        }
    }

    pub fn dict_set_str(&self, dict: Value, key: Value, value: Value) {
        if let ObjData::Dict(d) = &dict.obj().data {
            d.insert(key, self.str_hash(key), value);
        }
    }

    /// `d[key]` for any hashable key; `Ok(None)` if absent.
    pub fn dict_get(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        Ok(match &dict.obj().data {
            ObjData::Dict(d) => d.get(key, hash),
            _ => None,
        })
    }

    pub fn dict_set(&mut self, dict: Value, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(key)?;
        if let ObjData::Dict(d) = &dict.obj().data {
            // Keys whose equality needs Python code (`__eq__`) are compared
            // in the VM with the dict unlocked.
            crate::builtins::dict::hinted(self, key, |h| d.insert_hinted(key, hash, value, h))?;
        }
        Ok(())
    }

    // ----- attributes ------------------------------------------------------

    /// `getattr(obj, name)` with a str name value.
    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        crate::builtins::attrs::getattr(self, obj, name)
    }

    /// `getattr(obj, "name")` with a Rust name.
    pub fn getattr_str(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        let name = self.intern(name);
        self.getattr(obj, name)
    }

    /// The AttributeError for a failed lookup, worded as CPython's.
    pub fn no_attribute(&mut self, obj: Value, name_value: Value) -> PyErr {
        let err = self.no_attribute_message(obj, name_value);
        self.set_exception_attr(err.exc, "name", name_value);
        self.set_exception_attr(err.exc, "obj", obj);
        err
    }

    fn no_attribute_message(&mut self, obj: Value, name: Value) -> PyErr {
        let name = self.as_str(name).unwrap_or("?").to_string();
        match &obj.as_obj().map(|o| &o.data) {
            Some(ObjData::Module(m)) => {
                let mname = self.as_str(m.name).unwrap_or("?").to_string();
                self.attribute_error(format!("module '{mname}' has no attribute '{name}'"))
            }
            Some(ObjData::Type(t)) => {
                let tname = t.name.to_string();
                self.attribute_error(format!("type object '{tname}' has no attribute '{name}'"))
            }
            _ => {
                let tname = self.type_name(obj);
                let err =
                    self.attribute_error(format!("'{tname}' object has no attribute '{name}'"));
                let name = self.new_str(name);
                self.set_exception_attr(err.exc, "name", name);
                self.set_exception_attr(err.exc, "obj", obj);
                err
            }
        }
    }

    /// Attribute lookup; `Ok(None)` when the attribute does not exist.
    pub fn getattr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        crate::builtins::attrs::getattr_opt(self, obj, name)
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        crate::builtins::attrs::setattr(self, obj, name, value)
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        crate::builtins::attrs::delattr(self, obj, name)
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let f = self.getattr_str(obj, name)?;
        self.call(f, args)
    }

    /// Calls a native function value with `Args`.
    pub fn call_args(&mut self, f: Value, args: Args) -> PyResult<Value> {
        let mut all: Vec<Value> = args.pos.to_vec();
        all.extend_from_slice(args.kwvalues);
        self.call_kw(f, &all, args.kwnames)
    }

    /// The dict view kind and dict of a view value.
    pub fn dict_view(&self, v: Value) -> Option<(DictViewKind, Value)> {
        match &v.as_obj()?.data {
            ObjData::DictView(k, d) => Some((*k, *d)),
            _ => None,
        }
    }
}
