# Calling methods through the class with an explicit self, and unbound use.
class Greeter:
    greeting = 'hi'

    def greet(self, name):
        return self.greeting + ' ' + name

    def chain(self):
        return Greeter.greet(self, 'chained')


class Loud(Greeter):
    greeting = 'HEY'

    def greet(self, name):
        return Greeter.greet(self, name.upper()) + '!'


g, l = Greeter(), Loud()
print(Greeter.greet(g, 'bob'), Greeter.greet(l, 'bob'))
print(Loud.greet(l, 'bob'), l.greet('amy'), l.chain())
print(list(map(Greeter.greet, [g, l], ['x', 'y'])))


class Duck:
    greeting = 'quack'


print(Greeter.greet(Duck(), 'duck'))

fn = Greeter.greet
print(fn(g, 'plain'), fn.__name__, fn.__qualname__)

try:
    Greeter.greet('bob')
except TypeError as e:
    print(type(e).__name__, e)
try:
    Greeter.greet(1, 'bob')
except AttributeError as e:
    print(type(e).__name__, e)

print(str.upper('abc'), list.__len__([1, 2]), int.__add__(2, 3))
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)

ops = [Greeter.greet, Loud.greet]
print([op(l, 'z') for op in ops])


class Sorter:
    def __init__(self, k):
        self.k = k

    def key(self):
        return self.k


items = [Sorter(3), Sorter(1), Sorter(2)]
print([s.k for s in sorted(items, key=Sorter.key)])
