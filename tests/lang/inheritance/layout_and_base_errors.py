# Bases that cannot be combined or subclassed, and types that cannot be instantiated.
def attempt(label, bases):
    try:
        cls = type('X', bases, {})
        print(label, 'ok', [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(label, type(e).__name__, e)


class MyInt(int):
    pass


class MyStr(str):
    pass


class Plain:
    pass


attempt('int, str', (int, str))
attempt('MyInt, MyStr', (MyInt, MyStr))
attempt('list, dict', (list, dict))
attempt('int, Plain', (int, Plain))
attempt('Plain, MyInt', (Plain, MyInt))
attempt('MyInt, int', (MyInt, int))
attempt('int, MyInt', (int, MyInt))
attempt('bool', (bool,))
attempt('type(None)', (type(None),))
attempt('type(len)', (type(len),))
attempt('type(lambda: 0)', (type(lambda: 0),))
attempt('Exception, int', (Exception, int))
attempt('ValueError, KeyError', (ValueError, KeyError))
for t in [type(len)]:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
