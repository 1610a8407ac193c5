# Zero-argument super() edge cases: a captured first argument, an empty
# __class__ cell while the class body runs, and super() in various scopes.
class A:
    def m(self):
        return 'A.m'

    def __init__(self):
        self.tag = 'A'


class B(A):
    def captured(self):
        def inner():
            return self.tag
        return super().m() + ':' + inner()

    def captured_then_deleted(self):
        def inner():
            return self
        del self
        try:
            return super().m()
        except RuntimeError as e:
            return f'{type(e).__name__}: {e}'

    def __init__(self):
        super().__init__()
        self.tag += 'B'


b = B()
print(b.captured())
print(b.captured_then_deleted())
print(b.tag)


class Early:
    def m(self):
        return super().__repr__()[:7]

    try:
        m(object())
    except RuntimeError as e:
        print('during class body:', type(e).__name__, e)


print(Early().m())


class Kw:
    def m(self, *args, key=None):
        return (super().__class__.__name__, args, key)


print(Kw().m(1, 2, key=3))


class Cls:
    @classmethod
    def make(cls):
        return super().__new__(cls).__class__.__name__

    @staticmethod
    def static():
        try:
            return super()
        except RuntimeError as e:
            return str(e)


print(Cls.make(), Cls.static())
