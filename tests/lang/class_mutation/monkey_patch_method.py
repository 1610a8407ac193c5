# Monkey-patching methods on a class, keeping and calling the original.
class Greeter:
    def greet(self, name):
        return f'Hello, {name}'


g = Greeter()
bound_before = g.greet
original = Greeter.greet


def shouting(self, name):
    return original(self, name).upper() + '!'


Greeter.greet = shouting
print(g.greet('ann'), bound_before('ann'), Greeter.greet.__name__)
Greeter.greet = original
print(g.greet('bob'))


def logged(fn):
    def wrapper(self, *args):
        print('calling', fn.__name__, args)
        return fn(self, *args)
    return wrapper


Greeter.greet = logged(Greeter.greet)
print(g.greet('cy'))
Greeter.greet = original

g.greet = lambda name: 'instance patch ' + name
print(g.greet('dee'), Greeter().greet('dee'))
del g.greet
print(g.greet('eve'))


class Calc:
    def add(self, a, b):
        return a + b

    def total(self, *xs):
        t = 0
        for x in xs:
            t = self.add(t, x)
        return t


c = Calc()
print(c.total(1, 2, 3))
Calc.add = lambda self, a, b: a * 10 + b
print(c.total(1, 2, 3))
Calc.add = staticmethod(lambda a, b: a - b)
print(c.total(1, 2, 3))
Calc.add = classmethod(lambda cls, a, b: f'{cls.__name__}:{a}+{b}' if a == 0 else a + b)
print(c.add(0, 1), c.total(5))


class Patched:
    pass


import math
Patched.sqrt = math.sqrt
print(Patched.sqrt(16), Patched().sqrt(9))
Patched.upper = str.upper
print(Patched.upper('abc'))
try:
    Patched().upper()
except TypeError as e:
    print(type(e).__name__, e)
