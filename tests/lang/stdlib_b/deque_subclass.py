from collections import deque

class Stack(deque):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, deque))
print(type(s).__name__, Stack.__mro__[1])

class Bounded(deque):
    def __init__(self, items, label):
        super().__init__(items, maxlen=3)
        self.label = label

    def __repr__(self):
        return '%s:%s' % (self.label, list(self))

b = Bounded(range(10), 'last')
print(b, b.maxlen, b.label)
b.append(99)
print(b)
c = b.copy() if False else None
print(c)

class Counting(deque):
    pass

k = Counting('xyz', 2)
print(k, repr(k))
print(k.copy(), type(k.copy()).__name__)
print(k + Counting('q'))
