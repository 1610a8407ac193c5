# raise ... from ..., implicit __context__, __suppress_context__, __cause__.
class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f'bad value {text!r}') from e


try:
    load('x')
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        {}['k']
    except KeyError:
        raise ConfigError('implicit chain')
except ConfigError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ConfigError('suppressed') from None
except ConfigError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise ConfigError('cause is a class') from KeyError
except ConfigError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))

try:
    raise ConfigError('bad cause') from 5
except TypeError as e:
    print(type(e).__name__, e)


class Wrapper(Exception):
    def __init__(self, inner):
        super().__init__(str(inner))
        self.inner = inner


try:
    try:
        raise KeyError('deep')
    except KeyError as inner:
        raise Wrapper(inner) from inner
except Wrapper as w:
    print(w, w.inner is w.__cause__, repr(w.inner))

e = ConfigError('manual')
e.__cause__ = ValueError('set by hand')
print(e.__suppress_context__, type(e.__cause__).__name__)
try:
    e.__cause__ = 'not an exception'
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
e2 = ConfigError()
print(e2.__cause__, e2.__context__, e2.__traceback__, e2.__suppress_context__)
