"""Shallow and deep copy operations (weft).

Builtin containers are copied directly; instances of Python classes are
rebuilt without calling __init__ (cls.__new__(cls), then their __dict__
and __slots__ state, or __getstate__/__setstate__), which is what
CPython's __reduce_ex__ protocol does for them. A class's own __copy__,
__deepcopy__, __reduce_ex__ or __reduce__ takes precedence."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _function():
    pass


# Types whose values are never copied.
_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float,
           bool, str, bytes, type, range, type(_function), type(len),
           property}

# Immutable builtin bases whose subclasses are rebuilt from the base value.
_VALUE_BASES = [int, float, str, bytes, tuple, frozenset]

try:
    _ATOMIC.add(complex)
    _VALUE_BASES.append(complex)
except NameError:
    pass
_VALUE_BASES = tuple(_VALUE_BASES)


def _own_attr(cls, name):
    """`name` from `cls`'s MRO before `object`, else None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            if name not in names:
                names.append(name)
    return names


def _state_of(x):
    getstate = _own_attr(type(x), '__getstate__')
    if getstate is not None:
        return getstate(x)
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    if state is None:
        return
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and _own_attr(type(y), '__setstate__') is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        # As CPython: the instance dict is updated directly, bypassing a
        # __setattr__ (a frozen dataclass has one that refuses).
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _new_like(x, memo=None):
    cls = type(x)
    getnewargs = _own_attr(cls, '__getnewargs__')
    if getnewargs is not None:
        args = getnewargs(x)
    else:
        args = ()
        for base in _VALUE_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    if memo is not None and args:
        args = deepcopy(args, memo)
    return cls.__new__(cls, *args)


def _reduce(x):
    cls = type(x)
    reductor = _own_attr(cls, '__reduce_ex__')
    if reductor is not None:
        return reductor(x, 4)
    reductor = _own_attr(cls, '__reduce__')
    if reductor is not None:
        return reductor(x)
    return None


def _reconstruct(x, rv, deep, memo):
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    rv = _reduce(x)
    if rv is not None:
        return _reconstruct(x, rv, False, None)
    y = _new_like(x)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        y.update(x)
    elif isinstance(x, (set, bytearray)):
        y.update(x) if isinstance(x, set) else y.extend(x)
    _set_state(y, _state_of(x))
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple reached again through its own items is copied already.
        if d in memo:
            return memo[d]
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if rv is not None:
                y = _reconstruct(x, rv, True, memo)
            else:
                y = _new_like(x, memo)
                memo[d] = y
                if isinstance(x, list):
                    for item in x:
                        y.append(deepcopy(item, memo))
                elif isinstance(x, dict):
                    for key, value in x.items():
                        y[deepcopy(key, memo)] = deepcopy(value, memo)
                elif isinstance(x, set):
                    for item in x:
                        y.add(deepcopy(item, memo))
                state = _state_of(x)
                if state is not None:
                    _set_state(y, deepcopy(state, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps `x` referenced from the memo, as CPython does, so its id is
    not reused while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
