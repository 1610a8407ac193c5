# __set_name__: called at class creation with (owner, name), in definition order.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.owner = owner
        self.name = name

    def __get__(self, obj, owner):
        return self if obj is None else f'{self.name} of {type(obj).__name__}'


class Model:
    first = Field()
    second = Field()
    print('body done')


print(Model.first.name, Model.second.owner is Model, Model().second)


class Sub(Model):
    third = Field()


print(Sub().first, Sub().third)

shared = Field()


class TwoNames:
    a = shared
    b = shared


print(shared.name, shared.owner.__name__)

late = Field()
Model.late = late
print(hasattr(late, 'name'))
late.__set_name__(Model, 'late')
print(Model().late)


class NotCalledOnInstance:
    pass


obj = NotCalledOnInstance()
obj.f = Field()
print(hasattr(obj.f, 'name'))


class Failing:
    def __set_name__(self, owner, name):
        raise ValueError('bad name ' + name)


try:
    class Broken:
        x = Failing()
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


class NotCallable:
    __set_name__ = None


try:
    class Uses:
        x = NotCallable()
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

T = type('T', (), {'f': Field()})
print(T.f.name, T.f.owner is T)
