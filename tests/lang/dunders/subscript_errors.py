# Error messages for subscripting objects that do not support it.
class Plain:
    pass


class OnlyLen:
    def __len__(self):
        return 1


p = Plain()
five, none = 5, None
tests = [
    ('get', lambda: p[0]),
    ('set', lambda: p.__setitem__(0, 1)),
    ('class get', lambda: Plain[0]),
    ('len plain', lambda: len(p)),
    ('len int', lambda: len(5)),
    ('get int', lambda: five[0]),
    ('get None', lambda: none['k']),
    ('get func', lambda: len[0]),
    ('onlylen get', lambda: OnlyLen()[0]),
]
for label, fn in tests:
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)

try:
    p[0] = 1
except TypeError as e:
    print('assign', type(e).__name__, e)
try:
    del p[0]
except TypeError as e:
    print('delete', type(e).__name__, e)
try:
    p[0] += 1
except TypeError as e:
    print('augassign', type(e).__name__, e)
try:
    Plain[0] = 1
except TypeError as e:
    print('class assign', type(e).__name__, e)
try:
    x = 5
    x[0] = 1
except TypeError as e:
    print('int assign', type(e).__name__, e)
try:
    del 'abc'[0]
except TypeError as e:
    print('str delete', type(e).__name__, e)
try:
    (1, 2)[0] = 3
except TypeError as e:
    print('tuple assign', type(e).__name__, e)
try:
    [1][none]
except TypeError as e:
    print('list None', type(e).__name__, e)
try:
    {}[[1]]
except TypeError as e:
    print('dict list key', type(e).__name__, e)
