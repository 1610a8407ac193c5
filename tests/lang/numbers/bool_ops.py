# bool: construction, arithmetic (as int), bitwise ops staying bool, reprs.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(1e-300), bool(float('nan')))
print(bool(''), bool('0'), bool(' '), bool([]), bool([0]), bool(()), bool({}), bool({0: 0}), bool(None))
print(bool(2 ** 100), bool(range(0)), bool(range(1)), bool(b''), bool(b'\x00'), bool(len), bool(...))
print(True + True, True - True, True * 7, True / 2, True // 2, True % 2, True ** 10, -True, +True, ~True, ~False)
print(True & False, True | False, True ^ True, False ^ False, True & True, False | False)
print(type(True & False).__name__, type(True | 0).__name__, type(1 ^ True).__name__, type(~True).__name__)
print(True & 3, True | 2, 6 ^ True, True << 4, True >> 1, 2 ** True, divmod(True, True))
print(repr(True), str(False), repr([True, False]), f'{True}', f'{False!r}', f'{True:d}', f'{True:>6}')
print(int(True), float(True), True == 1, False == 0, True == 1.0)
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate(), True.bit_length())
print(True.as_integer_ratio(), False.bit_count(), (True).to_bytes(1, 'big'), bool.from_bytes(b'\x01', 'big'))
print(hash(True), hash(False), {True: 'a', 1: 'b', 1.0: 'c'}, [10, 20][True], 'ab'[False])
print(sum([True] * 5), max(True, False), min(True, 2), sorted([True, False, True]) if False else 'skip')
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__ if False else 'skip', bool.__name__)
print(True.__and__(1), True.__and__(True), True.__or__(2.0), True.__xor__(False), True.__repr__(), int.__repr__(True))
print(bool(x for x in []), not True, not 0, True and 5, 0 or False, None or True)
for args in [(1, 2)]:
    try:
        bool(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    bool(x=1)
except TypeError as e:
    print('TypeError:', e)
try:
    bool.__repr__(1)
except TypeError as e:
    print('TypeError:', e)
