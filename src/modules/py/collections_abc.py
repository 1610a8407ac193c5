"""Abstract base classes for containers (`collections.abc`).

weft has no `abc` module yet: `_ABCMeta` gives these classes CPython's
behaviour where programs rely on it: `isinstance`/`issubclass` answer from
real subclassing, from `register()`, and, for the one-method ABCs, from
whether the class defines the method (`__subclasshook__`), with `None`
meaning "explicitly not". The mixin methods of Mapping, Sequence and their
mutable forms are provided.
"""

from _collections import _set_collection_flags

__all__ = [
    "Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized",
    "Container", "Callable", "Collection", "Sequence", "MutableSequence",
    "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
    "KeysView", "ItemsView", "ValuesView",
]


class _ABCMeta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        # `__abc_tpflags__` marks the ABCs whose instances and registered
        # classes pattern matching takes for sequences or mappings.
        flags = ns.pop("__abc_tpflags__", 0)
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        cls._abc_registry = []
        if flags:
            cls._abc_tpflags = flags
            _set_collection_flags(cls, flags)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass.
        cls._abc_registry.append(subclass)
        flags = getattr(cls, "_abc_tpflags", 0)
        if flags:
            _set_collection_flags(subclass, flags)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = cls.__dict__.get("__subclasshook__")
        if hook is not None:
            ok = hook.__func__(cls, subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for c in subclass.__mro__:
            for base in _all_registered(cls):
                if c is base:
                    return True
        for sub in type.__subclasses__(cls):
            if issubclass(subclass, sub):
                return True
        return False


def _all_registered(cls):
    out = list(cls._abc_registry)
    for sub in type.__subclasses__(cls):
        if isinstance(sub, _ABCMeta):
            out.extend(_all_registered(sub))
    return out


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(*methods):
    def __subclasshook__(cls, C):
        return _check_methods(C, *methods)
    return classmethod(__subclasshook__)


class Hashable(metaclass=_ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook("__hash__")


class Iterable(metaclass=_ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook("__iter__")


class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _hook("__iter__", "__next__")

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _hook("__reversed__", "__iter__")


class Generator(Iterator):
    __slots__ = ()
    __subclasshook__ = _hook("__iter__", "__next__", "send", "throw", "close")

    def __next__(self):
        return self.send(None)


class Sized(metaclass=_ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook("__len__")


class Container(metaclass=_ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook("__contains__")


class Callable(metaclass=_ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook("__call__")


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _hook("__len__", "__iter__", "__contains__")


class Sequence(Reversible, Collection):
    __slots__ = ()
    __subclasshook__ = None
    __abc_tpflags__ = 1 << 5  # Py_TPFLAGS_SEQUENCE

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    __slots__ = ()

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class Set(Collection):
    __slots__ = ()
    __subclasshook__ = None


class MutableSet(Set):
    __slots__ = ()


class Mapping(Collection):
    __slots__ = ()
    __subclasshook__ = None
    __abc_tpflags__ = 1 << 6  # Py_TPFLAGS_MAPPING

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


_marker = object()


class MutableMapping(Mapping):
    __slots__ = ()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


for _t in (tuple, str, range, bytes):
    Sequence.register(_t)
for _t in (list, bytearray):
    MutableSequence.register(_t)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
for _t in (type({}.keys()), type({}.items()), type({}.values())):
    MappingView.register(_t)
del _t
