# A plugin registry built with a metaclass, skipping abstract bases.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if not ns.get('abstract', False):
            key = ns.get('key', name.lower())
            if key in mcls.registry:
                raise ValueError(f'duplicate plugin key {key!r}')
            mcls.registry[key] = cls
        return cls

    def create(cls, key, *args):
        return cls.registry[key](*args)


class Plugin(metaclass=PluginMeta):
    abstract = True

    def __init__(self, value):
        self.value = value

    def run(self):
        raise NotImplementedError


class Double(Plugin):
    def run(self):
        return self.value * 2


class Negate(Plugin):
    key = 'neg'

    def run(self):
        return -self.value


class Base2(Plugin):
    abstract = True


class Square(Base2):
    def run(self):
        return self.value ** 2


print(sorted(PluginMeta.registry))
for key in sorted(PluginMeta.registry):
    print(key, Plugin.create(key, 7).run(), type(Plugin.create(key, 1)).__name__)
try:
    class Again(Plugin):
        key = 'neg'
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(PluginMeta.registry))
try:
    Plugin.create('missing', 1)
except KeyError as e:
    print(type(e).__name__, e)
print(Square.abstract, Square.key if hasattr(Square, 'key') else 'no key', Negate.key)
