# Numeric builtins together.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(1250, -2))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2), divmod(-9.5, 2))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(-3, 3), pow(2.5, 2), pow(9, 0.5))
print(max(abs(-7), 6), min(round(4.6), 6), sum(divmod(17, 5)))
print(sum(map(abs, [-1, -2, 3])), [round(x / 3, 3) for x in range(4)])
print(bin(pow(2, 20)), hex(abs(-4096)), oct(round(63.6)))
for bad in (lambda: abs([]), lambda: round('x'), lambda: divmod('a', 2), lambda: pow('2', 2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
