# The first matching handler wins; order matters.
def which(exc):
    try:
        raise exc
    except IndexError:
        return 'IndexError handler'
    except LookupError:
        return 'LookupError handler'
    except ArithmeticError:
        return 'ArithmeticError handler'
    except Exception as e:
        return 'Exception handler: ' + type(e).__name__
for exc in (IndexError, KeyError, ZeroDivisionError, OverflowError, ValueError, RuntimeError('r')):
    print(which(exc))
def tuple_handlers(exc):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        return 'VT ' + type(e).__name__
    except (KeyError,) as e:
        return 'K ' + type(e).__name__
    except ():
        return 'never'
    except BaseException as e:
        return 'base ' + type(e).__name__
for exc in (ValueError, TypeError, KeyError, SystemExit, GeneratorExit):
    print(tuple_handlers(exc))
handlers = (ZeroDivisionError, ValueError)
try:
    int('q')
except handlers as e:
    print('dynamic tuple caught', type(e).__name__)
