# __length_hint__ and __len__ as size hints for list(), and their error handling.
class Hinted:
    def __init__(self, n, hint):
        self.n, self.hint = n, hint

    def __iter__(self):
        return iter(range(self.n))

    def __length_hint__(self):
        print('__length_hint__ called')
        return self.hint


print(list(Hinted(3, 10)), list(Hinted(3, 0)))


class HintNotImplemented:
    def __iter__(self):
        return iter('ab')

    def __length_hint__(self):
        return NotImplemented


print(list(HintNotImplemented()))


class BadHint:
    def __iter__(self):
        return iter('ab')

    def __length_hint__(self):
        return 'many'


class NegativeHint:
    def __iter__(self):
        return iter('ab')

    def __length_hint__(self):
        return -1


for obj in [BadHint(), NegativeHint()]:
    try:
        print(list(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class LenLies:
    def __iter__(self):
        return iter([1, 2, 3])

    def __len__(self):
        print('__len__ called')
        return 100


print(list(LenLies()), tuple(LenLies()))


class LenRaises:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        raise RuntimeError('len exploded')


try:
    print(list(LenRaises()))
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(Hinted(2, 5))
print(it.__length_hint__(), type(it).__name__)
