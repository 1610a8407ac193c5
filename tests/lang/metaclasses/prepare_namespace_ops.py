# Class bodies run against a __prepare__ mapping: loads, stores, deletes and their errors.
class LoggingNS(dict):
    def __getitem__(self, key):
        print('get', key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            print('set', key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        print('del', key)
        super().__delitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingNS()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


GLOBAL = 'global value'


class A(metaclass=Meta):
    x = 1
    y = x + 1
    g = GLOBAL
    n = len('abc')
    tmp = 5
    del tmp


print(A.x, A.y, A.g, A.n, hasattr(A, 'tmp'))


class Failing(dict):
    def __getitem__(self, key):
        if key == 'boom':
            raise ValueError('lookup failed')
        return super().__getitem__(key)


class FailMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        ns = Failing()
        ns['boom'] = 1
        return ns


try:
    class B(metaclass=FailMeta):
        z = boom
except ValueError as e:
    print(type(e).__name__, e)


class Defaulting(dict):
    def __missing__(self, key):
        return 'missing:' + key


class DefaultMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaulting()


try:
    class C(metaclass=DefaultMeta):
        value = undefined_name
    print(C.value)
except NameError as e:
    print(type(e).__name__, e)
try:
    class D(metaclass=Meta):
        del never_defined
except NameError as e:
    print(type(e).__name__, e)
