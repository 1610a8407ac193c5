# __prepare__ returning bad namespaces; namespace protocols used by class bodies.
def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', cls)
    except Exception as e:
        print(label, type(e).__name__, e)

class ReturnsInt(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5

class ReturnsNone(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return None

class NotClassmethod(type):
    def __prepare__(name, bases):
        return {'from_plain_function': True}

class Raises(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        raise KeyError('prepare failed')

def make_int():
    class A(metaclass=ReturnsInt):
        pass
    return A

def make_none():
    class B(metaclass=ReturnsNone):
        pass
    return B

def make_plain():
    class C(metaclass=NotClassmethod):
        pass
    return C.from_plain_function

def make_raises():
    class D(metaclass=Raises):
        pass
    return D

attempt('int', make_int)
attempt('none', make_none)
attempt('plain function', make_plain)
attempt('raises', make_raises)
