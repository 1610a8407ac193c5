# == and != between dicts; ordering comparisons are TypeErrors.
print({} == {}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 1})
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 2}, {1: 2} != {1: 2, 3: 4})
print({'a': {'b': {'c': 1}}} == {'a': {'b': {'c': 1}}}, {'a': {'b': 1}} == {'a': {'b': 2}})
print({1: (1, 2)} == {1: (1, 2)}, {1: (1, 2)} == {1: (1, 3)}, {1: None} == {1: None})
print({} == [], {} != [], {1: 2} == {1: 2}.items(), {} == set(), {} == 0)
nan = float('nan')
d = {1: nan}
print(d == d, d == {1: nan}, {1: 1.0} == {1: 1}, {1: True} == {1: 1})
for op in ['<', '<=', '>', '>=']:
    for other in [{}, [], 1]:
        try:
            if op == '<':
                {} < other
            elif op == '<=':
                {} <= other
            elif op == '>':
                {} > other
            else:
                {} >= other
        except TypeError as e:
            print('TypeError:', e)
try:
    [] < {}
except TypeError as e:
    print('TypeError:', e)
print({}.__eq__({}), {}.__eq__([]), {}.__ne__({1: 2}), {}.__lt__({}))
print(dict.__hash__, {1: {}} == {1: {}})
try:
    hash_me = {{}: 1}
except TypeError as e:
    print('TypeError:', e)
