# Converting moderately large ints to/from decimal strings (under 4300 digits).
n = 7 ** 3000
s = str(n)
print(len(s), s[:15], s[-15:], int(s) == n)
m = int('1' * 4000)
print(m % 9999991, len(str(m)))
big = 10 ** 4299
print(len(str(big)), str(big)[:3])
print(len(hex(2 ** 20000)), int(hex(2 ** 20000), 16) == 2 ** 20000)
try:
    str(10 ** 5000)
except ValueError as e:
    print('ValueError:', str(e)[:60])
try:
    int('1' * 5000)
except ValueError as e:
    print('ValueError:', str(e)[:60])
