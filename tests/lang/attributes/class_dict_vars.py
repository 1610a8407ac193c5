# __dict__ / vars() of classes: mappingproxy, read-only, contents.
class A:
    x = 1

    def m(self):
        pass


class B(A):
    y = 2


d = A.__dict__
print(type(d).__name__, d['x'], 'm' in d, 'y' in d, vars(A) == d)
print([k for k in B.__dict__ if not k.startswith('__')])
print('x' in B.__dict__, B.x)
try:
    A.__dict__['x'] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.__dict__['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    A.__dict__.clear()
except AttributeError as e:
    print(type(e).__name__, e)

A.z = 3
print('z' in d, d['z'], d.get('nope', 'dflt'), len(d) == len(vars(A)))
print(sorted(k for k in d if not k.startswith('__')))
print(d.keys() == vars(A).keys(), type(d.copy()).__name__)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
print(type(vars(int)).__name__, 'bit_length' in vars(int), 'bit_length' in vars(bool))
print(type(A.__dict__['m']).__name__, A.__dict__['m'] is A.m)


class S:
    @staticmethod
    def s():
        return 's'

    @classmethod
    def c(cls):
        return 'c'


print(type(S.__dict__['s']).__name__, type(S.__dict__['c']).__name__)
print(type(S.s).__name__, type(S.c).__name__)
print(S.__dict__['s'].__func__(), S.__dict__['c'].__func__(None))
for bad in [1, 'str', None]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars()
    vars(A, B)
except TypeError as e:
    print(type(e).__name__, e)
