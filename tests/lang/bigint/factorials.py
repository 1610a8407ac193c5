# Big factorials and products.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (20, 21, 25, 50, 100):
    print(n, fact(n))
f = fact(200)
print(len(str(f)), str(f)[:20], str(f)[-5:], f % 1000003)
print(fact(30) // fact(28), fact(100) // fact(98) == 100 * 99)
print(sum(int(d) for d in str(fact(100))))
print(fact(25) == 15511210043330985984000000)
