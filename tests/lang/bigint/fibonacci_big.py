# Big Fibonacci numbers and gcd via Euclid.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
for n in (90, 93, 94, 100, 300):
    print(n, fib(n))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(fib(300), fib(200)) == fib(100), gcd(2 ** 100, 6 ** 40), gcd(-(10 ** 30), 10 ** 20))
print(fib(500) % 1000000007, str(fib(1000))[:30], len(str(fib(1000))))
