# dict equality ignores order; nested comparisons; hashability errors.
a = {'x': 1, 'y': [1, 2]}
b = {'y': [1, 2], 'x': 1}
print(a == b, a != b, list(a) == list(b))
print({1: {2: {3: 'deep'}}} == {1: {2: {3: 'deep'}}}, {1: 2} == {1: 2, 3: 4})
print({} == {}, {} == [], dict() == {}, {1: None} == {1: None})
try:
    {{}: 1}
except TypeError as e:
    print('TypeError:', e)
try:
    {[1, 2]: 'list key'}
except TypeError as e:
    print('TypeError:', e)
try:
    {'a': 1}.get([])
except TypeError as e:
    print('TypeError:', e)
try:
    d = {}
    d[{1}] = 2
except TypeError as e:
    print('TypeError:', e)
print(len({(1, (2, 3)): 1, (1, (2, 3)): 2}), {frozenset({1, 2}): 'ok'}[frozenset({2, 1})])
