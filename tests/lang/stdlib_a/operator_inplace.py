import operator as op

l = [1]
r = op.iadd(l, [2])
print(r, l, r is l)
print(op.iadd(1, 2), op.isub(5, 2), op.imul(3, 4), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 4))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.ilshift(1, 3), op.irshift(8, 2), op.ipow(2, 5))
s = {1, 2}
print(op.ior(s, {3}), s)
t = (1,)
print(op.iadd(t, (2,)), t)
x = [0]
print(op.imul(x, 3), x, op.iconcat([1], [2]))
try:
    op.iconcat(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    op.isub("a", "b")
except TypeError as e:
    print("TypeError", e)

class Acc:
    def __init__(self):
        self.v = 0
    def __iadd__(self, o):
        self.v += o
        return self

a = Acc()
print(op.iadd(a, 5) is a, a.v)
print(op.call(max, 1, 5, 3), op.call(sorted, [3, 1], reverse=True))
