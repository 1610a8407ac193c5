# __init_subclass__: implicit classmethod, called for each subclass, chaining.
class Plugin:
    registry = []

    def __init_subclass__(cls):
        print('Plugin.__init_subclass__', cls.__name__)
        Plugin.registry.append(cls.__name__)

class A(Plugin):
    pass

class B(A):
    pass

print(Plugin.registry)
print(type(Plugin.__dict__['__init_subclass__']).__name__)

class Tracker:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.depth = len(cls.__mro__) - 2

class T1(Tracker):
    pass

class T2(T1):
    pass

print(T1.depth, T2.depth, hasattr(Tracker, 'depth'))

class Overrider(Plugin):
    def __init_subclass__(cls):
        print('Overrider hook for', cls.__name__)

class O1(Overrider):
    pass

print(Plugin.registry)

class Chained(Plugin):
    def __init_subclass__(cls):
        print('Chained first', cls.__name__)
        super().__init_subclass__()

class C1(Chained):
    pass

print(Plugin.registry)

class MixA:
    def __init_subclass__(cls, **kw):
        print('MixA', cls.__name__)
        super().__init_subclass__(**kw)

class MixB:
    def __init_subclass__(cls, **kw):
        print('MixB', cls.__name__)
        super().__init_subclass__(**kw)

class Combined(MixA, MixB):
    pass

D = type('D', (Plugin,), {})
print(Plugin.registry[-1])
print(object.__init_subclass__(), Plugin.__init_subclass__.__self__ is Plugin)
