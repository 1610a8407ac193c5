# __mro_entries__: several entries, no change, __orig_bases__, and type()'s refusal.
class Alias:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print('entries for', [type(b).__name__ for b in bases])
        return self.targets


class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'


class C(Alias(A, B)):
    pass


print([k.__name__ for k in C.__mro__], C().who(), len(C.__orig_bases__))


class D(Alias(), A):
    pass


print(D.__bases__ == (A,), type(D.__orig_bases__[0]).__name__)


class E(A):
    pass


print(hasattr(E, '__orig_bases__'), '__orig_bases__' in vars(C))
try:
    type('F', (Alias(A),), {})
except TypeError as e:
    print(type(e).__name__, e)


class Dup:
    def __mro_entries__(self, bases):
        return (A,)


try:
    class G(Dup(), A):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Raising:
    def __mro_entries__(self, bases):
        raise ValueError('no entries')


try:
    class H(Raising()):
        pass
except ValueError as e:
    print(type(e).__name__, e)


class NotEntries:
    pass


try:
    class I(NotEntries()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
