# OverflowError cases for floats and int/float conversion.
cases = [
    ('float(10**400)', lambda: float(10 ** 400)),
    ('2.0**10000', lambda: 2.0 ** 10000),
    ('10**400 / 1', lambda: 10 ** 400 / 1),
    ('1 / 10**400', lambda: 1 / 10 ** 400),
    ('10**400 * 1.0', lambda: 10 ** 400 * 1.0),
    ('1e308 * 10', lambda: 1e308 * 10),
    ('1.5e300 * 1e10', lambda: 1.5e300 * 1e10),
    ('int(inf)', lambda: int(float('inf'))),
    ('int(nan)', lambda: int(float('nan'))),
    ('(10**400) // 1.0', lambda: 10 ** 400 // 1.0),
    ('10**400 + 0.5', lambda: 10 ** 400 + 0.5),
    ('10.0 ** 400', lambda: 10.0 ** 400),
    ('(-10.0) ** 401', lambda: (-10.0) ** 401),
    ('round(1e308, -400)', lambda: round(1e308, -400)),
    ('10**400 < 1e308', lambda: 10 ** 400 < 1e308),
    ('10**400 == inf', lambda: 10 ** 400 == float('inf')),
]
for label, fn in cases:
    try:
        print(label, '=', fn())
    except (OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)
