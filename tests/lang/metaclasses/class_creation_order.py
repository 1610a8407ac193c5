# Full order of events when a class statement runs.
log = []


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f'1 prepare {name} {kw}')
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        log.append(f'3 meta new {name}')
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log.append(f'6 meta new returns {name}')
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(f'7 meta init {name}')
        super().__init__(name, bases, ns)


class Field:
    def __set_name__(self, owner, name):
        log.append(f'4 set_name {name}')


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f'5 init_subclass {cls.__name__} {kw}')


def deco(cls):
    log.append(f'8 decorator {cls.__name__}')
    return cls


def base_expr():
    log.append('0 bases evaluated')
    return Base


log.clear()


@deco
class Child(base_expr(), flag=1):
    log.append('2 body start')
    f = Field()
    g = Field()
    log.append('2 body end')


for entry in log:
    print(entry)
print(type(Child).__name__, Child.__mro__[1].__name__)
