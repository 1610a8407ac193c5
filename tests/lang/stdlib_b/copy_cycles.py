import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is a, b[:2])

d = {'name': 'root'}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e, e['self'] is d)

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

x = Node('x')
y = Node('y')
x.peer = y
y.peer = x
x2 = copy.deepcopy(x)
print(x2.name, x2.peer.name, x2.peer.peer is x2, x2.peer is y)

t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print(t2[0][0] is t2, t2 is t)
