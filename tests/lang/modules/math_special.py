# math.fsum, erf, erfc, gamma, lgamma.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.fsum([1, 2, 3]), math.fsum(x / 10 for x in range(11)), math.fsum([math.inf, 1]))
for x in (0.0, 0.5, 1.0, -1.0, 2.0, 3.0):
    print(x, math.erf(x), math.erfc(x))
for x in (1, 2, 5, 0.5, 1.5, -0.5, 10, 171):
    print(x, math.gamma(x), math.lgamma(x))
print(math.lgamma(1000), math.lgamma(-0.5), math.gamma(0.001))
for v in (0, -1, -2.0):
    try:
        math.gamma(v)
    except ValueError as e:
        print('gamma', v, 'ValueError:', e)
try:
    math.gamma(172)
except OverflowError as e:
    print('OverflowError:', e)
