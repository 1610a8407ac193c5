# Exceptions raised by __exit__ or by truth-testing its result; suppression in generators.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressed', et.__name__, ev)
            return True
        return None

class ExitRaises:
    def __enter__(self):
        pass

    def __exit__(self, et, ev, tb):
        raise TypeError('from exit')

try:
    with ExitRaises():
        raise ValueError('original')
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)

def gen():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            yield i

print(list(gen()))

def in_function():
    with Suppress(StopIteration):
        raise StopIteration
    return 'function continues'

print(in_function())

class BoolFails:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        class Bad:
            def __bool__(self):
                raise ArithmeticError('bool of exit result')
        return Bad()

try:
    with BoolFails():
        raise KeyError('k')
except ArithmeticError as e:
    print(type(e).__name__, e)
