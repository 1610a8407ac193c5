from collections import deque

class Logged(deque):
    def __len__(self):
        print('len called')
        return deque.__len__(self)

    def __getitem__(self, i):
        print('getitem', i)
        return deque.__getitem__(self, i) * 10

    def __iter__(self):
        print('iter called')
        return deque.__iter__(self)

d = Logged([1, 2, 3])
print(len(d))
print(bool(d))
print(d[1])
print(list(d))
for x in d:
    print('item', x)
print(d)
print(isinstance(d, deque), issubclass(Logged, deque))
e = Logged()
print(bool(e))

class WithAttrs(deque):
    pass

w = WithAttrs([1])
w.note = 'hello'
print(w.note, w, w.__dict__)
try:
    deque().note = 1
except AttributeError as ex:
    print('AttributeError')
