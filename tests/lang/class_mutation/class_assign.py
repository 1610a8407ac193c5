# Assigning __class__ on instances: behaviour switches to the new class.
class Idle:
    state = 'idle'

    def step(self):
        self.__class__ = Running
        return 'starting'

class Running:
    state = 'running'

    def step(self):
        self.__class__ = Idle
        return 'stopping'

m = Idle()
m.data = 'kept'
for _ in range(3):
    print(type(m).__name__, m.state, m.step(), m.data)
print(isinstance(m, Running), isinstance(m, Idle), vars(m))

class Base:
    def hello(self):
        return 'Base.hello'

class Derived(Base):
    def hello(self):
        return 'Derived.hello>' + super().hello()

b = Base()
b.__class__ = Derived
print(b.hello(), type(b).__name__)
b.__class__ = Base
print(b.hello())

class WithSlots1:
    __slots__ = ('a', 'b')

class WithSlots2:
    __slots__ = ('a', 'b')

    def total(self):
        return self.a + self.b

s = WithSlots1()
s.a, s.b = 1, 2
s.__class__ = WithSlots2
print(s.total(), type(s).__name__)

class ReprA:
    def __repr__(self):
        return 'I am A'

class ReprB:
    def __repr__(self):
        return 'I am B'

    def __len__(self):
        return 5

r = ReprA()
print(repr(r))
r.__class__ = ReprB
print(repr(r), len(r))
setattr(r, '__class__', ReprA)
print(repr(r))
try:
    len(r)
except TypeError as e:
    print(type(e).__name__, e)
