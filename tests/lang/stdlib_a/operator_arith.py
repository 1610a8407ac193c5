import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.neg(5), op.pos(-5), op.abs(-3), op.pow(2, 10), op.inv(5), op.invert(0))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(256, 3))
print(op.add("ab", "cd"), op.mul("ab", 3), op.add([1], [2]), op.concat((1,), (2,)))
print(op.not_(0), op.not_([1]), op.truth(0), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.index(5), op.index(True), op.__add__(1, 2), op.__not__(1))
print(op.add(1.5, 2), op.mod(-7, 3), op.floordiv(-7, 2))
for name, args in [("truediv", (1, 0)), ("add", (1, "a")), ("neg", ("s",)), ("index", (1.5,)), ("concat", (1, 2)), ("mod", (1, 0))]:
    try:
        getattr(op, name)(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)

class I:
    def __index__(self):
        return 42

print(op.index(I()), [10, 20, 30, 40][op.index(True)])
