# id() identity rules and hash() of numbers and immutables.
a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), id(a) != id(b), type(id(a)).__name__)
x = 'text'
y = x
print(id(x) == id(y), id(None) == id(None), id(len) == id(len), id(int) == id(int))
print(id(True) == id(True), id(True) != id(False), id(a) == id(a[:]) if False else 'skip')
for v in (0, 1, -1, -2, 10 ** 20, -(10 ** 20), 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 3, True, False):
    print(repr(v), hash(v))
for v in (0.0, -0.0, 0.5, 1.0, -1.0, 1.5, 3.14, 1e300, 2.0 ** 70, float('inf'), float('-inf')):
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(2.0 ** 70), hash(0.5) == hash(0.5))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print(hash(None) == hash(None), hash(len) == hash(len), type(hash('x')).__name__)
print((5).__hash__(), (2.5).__hash__(), hash(-1) == (-1).__hash__())
for bad in ([], {}, [1, 2], ([],), ({},)):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
for fn in (id, hash):
    try:
        fn()
    except TypeError as e:
        print('TypeError:', e)
    try:
        fn(1, 2)
    except TypeError as e:
        print('TypeError:', e)
    try:
        fn(obj=1)
    except TypeError as e:
        print('TypeError:', e)
