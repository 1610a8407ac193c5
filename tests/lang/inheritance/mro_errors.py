# Inconsistent MROs, duplicate bases, bad bases: TypeError messages.
class X:
    pass


class Y:
    pass


class A(X, Y):
    pass


class B(Y, X):
    pass


def attempt(label, bases):
    try:
        cls = type(label, bases, {})
        print(label, 'ok', [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print(label, type(e).__name__, e)


attempt('AB', (A, B))
attempt('XA', (X, A))
attempt('AX', (A, X))
attempt('dup', (X, X))
attempt('dup3', (X, Y, X))
attempt('obj-first', (object, X))
attempt('X-obj', (X, object))
attempt('int', (1,))
attempt('bool', (bool,))
attempt('func', (len,))
attempt('none', (None,))
attempt('NoneType', (type(None),))
attempt('slice', (slice,))
attempt('range', (range,))
try:
    class C(A, B):
        pass
except TypeError as e:
    print('class stmt', type(e).__name__, e)
try:
    class D(X, X):
        pass
except TypeError as e:
    print('class stmt', type(e).__name__, e)


class P:
    pass


class Q(P):
    pass


class R(Q):
    pass


attempt('PR', (P, R))
attempt('RP', (R, P))
attempt('QP', (Q, P))
try:
    class S(P, Q, X, Y, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
