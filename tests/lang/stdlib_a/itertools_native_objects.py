import itertools as it

for obj in [it.count(), it.permutations("ab"), it.combinations("abc", 2),
            it.combinations_with_replacement("ab", 2), it.product("ab")]:
    t = type(obj)
    print(t.__name__, t.__module__, iter(obj) is obj, next(obj))
c = it.count(2**62)
print(next(c), next(c), repr(c))
c = it.count(-1.5, -0.25)
print(next(c), next(c), repr(c))
c = it.count(10, 2**70)
print(next(c), next(c), repr(c))
c = it.count(True)
print(next(c), next(c))
p = it.permutations(range(4), 2)
print(next(p), list(it.islice(p, 3)), len(list(p)), list(p))
g = it.product(range(3), repeat=2)
print(list(zip(g, g)))
for f in [lambda: it.permutations("abc", 10**20), lambda: it.combinations("abc", 10**20),
          lambda: it.combinations_with_replacement("abc", 10**20), lambda: it.product("a", repeat=10**20)]:
    try:
        f()
    except OverflowError as e:
        print("OverflowError", e)
print(repr(it.count(True)), repr(it.count(False, True)), repr(it.count(1, 1.0)))
print(sorted(it.combinations([3, 1, 2], 2)), max(it.product([1, 2], [3])))
try:
    next(it.permutations([], 1))
except StopIteration:
    print("StopIteration")
d = {k: v for k, v in it.product("ab", range(2))}
print(d)
print(list(map(sum, it.combinations_with_replacement([1, 10, 100], 2))))
