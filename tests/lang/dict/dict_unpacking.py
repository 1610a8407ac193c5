# {**a}, dict displays with unpacking, and ** in calls.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print({**a}, {**a, **b}, {**b, **a}, {'y': 0, **a}, {**a, 'y': 0})
print({**{}}, {**a, **{}}, {**dict(p=1)}, {**{1: 'int'}, **{1.0: 'float'}})
print({**a.copy(), 'new': True}, {**{i: i for i in range(3)}, 1: 'one'})
def kw(**k):
    return k
print(kw(**a), kw(**a, z=3), kw(w=0, **b), kw(**a, **{'q': 9}))
for bad in [1, [('k', 'v')], None, 'ab']:
    try:
        print({**bad})
    except TypeError as e:
        print('TypeError:', e)
try:
    kw(**a, **{'x': 9})
except TypeError as e:
    print('TypeError:', e)
try:
    kw(**5)
except TypeError as e:
    print('TypeError:', e)
print({**{'a': 1}.copy()} == {'a': 1}, len({**a, **a}))
