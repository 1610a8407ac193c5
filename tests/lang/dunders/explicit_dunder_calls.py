# Calling dunders directly returns NotImplemented instead of falling back.
class A:
    def __add__(self, other):
        if isinstance(other, A):
            return 'A+A'
        return NotImplemented

    def __radd__(self, other):
        return 'radd'

    def __lt__(self, other):
        return NotImplemented


a = A()
print(a.__add__(a), a.__add__(1), 1 + a, A.__add__(a, a))
print(a.__lt__(a))
try:
    a < a
except TypeError as e:
    print(type(e).__name__, e)
print((1).__add__(2.0), (1).__radd__(2), (2.0).__radd__(1), int.__add__(1, True))
print((1).__lt__('x'), 'a'.__eq__(1), [].__eq__(()), (1).__eq__(1.0), (1.0).__eq__(1))
print((7).__floordiv__(2), (7).__rfloordiv__(2), divmod(7, 2) == (7).__divmod__(2))
print((3).__pow__(2, 5), (2).__rpow__(3), 'ab'.__mul__(2), 'ab'.__rmul__(3), [1].__mul__(2))
try:
    (1).__add__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__add__('x', 1)
except TypeError as e:
    print(type(e).__name__, e)
print(len.__call__([1, 2]), a.__class__.__name__, a.__eq__(a), a.__ne__(a), a.__ne__(1))
print(a.__repr__() == repr(a), a.__str__() == str(a), a.__hash__() == hash(a))
print(a.__format__('') == str(a), (5).__format__('03'), 'x'.__format__('>3'))
print([1, 2].__len__(), 'abc'.__getitem__(1), {1: 2}.__getitem__(1), (1, 2).__contains__(2))
