# list subclasses: inherited behaviour, result types, extra attributes.
class MyList(list):
    pass


m = MyList([3, 1, 2])
print(m, repr(m), type(m).__name__, len(m), m[0], isinstance(m, list))
results = [m + [4], [0] + m, m * 2, 2 * m, m[1:], m.copy(), sorted(m), list(m), m[:]]
print([type(r).__name__ for r in results])
m.append(5)
m.extend([7])
m.sort()
m.reverse()
print(m, type(m).__name__, m.pop(), m.index(2), m.count(3))
m += [9]
print(m, type(m).__name__)
m *= 2
print(type(m).__name__, len(m))
m.tag = 'tagged'
print(m.tag, vars(m))
print(m == list(m), list(m) == m, MyList() == [], MyList([1]) < [2])
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__, e)
print(MyList(range(3)), MyList('ab'), MyList(), MyList(x for x in [1]))
try:
    MyList(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    @property
    def empty(self):
        return not self


s = Stack()
s.push(1).push(2)
print(s, s.peek(), s.empty, Stack().empty, len(s))
del s[0]
s[0] = 'replaced'
print(s, 'replaced' in s, list(reversed(Stack([1, 2]))))


class WithInit(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label


w = WithInit([1, 2], 'L')
print(w, w.label, type(w[:]).__name__, type(w.copy()).__name__)
