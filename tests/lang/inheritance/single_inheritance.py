# Single inheritance: overriding, extending, inherited attributes and methods.
class Animal:
    kind = 'animal'
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f'{self.name} makes a sound'

    def describe(self):
        return f'{self.name} is a {self.kind} with {self.legs} legs: {self.speak()}'


class Bird(Animal):
    kind = 'bird'
    legs = 2

    def speak(self):
        return f'{self.name} chirps'


class Parrot(Bird):
    def __init__(self, name, words):
        super().__init__(name)
        self.words = words

    def speak(self):
        return super().speak() + ' and says ' + ', '.join(self.words)


class Snake(Animal):
    legs = 0


for a in [Animal('generic'), Bird('tweety'), Parrot('polly', ['hello', 'bye']), Snake('kaa')]:
    print(a.describe())
p = Parrot('p', ['x'])
print(isinstance(p, Bird), isinstance(p, Animal), isinstance(p, Snake))
print(issubclass(Parrot, Animal), issubclass(Animal, Parrot))
print(Parrot.kind, Parrot.legs, Parrot.__base__.__name__, Parrot.__base__.__base__.__name__)
print([c.__name__ for c in Parrot.__mro__])
print('speak' in vars(Parrot), 'describe' in vars(Parrot), 'legs' in vars(Parrot))
print(Parrot.describe is Animal.describe, Parrot.speak is Bird.speak)
print(Animal.speak(p), Bird.speak(p))


class Deep0:
    level = 0


prev = Deep0
for i in range(1, 30):
    prev = type(f'Deep{i}', (prev,), {'level': i} if i % 10 == 0 else {})
print(prev.__name__, prev.level, len(prev.__mro__), prev().level)
