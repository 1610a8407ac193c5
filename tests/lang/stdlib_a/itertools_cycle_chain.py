from itertools import cycle, chain, islice

print(list(islice(cycle("abc"), 10)))
print(list(islice(cycle([1]), 3)))
print(list(cycle([])))
it = iter([1, 2])
c = cycle(it)
print(next(c), next(c), next(c), next(c))
print(list(chain()))
print(list(chain("ab", [1, 2], (3,), range(2))))
print(list(chain.from_iterable(["ab", "cd", []])))
print(list(chain.from_iterable(x * [x] for x in range(4))))
print(list(chain([], [], [5])))
g = chain([1, 2], [3])
print(next(g), list(g))
try:
    cycle(5)
except TypeError as e:
    print("TypeError", e)
try:
    list(chain([1], 2))
except TypeError as e:
    print("TypeError", e)
try:
    list(chain.from_iterable([1]))
except TypeError as e:
    print("TypeError", e)
