# Raising exception classes vs instances, custom __init__ signatures, re-raising.
class NeedsArgs(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code


class Defaulted(Exception):
    def __init__(self, msg='defaulted'):
        super().__init__(msg)


try:
    raise Defaulted
except Defaulted as e:
    print(type(e).__name__, e, e.args)
try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NeedsArgs(1, 'one')
except NeedsArgs as e:
    print(e.code, e.args, str(e))


def reraiser():
    try:
        raise NeedsArgs(2, 'two')
    except NeedsArgs:
        raise


try:
    reraiser()
except NeedsArgs as e:
    print('re-raised', e.code)


class Factory(Exception):
    @classmethod
    def missing(cls, what):
        return cls(f'missing {what}')


try:
    raise Factory.missing('thing')
except Factory as e:
    print(type(e).__name__, e)


class NotException:
    def __init__(self):
        pass


for thing in [NotException, NotException(), 5, 'str']:
    try:
        raise thing
    except TypeError as e:
        print(type(e).__name__, e)


class NewReturnsOther(Exception):
    def __new__(cls, *args):
        return ValueError('substituted')


try:
    raise NewReturnsOther
except ValueError as e:
    print('raising a class whose __new__ substitutes:', type(e).__name__, e)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NewReturnsOther()
except ValueError as e:
    print('instance form:', type(e).__name__, e)
