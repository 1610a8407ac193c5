# Choosing the metaclass: the most derived one wins; unrelated ones conflict.
class M1(type):
    pass


class M2(type):
    pass


class M1Sub(M1):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class C(metaclass=M1Sub):
    pass


def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', type(cls).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)


def a_and_b():
    class D(A, B):
        pass
    return D


def a_and_c():
    class E(A, C):
        pass
    return E


def explicit_base_meta():
    # An explicit metaclass less derived than a base's metaclass loses.
    class F(C, metaclass=M1):
        pass
    return F


def explicit_type():
    class G(A, metaclass=type):
        pass
    return G


def explicit_unrelated():
    class H(A, metaclass=M2):
        pass
    return H


attempt('A, B', a_and_b)
attempt('A, C', a_and_c)
attempt('C with metaclass=M1', explicit_base_meta)
attempt('A with metaclass=type', explicit_type)
attempt('A with metaclass=M2', explicit_unrelated)
attempt('type() A, B', lambda: type('T', (A, B), {}))
attempt('type() A, C', lambda: type('T', (A, C), {}))
attempt('M2() with base A', lambda: M2('T', (A,), {}))
attempt('M1() with base C', lambda: M1('T', (C,), {}))


class M12(M1, M2):
    pass


class Both(A, B, metaclass=M12):
    pass


print(type(Both).__name__, [k.__name__ for k in type(Both).__mro__])
