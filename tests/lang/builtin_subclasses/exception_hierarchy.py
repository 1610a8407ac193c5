# Catching custom exceptions by base class, except-clause order, tuples.
class Base(Exception):
    pass

class NetworkError(Base):
    pass

class Timeout(NetworkError):
    pass

class DiskError(Base, OSError):
    pass

def raise_it(cls):
    try:
        raise cls('boom')
    except Timeout:
        return 'Timeout handler'
    except NetworkError:
        return 'NetworkError handler'
    except (KeyError, DiskError) as e:
        return f'tuple handler {type(e).__name__}'
    except Base:
        return 'Base handler'
    except Exception as e:
        return 'generic ' + type(e).__name__

for cls in [Timeout, NetworkError, DiskError, Base, KeyError, ValueError]:
    print(cls.__name__, '->', raise_it(cls))
print([c.__name__ for c in DiskError.__mro__])
print(issubclass(DiskError, OSError), isinstance(DiskError(), EnvironmentError))
d = DiskError(2, 'No such file')
print(d.errno, d.strerror, d.args, str(d))
try:
    raise Timeout
except Base as e:
    print(type(e).__name__, repr(e), e.args)

class NotAnException:
    pass

try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise Timeout('x')
    except NotAnException:
        pass
except TypeError as e:
    print(type(e).__name__, e)

class MyGroup(Exception):
    def __init__(self, *errors):
        super().__init__(f'{len(errors)} errors')
        self.errors = errors

try:
    raise MyGroup(Timeout('a'), DiskError('b'))
except MyGroup as g:
    print(g, [type(x).__name__ for x in g.errors])

class Exit(BaseException):
    pass

try:
    try:
        raise Exit('not caught by Exception')
    except Exception:
        print('wrong handler')
except BaseException as e:
    print('BaseException handler:', type(e).__name__, e)
