# reversed(): __reversed__, or the __len__ + __getitem__ sequence fallback.
class WithReversed:
    def __reversed__(self):
        print('__reversed__')
        return iter('cba')

class SeqLike:
    def __len__(self):
        print('__len__')
        return 3

    def __getitem__(self, i):
        print('__getitem__', i)
        return 'xyz'[i]

print(list(reversed(WithReversed())))
print(list(reversed(SeqLike())))

class NoLen:
    def __getitem__(self, i):
        return i

class NoGetitem:
    def __len__(self):
        return 2

for obj in [NoLen(), NoGetitem(), 5, {1, 2}]:
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)

class ReversedNone:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i

try:
    reversed(ReversedNone())
except TypeError as e:
    print(type(e).__name__, e)

class ReturnsList:
    def __reversed__(self):
        return [3, 2, 1]

print(reversed(ReturnsList()))

class Shrinks:
    def __init__(self):
        self.n = 4

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i

try:
    print(list(reversed(Shrinks())))
except IndexError as e:
    print(type(e).__name__, e)
r = reversed(SeqLike())
print(type(r).__name__, next(r))
print(r.__length_hint__())
