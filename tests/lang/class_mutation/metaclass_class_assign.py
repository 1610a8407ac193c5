# Assigning a class's __class__ switches its metaclass; warm lookups see it.
class M1(type):
    def who(cls):
        return "M1"


class M2(type):
    def who(cls):
        return "M2"

    extra = "from M2"


class A(metaclass=M1):
    x = 1


class B(A):
    pass


def ask(k):
    return k.who(), getattr(k, "extra", None)


for _ in range(50):
    r = ask(A), ask(B)
print(r)
A.__class__ = M2
print(ask(A), ask(B), type(A).__name__, type(B).__name__)


class I:
    pass


for target in (I, type, int):
    try:
        A.__class__ = target
    except TypeError as e:
        print("TypeError", e)
try:
    I().__class__ = M1
except TypeError as e:
    print("TypeError", e)
print(type(A).__name__)
