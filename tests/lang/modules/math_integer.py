# math integer functions: gcd, lcm, factorial, comb, perm, isqrt, prod.
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(2, 3, 4), math.lcm(-4, 6))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(30))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 101))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([2], start=5))
for fn, args in ((math.factorial, (-1,)), (math.factorial, (2.5,)), (math.isqrt, (-1,)),
                 (math.comb, (-1, 2)), (math.perm, (5, -1)), (math.gcd, (1.5, 2))):
    try:
        fn(*args)
    except (ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__ + ':', e)
