# int's operator methods called directly: results, NotImplemented, errors.
a, b = 17, 5
print(a.__add__(b), a.__sub__(b), a.__mul__(b), a.__floordiv__(b), a.__truediv__(b), a.__mod__(b))
print(a.__radd__(b), a.__rsub__(b), a.__rmul__(b), a.__rfloordiv__(b), a.__rtruediv__(b), a.__rmod__(b))
print(a.__pow__(2), a.__rpow__(2), a.__pow__(2, 7), a.__pow__(-1), a.__pow__(2, None), (2).__rpow__(3, 5))
print(a.__lshift__(2), a.__rlshift__(2), a.__rshift__(2), a.__rrshift__(2 ** 20))
print(a.__and__(b), a.__rand__(b), a.__or__(b), a.__ror__(b), a.__xor__(b), a.__rxor__(b))
print(a.__divmod__(b), a.__rdivmod__(b), (-a).__divmod__(b), a.__neg__(), a.__pos__(), a.__invert__())
print(a.__eq__(17), a.__ne__(17), a.__lt__(18), a.__le__(17), a.__gt__(16), a.__ge__(18))
print(a.__eq__(17.0), a.__lt__(1.5), a.__add__(1.5), a.__mul__('x'), a.__and__(1.0), a.__pow__(2, 3.0))
print(a.__bool__(), (0).__bool__(), a.__int__(), a.__float__(), a.__index__(), a.__hash__(), a.__repr__())
print(a.__trunc__(), a.__floor__(), a.__ceil__(), a.__round__(), a.__round__(-1), a.__getnewargs__())
print(int.__add__(2, 3), int.__sub__(True, 5), int.__eq__(1, 1.0), int.__lt__(1, 2), int.__neg__(True))
print(int.__and__(True, True), True.__and__(True), True.__or__(0), False.__xor__(True), True.__rand__(3))
print((2 ** 70).__add__(1), (2 ** 70).__rsub__(0), (2 ** 70).__mod__(1000), (-(2 ** 70)).__abs__())
print((5).__truediv__(0) if False else 'skip', (1).__lt__('a'), (1).__eq__(None))
for call in [lambda: (5).__floordiv__(0), lambda: (5).__mod__(0), lambda: (5).__divmod__(0),
             lambda: (5).__truediv__(0), lambda: (0).__pow__(-1), lambda: (5).__pow__(2, 0),
             lambda: (5).__lshift__(-1), lambda: (2).__pow__(-1, 4)]:
    try:
        call()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for call in [lambda: int.__add__('a', 1), lambda: int.__add__(1.5, 1), lambda: (1).__add__(),
             lambda: (1).__add__(1, 2), lambda: (1).__neg__(1), lambda: int.__neg__('a'),
             lambda: (1).__pow__(1, 2, 3), lambda: (1).__pow__(), lambda: (1).__round__(1, 2),
             lambda: (1).__round__(None), lambda: (1).__round__(1.5), lambda: bool.__and__(1, 2),
             lambda: (1).__getnewargs__(1), lambda: int.__add__(), lambda: (1).bit_length(1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
