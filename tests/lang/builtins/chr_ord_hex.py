# chr/ord/hex/oct/bin builtins.
print([chr(i) for i in (48, 65, 97, 955, 8364, 128512)])
print([ord(c) for c in '0Aaλ€😀'])
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(0), oct(8), oct(-8), bin(0), bin(5), bin(-5))
print(hex(True), bin(False), oct(2 ** 70))
for f in (hex, oct, bin):
    try:
        f(1.0)
    except TypeError as e:
        print('TypeError:', e)
    try:
        f('1')
    except TypeError as e:
        print('TypeError:', e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-12345), 0))
