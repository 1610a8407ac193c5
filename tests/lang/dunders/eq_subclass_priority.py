# == and != : the right operand's reflected method goes first for subclasses.
class Base:
    def __eq__(self, other):
        print('Base.__eq__', type(self).__name__, type(other).__name__)
        return NotImplemented


class Derived(Base):
    def __eq__(self, other):
        print('Derived.__eq__', type(self).__name__, type(other).__name__)
        return NotImplemented


class Other:
    def __eq__(self, other):
        print('Other.__eq__')
        return NotImplemented


b, d = Base(), Derived()
print(b == d)
print(d == b)
print(b == b)
print(b == Other())
print(b != d)


class IntSub(int):
    def __eq__(self, other):
        print('IntSub.__eq__')
        return 'from IntSub'

    __hash__ = int.__hash__


print(5 == IntSub(5))
print(IntSub(5) == 5)
print(5.0 == IntSub(5))


class StrSub(str):
    def __eq__(self, other):
        return 'StrSub.__eq__'

    def __ne__(self, other):
        return 'StrSub.__ne__'

    __hash__ = str.__hash__


print('a' == StrSub('a'), 'a' != StrSub('a'))
print(['a'] == [StrSub('a')], ['a'] != [StrSub('b')])
print(StrSub('x') in ['x'], 'x' in [StrSub('y')])
