//! The builtin type objects, made once per interpreter.

use std::collections::HashMap;

use crate::object::types::{type_flags, TypeName, TypeObj};
use crate::object::{Heap, ObjData, StrObj, Value};
use crate::sync::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, Mutex, RwLock};

macro_rules! define_builtin_types {
    ($($field:ident: $name:literal $(< $base:ident)? $(, $flag:ident)*;)*) => {
        /// Every builtin type, by field.
        pub struct BuiltinTypes {
            pub object: Value,
            pub type_: Value,
            $(pub $field: Value,)*
            /// Exception classes by name (`ValueError`, ...).
            pub exceptions: HashMap<&'static str, Value>,
            /// The exception classes in creation order (bases first).
            pub exception_order: Vec<&'static str>,
        }

        impl BuiltinTypes {
            pub fn new(heap: &Heap) -> BuiltinTypes {
                let object = new_type(
                    heap,
                    "object",
                    &[],
                    type_flags::BASETYPE | type_flags::NO_INSTANCE_DICT,
                );
                let type_ = new_type(heap, "type", &[object], type_flags::BASETYPE);
                // Every type object's class is `type`, itself included.
                object.obj().set_class(type_);
                type_.obj().set_class(type_);
                let mk = |name: &str, base: Option<Value>, flags: u32| {
                    let t = new_type(heap, name, &[base.unwrap_or(object)], flags);
                    t.obj().set_class(type_);
                    t
                };
                define_builtin_types!(@fields mk object type_; $($field: $name $(< $base)? $(, $flag)*;)*);
                let mut types = BuiltinTypes {
                    object,
                    type_,
                    $($field,)*
                    exceptions: HashMap::new(),
                    exception_order: Vec::new(),
                };
                types.make_exceptions(heap);
                types.set_collection_kinds();
                types
            }

            /// Every builtin type, exceptions included.
            pub fn all(&self) -> Vec<Value> {
                let mut all = vec![self.object, self.type_, $(self.$field),*];
                all.extend(self.exception_order.iter().map(|n| self.exceptions[n]));
                all
            }
        }
    };
    (@fields $mk:ident $object:ident $type_:ident; $($field:ident: $name:literal $(< $base:ident)? $(, $flag:ident)*;)*) => {
        $(
            define_builtin_types!(@one $mk $object $type_ $field $name $(< $base)? $(, $flag)*);
        )*
    };
    (@one $mk:ident $object:ident $type_:ident $field:ident $name:literal < $base:ident $(, $flag:ident)*) => {
        let $field = $mk($name, Some($base), 0 $(| type_flags::$flag)*);
    };
    (@one $mk:ident $object:ident $type_:ident $field:ident $name:literal $(, $flag:ident)*) => {
        let $field = $mk($name, None, 0 $(| type_flags::$flag)*);
    };
}

define_builtin_types! {
    int: "int", BASETYPE;
    bool: "bool" < int;
    float: "float", BASETYPE;
    complex: "complex", BASETYPE;
    str: "str", BASETYPE;
    bytes: "bytes", BASETYPE;
    bytearray: "bytearray", BASETYPE;
    list: "list", BASETYPE;
    tuple: "tuple", BASETYPE;
    dict: "dict", BASETYPE;
    set: "set", BASETYPE;
    frozenset: "frozenset", BASETYPE;
    range: "range";
    slice: "slice";
    none: "NoneType";
    not_implemented: "NotImplementedType";
    ellipsis: "ellipsis";
    function: "function";
    builtin_function: "builtin_function_or_method";
    method_descriptor: "method_descriptor";
    wrapper_descriptor: "wrapper_descriptor";
    method_wrapper: "method-wrapper";
    classmethod_descriptor: "classmethod_descriptor";
    method: "method";
    code: "code";
    cell: "cell";
    module: "module", BASETYPE;
    generator: "generator";
    traceback: "traceback";
    frame: "frame";
    getset: "getset_descriptor";
    staticmethod: "staticmethod", BASETYPE;
    classmethod: "classmethod", BASETYPE;
    property: "property", BASETYPE;
    super_: "super", BASETYPE;
    member_descriptor: "member_descriptor";
    mappingproxy: "mappingproxy";
    dict_keys: "dict_keys";
    dict_values: "dict_values";
    dict_items: "dict_items";
    list_iterator: "list_iterator";
    list_reverseiterator: "list_reverseiterator";
    tuple_iterator: "tuple_iterator";
    range_iterator: "range_iterator";
    str_iterator: "str_ascii_iterator";
    bytes_iterator: "bytes_iterator";
    bytearray_iterator: "bytearray_iterator";
    dict_keyiterator: "dict_keyiterator";
    dict_valueiterator: "dict_valueiterator";
    dict_itemiterator: "dict_itemiterator";
    set_iterator: "set_iterator";
    seq_iterator: "iterator";
    callable_iterator: "callable_iterator";
    enumerate: "enumerate", BASETYPE;
    zip: "zip", BASETYPE;
    map: "map", BASETYPE;
    filter: "filter", BASETYPE;
    reversed: "reversed", BASETYPE;
    generic_alias: "GenericAlias", BASETYPE;
}

/// Builtin exception classes: (name, base), bases first.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

impl BuiltinTypes {
    fn make_exceptions(&mut self, heap: &Heap) {
        for &(name, base) in EXCEPTIONS {
            let base = if base.is_empty() {
                self.object
            } else {
                self.exceptions[base]
            };
            let t = new_type(
                heap,
                name,
                &[base],
                type_flags::BASETYPE | type_flags::EXCEPTION,
            );
            t.obj().set_class(self.type_);
            self.exceptions.insert(name, t);
            self.exception_order.push(name);
        }
    }

    /// The builtin sequences and mappings of pattern matching.
    fn set_collection_kinds(&self) {
        use crate::object::types::collection;
        for (t, kind) in [
            (self.list, collection::SEQUENCE),
            (self.tuple, collection::SEQUENCE),
            (self.range, collection::SEQUENCE),
            (self.dict, collection::MAPPING),
            (self.mappingproxy, collection::MAPPING),
        ] {
            if let ObjData::Type(ty) = &t.obj().data {
                ty.collection.store(kind, crate::sync::Ordering::Relaxed);
            }
        }
    }

    /// The exception class `name`; panics on a name not in the table (a VM
    /// bug, caught by tests).
    pub fn exc(&self, name: &str) -> Value {
        match self.exceptions.get(name) {
            Some(&t) => t,
            None => panic!("no builtin exception {name}"),
        }
    }
}

/// Allocates a type object with the given bases; its MRO is itself followed
/// by the first base's MRO (builtin types have single inheritance).
pub fn new_type(heap: &Heap, name: &str, bases: &[Value], flags: u32) -> Value {
    let dict = heap.alloc_shared(Value::NULL, ObjData::Dict(Box::default()));
    let ty = heap.alloc_shared(
        Value::NULL,
        ObjData::Type(Box::new(TypeObj {
            name: TypeName::new(heap.alloc_shared(Value::NULL, ObjData::Str(StrObj::new(name)))),
            qualname: TypeName::new(
                heap.alloc_shared(Value::NULL, ObjData::Str(StrObj::new(name))),
            ),
            module: RwLock::new(Value::NULL),
            bases: RwLock::new(bases.to_vec()),
            mro: RwLock::new(Vec::new()),
            dict,
            version: AtomicU32::new(0),
            flags,
            subclasses: Mutex::new(Vec::new()),
            slot_names: Box::new([]),
            members: 0,
            hooks: AtomicU64::new(0),
            had_custom_new: AtomicBool::new(false),
            collection: AtomicU8::new(0),
        })),
    );
    let mut mro = vec![ty];
    if let Some(&base) = bases.first() {
        if let ObjData::Type(b) = &base.obj().data {
            mro.extend(b.mro.read().iter().copied());
            b.subclasses.lock().push(ty);
        }
    }
    if let ObjData::Type(t) = &ty.obj().data {
        *t.mro.write() = mro;
    }
    ty
}
