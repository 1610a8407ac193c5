# A metaclass __eq__ without __hash__ makes its classes unhashable.
class EqMeta(type):
    def __eq__(cls, other):
        return isinstance(other, EqMeta) and cls.__name__ == other.__name__


class A(metaclass=EqMeta):
    pass


A2 = EqMeta('A', (), {})
print(A == A2, A is A2, A != A2)
try:
    hash(A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {A: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(A in [A2], type(A).__hash__)


class HashMeta(EqMeta):
    def __hash__(cls):
        return hash(cls.__name__)


class B(metaclass=HashMeta):
    pass


B2 = HashMeta('B', (), {})
print(len({B, B2}), {B: 'first'}[B2])
try:
    class C(A):
        pass
    print('subclass of unhashable class works', C == A, type(C).__name__)
except TypeError as e:
    print(type(e).__name__, e)
print(A.__subclasses__() == [] or [k.__name__ for k in A.__subclasses__()])
