# Raising classes vs instances, and non-exception errors.
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError('inst')
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise 'string'
except TypeError as e:
    print('TypeError:', e)
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
try:
    raise int
except TypeError as e:
    print('TypeError:', e)
try:
    try:
        raise KeyError
    except (1, 2):
        print('no')
except TypeError as e:
    print('TypeError:', e)
err = ZeroDivisionError('prebuilt')
for attempt in range(2):
    try:
        raise err
    except ZeroDivisionError as e:
        print(attempt, e is err)
exc_type = IndexError
try:
    raise exc_type('dynamic')
except LookupError as e:
    print(repr(e))
