# tuple + tuple, tuple * n and their errors.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = (1, 2)
print(a + (3,), (3,) + a, a + (), () + a, () + (), (a + ()) is a, (() + a) is a)
print(a * 2, 2 * a, a * 0, a * -1, () * 5, (a * 1) is a, (1 * a) is a, a * True)
print(((1,) * 3), ((),) * 2, (None,) * 0)
check('tuple + list', lambda: (1,) + [2])
check('tuple + str', lambda: (1,) + 'a')
check('tuple + int', lambda: (1,) + 1)
check('tuple + None', lambda: () + None)
check('list + tuple', lambda: [1] + (2,))
check('int + tuple', lambda: 1 + (2,))
check('tuple * str', lambda: (1,) * 'a')
check('tuple * float', lambda: (1,) * 2.0)
check('float * tuple', lambda: 2.0 * (1,))
check('tuple * tuple', lambda: (1,) * (2,))
check('None * tuple', lambda: None * (1,))
check('tuple - tuple', lambda: (1,) - (1,))
check('huge', lambda: (0,) * 10 ** 12)
check('overflow', lambda: (0,) * 10 ** 20)
check('empty overflow', lambda: () * 10 ** 20)
check('__add__ list', lambda: (1,).__add__([1]))
check('__mul__ none', lambda: (1,).__mul__(None))
check('__rmul__ 2', lambda: (1,).__rmul__(2))
check('__eq__ list', lambda: (1,).__eq__([1]))
m = ([0],) * 2
m[0].append(1)
print(m)
acc = ()
for i in range(4):
    acc += (i,)
print(acc)
acc *= 2
print(acc)
print(len((1, 2, 3) * 1000))
