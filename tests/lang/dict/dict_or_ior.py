# The | and |= operators on dicts.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
c = a | b
print(c, a, b, c is a, b | a, a | {}, {} | a)
a2 = a
a2 |= b
print(a2 is a, a)
a |= [('w', 0), ('x', 'pairs')]
print(a)
a |= {'v': 1}.items()
print(a)
a |= ()
print(a)
for bad in [[1, 2], 5, None, [('k', 1)], {1}, 'ab']:
    try:
        print(a | bad)
    except TypeError as e:
        print('TypeError:', e)
    try:
        print(bad | a)
    except TypeError as e:
        print('TypeError:', e)
for bad in [5, [1], [(1, 2, 3)], None]:
    e = {}
    try:
        e |= bad
        print(e)
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ':', err)
f = {1: 'one'}
f |= {1.0: 'float one', True: 'bool one'}
print(f, {1: 'a'} | {1.0: 'b'})
print({}.__or__([]), {}.__ror__({1: 2}), {1: 2}.__or__({3: 4}))
