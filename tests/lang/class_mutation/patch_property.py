# Adding, replacing and removing properties on a class at run time.
class Item:
    def __init__(self, price):
        self._price = price


it = Item(10)
it.__dict__['price'] = 'instance dict value'
print(it.price)
Item.price = property(lambda self: self._price * 2)
print(it.price)
Item.price = Item.price.setter(lambda self, v: setattr(self, '_price', v))
it.price = 50
print(it.price, it._price, it.__dict__['price'])
del Item.price
print(it.price)
it2 = Item(3)
try:
    it2.price
except AttributeError as e:
    print(type(e).__name__, e)


class Base:
    pass


class Sub(Base):
    pass


s = Sub()
s.value = 'plain instance attribute'
Base.value = property(lambda self: 'property from Base')
print(s.value, Sub().value)
try:
    s.value = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
Sub.value = 'Sub class attribute'
print(s.value)
del Sub.value
print(s.value)


class Lazy:
    pass


def make_prop(name):
    def get(self):
        return f'{name} of {type(self).__name__}'
    return property(get)


for n in ['alpha', 'beta']:
    setattr(Lazy, n, make_prop(n))
print(Lazy().alpha, Lazy().beta, type(Lazy.__dict__['alpha']).__name__)
