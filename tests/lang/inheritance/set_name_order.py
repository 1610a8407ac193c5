# __set_name__: called for attributes present at class creation, in definition order.
class Named:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        print('set_name', self.tag, owner.__name__, name)
        self.owner, self.name = owner, name


class A:
    first = Named('1')
    second = Named('2')
    alias = first
    plain = 5


print(A.first.name, A.second.name, A.alias is A.first)
A.later = Named('later')
print(hasattr(A.later, 'name'))


class B(A):
    third = Named('3')


print(B.third.owner.__name__, A.first.owner.__name__)
C = type('C', (), {'x': Named('x'), 'y': Named('y')})
print(C.x.name, C.y.owner is C)


class OnInstanceOnly:
    def __init__(self):
        self.__set_name__ = lambda owner, name: print('never called')


class E:
    attr = OnInstanceOnly()


print('no call for instance attribute')


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('before type.__new__')
        cls = super().__new__(mcls, name, bases, ns)
        print('after type.__new__')
        return cls


class F(metaclass=Meta):
    d = Named('in F')
