# Chained comparisons evaluate each middle operand once and short-circuit.
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3))
print(log)
log.clear()
print(v(1) < v(0) < v(3))
print(log)
log.clear()
print(v(3) > v(2) > v(1) > v(0))
print(log)
log.clear()
print(v(1) == v(1) != v(2) <= v(2) >= v(0))
print(log)
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1.0 == True)
print(1 < 2 > 1, 2 < 1 < 3, 'a' < 'b' < 'c', [1] < [2] < [3])
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]])
one = 1
print(None is None is not one)
print(None is None is None, 2 != 3 != 2)
log.clear()
r = v(5) in [v(1), v(5)] not in [[1]]
print(r, log)
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3))
