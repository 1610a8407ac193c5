# Instances of one class with attributes added in different orders and counts.
class Bag:
    pass


bags = []
orders = [('a', 'b', 'c'), ('c', 'b', 'a'), ('a', 'c'), ('b',), (), ('a', 'b', 'c', 'd', 'e')]
for order in orders:
    bag = Bag()
    for i, name in enumerate(order):
        setattr(bag, name, i)
    bags.append(bag)
for bag in bags:
    print(list(vars(bag).items()), [getattr(bag, n, None) for n in 'abcde'])

b = bags[0]
b.b = 'replaced'
print(vars(b))
del b.a
print(vars(b), hasattr(b, 'a'))
b.a = 'readded goes last'
print(vars(b))
del b.b, b.c, b.a
print(vars(b))
b.z = 1
print(vars(b))

many = Bag()
for i in range(100):
    setattr(many, f'attr{i}', i)
print(len(vars(many)), many.attr0, many.attr99, sum(vars(many).values()))
for i in range(0, 100, 2):
    delattr(many, f'attr{i}')
print(len(vars(many)), list(vars(many))[:3], getattr(many, 'attr50', 'deleted'))
for i in range(0, 100, 2):
    setattr(many, f'attr{i}', -i)
print(len(vars(many)), list(vars(many))[-3:], many.attr98)


def reader(obj):
    return obj.x + obj.y


class P:
    pass


ps = []
for k in range(6):
    p = P()
    if k % 2:
        p.y = k
        p.x = k * 10
    else:
        p.x = k * 10
        p.y = k
    if k % 3 == 0:
        p.extra = True
    ps.append(p)
print([reader(p) for p in ps])
ps[1].__dict__.clear()
ps[1].x, ps[1].y = 'x', 'y'
print(reader(ps[1]), vars(ps[1]))
