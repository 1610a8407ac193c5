# Float arithmetic including special values.
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf * -inf, inf / inf, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan - nan, nan ** 0, 1 ** nan, inf ** 0, 0.0 ** 0)
print(inf > 1e308, -inf < -1e308, inf == inf, -inf == -inf, inf == -inf)
print(0.0 == -0.0, 1 / inf == 0, str(-1 / inf), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -1)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print(2.0 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 4.0 ** 0.5, 10.0 ** 308)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2, 0.3 % 0.1, 1.0 % 0.1)
print(inf // 1 if False else 'skip', inf % 2 if False else 'skip', 5.0 // inf, -5.0 // inf, 5.0 % inf, -5.0 % inf)
print(1.1 + 2.2, 1.1 * 3, 0.1 * 0.1, 1e16 + 1, 1e16 + 2, 0.1 + 0.7)
print(abs(-inf), abs(nan), -nan != -nan, max(1.0, inf), min(-inf, 0.0))
total = 0.0
for _ in range(1000):
    total += 0.001
print(total, round(total, 10))
cases = {'inf % 2': lambda: inf % 2, 'inf // 1': lambda: inf // 1,
         'divmod(inf, 1)': lambda: divmod(inf, 1)}
for expr, fn in cases.items():
    try:
        print(expr, fn())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)
