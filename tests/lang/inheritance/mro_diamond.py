# C3 linearization on diamonds and classic examples; __mro__ and mro().
class O:
    pass

class A(O):
    pass

class B(O):
    pass

class C(O):
    pass

class D(O):
    pass

class E(O):
    pass

class K1(A, B, C):
    pass

class K2(D, B, E):
    pass

class K3(D, A):
    pass

class Z(K1, K2, K3):
    pass

def names(cls):
    return ' '.join(c.__name__ for c in cls.__mro__)

for cls in [K1, K2, K3, Z]:
    print(cls.__name__, ':', names(cls))

class Top:
    def who(self):
        return 'Top'

class Left(Top):
    def who(self):
        return 'Left'

class Right(Top):
    def who(self):
        return 'Right'

class Bottom(Left, Right):
    pass

class Bottom2(Right, Left):
    pass

print(names(Bottom), Bottom().who())
print(names(Bottom2), Bottom2().who())
print(Bottom.mro() == list(Bottom.__mro__), type(Bottom.mro()).__name__)
print([c.__name__ for c in type.mro(Bottom)])
print(object.__mro__, [c.__name__ for c in int.__mro__], [c.__name__ for c in bool.mro()])
print([c.__name__ for c in type.__mro__])

class F(O):
    pass

class G(F, O):
    pass

print(names(G))
