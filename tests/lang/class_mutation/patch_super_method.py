# super() chains see methods patched onto bases later; functions patched in use two-arg super.
class A:
    def greet(self):
        return 'A'


class B(A):
    def greet(self):
        return 'B>' + super().greet()


class C(B):
    pass


c = C()
print(c.greet())
A.greet = lambda self: 'A2'
print(c.greet())


def c_greet(self):
    return 'C>' + super(C, self).greet()


C.greet = c_greet
print(c.greet())


def broken(self):
    return super().greet()


C.greet = broken
try:
    c.greet()
except RuntimeError as e:
    print(type(e).__name__, e)


class Mixin:
    def greet(self):
        return 'Mixin>' + super().greet()


class D(Mixin, B):
    pass


print(D().greet())
B.greet = lambda self: 'B2'
print(D().greet())
del B.greet
print(D().greet())


def outer_method(self):
    return type(self).__name__


A.outer = outer_method
print(c.outer(), D().outer())
