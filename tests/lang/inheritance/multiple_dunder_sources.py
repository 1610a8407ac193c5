# Dunders resolved through multiple bases: each operator comes from the first base defining it.
class HasRepr:
    def __repr__(self):
        return 'repr from HasRepr'

    def __len__(self):
        return 1


class HasOps:
    def __add__(self, other):
        return 'add from HasOps'

    def __len__(self):
        return 2

    def __eq__(self, other):
        return 'eq from HasOps'

    __hash__ = object.__hash__


class Both(HasRepr, HasOps):
    pass


class BothReversed(HasOps, HasRepr):
    pass


b, r = Both(), BothReversed()
print(repr(b), b + 1, len(b), b == 0)
print(repr(r), r + 1, len(r), r == 0)
print(type(hash(b)).__name__, type(hash(r)).__name__)


class ListAndRepr(HasRepr, list):
    pass


lr = ListAndRepr([1, 2, 3])
print(repr(lr), len(lr), lr + [4], lr == [1, 2, 3])


class DictFirst(dict, HasOps):
    pass


df = DictFirst(a=1)
print(df, len(df), df == {'a': 1}, df + 1)


class IntAndOps(int, HasOps):
    pass


print(IntAndOps(3) + 1, IntAndOps(3) == 3, len(IntAndOps(3)))
