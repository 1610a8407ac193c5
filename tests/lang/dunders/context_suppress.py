# __exit__ returning true suppresses exceptions; exceptions raised in __exit__.
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

with Suppress(ZeroDivisionError):
    1 / 0
    print('not reached')
print('after first')
with Suppress(KeyError, IndexError):
    [][0]
try:
    with Suppress(KeyError):
        int('x')
except ValueError as e:
    print('escaped', e)

class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return 'non-empty string'

with Truthy():
    raise RuntimeError('swallowed')
print('swallowed by truthy return')

class Falsy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return []

try:
    with Falsy():
        raise RuntimeError('kept')
except RuntimeError as e:
    print('kept', e)
