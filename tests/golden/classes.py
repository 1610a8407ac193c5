import functools


class Base:
    """A base class."""

    count = 0

    def __init__(self, name):
        self.__name = name
        Base.count += 1

    @property
    def name(self):
        return self.__name

    @staticmethod
    def helper(*args, **kwargs):
        return args, kwargs


@functools.total_ordering
class Child(Base, metaclass=type):
    def __init__(self, name):
        super().__init__(name)

    def __lt__(self, other):
        return __class__ is type(other)
