# __round__, __trunc__, __floor__, __ceil__ and round()'s argument handling.
import math


class R:
    def __round__(self, ndigits=None):
        return ('round', ndigits)

    def __trunc__(self):
        return 'trunc'

    def __floor__(self):
        return 'floor'

    def __ceil__(self):
        return 'ceil'


r = R()
print(round(r), round(r, 2), round(r, None), round(r, ndigits=-1))
print(math.trunc(r), math.floor(r), math.ceil(r))


class OneArg:
    def __round__(self):
        return 'one-arg'


print(round(OneArg()))
try:
    round(OneArg(), 1)
except TypeError as e:
    print(type(e).__name__, e)


class Nothing:
    pass


for fn in [lambda: round(Nothing()), lambda: math.trunc(Nothing()),
           lambda: math.floor(Nothing()), lambda: math.ceil(Nothing())]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)


class FloatLike:
    def __float__(self):
        return 2.7


print(math.floor(FloatLike()), math.ceil(FloatLike()))
try:
    round(FloatLike())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 'x')
except TypeError as e:
    print(type(e).__name__, e)


class IntSub(int):
    def __round__(self, n=None):
        return 'IntSub round'


print(round(IntSub(5)), round(IntSub(5), 1), math.floor(IntSub(5)), type(math.floor(IntSub(5))).__name__)
print(round(2.675, 2), round(-0.5), round(1.5), round(25, -1), round(35, -1))
