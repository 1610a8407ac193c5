# __int__, __float__, __index__ fallbacks and return-type errors.
import math


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Full:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __index__(self):
        return 9


f = Full()
attempt('int', lambda: int(f))
attempt('float', lambda: float(f))
attempt('hex uses index', lambda: hex(f))


class OnlyIndex:
    def __index__(self):
        return 4


attempt('int via index', lambda: int(OnlyIndex()))
attempt('float via index', lambda: float(OnlyIndex()))


class OnlyFloat:
    def __float__(self):
        return 1.25


attempt('int of OnlyFloat', lambda: int(OnlyFloat()))


class BadInt:
    def __int__(self):
        return 'seven'


class BadFloat:
    def __float__(self):
        return 3


class IntSubResult:
    def __int__(self):
        return True


attempt('bad int', lambda: int(BadInt()))
attempt('bad float', lambda: float(BadFloat()))
attempt('int of plain', lambda: int(object()))
attempt('float of plain', lambda: float(object()))
attempt('math.floor', lambda: math.floor(Full()))
attempt('math.sqrt', lambda: math.sqrt(Full()))
attempt('int base', lambda: int(Full(), 10))
