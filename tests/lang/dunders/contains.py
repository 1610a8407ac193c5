# `in`: __contains__, then __iter__, then the __getitem__ protocol.
class WithContains:
    def __contains__(self, item):
        print('__contains__', item)
        return item == 'yes'

class WithIter:
    def __iter__(self):
        print('__iter__')
        return iter([1, 2, 3])

class WithGetitem:
    def __getitem__(self, i):
        print('__getitem__', i)
        if i >= 3:
            raise IndexError
        return i * 10

class Nothing:
    pass

print('yes' in WithContains(), 'no' in WithContains(), 'no' not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(10 in WithGetitem(), 99 in WithGetitem())
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)

class Truthy:
    def __contains__(self, item):
        return [item]

class Falsy:
    def __contains__(self, item):
        return 0

print(1 in Truthy(), 1 in Falsy(), 1 not in Falsy())

class Raises:
    def __contains__(self, item):
        raise KeyError(item)

try:
    'k' in Raises()
except KeyError as e:
    print(type(e).__name__, e)

class EqAlways:
    def __eq__(self, other):
        return True

print(EqAlways() in [1], 5 in [EqAlways()], EqAlways() in (None,), EqAlways() in {'a': 1}.values())

class Nan:
    def __eq__(self, other):
        return False

n = Nan()
print(n in [n], n == n, [n].count(n), [n].index(n))

class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i

try:
    print(5 in StopsEarly())
except StopIteration:
    print('StopIteration escapes from __getitem__')
