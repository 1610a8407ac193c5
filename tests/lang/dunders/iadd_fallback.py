# In-place operators: __iadd__ first, then __add__, then __radd__.
class Acc:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        print('__iadd__')
        self.items += list(other)
        return self

    def __add__(self, other):
        print('__add__')
        return Acc(self.items + list(other))

a = Acc([1])
alias = a
a += [2]
print(a.items, a is alias)
a = a + [3]
print(a.items, a is alias)

class NoIadd:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print('NoIadd.__add__')
        return NoIadd(self.n + other)

x = NoIadd(1)
orig = x
x += 5
print(x.n, x is orig)

class IaddNotImpl:
    def __iadd__(self, other):
        print('__iadd__ declines')
        return NotImplemented

    def __add__(self, other):
        print('__add__ used')
        return 'sum'

y = IaddNotImpl()
y += 1
print(y)

class RaddOnly:
    def __radd__(self, other):
        return 'radd ' + str(other)

z = 10
z += RaddOnly()
print(z)

class IaddReturnsOther:
    def __iadd__(self, other):
        return 'something else'

w = IaddReturnsOther()
w += 1
print(w)
