# Bare raise re-raises the current exception.
def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling, then re-raising')
        raise
try:
    f()
except ValueError as e:
    print('caught again:', e)
def g():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    raise err
try:
    g()
except KeyError as e:
    print('re-raised saved exception:', repr(e))
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise
try:
    h()
except ZeroDivisionError as e:
    print('outer exception restored:', e)
try:
    try:
        raise IndexError('idx')
    finally:
        print('finally sees exception in flight')
except IndexError as e:
    print('propagated:', e)
