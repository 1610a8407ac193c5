# __mro_entries__ on non-class bases in a class statement.
class WithMroEntries:
    def __mro_entries__(self, bases):
        print('__mro_entries__ called with', len(bases), 'bases')
        return (dict,)


class Uses(WithMroEntries()):
    pass


print([c.__name__ for c in Uses.__mro__], Uses.__orig_bases__[0].__class__.__name__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class NoBases(Empty()):
    pass


print(NoBases.__bases__)


class BadEntries:
    def __mro_entries__(self, bases):
        return [int]


try:
    class Fails(BadEntries()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
