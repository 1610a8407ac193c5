# Attribute lookup across several bases follows the MRO, first match wins.
class A:
    x = 'A.x'
    y = 'A.y'

    def m(self):
        return 'A.m'

class B:
    x = 'B.x'
    z = 'B.z'

    def m(self):
        return 'B.m'

    def only_b(self):
        return 'B.only_b'

class AB(A, B):
    pass

class BA(B, A):
    pass

ab, ba = AB(), BA()
print(ab.x, ab.y, ab.z, ab.m(), ab.only_b())
print(ba.x, ba.y, ba.z, ba.m())

class C(A):
    y = 'C.y'

class D(C, B):
    pass

d = D()
print(d.x, d.y, d.z, d.m(), [k.__name__ for k in D.__mro__])
B.y = 'B.y added later'
print(d.y, BA().y)
del C.y
print(d.y)
A.new = 'A.new'
B.new = 'B.new'
print(d.new, BA().new)

class E(A, B):
    def m(self):
        return 'E.m -> ' + B.m(self) + ' & ' + A.m(self)

print(E().m())

class Base1:
    def __init__(self):
        self.source = 'Base1'

class Base2:
    def __init__(self):
        self.source = 'Base2'
        self.extra = True

class Multi(Base1, Base2):
    pass

m = Multi()
print(vars(m))

class MultiBoth(Base1, Base2):
    def __init__(self):
        Base2.__init__(self)
        Base1.__init__(self)

print(vars(MultiBoth()))
