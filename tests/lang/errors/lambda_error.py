# Error raised inside a lambda called via map.
print(list(map(lambda x: 10 // x, [1, 2, 5])))
print(list(map(lambda x: 10 // x, [1, 0])))
