# math domain and range errors.
import math
cases = [
    ('sqrt(-1)', lambda: math.sqrt(-1)), ('log(0)', lambda: math.log(0)), ('log(-1)', lambda: math.log(-1)),
    ('log(10, 1)', lambda: math.log(10, 1)), ('log2(0)', lambda: math.log2(0)), ('log10(-5)', lambda: math.log10(-5)),
    ('log1p(-1)', lambda: math.log1p(-1)), ('acos(2)', lambda: math.acos(2)), ('asin(-1.5)', lambda: math.asin(-1.5)),
    ('acosh(0.5)', lambda: math.acosh(0.5)), ('atanh(1)', lambda: math.atanh(1)), ('exp(1000)', lambda: math.exp(1000)),
    ('pow(0, -1)', lambda: math.pow(0, -1)), ('pow(-2, 0.5)', lambda: math.pow(-2, 0.5)),
    ('pow(10, 400)', lambda: math.pow(10, 400)), ('fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('fmod(inf, 1)', lambda: math.fmod(math.inf, 1)), ('sin(inf)', lambda: math.sin(math.inf)),
    ('cosh(1000)', lambda: math.cosh(1000)), ('ldexp(1, 5000)', lambda: math.ldexp(1, 5000)),
    ('sqrt("x")', lambda: math.sqrt('x')), ('sqrt(10**400)', lambda: math.sqrt(10 ** 400)),
    ('log(0.0)', lambda: math.log(0.0)), ('expm1(1000)', lambda: math.expm1(1000)),
]
for label, fn in cases:
    try:
        print(label, '=', fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, '->', type(e).__name__ + ':', e)
print(math.sqrt(math.inf), math.log(math.inf), math.exp(-math.inf), math.atan(-math.inf))
print(math.sqrt(math.nan), math.sin(math.nan), math.exp(math.nan), math.isnan(math.log(math.nan)))
