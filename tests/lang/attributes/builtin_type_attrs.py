# Attribute rules on builtin types and their instances.
def attempt(label, fn):
    try:
        print(label, fn())
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)


attempt('int.x=', lambda: setattr(int, 'x', 1))
attempt('list.append=', lambda: setattr(list, 'append', 1))
attempt('del str.upper', lambda: delattr(str, 'upper'))
attempt('object.x=', lambda: setattr(object, 'x', 1))
attempt('type.x=', lambda: setattr(type, 'x', 1))
attempt('(1).real=', lambda: setattr(1, 'real', 2))
attempt('[].x=', lambda: setattr([], 'x', 1))
attempt('{}.x=', lambda: setattr({}, 'x', 1))
attempt('len.x=', lambda: setattr(len, 'x', 1))
attempt('None.x=', lambda: setattr(None, 'x', 1))
attempt('int.__dict__', lambda: type(int.__dict__).__name__)
attempt('(1).__dict__', lambda: (1).__dict__)
attempt('int.real', lambda: type(int.real).__name__)
attempt('(5).real', lambda: (5).real)
attempt('list.append', lambda: type(list.append).__name__)
attempt('[].append', lambda: type([].append).__name__)
attempt('[].append.__self__', lambda: [1].append.__self__)
attempt('list.append.__name__', lambda: list.append.__qualname__)
attempt('str.join.__objclass__', lambda: str.join.__objclass__.__name__)
attempt('int.__add__', lambda: type(int.__add__).__name__)
attempt('(1).__add__', lambda: type((1).__add__).__name__)
attempt('type.__dict__[mro]', lambda: type(type.__dict__['mro']).__name__)
attempt('object.__init__', lambda: type(object.__init__).__name__)
attempt('dict.fromkeys', lambda: type(dict.fromkeys).__name__)
attempt('str.maketrans', lambda: type(str.maketrans).__name__)
attempt('int.__dict__[from_bytes]', lambda: type(int.__dict__['from_bytes']).__name__)


class Sub(int):
    pass


s = Sub(5)
s.note = 'allowed on subclass'
print(s.note, vars(s), s.real, s.bit_length())
attempt('s.real=', lambda: setattr(s, 'real', 1))
Sub.extra = 'class attr'
print(s.extra, hasattr(5, 'extra'))
