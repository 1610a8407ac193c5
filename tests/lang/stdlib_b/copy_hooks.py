import copy

class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + ['shallow'])

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ['deep'])

c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v)

class Stateful:
    def __init__(self):
        self.a = 1
        self.secret = 'hidden'

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
        self.restored = True

s = copy.copy(Stateful())
print(s.a, s.restored, hasattr(s, 'secret'))

class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))

r = copy.deepcopy(Reduced([1], 2))
print(r.a, r.b)

# memo shares objects referenced twice
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
memo = {}
x = copy.deepcopy(shared, memo)
y = copy.deepcopy(shared, memo)
print(x is y, id(shared) in memo)
