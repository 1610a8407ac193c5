# obj.attr op= value: one get, then one set, through the hooks and descriptors.
class Hooks:
    def __init__(self):
        object.__setattr__(self, 'n', 1)

    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)


h = Hooks()
h.n += 5
h.n *= 2
print(object.__getattribute__(h, 'n'))


class Prop:
    def __init__(self):
        self._v = [1]

    @property
    def v(self):
        print('property get')
        return self._v

    @v.setter
    def v(self, value):
        print('property set', value)
        self._v = value


p = Prop()
p.v += [2]
print(p._v)


class ReadOnly:
    @property
    def items(self):
        return self._items

    def __init__(self):
        self._items = [1]


r = ReadOnly()
try:
    r.items += [2]
except AttributeError as e:
    print(type(e).__name__, e)
print(r._items)


class ClassLevel:
    count = 0


c = ClassLevel()
c.count += 1
print(c.count, ClassLevel.count, vars(c))


class Chain:
    pass


root = Chain()
root.child = Chain()
root.child.value = 10
root.child.value -= 3
root.child.__dict__['value'] **= 2
print(root.child.value)
