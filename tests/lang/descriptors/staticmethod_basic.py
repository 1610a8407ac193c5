# staticmethod: calling through class and instance, __func__, wrapping.
class M:
    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def no_args():
        return 'none'

    def uses_static(self):
        return self.add(1, 2) + M.add(3, 4)


m = M()
print(M.add(1, 2), m.add(3, 4), M.no_args(), m.no_args(), m.uses_static())
sm = M.__dict__['add']
print(type(sm).__name__, sm.__func__ is M.add, M.add is m.add, type(M.add).__name__)
print(sm(5, 6))
print(sm.__get__(None, M) is M.add, sm.__get__(m) is M.add)
print(M.add.__name__, M.add.__qualname__, sm.__name__, sm.__qualname__)
print(sm.__wrapped__ is M.add, sm.__isabstractmethod__)


def plain(x):
    "plain doc"
    return x * 2


s = staticmethod(plain)
print(s(4), s.__doc__, s.__func__ is plain)


class Late:
    pass


Late.twice = staticmethod(plain)
Late.raw = plain
print(Late.twice(5), Late().twice(5), Late.raw(6))
try:
    Late().raw(6)
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
weird = staticmethod(5)
print(weird.__func__)
try:
    weird()
except TypeError as e:
    print(type(e).__name__, e)


class Sub(M):
    @staticmethod
    def add(a, b):
        return 'sub ' + str(M.add(a, b))


print(Sub.add(1, 1), Sub().add(2, 3))
print(isinstance(sm, staticmethod), callable(sm))
