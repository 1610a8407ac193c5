"""Names for the interpreter's built-in types, SimpleNamespace and dynamic
class creation (weft)."""

import sys
try:
    from _thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0

__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
    'SimpleNamespace', 'CellType', 'GeneratorType', 'MethodType',
    'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
    'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
    'ModuleType', 'GetSetDescriptorType', 'MemberDescriptorType',
    'new_class', 'resolve_bases', 'prepare_class', 'DynamicClassAttribute',
    'coroutine', 'GenericAlias', 'NoneType', 'NotImplementedType',
    'EllipsisType', 'UnionType',
]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


class _S:
    __slots__ = ('x',)


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
GetSetDescriptorType = type(int.__dict__['real'])
MemberDescriptorType = type(_S.__dict__['x'])
GenericAlias = type(list[int])
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)

try:
    raise TypeError
except TypeError as _exc:
    _tb = _exc.__traceback__
    if _tb is not None:
        TracebackType = type(_tb)
        _frame = getattr(_tb, 'tb_frame', None)
        if _frame is not None:
            FrameType = type(_frame)
            del _frame
    del _tb

del _f, _g, _C, _S, _cell_factory


def _unionable(obj):
    return (obj is None or isinstance(obj, type)
            or type(obj) is GenericAlias or type(obj) is UnionType)


def _union_arg_repr(obj):
    if obj is NoneType or obj is None:
        return 'None'
    if type(obj) is GenericAlias:
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    return repr(obj)


class UnionType:
    """Represent a PEP 604 union type (`int | str`)."""
    __slots__ = ('__args__',)

    def __init__(self, args):
        object.__setattr__(self, '__args__', args)

    @property
    def __parameters__(self):
        params = []
        for arg in self.__args__:
            for p in getattr(arg, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __repr__(self):
        return ' | '.join(_union_arg_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if type(other) is not UnionType:
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __setattr__(self, name, value):
        if name == '__args__':
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'types.UnionType' object has no attribute "
                             f"'{name}'")


def _union_or(a, b):
    """`a | b` for types (the interpreter calls this for `type.__or__`)."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        items = x.__args__ if type(x) is UnionType else (x,)
        for item in items:
            if item is None:
                item = NoneType
            if item not in args:
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = ('namespace' if type(self) is SimpleNamespace
                else type(self).__name__)
        key = (id(self), _get_ident())
        if key in _repr_running:
            return f'{name}(...)'
        _repr_running.add(key)
        try:
            items = [f'{k}={v!r}' for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = set()


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        mro_entries = getattr(base, '__mro_entries__', None)
        if mro_entries is None:
            if type(base) is not GenericAlias:
                continue
            new_base = (base.__origin__,)
        else:
            new_base = mro_entries(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses '
                        'of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate
    metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__',
                                                 False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = getattr(fget, '__doc__', None) if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Convert a regular generator function into a coroutine (weft has no
    coroutines: the function is returned as is)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func
