# Classes are first-class objects: stored, passed, compared, hashed.
class Cat:
    sound = 'meow'

    def speak(self):
        return type(self).__name__ + ' says ' + self.sound


class Dog(Cat):
    sound = 'woof'


zoo = {'cat': Cat, 'dog': Dog}
for name in sorted(zoo):
    print(name, zoo[name]().speak())

kinds = [Cat, Dog, Cat]
print(kinds.count(Cat), kinds.index(Dog), Cat in kinds, len(set(kinds)))
print(Cat == Cat, Cat != Dog, Cat is Dog.__base__)
print(hash(Cat) == hash(Cat), {Cat: 1, Dog: 2}[Dog])
try:
    Cat < Dog
except TypeError as e:
    print(type(e).__name__, e)


def build(cls, *args):
    return cls(*args)


print(build(Cat).speak(), build(int, '12'), build(list, 'ab'))
print(type(build(Dog)) is Dog)

alias = Cat
print(alias.__name__, alias is Cat, alias().speak())

classes = []
for i in range(3):
    class Gen:
        n = i

        def get(self):
            return self.n
    classes.append(Gen)
print([c.n for c in classes], [c().get() for c in classes], classes[0] is classes[1])
print(len({c for c in classes}), [c.__qualname__ for c in classes])
print(bool(Cat), str(Cat), repr(Dog), f'{Cat}')
print(getattr(Cat, 'sound'), Cat.__dict__['sound'])
print(sorted([Dog, Cat], key=lambda c: c.__name__) == [Cat, Dog])
