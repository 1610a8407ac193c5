# Messages of failed attribute lookups on instances, classes and builtins.
class A:
    x = 1


class B(A):
    pass


def show(fn):
    try:
        print(fn())
    except AttributeError as e:
        print(type(e).__name__, e)


a = A()
show(lambda: a.missing)
show(lambda: A.missing)
show(lambda: B().missing)
show(lambda: B.missing)
show(lambda: (1).missing)
show(lambda: 'str'.missing)
show(lambda: None.missing)
show(lambda: int.missing)
show(lambda: type.missing)
show(lambda: [].missing)
show(lambda: object().missing)
show(lambda: print.missing)
show(lambda: a.x)
show(lambda: getattr(a, 'nope'))
show(lambda: getattr(A, 'nope'))


def set_attr(obj, name):
    try:
        setattr(obj, name, 1)
        print('set', name)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


set_attr(1, 'y')
set_attr('s', 'y')
set_attr(object(), 'y')
set_attr(int, 'y')
set_attr(a, 'y')
set_attr(A, 'y')
set_attr([], 'append')
set_attr(list, 'append')
set_attr(None, 'y')


def del_attr(obj, name):
    try:
        delattr(obj, name)
        print('deleted', name)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


del_attr(a, 'y')
del_attr(a, 'y')
del_attr(a, 'x')
del_attr(A, 'x')
del_attr(A, 'x')
del_attr(1, 'real')
del_attr(int, 'real')
try:
    a.missing
except AttributeError as e:
    print(e.name, e.obj is a)
