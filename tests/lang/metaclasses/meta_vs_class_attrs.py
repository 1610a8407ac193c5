# Lookup precedence between a class's own attributes and its metaclass's.
class Meta(type):
    shared = 'from meta'

    def method(cls):
        return 'meta method on ' + cls.__name__

    @property
    def data_prop(cls):
        return 'meta data property'

    @data_prop.setter
    def data_prop(cls, value):
        print('meta setter', cls.__name__, value)

    @property
    def ro_prop(cls):
        return 'meta read-only'


class A(metaclass=Meta):
    shared = 'from class'

    def method(self):
        return 'class method'

    data_prop = 'class attribute hidden by the meta data descriptor'
    ro_prop = 'also hidden'


print(A.shared, A.method(A()), A.data_prop, A.ro_prop)
print(A().shared, A().data_prop, A().ro_prop)
print(Meta.method(A), type(A).method(A))
A.data_prop = 'assigned'
print(vars(A)['data_prop'])
try:
    A.ro_prop = 'x'
except AttributeError as e:
    print(type(e).__name__)


class B(A):
    pass


print(B.shared, B.data_prop, B.method(B()))
del A.shared
print(A.shared, B.shared)
A.shared = 'restored'
print(B.shared, hasattr(A(), 'method'), hasattr(A(), 'data_prop'))
print('shared' in dir(A), 'method' in dir(A), 'data_prop' in dir(Meta))
