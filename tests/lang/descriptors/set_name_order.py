# __set_name__ ordering relative to __init_subclass__, metaclass and decorators.
log = []


class Named:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        log.append(f'set_name {self.tag} {name} on {owner.__name__}')


class Base:
    def __init_subclass__(cls, **kw):
        log.append('init_subclass ' + cls.__name__)
        super().__init_subclass__(**kw)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append('meta new before ' + name)
        cls = super().__new__(mcls, name, bases, ns)
        log.append('meta new after ' + name)
        return cls

    def __init__(cls, name, bases, ns):
        log.append('meta init ' + name)
        super().__init__(name, bases, ns)


def deco(cls):
    log.append('decorator ' + cls.__name__)
    return cls


@deco
class C(Base, metaclass=Meta):
    b = Named('b')
    a = Named('a')
    log.append('body')


for line in log:
    print(line)


class Recorder:
    def __set_name__(self, owner, name):
        self.where = (owner.__qualname__, name)


class Outer:
    class Inner:
        r = Recorder()
    r2 = Recorder()


print(Outer.Inner.r.where, Outer.r2.where)


class AddsAttr:
    def __set_name__(self, owner, name):
        setattr(owner, name + '_extra', 'added by set_name')


class Host:
    x = AddsAttr()


print(Host.x_extra, 'x_extra' in vars(Host))
