# Class decorators: order, replacement, adding members, decorators with args.
log = []

def register(cls):
    log.append(cls.__name__)
    return cls

def add_method(cls):
    def greet(self):
        return 'hello from ' + type(self).__name__
    cls.greet = greet
    return cls

def tag(value):
    def deco(cls):
        cls.tag = value
        log.append('tag ' + value)
        return cls
    return deco

@register
@tag('outer')
@add_method
class A:
    pass

print(log, A.tag, A().greet())

def replace(cls):
    return 'replaced ' + cls.__name__

@replace
class B:
    pass

print(B, type(B).__name__)

def wrap(cls):
    class Wrapped(cls):
        wrapped = True
    Wrapped.__name__ = cls.__name__ + 'W'
    return Wrapped

@wrap
class C:
    def who(self):
        return 'C.who'

print(C.__name__, C.wrapped, C().who(), [k.__name__ for k in C.__mro__])

def count_instances(cls):
    orig = cls.__init__
    def __init__(self, *a, **k):
        cls.instances = getattr(cls, 'instances', 0) + 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls

@count_instances
class D:
    def __init__(self, x):
        self.x = x

d1, d2 = D(1), D(2)
print(D.instances, d1.x, d2.x)
order = []

def trace(name):
    order.append('eval ' + name)
    def deco(cls):
        order.append('apply ' + name)
        return cls
    return deco

@trace('first')
@trace('second')
class E:
    order.append('body')

print(order)
