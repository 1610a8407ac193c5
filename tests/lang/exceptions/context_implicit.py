# Implicit exception context from except and finally blocks.
def in_except():
    try:
        raise KeyError('a')
    except KeyError:
        return {}['b']
try:
    in_except()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__)
def in_finally():
    try:
        raise ValueError('body')
    finally:
        raise TypeError('finally')
try:
    in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def handled_then_raise():
    try:
        raise ValueError('handled')
    except ValueError:
        pass
    raise TypeError('after')
try:
    handled_then_raise()
except TypeError as e:
    print(repr(e), e.__context__)
def same_exception_twice():
    err = ValueError('same')
    try:
        raise err
    except ValueError:
        raise err
try:
    same_exception_twice()
except ValueError as e:
    print(repr(e), e.__context__)
def chain_three():
    try:
        try:
            raise IndexError(1)
        except IndexError:
            raise KeyError(2)
    except KeyError:
        raise ValueError(3)
try:
    chain_three()
except ValueError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)
