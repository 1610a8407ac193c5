# Three chained exceptions, implicit and explicit.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError('k') from e
except KeyError:
    raise IndexError('final')
