# isinstance / issubclass across a hierarchy, including builtins and object.
class Vehicle:
    pass


class Car(Vehicle):
    pass


class Boat(Vehicle):
    pass


class Amphibian(Car, Boat):
    pass


class Unrelated:
    pass


things = [Vehicle(), Car(), Boat(), Amphibian(), Unrelated()]
classes = [Vehicle, Car, Boat, Amphibian, Unrelated, object]
print('      ' + ' '.join(f'{c.__name__[:5]:>5}' for c in classes))
for t in things:
    print(f'{type(t).__name__[:5]:>5} ' + ' '.join(f'{str(isinstance(t, c))[0]:>5}' for c in classes))
for sub in classes:
    print(sub.__name__, [sup.__name__ for sup in classes if issubclass(sub, sup)])
print(isinstance(Car, type), isinstance(Car, Vehicle), issubclass(type, type), issubclass(object, type))
print(isinstance(Amphibian(), (Unrelated, Boat)), issubclass(Amphibian, (Unrelated,)))


class IntLike(int):
    pass


print(isinstance(IntLike(1), int), isinstance(True, IntLike), issubclass(bool, IntLike))
print(isinstance(IntLike, type), type(IntLike(1)) is int, type(IntLike(1)) == IntLike)
