# Per-class state kept by a metaclass: counters, registries, inheritance of that state.
class Tracked(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instances = 0
        cls._subclass_names = []
        for base in bases:
            if isinstance(base, Tracked):
                base._subclass_names.append(name)

    def __call__(cls, *args, **kw):
        cls._instances += 1
        return super().__call__(*args, **kw)

    def stats(cls):
        return cls.__name__, cls._instances, cls._subclass_names


class Animal(metaclass=Tracked):
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


class Cat(Animal):
    pass


for cls, n in [(Animal, 1), (Dog, 2), (Puppy, 3), (Cat, 0)]:
    for _ in range(n):
        cls()
for cls in [Animal, Dog, Puppy, Cat]:
    print(cls.stats())
print('_instances' in vars(Puppy), Puppy._instances, Tracked.stats(Dog))
try:
    Animal().stats()
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Puppy).__name__, isinstance(Puppy, Tracked), Tracked.__call__(Cat).__class__.__name__, Cat._instances)
