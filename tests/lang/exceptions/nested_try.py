# Nested try statements and propagation through frames.
def inner(kind):
    try:
        if kind == 'value':
            raise ValueError('inner value')
        if kind == 'type':
            raise TypeError('inner type')
        return 'inner ok'
    except ValueError as e:
        return 'inner handled ' + str(e)
    finally:
        print('inner finally', kind)
def outer(kind):
    try:
        return inner(kind)
    except TypeError as e:
        return 'outer handled ' + str(e)
    finally:
        print('outer finally', kind)
for k in ('ok', 'value', 'type'):
    print(outer(k))
try:
    try:
        try:
            raise KeyError('deep')
        except IndexError:
            print('wrong handler')
    except ValueError:
        print('wrong handler')
except LookupError as e:
    print('third level caught', repr(e))
def raiser(n):
    if n == 0:
        raise RuntimeError('bottom')
    try:
        raiser(n - 1)
    finally:
        print('unwinding', n)
try:
    raiser(3)
except RuntimeError as e:
    print('caught', e)
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')
except TypeError as e:
    print('replaced:', e, '| context:', e.__context__)
