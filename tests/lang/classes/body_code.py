# Arbitrary code in a class body: loops, conditionals, del, locals, scoping.
print('before class')


class Table:
    print('in body')
    squares = {}
    for i in range(4):
        squares[i] = i * i
    del i
    if len(squares) > 3:
        big = True
    else:
        big = False
    try:
        1 / 0
    except ZeroDivisionError as exc:
        caught = type(exc).__name__
    names = sorted(k for k in locals() if not k.startswith('__'))
    label = 'T' + str(len(squares))
    while label.endswith('4'):
        label = label[:-1]
    def helper(x):
        return x + 1
    doubled = helper(20)
    lam = (lambda: 'lam')
    import math
    pi2 = round(math.pi, 2)


print('after class')
print(Table.squares, Table.big, Table.caught, Table.label, Table.doubled)
print(Table.names)
print(hasattr(Table, 'i'), Table.pi2, Table.math.__name__)
print(Table.helper(1), Table.lam())

x = 'global x'


class Scope:
    x = 'class x'
    y = x + '!'
    # comprehensions do not see the class scope (except the outermost iterable)
    z = [x for _ in range(1)]
    w = [n for n in y]

    def method(self):
        return x


print(Scope.y, Scope.z, len(Scope.w))
print(Scope().method())


def make(n):
    class Local:
        value = n
        def get(self):
            return n * 2
    return Local


L1, L2 = make(1), make(5)
print(L1.value, L2.value, L1().get(), L2().get(), L1 is L2)
print(L1.__qualname__)

total = 0


class Side:
    global total
    total = 42


print(total, hasattr(Side, 'total'))
