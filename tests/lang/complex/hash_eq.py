# hashing and equality of complex numbers with ints and floats
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0))
print(hash(1j), hash(2 + 3j), hash(-1 - 1j), hash(1e300j), hash(complex(-1, 0)))
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 1j == 1, 2 + 0j != 2, 1j == 1j, 1j != 2j)
print(10 ** 20 + 0j == 10 ** 20, (2 ** 53 + 1) + 0j == 2 ** 53 + 1, 1j == 'x', 1j == None)
nan = float('nan')
z = complex(nan, 0)
print(z == z, z != z, [z] == [z], z in [z])
d = {1: 'int', 2.5: 'float'}
print(d[1 + 0j], d[2.5 + 0j], 1 + 0j in d, 1j in d)
d[1 + 0j] = 'complex'
print(d)
s = {1, 1.0, 1 + 0j, 2j, 2j}
print(len(s), 2j in s)
print(sorted([1j, 2j, 3j], key=abs), max([1 + 1j, 3j, 2], key=abs))
