# super objects: attributes, repr, unbound forms, and lookups that skip the instance.
class A:
    x = 'A.x'

    def m(self):
        return 'A.m'

    @classmethod
    def cm(cls):
        return 'A.cm ' + cls.__name__

    @staticmethod
    def sm():
        return 'A.sm'


class B(A):
    x = 'B.x'

    def m(self):
        return 'B.m'


b = B()
b.x = 'instance x'
s = super(B, b)
print(s.x, s.m(), s.cm(), s.sm(), b.x)
print(s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__)
print(repr(s), repr(super(B, B)), repr(super(B)))
u = super(B)
print(u.__self__, u.__self_class__, u.__thisclass__.__name__)
t = super(B, B)
print(t.m is A.m, t.m(b), t.cm(), t.__self__ is B, t.__self_class__ is B)


class C(B):
    pass


print(super(B, C()).m(), super(A, C()).__class__.__name__, super(C, C()).x)
print(type(super(B, b)).__name__, isinstance(super(B, b), super))
try:
    super(B, b).missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(B, b).x = 1
except AttributeError as e:
    print(type(e).__name__, e)
for bad in [(B, 5), (B, A()), (A, int)]:
    try:
        super(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
