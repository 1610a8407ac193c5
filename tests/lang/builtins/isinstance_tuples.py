# isinstance() and issubclass() with types, tuples, nested tuples and errors.
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(1.0, (int, float)), isinstance('s', (int, (float, (str,)))), isinstance([], ()))
print(isinstance(None, type(None)), isinstance(len, object), isinstance(int, type), isinstance(type, object))
print(isinstance(1, (int, 1)), isinstance(ValueError('x'), Exception), isinstance(KeyError(), LookupError))
print(isinstance(iter([]), object), isinstance(range(3), range), isinstance(slice(1), slice))
print(isinstance(2 ** 100, int), isinstance(2 ** 100, float), isinstance(1e100, int))
for info in [1, 'int', [int], (1, int), None, (int, [str])]:
    try:
        print(isinstance('x', info))
    except TypeError as e:
        print('TypeError:', e)
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object))
print(issubclass(bool, (str, (float, int))), issubclass(type, object), issubclass(object, type))
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(int, ()), issubclass(BaseException, Exception), issubclass(Exception, BaseException))
for args in [(1, int), (int, 1), ('int', int), (int, [int]), (1, (int,)), (int, (int, 1)), (int, (1, int))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError:', e)
for f in (isinstance, issubclass):
    for args in [(), (1,), (1, 2, 3)]:
        try:
            f(*args)
        except TypeError as e:
            print('TypeError:', e)
try:
    isinstance(1, int, x=1)
except TypeError as e:
    print('TypeError:', e)
print(type(1) is int, type(1.5) is float, type(True) is bool, type('') is str, type(None).__name__)
print(type(type), type(int), type(len).__name__, type(print).__name__)
print(type(None)(), type(NotImplemented)(), type(...)())
try:
    type(None)(1)
except TypeError as e:
    print('TypeError:', e)
