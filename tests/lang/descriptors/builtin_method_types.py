# Builtin methods: descriptor types on the class, bound types on instances.
def kinds(*vals):
    return [type(v).__name__ for v in vals]


print(kinds(list.append, [].append, int.__add__, (1).__add__, dict.fromkeys,
            str.maketrans, dict.__dict__['fromkeys'], object.__init__, type.mro))
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__ is list)
b = [3, 1, 2].sort
print(b.__self__, b.__name__, b.__qualname__, b() is None, b.__self__)
print(list.append.__get__([9]).__self__, str.upper.__get__('x')())
print([].append == [].append, (x := []).append == x.append)


class MyList(list):
    pass


m = MyList()
print(type(m.append).__name__, type(MyList.append).__name__, MyList.append is list.append)


class Holder:
    f = len
    g = str.upper


print(Holder.f('abc'), Holder().f('abcd'), Holder.g('up'))
try:
    Holder().g()
except TypeError as e:
    print('TypeError', e)
