# super(type, obj) and super(type, type2): skipping classes in the MRO.
class A:
    def who(self):
        return 'A'

    @classmethod
    def cwho(cls):
        return 'A.cwho on ' + cls.__name__


class B(A):
    def who(self):
        return 'B>' + super().who()

    @classmethod
    def cwho(cls):
        return 'B.cwho>' + super().cwho()


class C(B):
    def who(self):
        return 'C>' + super().who()

    def skip(self):
        return super(B, self).who()


c = C()
print(c.who(), c.skip(), super(C, c).who(), super(B, c).who())
print(super(C, C).cwho(), super(B, C).cwho(), super(B, B).cwho())
print(super(C, C).who(c))
try:
    super(A, c).who()
except AttributeError as e:
    print(type(e).__name__, e)
for args in [(C, 1), (C, A()), (1, c), (B, A)]:
    try:
        super(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    super(C, c, 1)
except TypeError as e:
    print(type(e).__name__, e)
s = super(B, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(repr(super(C, C)))
unbound = super(C)
print(unbound.__self__, unbound.__thisclass__.__name__)
try:
    unbound.who
except AttributeError as e:
    print(type(e).__name__, e)


def outside(self):
    return super(C, self).who()


print(outside(c))
print(super(bool, True).__repr__(), super(bool, True).__add__(1))
