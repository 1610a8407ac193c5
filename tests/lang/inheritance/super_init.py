# super().__init__ chains in single inheritance; forgetting it; arguments.
class Base:
    def __init__(self, a):
        print('Base.__init__', a)
        self.a = a

class Mid(Base):
    def __init__(self, a, b):
        print('Mid.__init__', b)
        super().__init__(a)
        self.b = b

class Leaf(Mid):
    def __init__(self, a, b, c):
        print('Leaf.__init__', c)
        super().__init__(a, b)
        self.c = c

l = Leaf(1, 2, 3)
print(vars(l))

class Forgets(Base):
    def __init__(self):
        self.x = 'only x'

f = Forgets()
print(vars(f), hasattr(f, 'a'))

class Inherits(Base):
    pass

print(vars(Inherits('inherited')))
try:
    Inherits()
except TypeError as e:
    print(type(e).__name__, e)

class ExplicitCall(Base):
    def __init__(self):
        Base.__init__(self, 'explicit')

print(ExplicitCall().a)

class SuperObject:
    def __init__(self, **kw):
        super().__init__()
        self.kw = kw

print(SuperObject(x=1).kw)

class PassesExtra:
    def __init__(self, x):
        try:
            super().__init__(x)
        except TypeError as e:
            print(type(e).__name__, e)

PassesExtra(1)

class InitAfterWork(Base):
    def __init__(self):
        self.before = 'set before super'
        super().__init__('late')
        self.after = self.a + '!'

print(vars(InitAfterWork()))
