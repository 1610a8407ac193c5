# int subclasses: construction, inherited methods, result types, extra attributes.
class MyInt(int):
    pass


x = MyInt(3)
print(x, repr(x), type(x).__name__, isinstance(x, int), x == 3, hash(x) == hash(3))
print(MyInt('ff', 16), MyInt(2.9), MyInt(), MyInt(True), type(MyInt(True)).__name__)
for r in [x + 1, 1 + x, x * x, -x, +x, abs(x), x // 2, x ** 2, x << 1, ~x, x & 1]:
    print(type(r).__name__, r, end='; ')
print()
print(type(int(x)).__name__, type(x.real).__name__, type(x.numerator).__name__)
print(x.bit_length(), x.to_bytes(2, 'big'), x.conjugate(), type(x.conjugate()).__name__)
print(divmod(x, 2), type(divmod(x, 2)[0]).__name__, round(x), type(round(x)).__name__)
x.label = 'three'
print(x.label, vars(x), x + 0)
print([1, 2, 3, 4][x], 'abcd'[MyInt(1):x], range(x), hex(x), f'{x:04d}', '%d' % x)
print(str(x), format(x, 'b'), float(x))
print(MyInt(5) in {5: 'five'}, {MyInt(5): 'v'}[5], sorted([MyInt(2), 1, MyInt(0)]))
print(type(sum([MyInt(1), MyInt(2)])).__name__, type(max(MyInt(1), MyInt(2))).__name__)
print(MyInt.from_bytes(b'\x01\x00', 'big'), type(MyInt.from_bytes(b'\x01', 'big')).__name__)
print(int.__new__(MyInt, 9), type(int.__new__(MyInt, 9)).__name__)
try:
    MyInt('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str, 1)
except TypeError as e:
    print(type(e).__name__, e)


class Big(int):
    pass


b = Big(2 ** 100)
print(b, type(b).__name__, b > 2 ** 99, type(b - 1).__name__)
print(type(True + MyInt(1)).__name__, isinstance(MyInt(0), bool))
