# An exception in finally replaces the one in flight.
try:
    raise ValueError('original')
finally:
    print('finally block')
    raise KeyError('from finally')
