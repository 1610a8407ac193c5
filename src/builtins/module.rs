//! `module(name, doc=None)` (`types.ModuleType`): a new, empty module.

use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{ModuleObj, ObjData, Value};

fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let mut name = args.pos.get(1).copied();
    let mut doc = args.pos.get(2).copied();
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.pos.len() - 1 + args.kwnames.len()
        )));
    }
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        let slot = match vm.as_str(k) {
            Some("name") => &mut name,
            Some("doc") => &mut doc,
            _ => {
                let key = vm.str_of(k)?;
                return Err(vm.type_error(format!(
                    "module() got an unexpected keyword argument '{key}'"
                )));
            }
        };
        if slot.is_some() {
            let key = vm.str_of(k)?;
            return Err(vm.type_error(format!(
                "argument for module() given by name ('{key}') and position"
            )));
        }
        *slot = Some(v);
    }
    let Some(name) = name else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    if vm.as_str(name).is_none() {
        let t = vm.type_name(name);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {t}")));
    }
    let dict = vm.new_dict();
    let names = &vm.interp.names;
    let (name_key, doc_key) = (names.dunder_name, names.dunder_doc);
    vm.dict_set_str(dict, name_key, name);
    vm.dict_set_str(dict, doc_key, doc.unwrap_or(Value::NONE));
    for key in ["__package__", "__loader__", "__spec__"] {
        let k = vm.intern(key);
        vm.dict_set_str(dict, k, Value::NONE);
    }
    Ok(vm.alloc(cls, ObjData::Module(ModuleObj { name, dict })))
}

pub fn init(interp: &InterpState) {
    super::add_method(interp, interp.types.module, "__new__", module_new);
}
