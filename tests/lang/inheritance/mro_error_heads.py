# The inconsistent-MRO message lists the heads of the lists still to merge.
class O:
    pass


class A(O):
    pass


class B(O):
    pass


class C(O):
    pass


class D(A, B):
    pass


class E(B, A):
    pass


class F(C, A):
    pass


def attempt(bases):
    names = ', '.join(b.__name__ for b in bases)
    try:
        cls = type('X', bases, {})
        print(names, '->', [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(names, '->', str(e).replace('\n', ' '))


attempt((D, E))
attempt((E, D))
attempt((D, F, E))
attempt((O, A))
attempt((A, O))
attempt((F, D))
attempt((D, C, E))
attempt((O, D, E))
attempt((A, B, C))
attempt((C, B, A, O))
