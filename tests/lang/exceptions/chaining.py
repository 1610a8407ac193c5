# raise from, __cause__, __context__, __suppress_context__.
try:
    try:
        raise KeyError('first')
    except KeyError as e:
        raise ValueError('second') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('implicit')
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('hidden') from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError('x') from TypeError('cause only')
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
e = ValueError('fresh')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise IndexError('with class cause') from KeyError
except IndexError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError:', e)
