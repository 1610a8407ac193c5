# Class patterns follow isinstance: subclasses match, __instancecheck__ on
# a metaclass is honoured, and __match_args__ is looked up on the class
# named in the pattern.


class Animal:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class Dog(Animal):
    __match_args__ = ("name", "breed")

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed


class Cat(Animal):
    pass


class Puppy(Dog):
    pass


def describe(a):
    match a:
        case Puppy(name, breed):
            return f"puppy {name} ({breed})"
        case Dog(name, "poodle"):
            return f"fancy dog {name}"
        case Dog(name, breed):
            return f"dog {name} ({breed})"
        case Cat(name):
            return f"cat {name}"
        case Animal(name):
            return f"some animal {name}"
        case _:
            return "not an animal"


for a in [Puppy("Rex", "lab"), Dog("Fifi", "poodle"), Dog("Max", "pug"),
          Cat("Tom"), Animal("Generic"), "Rex"]:
    print(describe(a))

# A Dog matched as Animal uses Animal's __match_args__.
match Dog("Rex", "lab"):
    case Animal(n):
        print("as animal:", n)


# Matching a tuple of classes is not allowed: the pattern's class must be a
# type; but an OR of class patterns works.
def pet(a):
    match a:
        case Dog() | Cat():
            return "pet"
        case _:
            return "not a pet"


print(pet(Dog("a", "b")), pet(Cat("c")), pet(Animal("d")))


# __instancecheck__ on a metaclass decides isinstance.
class DuckMeta(type):
    def __instancecheck__(cls, instance):
        print("  __instancecheck__ for", type(instance).__name__)
        return hasattr(instance, "quack")


class Duck(metaclass=DuckMeta):
    __match_args__ = ("quack",)


class Robot:
    quack = "beep-quack"


match Robot():
    case Duck(sound):
        print("quacks like a duck:", sound)
match 5:
    case Duck():
        print("wrong")
    case _:
        print("5 is no duck")


# Multiple inheritance: the MRO provides __match_args__.
class A:
    __match_args__ = ("a",)
    a = "A.a"


class B:
    __match_args__ = ("b",)
    b = "B.b"


class AB(A, B):
    pass


match AB():
    case AB(x):
        print("AB positional:", x)
    case _:
        print("wrong")

# An abstract base class from collections.abc in a class pattern.
import collections.abc

for v in [[1], (1,), "s", {1: 2}, 3]:
    match v:
        case collections.abc.Sequence():
            print(repr(v), "is a Sequence")
        case collections.abc.Mapping():
            print(repr(v), "is a Mapping")
        case _:
            print(repr(v), "is neither")
