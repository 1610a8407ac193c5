# The owner passed to __get__ is the class used for the lookup; __set_name__ gets the defining class.
class Show:
    def __set_name__(self, owner, name):
        self.defined_on = owner.__name__
        self.name = name

    def __get__(self, obj, owner=None):
        return (self.name, 'defined on ' + self.defined_on,
                'owner ' + (owner.__name__ if owner else 'None'),
                'obj ' + (type(obj).__name__ if obj is not None else 'None'))


class Base:
    d = Show()


class Child(Base):
    pass


class Grandchild(Child):
    pass


print(Base.d)
print(Child.d)
print(Grandchild().d)
print(super(Child, Grandchild()).d)
print(super(Child, Grandchild).d)
print(vars(Base)['d'].__get__(None, int))
print(getattr(Grandchild, 'd')[2], getattr(Child(), 'd')[3])


class Meta(type):
    md = Show()


class M(metaclass=Meta):
    pass


print(M.md)
