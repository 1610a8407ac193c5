import copy

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        print('init called')

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q).__name__)
print(q.y is p.y, r.y is p.y)
p.y.append(3)
print(p, q, r)

class Slotted:
    __slots__ = ('a', 'b')

s = Slotted()
s.a = [1]
t = copy.copy(s)
u = copy.deepcopy(s)
print(t.a is s.a, u.a is s.a, u.a, hasattr(u, 'b'))

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

root = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
clone = copy.deepcopy(root)
clone.children[1].children[0].value = 40
print(root.children[1].children[0].value, clone.children[1].children[0].value)

class Box(list):
    pass

b = Box([1, [2]])
b.tag = 'x'
c = copy.copy(b)
e = copy.deepcopy(b)
print(type(c).__name__, c, c.tag, e, e[1] is b[1])

class Conf(dict):
    pass

cf = Conf(a=[1])
cc = copy.deepcopy(cf)
print(type(cc).__name__, cc, cc['a'] is cf['a'])
