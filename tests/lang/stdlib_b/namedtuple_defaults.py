from collections import namedtuple

Node = namedtuple('Node', 'val left right', defaults=[None, None])
print(Node(1), Node(1, 2), Node(1, right=3))
print(Node._field_defaults)
Acc = namedtuple('Acc', ['owner', 'balance'], defaults=[0])
print(Acc('ann'), Acc('bob', 5))
R = namedtuple('R', 'a def _b a 1x', rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
print(Node.__match_args__)
