# getattr / setattr / delattr / hasattr on user classes and instances.
class A:
    cls_attr = 'C'

    def __init__(self):
        self.inst = 'I'


a = A()
print(getattr(a, 'inst'), getattr(a, 'cls_attr'), getattr(A, 'cls_attr'))
print(getattr(a, 'nope', None), getattr(A, 'nope', 'dflt'))
print(hasattr(a, 'inst'), hasattr(A, 'inst'), hasattr(a, 'cls_attr'), hasattr(a, 'nope'))
setattr(a, 'new', 5)
setattr(A, 'shared', [1])
print(a.new, a.shared, A().shared)
setattr(a, 'with space', 'odd')
print(getattr(a, 'with space'), vars(a)['with space'])
setattr(a, '123', 'digits')
print(getattr(a, '123'))
delattr(a, 'new')
print(hasattr(a, 'new'))
delattr(A, 'shared')
print(hasattr(a, 'shared'))

for call in [lambda: getattr(a, 1), lambda: getattr(a, None, 5), lambda: setattr(a, 1, 2),
             lambda: delattr(a, 2.5), lambda: hasattr(a, b'x'), lambda: getattr(a),
             lambda: getattr(a, 'x', 1, 2), lambda: setattr(a, 'x'), lambda: delattr(a)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

method = getattr(a, '__init__')
print(type(method).__name__, method.__self__ is a)
print(getattr(A, '__name__'), getattr(a, '__class__').__name__)


class S(str):
    pass


name = S('inst')
print(getattr(a, name), hasattr(a, name))
setattr(a, S('sub'), 1)
print([type(k).__name__ for k in vars(a)])
try:
    getattr(a, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
