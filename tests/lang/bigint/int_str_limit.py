# The 4300-digit limit on int <-> decimal str conversion (CPython 3.11).
import sys
print(sys.get_int_max_str_digits())
s = '1' * 4300
print(len(str(int(s))), int(s) % 97)
for text in ['1' * 4301, '-' + '2' * 5000, '  ' + '3' * 4301 + '  ', '4_' * 4300 + '4', '0' * 4301, '5' * 5000 + 'x']:
    try:
        int(text)
    except ValueError as e:
        print('ValueError:', e)
for text in ['1_' * 3000 + '1', '+' + '7' * 4300, ' ' * 100 + '8' * 4300]:
    print(len(str(int(text))))
for text, base in [('f' * 5000, 16), ('1' * 20000, 2), ('7' * 5000, 8), ('0x' + 'a' * 5000, 0), ('0b' + '1' * 9000, 0)]:
    print(int(text, base).bit_length())
for text, base in [('1' * 4301, 3), ('z' * 4301, 36), ('9' * 4301, 0), ('1' * 4301, 10)]:
    try:
        int(text, base)
    except ValueError as e:
        print('ValueError:', e)
for n in (10 ** 4299, -(10 ** 4299), 10 ** 4300 - 1):
    print(len(str(n)), len(repr(n)))
for n in (10 ** 4300, -(10 ** 4300), 2 ** 20000, 7 ** 10000):
    try:
        str(n)
    except ValueError as e:
        print('ValueError:', e)
    try:
        repr(n)
    except ValueError as e:
        print('ValueError:', e)
print(len(hex(2 ** 20000)), len(bin(2 ** 20000)), len(oct(2 ** 20000)))
try:
    int('1' * 4301 + '__1')
except ValueError as e:
    print('ValueError:', str(e)[:60])
try:
    int('x' + '1' * 5000)
except ValueError as e:
    print('ValueError:', str(e)[:60], len(str(e)))
