# __init_subclass__ and __set_name__ added after creation only affect later events.
class Base:
    pass


class Early(Base):
    pass


def hook(cls, **kw):
    print('hook for', cls.__name__, kw)
    cls.hooked = True


Base.__init_subclass__ = classmethod(hook)


class Late(Base, opt=1):
    pass


print(hasattr(Early, 'hooked'), Late.hooked)
del Base.__init_subclass__


class AfterDelete(Base):
    pass


print(hasattr(AfterDelete, 'hooked'), AfterDelete.hooked if 'hooked' in vars(AfterDelete) else 'inherits nothing')


class Desc:
    pass


d = Desc()


class UsesDesc:
    attr = d


def set_name(self, owner, name):
    print('set_name', owner.__name__, name)
    self.name = name


Desc.__set_name__ = set_name
print(hasattr(d, 'name'))


class UsesDescLater:
    attr2 = d


print(d.name)
UsesDesc.extra = Desc()
print(hasattr(UsesDesc.extra, 'name'))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


Meta.describe = lambda cls: 'late metaclass method for ' + cls.__name__
Meta.__repr__ = lambda cls: f'<Meta {cls.__name__}>'
print(WithMeta.describe(), repr(WithMeta), [WithMeta])
Meta.__call__ = lambda cls, *a: ('intercepted', a)
print(WithMeta(1, 2))
del Meta.__call__
print(type(WithMeta()).__name__)
