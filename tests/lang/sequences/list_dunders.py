# Calling list's special methods directly, and its methods through the type.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [3, 1, 2]
print(a.__len__(), a.__getitem__(0), a.__getitem__(-1), a.__contains__(2))
print(a.__add__([4]), a.__mul__(2), a.__rmul__(2), a.__repr__())
print(a.__eq__([3, 1, 2]), a.__ne__([3, 1, 2]), a.__lt__([4]), a.__le__(a), a.__gt__([]), a.__ge__([3, 2]))
print(a.__eq__('x'), a.__lt__('x'), a.__ge__(None))
check('__add__ tuple', lambda: a.__add__((1,)))
check('__mul__ str', lambda: a.__mul__('a'))
check('__mul__ float', lambda: a.__mul__(1.5))
check('__len__ arg', lambda: a.__len__(1))
check('__contains__ no arg', lambda: a.__contains__())
check('__eq__ no arg', lambda: a.__eq__())
check('__iter__ arg', lambda: a.__iter__(1))
check('__reversed__ arg', lambda: a.__reversed__(1))
print(list.__len__(a), list.__getitem__(a, 1), list.append(a, 9), a)
print(list.sort(a), a, list.index(a, 9), list.count(a, 1))
check('list.append on tuple', lambda: list.append((1,), 2))
check('list.__len__ on tuple', lambda: list.__len__((1,)))
check('list.sort on str', lambda: list.sort('ab'))
check('list.pop no self', lambda: list.pop())
check('list.copy kw', lambda: a.copy(x=1))
m = a.append
m(10)
m(11)
print(a)
print(list.__add__([1], [2]), list.__mul__([0], 3), list.__contains__([1], 1))
f = [].pop
check('bound pop empty', lambda: f())
ops = [a.reverse, a.sort, a.clear]
for op in ops:
    op()
    print(a)
