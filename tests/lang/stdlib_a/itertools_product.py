from itertools import product

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1, 2], repeat=2))[:6])
print(list(product()))
print(list(product("ab", [])))
print(list(product([], repeat=0)))
print(list(product("ab", repeat=0)))
print(len(list(product(range(4), range(5), range(6)))))
g = product(iter([1, 2]), iter("xy"))
print(next(g), next(g), list(g))
try:
    product("ab", repeat=-1)
except ValueError as e:
    print("ValueError", e)
try:
    product(1, 2)
except TypeError as e:
    print("TypeError", e)
