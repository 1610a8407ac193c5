# Set displays of five or more constants are built like CPython's (a
# frozenset constant merged into a new set), which decides their order.
print({20, 3, 40, 5, 60}, {-1, -2, -3, -4, -5})
print({100, 200, 300, 400, 500, 600}, {33, 1, 65, 97, 129})
a, b, c, d, e = 20, 3, 40, 5, 60
print({a, b, c, d, e})
print({x for x in [20, 3, 40, 5, 60]})
print(set([20, 3, 40, 5, 60]), {*[20, 3, 40, 5, 60]})
