# Set operations on keys and items views; results are sets.
a = {1: 10, 2: 20, 3: 30}
b = {2: 21, 3: 30, 4: 40}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb, ka - kb, ka ^ kb)
print(ka & {3, 9}, ka | {0}, ka - {1, 2}, ka ^ {1, 7})
print({3, 9} & ka, {0} | ka, {1, 2, 5} - ka, {1, 7} ^ ka)
print(ka & [2, 2, 5], ka | (8,), ka - range(2), ka ^ [3])
print([2, 5] & ka, (8,) | ka, range(3) - ka, [3, 9] ^ ka)
ia, ib = a.items(), b.items()
print(ia & ib, ia - ib, ib - ia)
print(ia ^ ib, len(ia | ib), ib ^ ia)
print(ia & {(1, 10), (5, 50)}, ia - {(2, 20)})
print(type(ka & kb).__name__, type(ka | []).__name__, type(ia - []).__name__)
print(ka & {}.keys(), {}.keys() | {}.keys(), ka - ka, ka ^ ka, ka & ka)
print(a.keys() & b, a.keys() - b, a.keys() | {5: 0})
for bad in [1, None]:
    for name, f in [('&', lambda: ka & bad), ('|', lambda: ka | bad),
                    ('-', lambda: ka - bad), ('^', lambda: ka ^ bad)]:
        try:
            f()
        except TypeError as e:
            print(name, 'TypeError:', e)
try:
    a.values() | {1}
except TypeError as e:
    print('TypeError:', e)
try:
    a.values() & a.values()
except TypeError as e:
    print('TypeError:', e)
big = {i: i for i in range(20)}
print(big.keys() & {5, 15, 25}, big.keys() - set(range(3, 20)))
