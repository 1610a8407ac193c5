# Sorting where the outcome depends on the exact comparisons made: NaNs
# (an inconsistent order) and comparisons that raise part-way. Long lists
# exercise run detection, merging and galloping.
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

nan = float('nan')
for n in (10, 70, 300, 1500):
    a = []
    for i in range(n):
        c = rnd(25)
        a.append(nan if c == 0 else (rnd(100) if c % 3 else i))
    b = a[:]
    a.sort()
    b.sort(key=lambda x: x, reverse=True)
    print(n, a[:: max(1, n // 20)])
    print(n, b[:: max(1, n // 20)])
for n in (5, 60, 200, 1000, 2500):
    a = [rnd(1000) if rnd(3) else i for i in range(n)]
    a[rnd(n)] = None
    try:
        a.sort(reverse=n % 2)
    except TypeError as e:
        print('TypeError', e)
    print(n, a[:: max(1, n // 25)])
calls = 0
def counting_key(v):
    global calls
    calls += 1
    return v
runs = list(range(500)) + list(range(600, 100, -1)) + [rnd(1000) for _ in range(300)]
runs.sort(key=counting_key)
print(calls, runs[::60])
