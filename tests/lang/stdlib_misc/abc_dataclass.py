from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import List


class Animal(ABC):
    @abstractmethod
    def sound(self) -> str:
        ...

    def speak(self):
        return f'{self.name} says {self.sound()}'


@dataclass
class Dog(Animal):
    name: str
    tricks: List[str] = field(default_factory=list)

    def sound(self):
        return 'woof'


@dataclass
class Abstract(Animal):
    name: str


d = Dog('rex', ['sit'])
print(d, d.speak(), isinstance(d, Animal))
try:
    Abstract('x')
except TypeError as e:
    print('TypeError:', e)
print(sorted(Abstract.__abstractmethods__), Dog.__abstractmethods__)


@dataclass
class Later(Animal):
    name: str = 'later'


Later.sound = lambda self: 'added later'
try:
    Later()
except TypeError as e:
    print('TypeError:', e)
import abc
abc.update_abstractmethods(Later)
print(Later().speak())


class Repository(ABC):
    @abstractmethod
    def get(self, key):
        ...

    @abstractmethod
    def put(self, key, value):
        ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default


class MemoryRepo(Repository):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value


r = MemoryRepo()
r.put('a', 1)
print(r.get('a'), r.get_or('b', 'none'))


class HalfRepo(Repository):
    def get(self, key):
        return None


try:
    HalfRepo()
except TypeError as e:
    print('TypeError:', e)
print(issubclass(MemoryRepo, Repository), isinstance(HalfRepo, type))


class WithNew(ABC):
    @abstractmethod
    def f(self):
        ...

    def __new__(cls, *args):
        return super().__new__(cls)


try:
    WithNew()
except TypeError as e:
    print('TypeError:', e)
