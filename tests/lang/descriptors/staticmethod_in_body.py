# staticmethod and classmethod objects used inside the class body itself.
class Registry:
    @staticmethod
    def normalize(name):
        return name.strip().lower()

    DEFAULT = normalize('  Default  ')

    @classmethod
    def build(cls):
        return cls.__name__

    try:
        BUILT = build()
    except TypeError as e:
        BUILT = type(e).__name__ + ': ' + str(e)

    built_func = build.__func__


print(Registry.DEFAULT, Registry.BUILT)
print(Registry.normalize(' X '), Registry().normalize('Y'))
print(Registry.built_func(Registry), type(Registry.__dict__['built_func']).__name__)
print(callable(Registry.__dict__['normalize']), callable(Registry.__dict__['build']))


class Helpers:
    def _double(x):
        return x * 2

    VALUE = _double(21)
    double = staticmethod(_double)
    del _double


print(Helpers.VALUE, Helpers.double(5), hasattr(Helpers, '_double'))
