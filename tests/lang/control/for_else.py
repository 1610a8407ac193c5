# for loops with else, break and continue.
for i in range(3):
    print('i', i)
else:
    print('for else runs')
for i in range(10):
    if i == 4:
        print('break at', i)
        break
else:
    print('not printed')
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return idx
print(find('abcdef', 'd'), find('abc', 'z'), find([], 1))
for x in []:
    print('never')
else:
    print('else of empty loop')
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for i in range(5):
    if i % 2 == 0:
        continue
    print('odd', i)
else:
    print('continue does not skip else')
for ch in 'hey':
    pass
print(ch)
