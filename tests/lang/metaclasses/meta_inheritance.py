# Metaclass selection: inherited from bases, most derived metaclass wins.
class M1(type):
    pass

class M2(M1):
    pass

class Other(type):
    pass

class A(metaclass=M1):
    pass

class B(metaclass=M2):
    pass

class C(A):
    pass

class D(A, B):
    pass

class E(B, A):
    pass

for cls in [A, B, C, D, E]:
    print(cls.__name__, type(cls).__name__)

class F(A, metaclass=M2):
    pass

print(type(F).__name__)

class G(B, metaclass=M1):
    pass

print('G', type(G).__name__)

class X(metaclass=Other):
    pass

try:
    class Conflict(A, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Conflict2(A, metaclass=Other):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Combined(M1, Other):
    pass

class Y(A, X, metaclass=Combined):
    pass

print(type(Y).__name__, [c.__name__ for c in Combined.__mro__])
print(type(type).__name__, type(M1).__name__, isinstance(M2, type), issubclass(M2, type))
print(isinstance(D, M1), isinstance(D, M2), isinstance(A, M2))
H = M1('H', (B,), {})
print(type(H).__name__)
I = type('I', (B,), {})
print(type(I).__name__)
