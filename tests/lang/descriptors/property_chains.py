# @x.setter / .getter / .deleter return new property objects.
class A:
    @property
    def x(self):
        return 'get1'

    p1 = x

    @x.setter
    def x(self, v):
        print('set', v)

    p2 = x

    @x.getter
    def x(self):
        return 'get2'

    p3 = x

    @x.deleter
    def x(self):
        print('del')


print(A.p1 is A.p2, A.p2 is A.p3, A.p3 is A.x)
print(A.p1.fset, A.p2.fset is A.x.fset, A.p3.fget is A.x.fget)
a = A()
print(a.x)
a.x = 1
del a.x
print(A.p1.__get__(a), A.p2.__get__(a, A), A.p1.__get__(None, A) is A.p1)
try:
    A.p2.__delete__(a)
except AttributeError as e:
    print(type(e).__name__, e)
A.p2.__set__(a, 'direct')


class Renamed:
    def get_v(self):
        return self._v

    def set_v(self, v):
        self._v = v

    v = property(get_v, set_v, doc='the v')
    w = property(get_v).setter(set_v)


r = Renamed()
r.v = 3
print(r.v, Renamed.v.__doc__, Renamed.w.__doc__)
r.w = 4
print(r.v, r.w)


class Doc:
    @property
    def p(self):
        """getter doc"""
        return 1

    @p.setter
    def p(self, v):
        """setter doc ignored"""


print(Doc.p.__doc__)
q = property(doc='explicit')
print(q.__doc__, q.fget, q.getter(len).__doc__)
print(property(lambda s: 1, doc='d').setter(None).__doc__)
