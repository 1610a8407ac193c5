# Float //, % and divmod: sign rules, zeros, infinities, NaNs, mixed ints.
inf, nan = float('inf'), float('nan')
nums = [7.5, -7.5, 0.0, -0.0, 1e-300, 3, -3]
dens = [2, -2, 0.5, -0.5, inf, -inf, 1e300, 3.0]
for a in nums:
    for b in dens:
        q, r = divmod(a, b)
        print(repr(a), repr(b), repr(a // b), repr(a % b), repr(q), repr(r))
for a in (inf, -inf, nan):
    for b in (1, -1.0, inf, nan):
        print(repr(a), repr(b), repr(a // b), repr(a % b), repr(divmod(a, b)))
print(repr(1.0 % nan), repr(nan // 2), repr(0.3 % 0.1), repr(1.0 % 0.1), repr(-1e-320 % 1))
print(repr(10 ** 20 % 3.0), repr(-(10 ** 20) // 7.0), repr(2 ** 60 % 0.75), repr(5 % -inf), repr(-5 // inf))
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (inf, 0.0), (nan, 0)]:
    for op in ('//', '%', 'divmod', '/'):
        try:
            if op == '//':
                a // b
            elif op == '%':
                a % b
            elif op == '/':
                a / b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, 'ZeroDivisionError:', e)
