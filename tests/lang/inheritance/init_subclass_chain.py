# __init_subclass__ runs for every new subclass, cooperatively, with class keywords.
log = []


class Base:
    def __init_subclass__(cls, **kw):
        log.append(('Base', cls.__name__, sorted(kw)))
        super().__init_subclass__()


class PluginA(Base):
    def __init_subclass__(cls, a=None, **kw):
        log.append(('PluginA', cls.__name__, a))
        super().__init_subclass__(**kw)


class PluginB(Base):
    def __init_subclass__(cls, b=None, **kw):
        log.append(('PluginB', cls.__name__, b))
        super().__init_subclass__(**kw)


class Combined(PluginA, PluginB, a=1, b=2, extra=3):
    pass


class Deeper(Combined):
    pass


for entry in log:
    print(entry)


class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required


class Ok(Strict, required='yes'):
    pass


print(Ok.required)
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class ClassMethodForm:
    @classmethod
    def __init_subclass__(cls, **kw):
        cls.seen = kw


class Sub(ClassMethodForm, k=1):
    pass


print(Sub.seen, hasattr(ClassMethodForm, 'seen'))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__ kw', kw)
        return super().__new__(mcls, name, bases, ns, **kw)


class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print('WithMeta.__init_subclass__', cls.__name__, kw)


class Child(WithMeta, option=5):
    pass
