# Generator expressions.
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2))
print(max((len(w), w) for w in ['a', 'ccc', 'bb']))
print(list((i, j) for i in range(3) for j in range(i)))
print(''.join(c.upper() for c in 'abc'))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5]))
print(sorted((x % 3 for x in range(9)), reverse=True))
items = [1, 2, 3]
g = (x for x in items)
items.append(4)
print(list(g))
x = 'outer'
g = (x for x in 'ab')
print(list(g), x)
def src():
    print('first iterable evaluated eagerly')
    return range(3)
g = (i for i in src())
print('before iterating')
print(list(g))
try:
    g = (1 / i for i in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(tuple(c for c in 'xyz'), set(n % 2 for n in range(5)))
print(dict((k, k * k) for k in range(3)))
print(list(zip((a for a in 'abc'), (b for b in range(10)))))
