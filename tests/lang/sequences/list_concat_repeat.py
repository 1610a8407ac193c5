# list + list, list * n, n * list and their errors.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2]
b = ['x']
c = a + b
print(c, c is a, a, b, a + [], [] + a, [] + [])
print(a * 3, 3 * a, a * 1, a * 0, a * -5, [] * 10, b * True, False * b)
d = a * 1
print(d == a, d is a)
rows = [[0] * 2] * 3
rows[0][0] = 'same object'
print(rows)
check('list + tuple', lambda: [1] + (2,))
check('list + str', lambda: [1] + 'ab')
check('list + int', lambda: [1] + 1)
check('list + None', lambda: [1] + None)
check('list + range', lambda: [1] + range(2))
check('tuple + list', lambda: (1,) + [2])
check('int + list', lambda: 1 + [2])
check('list * str', lambda: [1] * 'a')
check('list * float', lambda: [1] * 1.0)
check('float * list', lambda: 2.0 * [1])
check('list * list', lambda: [1] * [2])
check('list * None', lambda: [1] * None)
check('None * list', lambda: None * [1])
check('list - list', lambda: [1] - [1])
check('list / 2', lambda: [1] / 2)
check('list % 2', lambda: [1] % 2)
check('-list', lambda: -[1])
check('huge', lambda: [0] * 10 ** 12)
check('huge rev', lambda: 10 ** 12 * [0, 1])
check('overflow', lambda: [0] * 10 ** 20)
check('overflow empty', lambda: [] * 10 ** 20)
check('overflow neg', lambda: [0] * -10 ** 20)
check('huge empty', lambda: [] * 2 ** 62)
check('2**62', lambda: [1, 2] * 2 ** 62)
check('negative big ok', lambda: [1] * -(2 ** 62))
print(len([None] * 1000), len([1, 2, 3] * 333), ([1, 2] * 3)[::2])
e = [[]] + [[]]
e[0].append(1)
print(e)
s = [1, [2]]
t = s + s
t[1].append(3)
print(s, t)
