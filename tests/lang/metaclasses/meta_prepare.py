# __prepare__: the namespace the class body executes in.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', name, [b.__name__ for b in bases], kw)
        return Recorder()

    def __new__(mcls, name, bases, ns, **kw):
        print('namespace type', type(ns).__name__, 'order', ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=1):
    z = 1
    a = 2
    z = 3

    def m(self):
        pass

print(A.order, A.z, type(A.__dict__).__name__)

class Defaults(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'preset': 'from prepare', 'helper': lambda: 'helper in body'}

class B(metaclass=Defaults):
    seen = preset
    result = helper()

print(B.seen, B.result, B.preset)

class AutoNumber(dict):
    def __init__(self):
        super().__init__()
        self.count = 0

    def __missing__(self, key):
        if key.startswith('__'):
            raise KeyError(key)
        self.count += 1
        self[key] = self.count
        return self.count

class Enumish(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNumber()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))

class Color(metaclass=Enumish):
    RED
    GREEN
    BLUE

print(Color.RED, Color.GREEN, Color.BLUE)
print(type.__prepare__('X', ()), type(type.__prepare__()).__name__)
