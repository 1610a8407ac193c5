# Exception args, str and repr.
cases = [
    ValueError(),
    ValueError('one'),
    ValueError('a', 'b'),
    ValueError(42),
    KeyError('k'),
    KeyError(),
    KeyError('a', 'b'),
    IndexError(3),
    Exception(None),
    RuntimeError(''),
    TypeError(['list']),
    StopIteration(5),
    OSError('plain'),
]
for e in cases:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('x')
e.args = ('changed', 1)
print(e, e.args)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)
print(StopIteration(7).value, StopIteration().value)
print(repr(AssertionError('msg')), repr(ZeroDivisionError('division by zero')))
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code)
print(repr(KeyboardInterrupt()), repr(NotImplementedError('todo')))
