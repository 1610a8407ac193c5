//! Interned names the runtime looks up often, made once per interpreter.

use crate::object::Value;

macro_rules! define_names {
    ($($field:ident = $text:literal),* $(,)?) => {
        /// Interned `str` values for names the runtime uses.
        pub struct Names { $(pub $field: Value,)* }

        impl Names {
            pub fn new(intern: &mut dyn FnMut(&str) -> Value) -> Names {
                Names { $($field: intern($text),)* }
            }
        }
    };
}

define_names! {
    dunder_name = "__name__",
    dunder_qualname = "__qualname__",
    dunder_module = "__module__",
    dunder_doc = "__doc__",
    dunder_dict = "__dict__",
    dunder_class = "__class__",
    dunder_init = "__init__",
    dunder_new = "__new__",
    dunder_call = "__call__",
    dunder_repr = "__repr__",
    dunder_str = "__str__",
    dunder_hash = "__hash__",
    dunder_eq = "__eq__",
    dunder_len = "__len__",
    dunder_iter = "__iter__",
    dunder_next = "__next__",
    dunder_getitem = "__getitem__",
    dunder_enter = "__enter__",
    dunder_exit = "__exit__",
    dunder_builtins = "__builtins__",
    dunder_classcell = "__classcell__",
    dunder_all = "__all__",
    dunder_file = "__file__",
    dunder_main = "__main__",
    dunder_match_args = "__match_args__",
    send = "send",
    throw = "throw",
    close = "close",
}
