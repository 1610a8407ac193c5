# float's operator methods called directly: results, NotImplemented, errors.
a, b = 7.5, 2
print(a.__add__(b), a.__sub__(b), a.__mul__(b), a.__truediv__(b), a.__floordiv__(b), a.__mod__(b))
print(a.__radd__(b), a.__rsub__(b), a.__rmul__(b), a.__rtruediv__(b), a.__rfloordiv__(b), a.__rmod__(b))
print(a.__pow__(b), a.__rpow__(b), a.__pow__(0.5), (2.0).__rpow__(3), a.__divmod__(b), a.__rdivmod__(b))
print(a.__eq__(7.5), a.__ne__(7.5), a.__lt__(8), a.__le__(7), a.__gt__(True), a.__ge__(2 ** 70))
print(a.__add__('x'), a.__eq__('7.5'), a.__lt__(None), a.__pow__([]), (1.0).__eq__(1), (1.0).__add__(2 ** 70))
print(a.__neg__(), a.__pos__(), (-a).__abs__(), a.__bool__(), (0.0).__bool__(), (-0.0).__bool__())
print(a.__int__(), (-a).__int__(), a.__float__(), a.__hash__(), a.__repr__(), (1e16).__repr__())
print(a.__trunc__(), a.__floor__(), a.__ceil__(), (-a).__floor__(), (-a).__ceil__(), a.__round__(), a.__round__(0))
print(a.__getnewargs__(), a.conjugate(), a.real, a.imag, float.__getformat__('double'), float.__getformat__('float'))
print(float.__add__(1.0, 2), float.__eq__(1.0, 1), float.__mul__(2.0, True), float.__neg__(-0.0))
for call in [lambda: (1.0).__truediv__(0), lambda: (1.0).__floordiv__(0.0), lambda: (1.0).__mod__(0),
             lambda: (1.0).__divmod__(0), lambda: (0.0).__pow__(-1), lambda: (1.0).__rtruediv__(0),
             lambda: (1e308).__pow__(2), lambda: (2.0 ** 0.5).__pow__(1e10)]:
    try:
        call()
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
for call in [lambda: float.__add__(1, 2.0), lambda: (1.0).__add__(), lambda: (1.0).__add__(1, 2),
             lambda: (1.0).__neg__(1), lambda: (1.0).__pow__(2, 3), lambda: (1.0).__rpow__(2, 3),
             lambda: (1.0).__round__(1, 2), lambda: (1.0).__round__('x'), lambda: (1.0).__floor__(1),
             lambda: float.__getformat__(1), lambda: float.__trunc__(1), lambda: (1.0).is_integer(1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
try:
    float.__getformat__('long')
except ValueError as e:
    print('ValueError:', e)
for v in (float('inf'), float('nan')):
    for m in ('__trunc__', '__floor__', '__ceil__', '__int__', '__round__'):
        try:
            getattr(v, m)()
        except (OverflowError, ValueError) as e:
            print(m, type(e).__name__ + ':', e)
