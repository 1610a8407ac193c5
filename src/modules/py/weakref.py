"""Weak references (weft).

weft has no collector yet, so an object lives until the interpreter exits:
a weak reference always finds its object, callbacks never run before exit,
and weak containers keep their entries. Which objects accept weak
references, and the errors for the others, are CPython's."""

import atexit as _atexit
from collections.abc import MutableMapping as _MutableMapping
from collections.abc import MutableSet as _MutableSet

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary',
           'WeakSet', 'WeakMethod', 'finalize']

# Builtin types whose instances CPython cannot reference weakly (their
# subclasses can, unless they declare __slots__ without __weakref__).
_NOT_WEAKREFABLE = (int, float, complex, str, bytes, bytearray, tuple, list,
                    dict, bool, type(None), type(NotImplemented),
                    type(Ellipsis))

_counts = {}


def _check(obj):
    cls = type(obj)
    if cls in _NOT_WEAKREFABLE:
        raise TypeError("cannot create weak reference to '%s' object"
                        % cls.__name__)
    slots = cls.__dict__.get('__slots__')
    if slots is not None and '__dict__' not in slots and \
            '__weakref__' not in slots and \
            all('__weakref__' not in getattr(b, '__slots__', ('__weakref__',))
                for b in cls.__mro__[1:-1]):
        raise TypeError("cannot create weak reference to '%s' object"
                        % cls.__name__)


class ref:
    """A reference to an object that does not keep it alive."""

    __slots__ = ('_ref_obj', '_ref_callback', '_ref_hash')

    def __new__(cls, obj, callback=None):
        _check(obj)
        self = object.__new__(cls)
        self._ref_obj = obj
        self._ref_callback = callback
        self._ref_hash = None
        key = id(obj)
        _counts[key] = _counts.get(key, 0) + 1
        return self

    def __init__(self, obj, callback=None):
        pass

    def __call__(self):
        return self._ref_obj

    @property
    def __callback__(self):
        return self._ref_callback

    def __hash__(self):
        if self._ref_hash is None:
            self._ref_hash = hash(self._ref_obj)
        return self._ref_hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._ref_obj == other._ref_obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._ref_obj != other._ref_obj

    def __repr__(self):
        obj = self._ref_obj
        name = getattr(obj, '__name__', None)
        if isinstance(name, str):
            return '<weakref at %s; to %r at %s (%s)>' % (
                hex(id(self)), type(obj).__name__, hex(id(obj)), name)
        return '<weakref at %s; to %r at %s>' % (
            hex(id(self)), type(obj).__name__, hex(id(obj)))

    def __class_getitem__(cls, item):
        return cls


ReferenceType = ref


def getweakrefcount(obj):
    return _counts.get(id(obj), 0)


def getweakrefs(obj):
    return []


class WeakMethod(ref):
    """A weak reference to a bound method (to its object and function)."""

    __slots__ = ('_meth_func',)

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._meth_func = func
        return self

    def __call__(self):
        return self._meth_func.__get__(self._ref_obj, type(self._ref_obj))

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return (self._ref_obj is other._ref_obj
                and self._meth_func == other._meth_func)

    def __hash__(self):
        return hash((id(self._ref_obj), self._meth_func))


class ProxyType:
    """A stand-in that forwards every operation to its object."""

    __slots__ = ('_proxy_obj', '_proxy_callback')

    def __init__(self, obj, callback=None):
        _check(obj)
        object.__setattr__(self, '_proxy_obj', obj)
        object.__setattr__(self, '_proxy_callback', callback)

    def __getattribute__(self, name):
        return getattr(object.__getattribute__(self, '_proxy_obj'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_proxy_obj'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_proxy_obj'), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_proxy_obj')
        return '<weakproxy at %s; to %r at %s>' % (
            hex(id(self)), type(obj).__name__, hex(id(obj)))

    def __str__(self):
        return str(object.__getattribute__(self, '_proxy_obj'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_proxy_obj'))

    def __len__(self):
        return len(object.__getattribute__(self, '_proxy_obj'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_proxy_obj'))

    def __getitem__(self, key):
        return object.__getattribute__(self, '_proxy_obj')[key]

    def __setitem__(self, key, value):
        object.__getattribute__(self, '_proxy_obj')[key] = value

    def __contains__(self, item):
        return item in object.__getattribute__(self, '_proxy_obj')

    def __eq__(self, other):
        return object.__getattribute__(self, '_proxy_obj') == other

    def __lt__(self, other):
        return object.__getattribute__(self, '_proxy_obj') < other

    def __add__(self, other):
        return object.__getattribute__(self, '_proxy_obj') + other

    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_proxy_obj')(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are held weakly."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check(value)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return '<%s at %s>' % (self.__class__.__name__, hex(id(self)))

    def copy(self):
        return WeakValueDictionary(self.data)

    __copy__ = copy

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are held weakly."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check(key)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def __repr__(self):
        return '<%s at %s>' % (self.__class__.__name__, hex(id(self)))

    def copy(self):
        return WeakKeyDictionary(self.data)

    __copy__ = copy

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(_MutableSet):
    """A set whose items are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def add(self, item):
        _check(item)
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def remove(self, item):
        self.data.remove(item)

    def copy(self):
        return WeakSet(self.data)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.data)


class finalize:
    """Calls `func(*args, **kwargs)` once: when called, or at exit while
    `atexit` is true (weft frees nothing earlier)."""

    _registry = []
    _registered = False

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._obj = obj
        self._info = (func, args, kwargs)
        self.atexit = True
        finalize._registry.append(self)
        if not finalize._registered:
            _atexit.register(finalize._exit)
            finalize._registered = True

    def __call__(self, _=None):
        info = self._info
        if info is None:
            return None
        self._info = None
        func, args, kwargs = info
        return func(*args, **kwargs)

    def detach(self):
        info = self._info
        if info is None:
            return None
        self._info = None
        return (self._obj,) + info

    def peek(self):
        info = self._info
        if info is None:
            return None
        return (self._obj,) + info

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        return '<%s object at %s; for %r at %s>' % (
            type(self).__name__, hex(id(self)), type(self._obj).__name__,
            hex(id(self._obj)))

    @staticmethod
    def _exit():
        for f in reversed(finalize._registry):
            if f.atexit and f.alive:
                f()
